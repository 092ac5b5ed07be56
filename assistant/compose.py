"""Writing extractive answers: numbered citations and the answer sentences, in Vietnamese or English.

Every value an answer states is copied from a cited record (a task row's cells, a clause's sentence);
English answers keep the Vietnamese names as printed and add glossary glosses in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.evidence import Terms, highlights
from assistant.glossary import english_gloss, gloss_list, gloss_names, glossary
from assistant.messages import say
from assistant.types import Citation
from indexer.chunk import task_text
from indexer.records import Chunk, Clause, Document, Task
from indexer.text import fold

MAX_QUOTE = 700  # a quote longer than this is cut at a word boundary (the citation's lines still cover it)


GROUP_TITLE_CHARS = 160  # a group title shown beside a row, cut at a word boundary beyond this


def short_quote(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


@lru_cache(maxsize=4096)
def _squeezed(text: str) -> tuple[str, tuple[int, ...]]:
    """`text` with each run of white space one space, and where each of its characters stands in `text`."""
    out: list[str] = []
    at: list[int] = []
    for m in re.finditer(r"\S+", text):
        if out:
            out.append(" ")
            at.append(m.start() - 1)
        out.append(m.group())
        at.extend(range(m.start(), m.end()))
    return "".join(out), tuple(at)


def _printed_at(text: str, words: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each place that prints `words` (single-spaced), whatever white space stands
    between them there; not overlapping, in order."""
    squeezed, at = _squeezed(text)
    spans: list[tuple[int, int]] = []
    i = squeezed.find(words)
    while i >= 0 and words:
        end = i + len(words)
        spans.append((at[i], at[end - 1] + 1))
        i = squeezed.find(words, end)
    return spans


def quoted_lines(clause: Clause, quote: str, within: tuple[int, int]) -> tuple[int, int]:
    """The lines of `within` (a passage of `clause`) that print `quote`: found in the clause's text, the
    quote is cited by the lines it begins and ends on; a quote cut short ("… …") keeps the passage's
    last line, and one not found keeps the whole passage."""
    words = quote.split()
    cut = bool(words) and words[-1] == "…"
    words = words[1 if words[:1] == ["…"] else 0 : -1 if cut else None]
    if not words or not clause.breaks:
        return within
    # (a quote printed twice — a plan's number in its title and again in "Thực hiện Kế hoạch số …" — is
    # cited where both stand: which one the answer read is not known)
    spans = [
        span
        for span in (clause.lines_of(start, end) for start, end in _printed_at(clause.text, " ".join(words)))
        if within[0] <= span[0] <= within[1]
    ]
    if not spans:
        return within
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    first, last = max(first, within[0]), within[1] if cut else min(last, within[1])
    return (first, last) if first <= last else within


@dataclass
class CitationList:
    """Numbered citations, one number per distinct passage. A quote from a clause is cited by the lines
    that print it (`clauses`, by id, tell where each line of a clause begins), not the whole passage."""

    docs: dict[str, Document]
    question_terms: Terms
    items: list[Citation] = field(default_factory=list)
    clauses: Mapping[str, Clause] = field(default_factory=dict)

    def add(self, doc: str, lines: tuple[int, int], section: str, quote: str, kind: str = "clause") -> int:
        quote = short_quote(quote)
        for c in self.items:
            if c.doc == doc and c.lines == tuple(lines) and c.quote == quote:
                return c.n
        d = self.docs.get(doc)
        citation = Citation(
            n=len(self.items) + 1,
            doc=doc,
            lines=(int(lines[0]), int(lines[1])),
            section=section,
            title=d.title if d else doc,
            quote=quote,
            number=d.number if d else None,
            province=d.scope if d else None,
            kind=kind,
            highlights=highlights(self.question_terms, quote),
        )
        self.items.append(citation)
        return citation.n

    def task(self, task: Task, chunk: Chunk | None) -> int:
        return self.add(task.doc, task.lines, task.label, chunk.text if chunk else task_text(task), "task")

    def chunk(self, chunk: Chunk, quote: str | None = None) -> int:
        lines = chunk.lines
        clause = self.clauses.get(chunk.ref) if quote and chunk.kind == "clause" else None
        if clause is not None:
            lines = quoted_lines(clause, short_quote(quote or ""), chunk.lines)
        return self.add(chunk.doc, lines, chunk.section, quote or chunk.text, chunk.kind)

    def clause(self, clause: Clause, quote: str | None = None) -> int:
        lines = quoted_lines(clause, short_quote(quote), clause.lines) if quote else clause.lines
        return self.add(clause.doc, lines, clause.label, quote or clause.text, "clause")


def lead_of(task: Task) -> str:
    """The lead cell as printed (cleaned); the canonical names when the cell text was not kept."""
    return task.lead_text or "; ".join(task.lead)


def coordinating_of(task: Task) -> str:
    return task.coordinating_text or "; ".join(task.coordinating)


def kind_and_owner(doc: Document) -> str:
    """A document by its kind, number and issuer: "Quyết định 1218/QĐ-UBND (UBND tỉnh Vĩnh Long)"."""
    owner = doc.issuer or doc.scope
    return f"{doc.kind} {doc.number or ''}".strip() + (f" ({owner})" if owner else "")


def place_of(doc: Document | None) -> str:
    """Where a task belongs, for grouping answers: the province, or for a national document (many
    share the scope "Trung ương") the scope with the document's kind and number."""
    if doc is None:
        return ""
    if doc.national and not doc.province:
        named = " ".join(x for x in (doc.kind, doc.number) if x)
        return f"{doc.scope} – {named}" if named else doc.scope or doc.title
    return doc.scope or doc.title


def body_passage_line(doc: Document | None, clause: Clause, body: str | None, quote: str, n: int) -> str:
    """A passage of the body text listed with the body it concerns: "- Sở Tư pháp — Hà Tĩnh, Mục III, khoản 1:
    “…” [1]" (no body: the place first)."""
    who = f"{body} — " if body else ""
    return f"- {who}{place_of(doc)}, {clause.label}: “{quote}” [{n}]"


def label_en(task: Task) -> str:
    group = f"group {task.group}, " if task.group else ""
    row = f"task {task.number}" if task.number else f"row {task.lines[0]}"  # an unnumbered row: its line
    where = "appendix" if task.source == "table" else "tasks"  # (items of labelled prose stand in the text)
    return f"{where}, {group}{row}"


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _time_gloss(value: str) -> str:
    """English gloss of a deadline cell made of time words ("Thường xuyên" → "regularly")."""
    key = fold(value).strip(" .;")
    for term in glossary():
        if term.kind == "time" and any(fold(v) == key for v in term.vi):
            return f" ({term.gloss})"
    if m := re.fullmatch(r"quy (i|ii|iii|iv)\s*(?:/|nam)?\s*(\d{4})", key):
        return f" (Q{_QUARTERS[m.group(1)]} {m.group(2)})"
    if m := re.fullmatch(r"quy (i|ii|iii|iv) (?:hang|hang) nam", key):
        return f" (Q{_QUARTERS[m.group(1)]} every year)"
    if m := re.fullmatch(r"nam (\d{4})", key):
        return f" (in {m.group(1)})"
    return ""


def _split_cell(cell: str) -> list[str]:
    return [a.strip() for a in re.split(r";\s*", cell) if a.strip()]


# the time of the work printed in a row's own name, its time column left empty ("Triển khai Tháng hành động
# (từ ngày 15/11 đến ngày 15/12)", "Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025"): a span, a
# "before" date, a month or a quarter; not a year alone ("Hệ thống hóa văn bản kỳ 2024-2028" names the work)
# nor a date beside a document's number ("Nghị quyết 66-NQ/TW ngày 30/4/2025" dates the document)
_DAY = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
_NAME_TIME = re.compile(
    rf"(?<!\w)(?:từ\s+(?:ngày\s+)?{_DAY}\s*(?:đến|-|–)\s*(?:hết\s+)?(?:ngày\s+)?{_DAY}"
    r"|từ\s+tháng\s+\d{1,2}(?:/\d{4})?\s*(?:đến|-|–)\s*(?:hết\s+)?tháng\s+\d{1,2}(?:/\d{4})?"
    rf"|(?:trước|chậm nhất|hạn chót|hoàn thành)\s+(?:ngày\s+)?{_DAY}"
    r"|trong\s+tháng\s+\d{1,2}(?:\s*/\s*\d{4})?"
    r"|trong\s+quý\s+[IV]{1,3}(?:\s*/\s*\d{4})?)",
    re.IGNORECASE,
)


def time_in_name(name: str) -> str | None:
    """The time of the work a row's name prints (see _NAME_TIME), as printed, or None."""
    m = _NAME_TIME.search(name)
    return m.group(0) if m else None


# the Task field each field question asks for
_FIELD_OF = {
    "lead_agency": "lead",
    "coordinating_agencies": "coordinating",
    "deadline": "deadline",
    "output": "output",
}


def task_sentence(
    task: Task, n: int, doc: Document | None, intent: str, lang: str, with_place: bool = True
) -> str:
    """One task row stated as an answer: the asked cell first, then the others, all cited [n]."""
    lead, coord = lead_of(task), coordinating_of(task)
    skip = _FIELD_OF.get(intent, "lead")
    if lang == "en":
        where = f"{place_of(doc)}, {label_en(task)}" if with_place else label_en(task)
        lead_v = gloss_list(_split_cell(lead), lead) if lead else "—"
        coord_v = gloss_list(_split_cell(coord), coord) if coord else ""
        deadline_v = f"{task.deadline}{_time_gloss(task.deadline)}" if task.deadline else ""
    else:
        where = f"{place_of(doc)} – {task.label}" if with_place else task.label
        lead_v, coord_v, deadline_v = lead or "—", coord, task.deadline or ""
    head = f"“{task.name}” ({where})"
    output = task.output or ""
    cells = {"lead": lead_v, "coordinating": coord_v, "output": output, "deadline": deadline_v}
    parts = {key: say(lang, f"cell_{key}", value=value, n=n) if value else "" for key, value in cells.items()}
    if skip == "lead":
        opening = say(lang, "task_lead", lead=lead_v, head=head, n=n) if lead else ""
        opening = opening or say(lang, "task_no_lead", head=head, n=n)
    elif skip == "coordinating":
        opening = say(lang, "task_coordinating", head=head, coord=coord_v, n=n) if coord_v else ""
        opening = opening or say(lang, "task_no_coordinating", head=head, n=n)
    elif skip == "deadline":
        opening = say(lang, "task_deadline", head=head, deadline=deadline_v, n=n) if deadline_v else ""
        named = time_in_name(task.name) if not deadline_v else None
        if named:
            opening = say(lang, "task_deadline_in_name", head=head, time=named, n=n)
        opening = opening or say(lang, "task_no_deadline", head=head, n=n)
    else:
        opening = say(lang, "task_output", head=head, output=output, n=n) if output else ""
        opening = opening or say(lang, "task_no_output", head=head, n=n)
    return " ".join([opening, *[p for key, p in parts.items() if p and key != skip]])


_FIELD_VALUE = {
    "lead": lead_of,
    "coordinating": coordinating_of,
    "deadline": lambda t: t.deadline or "",
    "output": lambda t: t.output or "",
}


def shared_cell(task: Task, intent: str, cites: CitationList, lang: str) -> str:
    """For the field a question asks of a row (intent, or the field name itself), when the row takes it
    from a value printed once above its own lines — a merged cell, the heading that names the body of a
    run of prose tasks — that value, cited where it is printed; "" otherwise."""
    field = _FIELD_OF.get(intent, intent)
    for name, first, last in task.inherited:
        if name != field or task.lines[0] <= first <= task.lines[1]:
            continue
        value = _FIELD_VALUE[field](task) if field in _FIELD_VALUE else ""
        if not value:
            return ""
        n = cites.add(task.doc, (first, last), task.label, value)
        if lang == "en":
            lines = f"line {first}" if first == last else f"lines {first}–{last}"
        else:
            lines = str(first) if first == last else f"{first}–{last}"
        return " " + say(lang, f"shared_{field}", lines=lines, n=n)
    return ""


_BODY_CELLS = ("lead", "coordinating")


def task_line(
    task: Task,
    n: int,
    doc: Document | None,
    lang: str,
    with_place: bool,
    printed_time: str = "",
    group_title: bool = False,
    printed_bodies: str = "",
) -> str:
    """One row of a listing: name, then the other cells, cited. `printed_time`: the line that prints the
    task's time, label and all ("Thời gian hoàn thành: Trước ngày 31/5/2026."), shown as printed instead.
    `group_title`: the row's group title shown beside its place (a row another row of the listing shares
    its name with). `printed_bodies`: the value of prose that names lead and partners together, label and
    all ("Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với …"), shown as printed instead of the two cells
    (in English the lead's gloss after it)."""
    label = label_en(task) if lang == "en" else task.label
    if group_title and task.group_title and task.group:
        marker = f"group {task.group}" if lang == "en" else f"nhóm {task.group}"
        title = short_quote(task.group_title, GROUP_TITLE_CHARS)
        label = label.replace(marker, f"{marker} “{title}”", 1)
    where = (f"{place_of(doc)}, " if with_place else "") + label
    lead, coord = lead_of(task), coordinating_of(task)
    deadline = task.deadline or ""
    if lang == "en":
        lead = gloss_list(_split_cell(lead), lead) if lead else ""
        deadline = f"{deadline}{_time_gloss(deadline)}" if deadline else ""
    cells = {"lead": lead, "coordinating": coord, "output": task.output or "", "deadline": deadline}
    if printed_time and lang == "en":
        printed_time = f"{printed_time}{_time_gloss(task.deadline or '')}"
    if printed_bodies:
        quoted = f"“{printed_bodies}”"  # (as printed: no gloss inside)
        glossed = f"{quoted} ({say(lang, 'row_lead', value=lead)})" if lang == "en" and lead else quoted
        cells = {"bodies": glossed, **{k: v for k, v in cells.items() if k not in _BODY_CELLS}}
    shown = [
        printed_time
        if key == "deadline" and printed_time
        else value
        if key == "bodies"
        else say(lang, f"row_{key}", value=value)
        for key, value in cells.items()
        if value
    ]
    return f"“{task.name}” ({where}) — {'; '.join(shown)} [{n}]"


def sentence_line(
    quote: str,
    n: int,
    chunk: Chunk,
    doc: Document | None,
    lang: str,
    with_place: bool = True,
    under: tuple[str, int] | None = None,
) -> str:
    """A quoted sentence with where it stands; `under`: (heading that names the agency, its citation)."""
    place = place_of(doc)
    where = f"{place}, {chunk.section}" if with_place and place else chunk.section
    if under:
        where += say(lang, "under_heading", heading=under[0], n=under[1])
    return say(lang, "according_to", where=where, quote=quote, n=n)


def english_names_note(names: list[str], n: int) -> str:
    """For an English answer quoting Vietnamese text: the agencies it names, glossed."""
    glossed = [f"{a} ({english_gloss(a)})" if english_gloss(a) else a for a in names]
    return f"Agencies named in the source: {'; '.join(glossed)} [{n}]." if glossed else ""


def finish_english(text: str) -> str:
    """Gloss the Vietnamese agency names of an English answer once each, outside quotes."""
    return gloss_names(text, set())
