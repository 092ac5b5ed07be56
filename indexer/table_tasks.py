"""Tables as rows of cells → `Task` records, for any layout.

Column roles come from the header's meaning (indexer.columns), in any order and with any extra
columns. Group rows (one cell spanning the table, or a Roman/letter marker with a title and nothing
else) set the group, kept as printed with its title. A row that does not print a column the table
has — a merged (rowspan) cell — inherits the value from the row it is merged with, and the record
says which fields are inherited and where the value is printed. A header repeated inside the table
(at page breaks or in each group) is skipped. Tables without a lead column give no tasks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer import agencies as ag
from indexer import columns as col
from indexer.records import Cell, Table, Task
from indexer.text import without_footnote_marks

_GROUP = re.compile(r"^(?P<g>[IVXLC]{1,6}|[A-ZĐ])(?:[.):–-]\s*(?P<title>\S.*)?|\s*$)")
_MIN_TASK_CHARS = 3
SUMMARY_ROW = re.compile(r"^(?:Tổng|Cộng)\b", re.IGNORECASE)
# a summary's label printed in another column (not "Tổng công ty …", "Cộng đồng …", which lead rows)
_SUMMARY_LABEL = re.compile(
    r"^(?:Tổng (?:cộng|số|thời gian|kinh phí|giá trị)|Cộng\s*[:.]?\s*$)", re.IGNORECASE
)


def table_roles(table: Table) -> tuple[list[str], list[str]] | None:
    """(printed headers, roles) of a task table, or None when it is not one (no lead or no name)."""
    if not table.rows:
        return None
    headers = printed_headers(table)
    roles = col.column_roles(headers)
    if col.LEAD not in roles or col.NAME not in roles:
        return None
    return headers, roles


def printed_headers(table: Table) -> list[str]:
    """The printed header of every column. A two-row header (a cell spanning columns over their own
    sub-headers, "Thời gian" over "Bắt đầu | Hoàn thành") joins the two texts."""
    headers = [""] * table.ncols
    for cell in table.rows[0]:
        for c in range(cell.col, min(table.ncols, cell.col + cell.colspan)):
            headers[c] = cell.text
    if header_rows(table) == 2:
        for cell in table.rows[1]:
            headers[cell.col] = f"{headers[cell.col]} {cell.text}".strip()
    return headers


def header_rows(table: Table) -> int:
    """1, or 2 when the first row spans columns whose sub-headers the second row prints."""
    if len(table.rows) < 2 or not table.spans_known:
        return 1
    first, second = table.rows[0], table.rows[1]
    spans = any(c.colspan > 1 for c in first)
    short = all(len(c.text) <= 40 and not col.looks_number(c.text) for c in second) and second
    covered = {c for cell in first if cell.colspan > 1 for c in range(cell.col, cell.col + cell.colspan)}
    return 2 if spans and short and all(c.col in covered for c in second) else 1


def is_task_table_candidate(table: Table) -> bool:
    """Looks like a task list (a name/nhiệm vụ column and a deadline column) even without a lead."""
    headers = [c.text for c in table.rows[0]] if table.rows else []
    roles = col.column_roles(headers)
    return col.NAME in roles and col.DEADLINE in roles and any("nhiệm vụ" in h.lower() for h in headers)


def tasks_from_table(doc: str, table: Table) -> list[Task]:
    found = table_roles(table)
    if found is None:
        return []
    headers, roles = found
    table = _cleaned(table)
    role_col = {r: i for i, r in enumerate(roles) if r != col.EXTRA}
    header_key = [_key(h) for h in headers]
    tasks: list[Task] = []
    group, group_title = "", ""
    group_lines: tuple[int, int] | None = None
    previous: dict[int, Cell] = {}  # column → the cell last printed there (merged values come from it)
    covering: dict[
        int, tuple[Cell, int]
    ] = {}  # column → (cell, last grid row it covers) when spans are known
    for cells in table.rows[header_rows(table) :]:
        if not cells:
            continue
        printed = {c.col: c for c in cells}
        texts = [c.text for c in cells if c.text.strip()]
        if not texts:
            continue
        if [_key(c.text) for c in cells] == [header_key[c.col] for c in cells] and len(cells) > 1:
            continue  # the header repeated
        grid_row = cells[0].row
        heading = group_heading(cells, table.ncols, roles)
        if heading is not None:
            group, group_title = heading
            filled = [c for c in cells if c.text.strip()]
            group_lines = (min(c.lines[0] for c in filled), max(c.lines[1] for c in filled))
            previous.clear()
            covering.clear()
            continue
        values: dict[int, Cell] = {}
        inherited: list[tuple[str, int, int]] = []
        # converters write a merged cell as empty cells below its value: where the spans are not
        # known, a row whose number cell is empty under a numbered row continues that row
        number_col = role_col.get(col.NUMBER)
        continues = (
            not table.spans_known
            and number_col is not None
            and not (printed.get(number_col) and printed[number_col].text.strip())
            and previous.get(number_col) is not None
        )
        for c in range(table.ncols):
            cell = printed.get(c)
            if continues and cell is not None and not cell.text.strip():
                cell = None
            if cell is None:
                for start, (span_cell, last_row) in covering.items():
                    if start <= c < start + span_cell.colspan and last_row >= grid_row:
                        cell = span_cell
                        break
            if cell is not None and cell.row == grid_row:
                values[c] = cell
                continue
            source = cell if cell is not None else (None if table.spans_known else previous.get(c))
            if source is not None and source.text.strip():
                values[c] = source
                inherited.append((_field(roles[c], headers[c]), *source.lines))
        for cell in cells:
            if cell.rowspan > 1:
                covering[cell.col] = (cell, cell.row + cell.rowspan - 1)
        name_cell = values.get(role_col[col.NAME])
        own_text = [c for c in cells if c.text.strip()]
        if name_cell is None or len(name_cell.text) < _MIN_TASK_CHARS:
            continue
        if all(c.col == role_col.get(col.NUMBER) for c in own_text):
            continue  # a number alone: nothing printed of the task itself
        if len(own_text) < len(roles) and (
            SUMMARY_ROW.match(name_cell.text) or (own_text and _SUMMARY_LABEL.match(own_text[0].text.strip()))
        ):
            # "Tổng thời gian giải quyết | 03 ngày": a summary row, not a task (also when its label stands in
            # another column than the names, and the name above would be inherited)
            continue
        previous.update({c.col: c for c in cells if c.text.strip()})

        def value(role: str, values: dict[int, Cell] = values) -> str:
            i = role_col.get(role)
            cell = values.get(i) if i is not None else None
            text = cell.text.strip() if cell is not None else ""
            # a footnote mark stays in the holders' cells and the other columns, which the answer quotes
            # with the note; the name, number, time and output cells are read without it
            return text if role in (col.LEAD, col.COORD) else without_footnote_marks(text)

        lead_text, coord_text = value(col.LEAD), value(col.COORD)
        # the names without the footnote marks the cells keep ("Ủy ban Đối ngoại [3] (…)")
        lead_names, coord_names = (without_footnote_marks(t) for t in (lead_text, coord_text))
        number = value(col.NUMBER).rstrip(".").strip()
        extra = tuple(
            (headers[i] or f"Cột {i + 1}", values[i].text.strip())
            for i, r in enumerate(roles)
            if r == col.EXTRA and i in values and values[i].text.strip()
        )
        own_lines = [n for c in own_text for n in c.lines]
        tasks.append(
            Task(
                doc=doc,
                group=group,
                group_title=group_title,
                number=number,
                name=without_footnote_marks(name_cell.text).strip(),
                lead=tuple(p for p, _ in ag.split_printed(lead_names)) if lead_text else (),
                coordinating=tuple(p for p, _ in ag.split_printed(coord_names)) if coord_text else (),
                output=value(col.OUTPUT) or None,
                deadline=value(col.DEADLINE) or None,
                lines=(min(own_lines), max(own_lines)),
                lead_text=lead_text,
                coordinating_text=coord_text,
                lead_ids=tuple(ag.split_agencies(lead_names)) if lead_text else (),
                coordinating_ids=tuple(ag.split_agencies(coord_names)) if coord_text else (),
                extra=extra,
                inherited=tuple(inherited),
                source="table",
                group_lines=group_lines if group else None,
            )
        )
    return tasks


def _cleaned(table: Table) -> Table:
    """The same table with every cell's text cleaned as clause text is (NFC, tone marks per syllable)."""
    from dataclasses import replace

    from indexer.clean import clean_text

    rows = tuple(
        tuple(replace(c, text=" ".join(clean_text(c.text).split())) for c in row) for row in table.rows
    )
    return replace(table, rows=rows)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _field(role: str, header: str) -> str:
    return header if role == col.EXTRA else role


def group_heading(cells: Sequence[Cell], ncols: int, roles: Sequence[str]) -> tuple[str, str] | None:
    """(marker, title) of a group row: one cell spanning the table, or a Roman/letter marker in the
    number column with a title beside it and nothing else."""
    filled = [c for c in cells if c.text.strip()]
    if not filled:
        return None
    if len(filled) == 1:
        cell = filled[0]
        m = _GROUP.match(cell.text.strip())
        spans = cell.colspan >= max(2, ncols - 1)
        if m and (m["title"] or spans) and not col.looks_agency(cell.text):
            if m["g"].isdigit():
                return None
            return m["g"], (m["title"] or "").strip()
        letters = [ch for ch in cell.text if ch.isalpha()]
        if spans and letters and all(ch.isupper() for ch in letters):
            return "", cell.text.strip()
        return None
    if len(filled) == 2:
        first, second = filled
        number_col = roles.index(col.NUMBER) if col.NUMBER in roles else -1
        if first.col == number_col and re.fullmatch(r"[IVXLC]{1,6}\.?|[A-ZĐ]\.?", first.text.strip()):
            return first.text.strip().rstrip("."), second.text.strip()
    return None


def tasks_from_tables(doc: str, tables: Sequence[Table]) -> tuple[list[Task], list[str]]:
    """Tasks of every task table, and one-line warnings for task-like tables without a lead column."""
    tasks: list[Task] = []
    warnings: list[str] = []
    for table in tables:
        if table_roles(table) is None:
            if is_task_table_candidate(table):
                warnings.append(
                    f"{doc}: bảng ở dòng {table.lines[0]}–{table.lines[1]} giống danh mục nhiệm vụ nhưng "
                    "không tìm thấy cột cơ quan chủ trì; bảng được lập chỉ mục như văn bản"
                )
            continue
        tasks.extend(tasks_from_table(doc, table))
    return tasks, warnings
