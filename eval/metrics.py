"""Scoring: pure functions from (QA items, one system's outputs) to figures.

A system's output for one item is a dict in the `kehoach ask --json` contract ("answer", "abstained",
"citations" [{"doc", "lines"}], "latency_ms") plus, when the harness ran `search`, "hits"
([{"doc", "lines"}], best first) and "search_ms". Nothing here runs a system.

Definitions (the report prints them too):
- accuracy, normalised: every `must_include` fact occurs in the answer after NFC, one tone-mark
  convention, lower-casing, whitespace folding (and repair of the lost "ụ", see `normalise`); strict:
  every fact occurs exactly as written.
  An unanswerable item is correct when the system abstained; an answerable one never is when it did.
- citations (answerable items): hit = at least one cited span overlaps a gold span of the same file;
  precision = share of cited spans overlapping a gold span (items with no citation are left out);
  recall = share of gold spans overlapped by some cited span.
- retrieval (answerable items): a hit is a chunk of a gold file whose lines overlap a gold span;
  Recall@k = share of items with a hit among the first k; MRR@10 = mean of 1/rank of the first hit.
- abstention: precision = abstentions on unanswerable items / all abstentions; recall = abstentions on
  unanswerable items / unanswerable items; false abstentions = abstentions on answerable items.
- latency: p50/p95 with linear interpolation between order statistics (numpy's default).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

QA_TYPES = (
    "lead_agency",
    "coordinating_agencies",
    "deadline",
    "output",
    "fact",
    "list",
    "compare",
    "unanswerable",
)
UNANSWERABLE = "unanswerable"
RECALL_KS = (1, 5, 10)
NO_DOC = "(no document)"


class QAFormatError(ValueError):
    """A QA file that cannot be read: the message names the file and line."""


@dataclass(frozen=True)
class GoldSpan:
    doc: str
    lines: tuple[int, int]


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    lang: str
    type: str
    answer: str
    must_include: tuple[str, ...]
    citations: tuple[GoldSpan, ...]
    history: tuple = ()  # earlier turns, passed through to the assistant as written in the file
    split: str | None = None  # "dev" / "test" when the item says so; else eval.splits hashes the id
    group: str = ""  # items generated from one gold row share it (and so their split)

    @property
    def answerable(self) -> bool:
        return self.type != UNANSWERABLE

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(sorted({c.doc for c in self.citations})) or (NO_DOC,)


# --- reading ---------------------------------------------------------------------------------------
def _span(value: object, where: str) -> GoldSpan:
    if not isinstance(value, dict) or not isinstance(value.get("doc"), str):
        raise QAFormatError(f'{where}: each citation needs a "doc" file name')
    lines = value.get("lines")
    if (
        not isinstance(lines, list)
        or len(lines) != 2
        or not all(isinstance(n, int) for n in lines)
        or lines[0] < 1
        or lines[1] < lines[0]
    ):
        raise QAFormatError(f'{where}: citation "lines" must be [first, last], 1-based, first <= last')
    return GoldSpan(value["doc"], (lines[0], lines[1]))


def parse_qa_item(obj: object, where: str) -> QAItem:
    """One QA object; `where` ("file:line") prefixes every error."""
    if not isinstance(obj, dict):
        raise QAFormatError(f"{where}: expected a JSON object")
    for key in ("id", "question", "type"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise QAFormatError(f'{where}: field "{key}" must be a non-empty string')
    if obj["type"] not in QA_TYPES:
        raise QAFormatError(f"{where}: unknown type {obj['type']!r} (one of {', '.join(QA_TYPES)})")
    facts = obj.get("must_include", [])
    if not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts):
        raise QAFormatError(f'{where}: "must_include" must be a list of non-empty strings')
    cites = obj.get("citations", [])
    if not isinstance(cites, list):
        raise QAFormatError(f'{where}: "citations" must be a list')
    history = obj.get("history") or []
    if not isinstance(history, list):
        raise QAFormatError(f'{where}: "history" must be a list')
    return QAItem(
        id=obj["id"],
        question=obj["question"],
        lang=str(obj.get("lang") or "vi"),
        type=obj["type"],
        answer=str(obj.get("answer") or ""),
        must_include=tuple(facts),
        citations=tuple(_span(c, where) for c in cites),
        history=tuple(history),
        split=obj.get("split") if obj.get("split") in ("dev", "test") else None,
        group=str(obj.get("group") or ""),
    )


def load_qa(path: str | Path) -> list[QAItem]:
    """Read a QA JSON Lines file; raise QAFormatError("<file>:<line>: …") on the first bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QAFormatError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc
    items: list[QAItem] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QAFormatError(f"{where}: not valid JSON ({exc.msg})") from exc
        item = parse_qa_item(obj, where)
        if item.id in seen:
            raise QAFormatError(f"{where}: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise QAFormatError(f"{path}: no QA items")
    return items


# --- answers ---------------------------------------------------------------------------------------
def normalise(text: str) -> str:
    """The "normalised" comparison form: NFC, one tone-mark convention, case-folded, whitespace folded,
    and the lost "ụ" of damaged extractions put back (as the QA set's own validation compares facts), so
    that a baseline quoting the raw damaged text "Sở Nội v " still shows the fact "Sở Nội vụ"."""
    from indexer.clean import normalize_for_match

    return normalize_for_match(unicodedata.normalize("NFC", text))


def missing_facts(facts: Iterable[str], answer: str, strict: bool = False) -> list[str]:
    """The facts not found in the answer (exact substrings when strict, else after `normalise`)."""
    if strict:
        return [f for f in facts if f not in answer]
    norm = normalise(answer)
    return [f for f in facts if normalise(f) not in norm]


def answer_correct(item: QAItem, output: dict, strict: bool = False) -> bool:
    abstained = bool(output.get("abstained"))
    if not item.answerable:
        return abstained
    return not abstained and not missing_facts(item.must_include, str(output.get("answer") or ""), strict)


# --- spans -----------------------------------------------------------------------------------------
def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _spans(entries: Iterable[dict]) -> list[GoldSpan]:
    out = []
    for e in entries or ():
        lines = e.get("lines") or ()
        if e.get("doc") and len(lines) == 2:
            out.append(GoldSpan(str(e["doc"]), (int(lines[0]), int(lines[1]))))
    return out


def relevant(span: GoldSpan, gold: Sequence[GoldSpan]) -> bool:
    return any(span.doc == g.doc and overlaps(span.lines, g.lines) for g in gold)


@dataclass(frozen=True)
class CitationScore:
    hit: bool
    precision: float | None  # None when nothing was cited
    recall: float


def citation_score(item: QAItem, output: dict) -> CitationScore:
    cited = _spans(output.get("citations", ()))
    gold = list(item.citations)
    good = [c for c in cited if relevant(c, gold)]
    covered = [g for g in gold if relevant(g, cited)]
    return CitationScore(
        hit=bool(good),
        precision=len(good) / len(cited) if cited else None,
        recall=len(covered) / len(gold) if gold else 0.0,
    )


def first_relevant_rank(item: QAItem, hits: Sequence[dict], depth: int = 10) -> int | None:
    """1-based rank of the first retrieved chunk overlapping a gold span, within `depth`; else None."""
    for rank, span in enumerate(_spans(hits[:depth]), 1):
        if relevant(span, item.citations):
            return rank
    return None


# --- aggregation -----------------------------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0–100), linear interpolation between order statistics; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def mean(values: Iterable[float | None]) -> float | None:
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


@dataclass
class ItemScore:
    id: str
    type: str
    lang: str
    docs: tuple[str, ...]
    answerable: bool
    abstained: bool
    correct: bool  # normalised
    correct_strict: bool
    missing: list[str]
    citation: CitationScore | None  # None for unanswerable items
    rank: int | None  # first relevant search hit (answerable items with search results)
    searched: bool
    latency_ms: float | None
    search_ms: float | None
    answer_chars: int = 0  # a long answer finds facts more easily: shown beside accuracy
    error: str | None = None
    split: str = "dev"  # eval.splits: "dev" (tuned on) or "test" (reported only)

    def to_json(self) -> dict:
        out = {k: v for k, v in self.__dict__.items() if k != "citation"}
        out["docs"] = list(self.docs)
        out["citation"] = None if self.citation is None else dict(self.citation.__dict__)
        return out


def score_item(item: QAItem, output: dict) -> ItemScore:
    from eval.splits import item_split

    hits = output.get("hits")
    return ItemScore(
        split=item_split(item),
        id=item.id,
        type=item.type,
        lang=item.lang,
        docs=item.docs,
        answerable=item.answerable,
        abstained=bool(output.get("abstained")),
        correct=answer_correct(item, output),
        correct_strict=answer_correct(item, output, strict=True),
        missing=missing_facts(item.must_include, str(output.get("answer") or "")) if item.answerable else [],
        citation=citation_score(item, output) if item.answerable else None,
        rank=first_relevant_rank(item, hits) if hits is not None and item.answerable else None,
        searched=hits is not None,
        latency_ms=output.get("latency_ms"),
        search_ms=output.get("search_ms"),
        answer_chars=len(str(output.get("answer") or "")),
        error=output.get("error"),
    )


def summarise(scores: Sequence[ItemScore]) -> dict:
    """The headline figures of one system over some items (fractions in [0, 1], None when undefined)."""
    answerable = [s for s in scores if s.answerable]
    unanswerable = [s for s in scores if not s.answerable]
    searched = [s for s in answerable if s.searched]
    abstentions = [s for s in scores if s.abstained]
    out: dict = {
        "n": len(scores),
        "accuracy": mean(float(s.correct) for s in scores),
        "accuracy_strict": mean(float(s.correct_strict) for s in scores),
        "accuracy_answerable": mean(float(s.correct) for s in answerable),
        "citation_hit_rate": mean(float(s.citation.hit) for s in answerable if s.citation),
        "citation_precision": mean(s.citation.precision for s in answerable if s.citation),
        "citation_recall": mean(s.citation.recall for s in answerable if s.citation),
    }
    for k in RECALL_KS:
        out[f"recall@{k}"] = mean(float(s.rank is not None and s.rank <= k) for s in searched)
    out["mrr@10"] = mean((1.0 / s.rank if s.rank else 0.0) for s in searched)
    true_abstentions = sum(1 for s in unanswerable if s.abstained)
    out["abstention_precision"] = true_abstentions / len(abstentions) if abstentions else None
    out["abstention_recall"] = true_abstentions / len(unanswerable) if unanswerable else None
    out["false_abstentions"] = sum(1 for s in answerable if s.abstained)
    ask_ms = [s.latency_ms for s in scores if s.latency_ms is not None]
    search_ms = [s.search_ms for s in scores if s.search_ms is not None]
    out["ask_p50_ms"], out["ask_p95_ms"] = percentile(ask_ms, 50), percentile(ask_ms, 95)
    out["search_p50_ms"], out["search_p95_ms"] = percentile(search_ms, 50), percentile(search_ms, 95)
    out["answer_chars_p50"] = percentile([s.answer_chars for s in scores if not s.abstained], 50)
    out["errors"] = sum(1 for s in scores if s.error)
    return out


def breakdown(scores: Sequence[ItemScore], key: Callable[[ItemScore], Iterable[str]]) -> dict[str, dict]:
    """`summarise` per group; an item may belong to several groups (a compare item to each document)."""
    groups: dict[str, list[ItemScore]] = {}
    for s in scores:
        for g in key(s):
            groups.setdefault(g, []).append(s)
    return {g: summarise(groups[g]) for g in sorted(groups)}


@dataclass
class SystemResult:
    name: str
    scores: list[ItemScore] = field(default_factory=list)
    outputs: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "summary": summarise(self.scores),
            "by_type": breakdown(self.scores, lambda s: [s.type]),
            "by_lang": breakdown(self.scores, lambda s: [s.lang]),
            "by_doc": breakdown(self.scores, lambda s: s.docs),
            "by_split": breakdown(self.scores, lambda s: [s.split]),
            "by_split_type": breakdown(self.scores, lambda s: [f"{s.split} · {s.type}"]),
            "by_split_lang": breakdown(self.scores, lambda s: [f"{s.split} · {s.lang}"]),
            "items": [s.to_json() for s in self.scores],
        }


def score_system(name: str, items: Sequence[QAItem], outputs: Sequence[dict]) -> SystemResult:
    if len(items) != len(outputs):
        raise ValueError(f"{name}: {len(outputs)} outputs for {len(items)} QA items")
    return SystemResult(name, [score_item(i, o) for i, o in zip(items, outputs, strict=True)], list(outputs))
