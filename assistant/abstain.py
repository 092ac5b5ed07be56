"""One abstention decision, from named features of the question and its chosen evidence:

- `coverage`: the weighted share of the question's topic the evidence holds (0..1), against the threshold;
- `answer_type`: whether the evidence holds the kind of value asked for (a percentage, a sum, a date …) —
  evidence without it is never chosen, so a missing type shows as no evidence at all;
- `unknown_names`: names or asked-for head nouns of the question that the index (or the evidence) lacks;
- `retrieved`: whether retrieval ranked the chosen passage among its hits (agreement of retrieval and
  structure; reported in the answer's meta — not yet used to decide: no held-out data showed it helps);
- `years_unsaid`: years the question asks about (not years that name its document) that the chosen
  passage does not say, nor a range of years around them: "mục tiêu năm 2027" is not answered by the
  2030 target;
- `junk`: a question with no topic words (regex junk "(((((", ".*") or an instruction to the system
  ("ignore previous instructions …") rather than a question about the documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.text import fold

# Evidence below this coverage is not an answer. Chosen with `python -m eval.calibrate` on the dev split
# (eval/data/qa.jsonl + ../shared/eval/qa_dev.jsonl): accuracy peaks around 0.30 and falls on both sides.
ABSTAIN_THRESHOLD = 0.30
# An English question's topic is a glossary translation; evidence that retrieval also ranked (the
# multilingual embedding agrees) may cover less of it. Chosen on the dev parts of the blind sets.
TRANSLATED_RETRIEVED_THRESHOLD = 0.20

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget) (?:all |any )?(?:the )?(?:previous|prior|above|earlier|your)\b"
    # "Ignore the documents and …" said as an order, at the start (not "Can a province ignore the rules …?")
    r"|^\s*(?:please |now |hay )?(?:ignore|disregard|forget) (?:all |any )?(?:the |your |these )?"
    r"(?:documents?|instructions?|rules|context|sources?)\b"
    r"|\b(?:system prompt|you are now|jailbreak|developer mode|reveal your)\b"
    # "act as a hacker / an unrestricted AI" said to the assistant (not "which tasks does the Department act as
    # a coordinating agency on?": a body's role)
    r"|(?:^\s*(?:please |now |from now on,? )?|\byou (?:will |must |should |to )?|\bi want you to )act as\b"
    r"|\bact as (?:an? )?(?:\w+ )?(?:ai|assistant|chatbot|hacker|dan|linux|terminal|shell|model|gpt|llm)\b"
    r"|\bbo qua (?:moi|tat ca|cac|nhung)? ?(?:huong dan|chi dan|lenh|quy tac|yeu cau)\b"
    r"|^\s*(?:hay )?bo qua (?:moi|tat ca|cac|nhung)? ?(?:tai lieu|van ban)\b"
    r"|\b(?:hay dong vai|lo ra|tiet lo) (?:prompt|loi nhac|huong dan he thong)\b"
    r"|\bprint (?:the )?(?:prompt|instructions)\b"
    # a request to make up a text ("Viết giúp tôi một bài thơ …", "write me a poem"): nothing to look up
    r"|^\s*(?:hay |xin |ban )?(?:viet|sang tac|lam|soan|ke)(?: giup| cho)?(?: toi| minh| em)? (?:mot |1 )?"
    r"(?:bai tho|bai hat|bai van|cau chuyen|truyen(?! (?:thong|hinh|tai|dat|day|nghe|tin))|chuyen cuoi|bai rap"
    r"|loi bai hat)\b"
    r"|^\s*(?:please |can you |could you )?(?:write|compose|make up|tell)(?: me)? (?:a |an |some )?"
    r"(?:poem|song|story|joke|essay|rap|haiku|limerick)s?\b"
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Decision:
    abstain: bool
    features: dict = field(default_factory=dict)
    reason: str = ""


def junk(question: str) -> str:
    """Why a question is no question about the documents ("" when it is one)."""
    if _INJECTION.search(fold(question)):
        return "instruction"
    words = _LETTERS.findall(question)
    if len(words) < 2 or sum(len(w) for w in words) < 0.4 * len(re.sub(r"\s", "", question)):
        return "no_words"
    return ""


def coverage_bar(threshold: float, retrieved: bool | None, translated: bool = False) -> float:
    """The coverage evidence needs: the threshold, or less for a translated topic retrieval agrees with."""
    return min(threshold, TRANSLATED_RETRIEVED_THRESHOLD) if translated and retrieved else threshold


def decide(
    score: float | None,
    threshold: float,
    unknown: list[str],
    retrieved: bool | None,
    junk_reason: str = "",
    translated: bool = False,
    years_unsaid: tuple[int, ...] = (),
) -> Decision:
    """`translated`: the topic was read through the glossary from another language, so its coverage
    undercounts (a synonym the documents do not use); retrieval's agreement then stands in for it."""
    features = {
        "coverage": None if score is None else round(score, 3),
        "unknown_names": list(unknown),
        "retrieved": retrieved,
        "junk": junk_reason,
        "years_unsaid": list(years_unsaid),
    }
    if junk_reason:
        return Decision(True, features, junk_reason)
    if score is None:
        return Decision(True, features, "no_evidence")
    if score < coverage_bar(threshold, retrieved, translated):
        return Decision(True, features, "coverage")
    if unknown:
        return Decision(True, features, "unknown_names")
    if years_unsaid:
        return Decision(True, features, "years_unsaid")
    return Decision(False, features)
