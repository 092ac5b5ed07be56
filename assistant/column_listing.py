"""Rows listed by an agency named in one of their other columns: "Những văn bản nào có Ban Công tác đại
biểu là cơ quan trình?", "Ủy ban Pháp luật chủ trì thẩm tra những văn bản nào?" — a task table that prints,
beside its lead column, another column of bodies ("Cơ quan trình", "Cơ quan thẩm tra/chuẩn bị ý kiến").
The column is the one whose printed header the question names (assistant.row_columns); a row is listed
when that cell names the agency. Complete and counted, each row cited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose import task_line
from assistant.index_view import IndexView
from assistant.messages import lang_of, say
from assistant.row_columns import asked_columns, names_activity_of
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.text import fold

# a column of bodies, by its header: "Cơ quan trình", "Đơn vị thực hiện", "Bộ phận xử lý", "Chủ quản"
_BODIES = re.compile(r"\b(?:co quan|don vi|bo phan|chu quan|nguoi)\b")
# several rows asked for: "những văn bản nào", "which documents", "list"
_PLURAL = re.compile(
    r"\b(?:nhung|cac)\b.*\bnao\b|\bwhich \w+s\b|\blist\b"
    r"|\bwhat (?:documents|tasks|rows|items|resolutions|laws|decrees|decisions|procedures)\b"
)


@dataclass(frozen=True)
class ColumnListing:
    text: str
    citations: list[Citation]
    count: int


def _names(cell: str, agency: str) -> bool:
    """Whether the cell names the agency: as printed, or by the gazetteer's name of what it prints
    ("UBND tỉnh" for "Ủy ban nhân dân tỉnh")."""
    from indexer.agencies import find_agencies

    if re.search(rf"(?<!\w){re.escape(fold(agency))}(?!\w)", fold(cell)):
        return True
    return fold(agency) in {fold(a) for a in find_agencies(cell)}


def answer_column_listing(view: IndexView, query: Query, scope: set[str] | None) -> ColumnListing | None:
    """The rows whose cell in the column the question names holds the agency it names; None when the
    question names no such column, no agency or asks for one row."""
    if len(query.agencies) != 1 or not _PLURAL.search(fold(query.question)):
        return None
    agency = query.agencies[0]
    rows, header = [], None
    for task in view.tasks:
        if scope is not None and task.doc not in scope:
            continue
        # (the column by its header, or by its activity said right after the agency: "… Ủy ban Thường vụ Quốc
        # hội trình những văn bản nào?")
        columns = asked_columns(task, query.search_text) or [
            (h, v) for h, v in task.extra if v.strip() and names_activity_of(h, agency, query.search_text)
        ]
        for printed, value in columns:
            if fold(printed) in ("co quan chu tri", "co quan phoi hop") or not _BODIES.search(fold(printed)):
                continue  # the lead and coordinating columns are the listing's own; "Hồ sơ" holds no body
            header = header or printed
            if printed == header and _names(value, agency):
                rows.append((task, value))
    if header is None or not rows:
        return None
    lang = lang_of(query.lang)
    cites = citations(view, query)
    lines = [say(lang, "column_listing_head", n=len(rows), header=header, agency=agency)]
    for i, (task, value) in enumerate(rows, start=1):
        n = cites.task(task, view.task_chunk(task))
        line = task_line(task, n, view.docs.get(task.doc), lang, with_place=True)
        lines.append(f"{i}. {line} {say(lang, 'cell_other', header=header, value=value, n=n)}")
    return ColumnListing("\n".join(lines), cites.items, len(rows))
