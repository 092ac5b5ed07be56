"""A task row named by its number: "nhiệm vụ số 9 trong phụ lục … là gì, ai chủ trì?", "task 3 of group
II", "chỉ tiêu thứ 12". The row is looked up by the number its table prints (and its group's, when the
question names one), in the documents in scope; a number no row prints is not answered from another row."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose import task_sentence
from assistant.index_view import IndexView
from assistant.messages import lang_of, say
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.text import fold

# "nhiệm vụ số 9", "nhiệm vụ thứ 3", "chỉ tiêu 12", "task 6", "row no. 10" (not "Nghị quyết số 66")
_ROW = re.compile(
    r"\b(?:nhiem vu|chi tieu|dong|task|row|item|indicator)\s+(?:(?:so|thu|number|no\.?)\s*)?(\d{1,3})(?![\d/.,-]\d)(?!\s*%)\b"
)
# "nhóm II", "group III", "mục II" of the appendix
_GROUP = re.compile(r"\b(?:nhom|group)\s+([ivx]{1,5}|\d{1,2})\b")
# the question is about a table's rows: it says so
_TABLE = re.compile(r"\b(?:phu luc|appendix|annex|bang|table|danh muc)\b")


@dataclass(frozen=True)
class RowAnswer:
    text: str
    citations: list[Citation]
    abstained: bool
    count: int


def asked_row(question: str) -> tuple[str | None, str] | None:
    """(group or None, row number) a question names one table row by, or None."""
    f = fold(question)
    rows = _ROW.findall(f)
    if len(rows) != 1 or not _TABLE.search(f):
        return None
    groups = _GROUP.findall(f)
    return (groups[0].upper() if len(groups) == 1 else None), rows[0]


def answer_row(view: IndexView, query: Query, scope: set[str] | None) -> RowAnswer | None:
    """The row of that number (in that group) of the one document in scope with task rows; None when the
    question names no row or no single document's table."""
    asked = asked_row(query.question)
    if asked is None or scope is None:
        return None
    group, number = asked
    tables = {t.doc for t in view.tasks if t.doc in scope}
    if len(tables) != 1:
        return None
    doc = next(iter(tables))
    rows = [
        t
        for t in view.tasks
        if t.doc == doc
        and (t.number or "").strip().rstrip(".") == number
        and (group is None or (t.group or "").upper() == group)
    ]
    lang = lang_of(query.lang)
    if not rows:
        return RowAnswer(say(lang, "no_such_row", number=number), [], True, 0)
    cites = citations(view, query)
    d = view.docs.get(doc)
    intent = (
        query.intent
        if query.intent in ("lead_agency", "coordinating_agencies", "deadline", "output")
        else "lead_agency"
    )
    lines = [task_sentence(t, cites.task(t, view.task_chunk(t)), d, intent, lang) for t in rows]
    if len(lines) > 1:
        text = say(lang, "several_tasks", n=len(lines)) + "\n" + "\n".join(f"- {line}" for line in lines)
    else:
        text = lines[0]
    return RowAnswer(text, cites.items, False, len(rows))
