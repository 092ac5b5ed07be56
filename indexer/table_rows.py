"""Rows of appendix tables that assign no task (lists of procedures with their time limits and fees,
indicator tables, lists of documents to draft): one clause per row, each value under its printed
column header ("Thời hạn giải quyết: 03 ngày làm việc …", "Phí, lệ phí: Không"), so that a question
about one row finds that row and its header, not a 30-line run of flattened cells.

A row inherits a cell merged down from the rows above it when the format states its merges (DOCX,
HTML); group rows ("I | LĨNH VỰC DI SẢN VĂN HÓA") title the rows under them; header rows repeated at
page breaks are skipped. The clause's lines are the lines that print the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer import columns as col
from indexer.captions import caption_span
from indexer.records import Cell, Clause, Table
from indexer.table_tasks import SUMMARY_ROW as _SUMMARY
from indexer.table_tasks import group_heading, header_rows, printed_headers
from indexer.text import fold

_CAPTION = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?!\w)\s*(?P<rest>[IVXLC\d]{1,6}\b)?")
_CAPTION_INSIDE = re.compile(r"(?:^|\s)PHỤ LỤC\s+[IVXLC\d]{1,6}\b")
ROW_PATH = "PL.B"  # a row clause's path: PL.B<table>.<row>
MIN_ROWS = 2  # a table of one data row is a layout box (a header block, a signature), not a list
MIN_COLS = 3


def row_clauses(
    doc: str, tables: Sequence[Table], lines: Sequence[tuple[int, str]], start: int | None, covered
) -> list[Clause]:
    """Clauses for the data rows of the tables that start at or after the appendix (`start`) and that no
    span in `covered` (the task tables) overlaps."""
    clauses: list[Clause] = []
    for number, table, rows in _listed(tables, start, covered):
        caption = _caption(lines, table.lines[0])
        # the list's own title printed above it ("DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC)"): it
        # tells the rows of this list from those of the next one in the same appendix
        title = _title(tables, table, lines)[0]
        for i, (group, pairs, span) in enumerate(rows, start=1):
            text = "\n".join(f"{h}: {v}" if h else v for h, v in pairs)
            titles = tuple(dict.fromkeys(t for t in (caption, title, group) if t))
            clauses.append(
                Clause(
                    doc=doc,
                    path=f"{ROW_PATH}{number}.{i}",
                    label=f"{caption}, bảng {number}, hàng {i}",
                    titles=titles,
                    lines=span,
                    text=text,
                    kind="clause",
                )
            )
    return clauses


def title_lines(
    tables: Sequence[Table], lines: Sequence[tuple[int, str]], start: int | None, covered
) -> list[int]:
    """The first line of each listed table's own title: the appendix text around the rows starts a new
    passage there (the title, the header and the first group row, not the appendix heading above)."""
    return [
        span[0]
        for _, table, _ in _listed(tables, start, covered)
        if (span := _title(tables, table, lines)[1]) is not None
    ]


def _title(tables: Sequence[Table], table: Table, lines: Sequence[tuple[int, str]]):
    """(title, its lines) of a list: the caption between the table above it and its first line."""
    floor = max((t.lines[1] for t in tables if t.lines[1] < table.lines[0]), default=0)
    return caption_span(lines, table.lines[0], lists=True, floor=floor)


def _listed(tables: Sequence[Table], start: int | None, covered):
    """(number, table, rows) of the tables made into row clauses: at or after the appendix, not a task table
    (no span in `covered` overlaps it), wide enough and of at least MIN_ROWS rows."""
    if start is None:
        return
    for number, table in enumerate(tables, start=1):
        if table.lines[0] < start or table.ncols < MIN_COLS:
            continue
        if any(a <= table.lines[1] and table.lines[0] <= b for a, b in covered):
            continue
        rows = _rows(table)
        if len(rows) >= MIN_ROWS:
            yield number, table, rows


def is_row(path: str) -> bool:
    """Whether a clause or chunk path names a table row made here (its text: one "header: value" a line)."""
    return path.startswith(ROW_PATH)


def table_spans(clauses: Sequence[Clause]) -> list[tuple[int, int]]:
    """The lines the row clauses hold (the appendix text around them is read as before)."""
    return [c.lines for c in clauses]


def _rows(table: Table) -> list[tuple[str, list[tuple[str, str]], tuple[int, int]]]:
    """(group title, [(header, value)], lines) of every data row."""
    headers = printed_headers(table)
    roles = col.column_roles(headers)
    head_keys = [_key(h) for h in headers]
    out = []
    group = ""
    carried: dict[int, tuple[Cell, int]] = {}  # column → (merged cell, last grid row it covers)
    for r, cells in enumerate(table.rows[header_rows(table) :], start=header_rows(table)):
        filled = [c for c in cells if c.text.strip()]
        if not filled:
            continue
        if any(_CAPTION.match(c.text.strip()) or _CAPTION_INSIDE.search(c.text) for c in filled):
            break  # the next appendix's heading: the table ended (flattened text runs on)
        if _SUMMARY.match(filled[0].text.strip()):
            break  # "Tổng số TTHC công bố: …": totals close the list
        if [_key(c.text) for c in filled] == [k for k in head_keys if k][: len(filled)] and len(filled) > 1:
            continue  # the header again, after a page break
        heading = group_heading(cells, table.ncols, roles)
        if heading is not None:
            group = " ".join(p for p in heading if p).strip()
            carried.clear()
            continue
        own = {c.col: c for c in cells}
        if table.spans_known:
            for c_, (cell, last) in list(carried.items()):
                if last < r:
                    del carried[c_]
                elif c_ not in own:
                    own[c_] = cell
            for cell in cells:
                if cell.rowspan > 1:
                    carried[cell.col] = (cell, r + cell.rowspan - 1)
        pairs = []
        for c_ in sorted(own):
            value = own[c_].text.strip()
            if not value:
                continue
            header = headers[c_] if c_ < len(headers) else ""
            pairs.append((header.strip(), value))
        if len(pairs) < 2:
            continue
        first = min(cell.lines[0] for cell in cells if cell.text.strip())
        last = max(cell.lines[1] for cell in cells if cell.text.strip())
        out.append((group, pairs, (first, last)))
    return out


def _caption(lines: Sequence[tuple[int, str]], before: int) -> str:
    """The appendix heading above the table ("Phụ lục I"), or "Phụ lục"."""
    caption = "Phụ lục"
    for n, text in lines:
        if n >= before:
            break
        m = _CAPTION.match((text or "").strip())
        if m:
            caption = f"Phụ lục {m['rest']}" if m["rest"] else "Phụ lục"
    return caption


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", fold(text)).strip()
