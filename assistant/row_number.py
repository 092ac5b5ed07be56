"""A task row named by its number: "nhiệm vụ số 9 trong phụ lục … là gì, ai chủ trì?", "task 3 of group
II", "chỉ tiêu thứ 12". The row is looked up by the number its table prints (and its group's, when the
question names one), in the documents in scope; a number no row prints is not answered from another row."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose import kind_and_owner, task_sentence
from assistant.index_view import IndexView
from assistant.matches import agency_matches
from assistant.messages import lang_of, say
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.records import Task
from indexer.text import fold

# "nhiệm vụ số 9", "nhiệm vụ thứ 3", "chỉ tiêu 12", "task 6", "row no. 10" (not "Nghị quyết số 66")
_ROW = re.compile(
    # ("thủ tục số 01", "procedure no. 01" name a procedure's own table, not a row)
    # ("priority scheme No. 1", "scheme number 3": a row of a table of schemes, not a document)
    # ("Project 06 utilities": a project's name, not a row; a bare "project N" ends its phrase)
    # ("hành động 45-CTr/TU" folds to "dong 45": a programme of action's number, not row 45)
    r"\b(?:nhiem vu|chi tieu|(?<!hanh )dong|tasks?|row|item|indicator|priority project|project(?= (?:no\.?|number) ?\d)"
    r"|project(?= \d{1,3}(?:\s*(?:$|[?,.;:)])| (?:in|of|on|under|from|within|listed|and|or|which|that|is|are|was"
    r"|were|has|have)\b))|priority scheme"
    r"|scheme(?= (?:no\.?|number) ?\d)"
    r"|(?:(?:de an|du an)(?: uu tien)?)(?= (?:so|thu) ))"
    r"\s+(?:(?:so thu tu|stt|so|thu|number|no\.?)\s*)?(\d{1,3})(?![\d/.,-]\d)"
    # not a share or a length of time ("nhiệm vụ 6 tháng đầu năm")
    r"(?!\s*%)(?!\s+(?:thang|nam|ngay|quy|tuan|months?|years?|days?)\b)\b"
)
# "nhiệm vụ VI.3", "task II.15", "chỉ tiêu 2.4": a row named by its group's number and its own, dotted
_DOTTED_ROW = re.compile(
    r"\b(?:nhiem vu|chi tieu|dong|tasks?|rows?|items?|indicators?)\s+(?:(?:so|thu tu|stt|number|no\.?)\s*)?"
    r"([ivx]{1,5}|\d{1,2})\.(\d{1,2})(?![\d.,/-]?\d)"
    # (a share, a length of time, a sum: "2.5%", "1.5 tháng", "2.5 tỷ đồng")
    r"(?!\s*%)(?!\s+(?:thang|nam|ngay|quy|tuan|ty|trieu|nghin|dong|months?|years?|days?|billion|million)\b)"
)
# "nhiệm vụ VI.3 và VI.4": a second dotted row, each asked on its own
_SECOND_DOTTED = re.compile(r"\b(?:va|and|or|hoac|hay|,)\s+(?:\w+\s+)?(?:[ivx]{1,5}|\d{1,2})\.\d{1,2}\b")
# "nhóm II", "group 3", "mục II", "phần II" of the appendix
_GROUP = re.compile(r"\b(?:nhom|group|muc|phan|part|section)\s+([ivx]{1,5}|\d{1,2})\b")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def group_number(label: str) -> int | None:
    """A group's number, printed in Roman or Arabic numerals ("II" and "2" are one group)."""
    label = label.strip().upper().rstrip(".")
    if label.isdigit():
        return int(label)
    if not label or any(c not in _ROMAN for c in label):
        return None
    total = 0
    for i, c in enumerate(label):
        value = _ROMAN[c]
        total += -value if i + 1 < len(label) and _ROMAN[label[i + 1]] > value else value
    return total


_TWO_ROWS = re.compile(
    r"\b(?:so |number |no\.? )?\d{1,3} (?:va|and|or|hoac|hay) (?:(?:so|number|no\.?) )?\d{1,3}\b"
)
# the question is about a table's rows: it says so, or names the document by its kind and number ("nhiệm vụ
# 7 trong Công văn 6225", "task 7 of Official Letter 6225": one document, whose table numbers its rows)
_TABLE = re.compile(
    r"\b(?:phu luc|appendix|annex|bang|table|danh muc)\b"
    r"|\b(?:cong van|ke hoach|quyet dinh|nghi quyet|chi thi|chuong trinh|thong tu|cong dien|quy dinh|(?:official )?"
    r"letter|dispatch|plan|decision|resolution|directive|programme|program|circular|regulation)"
    r"(?: (?:so|no\.?|number))? \d+(?:/[\w/.-]+)?\b"
)


@dataclass(frozen=True)
class RowAnswer:
    text: str
    citations: list[Citation]
    abstained: bool
    count: int
    rows: tuple[Task, ...] = ()


# a row named by its place in the table: "the first priority scheme", "đề án ưu tiên thứ nhất", "nhiệm vụ thứ hai"
_EN_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_VI_ORDINALS = ("nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi")
_EN_ORDINAL_ROW = re.compile(
    rf"\bthe ({'|'.join(_EN_ORDINALS)}) ((?:[\w-]+ ){{0,2}}?(?:task|row|item|indicator|project|scheme))\b"
)
_VI_ORDINAL_ROW = re.compile(
    rf"\b((?:nhiem vu|chi tieu|de an|du an)(?: uu tien)?) thu ({'|'.join(_VI_ORDINALS)})\b"
)


def _ordinals_as_numbers(f: str) -> str:
    """The (folded) question with a row named by its place said by its number ("the first priority scheme" →
    "priority scheme number 1", "đề án ưu tiên thứ nhất" → "đề án ưu tiên thứ 1")."""
    f = _EN_ORDINAL_ROW.sub(lambda m: f"{m.group(2)} number {_EN_ORDINALS.index(m.group(1)) + 1}", f)
    return _VI_ORDINAL_ROW.sub(lambda m: f"{m.group(1)} thu {_VI_ORDINALS.index(m.group(2)) + 1}", f)


def asked_row(question: str) -> tuple[str | None, str] | None:
    """(group or None, row number) a question names one table row by, or None."""
    f = _ordinals_as_numbers(fold(question))
    dotted = _DOTTED_ROW.findall(f)
    if dotted:
        if len(dotted) != 1 or not _TABLE.search(f) or _SECOND_DOTTED.search(f):
            return None
        return dotted[0][0].upper(), dotted[0][1]
    rows = _ROW.findall(f)
    if len(rows) != 1 or not _TABLE.search(f) or _TWO_ROWS.search(f):
        return None  # ("nhiệm vụ 25 và 31 ai chủ trì?": two rows, each asked on its own)
    groups = _GROUP.findall(f)
    return (groups[0].upper() if len(groups) == 1 else None), rows[0]


def answer_row(view: IndexView, query: Query, scope: set[str] | None) -> RowAnswer | None:
    """The row of that number (in that group) of the one document in scope with task rows; None when the
    question names no row or no single document's table."""
    asked = asked_row(query.question)
    if asked is None or scope is None:
        return None
    group, number = asked
    # rows of a table that prints their numbers (not items of the text read as tasks)
    numbered = [t for t in view.tasks if t.doc in scope and t.source == "table" and (t.number or "").strip()]
    tables = {t.doc for t in numbered}
    if len(tables) != 1:
        return None
    wanted = group_number(group) if group else None
    rows = [
        t
        for t in numbered
        if t.number.strip().rstrip(".") == number
        and (wanted is None or group_number(t.group or "") == wanted)
    ]
    # ("priority scheme No. 1" of a table whose groups each number their rows from 1: no scheme of that
    # number, but a row of each group)
    if re.search(r"\bscheme\b", fold(query.question)) and wanted is None and len({t.group for t in rows}) > 1:
        return None
    # "nhiệm vụ 3 của Sở Tư pháp": the agency's third task, not the table's row 3
    named = [t for t in rows if any(agency_matches(t, a, "either") for a in query.agencies)]
    if query.agencies and not named:
        return None
    if named:  # "dự án ưu tiên số 1 … phối hợp với Trung ương MTTQ": of the rows of that number, its own
        rows = named
    lang = lang_of(query.lang)
    d = view.docs.get(next(iter(tables)))
    if not rows:
        where = kind_and_owner(d) if d is not None else next(iter(tables))
        return RowAnswer(say(lang, "no_such_row", doc=where, number=number), [], True, 0)
    cites = citations(view, query)
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
    return RowAnswer(text, cites.items, False, len(rows), tuple(rows))
