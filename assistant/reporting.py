"""Who reports to whom: "Những cơ quan nào phải báo cáo và báo cáo cho ai?", "Describe the reporting chain:
who reports to whom?".

Plans and decisions set their reporting duties in prose, in the paragraphs addressed to each body ("1. Sở Tư
pháp … tổng hợp kết quả thực hiện, báo cáo UBND tỉnh và Bộ Tư pháp"; "5. Các sở, ban, ngành … báo cáo kết quả
thực hiện … về UBND tỉnh (qua Sở Tư pháp)"), not in task tables. The answer lists every sentence of the body
text of the documents in scope that reports to a body, with the body that reports (the one the sentence or
its paragraph opens with), in document order, each cited.

Reads the index view only (clauses and their section titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import compose
from assistant.duties import opening_body
from assistant.evidence import split_sentences, terms
from assistant.index_view import IndexView
from assistant.messages import lang_of, say
from assistant.question_rules import any_match
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.agencies import find_agencies, printed_agencies
from indexer.text import fold

MAX_PASSAGES = 10  # sentences listed, at most
MAX_DOCUMENTS = 2  # a question of reporting reads the documents it names, not the whole index
TOPIC_NEAR_BEST = 0.6  # a passage kept names this share of what the best one names of the question's topic
# a question that names what is reported ("Who reports the flood damage figures?", "ai báo cáo tình hình thiệt
# hại?"), not only who reports to whom
_THING_REPORTED = re.compile(
    r"\bwho (?:reports?|must report|has to report|is to report) (?!to\b|whom\b|on it\b)(?:on |the )*[\w-]+"
    r"|\bai (?:phai )?bao cao (?!cho\b|ve\b|len\b|toi\b|den\b|gui\b|ubnd\b|uy ban\b|bo\b|so\b)\w+"
)
# the words of reporting itself, no topic of what is reported (folded)
_REPORT_WORDS = re.compile(r"\b(?:bao cao|ket qua|thuc hien|dinh ky|gui|cho ai|ve dau)\b")
QUOTE_CHARS = 420  # a reporting sentence quoted up to its deadline ("… trước ngày 15/4/2026")

# (folded) who reports, to whom, the reporting chain or duties
ASKS_REPORTING = (
    # (not "… thì ai báo cáo UBND tỉnh?": one report, its destination said, asked of one passage)
    r"\b(?:ai|nhung ai) (?:phai |co trach nhiem )?bao cao\b(?! (?:ubnd|uy ban|bo|so|chinh phu|thu tuong|tinh uy))",
    r"\bbao cao(?: \w+){0,4}? (?:cho|ve|len|toi|den|gui) (?:ai|dau|co quan nao|cap nao|nhung co quan nao)\b",
    r"\b(?:nhung )?(?:co quan|don vi) nao (?:phai |co trach nhiem )?bao cao\b",
    r"\bwho reports?\b|\breports? to whom\b|\bto whom\b[^?]{0,80}\breport|\breport\w*\b[^?]{0,60}\bto whom\b",
    r"\breporting (?:chain|duties|duty|obligations?|arrangements?|lines?|responsibilit\w+|requirements?|flow)\b",
    r"\bwhich (?:bodies|agencies|units|departments|offices) (?:must |have to |are required to |should )?"
    r"(?:send |submit )?(?:their )?reports?\b",
    # "… quy định việc báo cáo kết quả thực hiện kế hoạch như thế nào?", "How does the plan arrange reporting?"
    r"\b(?:quy dinh|yeu cau|huong dan|to chuc)(?: ve)? (?:viec |che do )?bao cao\b.*\b(?:nhu the nao|the nao|ra sao)\b",
    r"\bhow (?:does|do|is|are|must|should) (?:[\w'’-]+ ){0,8}?(?:arrange|regulate|organi[sz]e|set out|handle|govern)\w* "
    r"(?:the )?reporting\b",
)
# the reporting verb of a duty: not a report cited by its number ("Báo cáo số 12/BC-UBND"); a report that is a
# product sent to no one ("xây dựng báo cáo chuyên đề") sets no duty either (see _reports_to_someone)
_REPORTS = re.compile(r"\bbao cao\b(?! so\b)")
# whom to: "báo cáo UBND tỉnh", "về Sở Tư pháp", "gửi Bộ Tư pháp", "cấp có thẩm quyền"
_AUTHORITY = re.compile(r"\b(?:cap|co quan|nguoi) co tham quyen\b|\bcap tren\b")


@dataclass(frozen=True)
class Reporting:
    text: str
    citations: list[Citation]
    count: int


def asks_reporting(query: Query) -> bool:
    # (of two places or documents named, "Vĩnh Long và Hải Phòng quy định việc báo cáo … như thế nào?": each one's
    # reporting sentences, side by side under their places)
    named = len(query.provinces) == 2 or len(query.docs) == 2
    return (query.intent != "compare" or named) and any_match(ASKS_REPORTING, fold(query.question))


def _reports_to_someone(sentence: str) -> bool:
    """Whether a sentence sets a duty to report to a body (one named after its reporting verb)."""
    f = fold(sentence)
    for m in _REPORTS.finditer(f):
        after = sentence[m.end() : m.end() + 160]
        if find_agencies(after) or _AUTHORITY.search(f, m.end(), m.end() + 160):
            return True
    return False


# a body named after these is whom, or with whom, something is done: no subject ("Phối hợp với Bộ Nông nghiệp
# và Môi trường … báo cáo Chính phủ" is the Ministry of Finance's report)
_OBJECT_BEFORE = re.compile(r"\b(?:voi|cung|qua|ve|gui|cho|toi|den|len|cua|giup)\s*$")


def _subject(sentence: str) -> str | None:
    """The body named last before the sentence's first reporting verb ("…; trường hợp vượt thẩm quyền, Sở Tư
    pháp tổng hợp, tham mưu, báo cáo UBND tỉnh" → "Sở Tư pháp"), as printed, not one named as whom or with
    whom ("phối hợp với …", "về …"); None when none is."""
    f = fold(sentence)
    m = _REPORTS.search(f)
    if m is None or len(f) != len(sentence):
        return None
    before = sentence[: m.start()]
    named = [
        (at, name)
        for name in printed_agencies(before)
        if (at := before.rfind(name)) >= 0 and not _OBJECT_BEFORE.search(fold(before[:at]))
    ]
    return max(named)[1] if named else None


# what a body named in a reporting sentence does when it passes the reports on ("… về Sở Tư pháp để tổng hợp,
# báo cáo UBND tỉnh")
_PASSES_ON = re.compile(r"^\W{0,3}(?:\w+\W+){0,12}?(?:tong hop|bao cao)\b")


def _reports_in(sentence: str, wanted: set[str]) -> bool:
    """Whether a body asked about reports in the sentence: it compiles or reports right after its name."""
    f = fold(sentence)
    if len(f) != len(sentence):
        return False
    for name in printed_agencies(sentence):
        if wanted & set(find_agencies(name)):
            at = sentence.find(name)
            while at >= 0:
                if _PASSES_ON.match(f[at + len(name) :]):
                    return True
                at = sentence.find(name, at + 1)
    return False


# a body that opens a sentence and asks others ("Ủy ban nhân dân thành phố yêu cầu các sở … báo cáo …"): not
# the one that reports
_ASKS_OTHERS = re.compile(r"^\W*(?:yeu cau|de nghi|giao|chi dao|dieu dong)\b")


def _reporter(view: IndexView, clause, sentence: str) -> str | None:
    """The body that reports: the one the sentence opens with ("Sở Tư pháp chủ trì, phối hợp với …, kịp thời báo
    cáo …") unless it asks others to; else the one named before the reporting verb; else its paragraph's, else
    its section's."""
    opening = opening_body(sentence)
    if opening:
        at = sentence.find(opening)
        if at < 0 or not _ASKS_OTHERS.match(fold(sentence[at + len(opening) :])):
            return opening
    if body := _subject(sentence):
        return body
    if body := opening_body(clause.text):
        return body
    for title in reversed(clause.titles):
        if body := opening_body(title):
            return body
    return None


def answer_reporting(view: IndexView, query: Query, scope: set[str] | None) -> Reporting | None:
    """The sentences of the documents in scope that report to a body, with the body that reports; None when
    the question names no document (or more than two) or none reports."""
    if not scope or len(scope) > MAX_DOCUMENTS:
        return None
    passages = []
    for d in sorted(scope):
        for clause in view.clauses(d):
            if clause.kind != "clause":
                continue  # (the preamble's reports are cited documents; the recipients receive copies)
            for sentence in split_sentences(clause.text):
                if _reports_to_someone(sentence):
                    passages.append((clause, _reporter(view, clause, sentence), sentence))
    if query.agencies:
        # "Sở Tư pháp báo cáo cho ai?": the sentences of the bodies asked (reporting, or named in the sentence)
        # (the ones it reports in, or passes the reports on in; else the ones that name it)
        wanted = set(query.agencies)
        passages = [
            p for p in passages if wanted & set(find_agencies(p[1] or "")) or _reports_in(p[2], wanted)
        ] or [p for p in passages if wanted & set(find_agencies(p[2]))]
    if passages and _THING_REPORTED.search(fold(query.question)):
        # "Who reports the flood damage figures?": the reports of what the question names, when some passage
        # names it (the words that name the document are in every one alike)
        topic = terms(_REPORT_WORDS.sub(" ", fold(query.topic)))
        scored = [(view.stats.coverage(topic, terms(p[2])), p) for p in passages]
        best = max(c for c, _ in scored)
        if best > 0:
            passages = [p for c, p in scored if c >= TOPIC_NEAR_BEST * best]
    if not passages:
        return None
    # (two documents share the room: each keeps its half, the other's unused part given to it)
    per_doc = {d: [p for p in passages if p[0].doc == d] for d in sorted(scope)}
    if len(per_doc) == 2 and len(passages) > MAX_PASSAGES:
        short = min(len(v) for v in per_doc.values())
        room = {d: max(MAX_PASSAGES // 2, MAX_PASSAGES - short) for d in per_doc}
        passages = [p for d, v in per_doc.items() for p in v[: room[d]]]
    passages = passages[:MAX_PASSAGES]
    lang = lang_of(query.lang)
    cites = citations(view, query)
    lines = [say(lang, "reporting_head", n=len(passages))]
    for clause, body, sentence in passages:
        n = cites.clause(clause, sentence)
        lines.append(
            compose.body_passage_line(
                view.docs.get(clause.doc), clause, body, compose.short_quote(sentence, QUOTE_CHARS), n
            )
        )
    text = "\n".join(lines)
    return Reporting(compose.finish_english(text) if lang == "en" else text, cites.items, len(passages))
