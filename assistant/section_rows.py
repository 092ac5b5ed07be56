"""The task rows a section the question names holds, each with its fields: "For each activity in section III of
HCMC plan 174/KH-UBND, which department leads it?", "Mục III có những hoạt động nào, mỗi hoạt động do sở nào chủ
trì?".

A section of the text ("III. NỘI DUNG HOẠT ĐỘNG") whose items are task records ("a) Hoạt động 1 - Nội dung: …
- Cơ quan thực hiện: Sở Nội vụ chủ trì …"): the records whose lines lie inside it, counted and cited in the order
the document prints them. Reads the index view only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import compose
from assistant.glossary import has_vietnamese_marks
from assistant.index_view import IndexView
from assistant.listing import task_lines
from assistant.messages import lang_of, say
from assistant.sections import section_end, section_heading
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.records import Chunk, Task
from indexer.text import fold, normalize_tones

# a field asked of each of them: "each / every / từng / mỗi", and the field (who leads, coordinates, by when, what)
# ("mỗi", not "mới": read with its marks, or folded when the question has none)
_EACH = re.compile(r"(?<!\w)(?:each|every|từng|mỗi)(?!\w)")
_EACH_UNMARKED = re.compile(r"\b(?:each|every|tung|moi)\b")
_FIELD = re.compile(
    r"\b(?:lead\w*|in charge|responsible|chu tri|cam trich|coordinat\w*|phoi hop|deadlines?|due|time ?frames?|thoi han"
    r"|thoi gian|outputs?|results?|ket qua|san pham)\b"
)
SECTION_ROWS_MIN = 2  # (one record is a task asked by its section: the field strategies answer it)


@dataclass(frozen=True)
class SectionRows:
    text: str
    citations: list[Citation]
    count: int


# a section named by its number ("section III", "Mục III", "phần 2") or by its title ("phần Nội dung hoạt động")
_SECTION_NUMBER = re.compile(r"\b(?:muc|phan|section|part|chuong|chapter)\s+(?:[ivx]{1,5}|\d{1,2})\b")
_SECTION_TITLED = re.compile(r"(?<!\w)(?:[Mm]ục|[Pp]hần|[Ss]ection|[Pp]art)\s+[A-ZĐÀ-Ỹ]")


def asks_section_rows(query: Query) -> bool:
    """Whether the question asks a field of each item of a section it names by its number or its title."""
    folded = fold(query.question)
    each = _EACH_UNMARKED if not has_vietnamese_marks(query.question) else _EACH
    return (
        not query.agencies
        and bool(_SECTION_NUMBER.search(folded) or _SECTION_TITLED.search(query.question))
        and bool(each.search(normalize_tones(query.question).lower()))
        and bool(_FIELD.search(folded))
    )


def rows_under(view: IndexView, heading: Chunk) -> list[Task]:
    """The task records printed inside the section a heading opens, up to the next passage outside it."""
    end = section_end(view, heading)
    found = [t for t in view.tasks_of(heading.doc) if heading.lines[0] <= t.lines[0] < end]
    return sorted(found, key=lambda t: t.lines[0])


def answer_section_rows(view: IndexView, query: Query, scope: set[str] | None) -> SectionRows | None:
    """The records of the section the question names, each with its fields; None when it names no section, or
    the section holds fewer than SECTION_ROWS_MIN records."""
    heading, _ = section_heading(view, query, scope)
    if heading is None:
        return None
    found = rows_under(view, heading)
    if len(found) < SECTION_ROWS_MIN:
        return None
    lang = lang_of(query.lang)
    cites = citations(view, query)
    doc = view.docs.get(heading.doc)
    where = ", ".join(p for p in (compose.place_of(doc), heading.section) if p) or heading.doc
    title = " ".join(heading.text.split())
    lines = [
        say(lang, "section_rows_head", n=len(found), title=title, where=where),
        *task_lines(view, found, cites, lang, query),
    ]
    text = "\n".join(lines)
    return SectionRows(compose.finish_english(text) if lang == "en" else text, cites.items, len(found))
