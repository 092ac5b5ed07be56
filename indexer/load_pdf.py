"""Read a text PDF into numbered lines page by page, ruled tables as rows of cells with their spans.

Text outside tables: one line per extracted text line ("trang P"), in reading order, as before —
the outline and task parsers recover its structure from the lines (these lines give no blocks).
Ruled tables: pdfplumber's table finder; every cell it finds is a rectangle, so a merged cell's
row/column span is the number of grid rows/columns its rectangle covers (the grid is the set of all
cell edges of the table). One line per cell ("trang P, bảng T, hàng R, ô C"), header row first;
the table's words are not repeated as running text. A table continued on the next page (same
columns, nothing but a page number between the pieces) is one Table; a header row the PDF repeats
at the top of the continuation keeps its lines but is not repeated as a row of the Table.

Errors are not caught here: `indexer.load` turns them into one-line LoadErrors naming the file.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from indexer.records import Block, Cell, SourceLine, Table

_PAGE_NUMBER = re.compile(r"^[\s\-–—]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-–—]*$", re.IGNORECASE)
_EDGE_TOLERANCE = 1.5  # points: cell edges closer than this are one grid line
_COLUMN_TOLERANCE = 3.0  # points: continuation pieces must have the same column lines


@dataclass
class _PageTable:
    top: float
    cells: list[tuple[int, int, int, int, str]]  # row, col, rowspan, colspan, text (non-empty)
    nrows: int
    columns: list[float]  # x positions of the column lines


@dataclass
class _TableBuilder:
    number: int
    first_page: int
    page: int  # the page of the last piece
    columns: list[float]
    header: list[tuple[int, str]] = field(default_factory=list)  # (col, text) of row 0
    cells: list[Cell] = field(default_factory=list)
    nrows: int = 0


def read_pdf(data: bytes) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    """The extracted lines with page locators, and one table block per (possibly multi-page) table."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_page_items(page) for page in pdf.pages]
    return _assemble(pages)


def _page_items(page) -> list[tuple[str, object]]:
    """One page in reading order: ("text", line) outside tables, ("table", _PageTable) per table."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside_tables(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside_tables) if boxes else page
    positioned: list[tuple[float, int, tuple[str, object]]] = []
    for line in text_page.extract_text_lines(strip=True, return_chars=False):
        if line["text"].strip():
            positioned.append((line["top"], 0, ("text", line["text"])))
    for table in tables:
        found = _page_table(table)
        if found.cells:
            positioned.append((table.bbox[1], 1, ("table", found)))
    positioned.sort(key=lambda item: (item[0], item[1]))
    return [item for _, _, item in positioned]


def _page_table(table) -> _PageTable:
    boxes: list[tuple[tuple[float, float, float, float], str]] = []
    for row, texts in zip(table.rows, table.extract(), strict=False):
        for bbox, value in zip(row.cells, texts, strict=False):
            if bbox is not None:
                boxes.append((bbox, " ".join((value or "").split())))
    xs = _clusters([v for (x0, _, x1, _), _ in boxes for v in (x0, x1)])
    ys = _clusters([v for (_, top, _, bottom), _ in boxes for v in (top, bottom)])
    cells = []
    for (x0, top, x1, bottom), text in boxes:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if text:
            cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0), text))
    cells.sort(key=lambda cell: (cell[0], cell[1]))
    return _PageTable(table.bbox[1], cells, max(1, len(ys) - 1), xs)


def _clusters(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _EDGE_TOLERANCE:
            out.append(value)
    return out


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _assemble(pages: list[list[tuple[str, object]]]) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    lines: list[SourceLine] = []
    blocks: list[Block] = []
    current: _TableBuilder | None = None  # the last table, while nothing but page numbers follows it
    count = 0

    def close() -> None:
        nonlocal current
        if current is not None and current.cells:
            rows: list[list[Cell]] = [[] for _ in range(current.nrows)]
            for cell in current.cells:
                rows[cell.row].append(cell)
            span = (min(c.lines[0] for c in current.cells), max(c.lines[1] for c in current.cells))
            table = Table(
                tuple(tuple(r) for r in rows),
                span,
                max(1, len(current.columns) - 1),
                f"trang {current.first_page}, bảng {current.number}",
            )
            blocks.append(Block("table", span, "", 0, table))
        current = None

    for page_number, items in enumerate(pages, start=1):
        for kind, payload in items:
            if kind == "text":
                lines.append(SourceLine(len(lines) + 1, payload, page_number, f"trang {page_number}"))
                if not _PAGE_NUMBER.match(payload):
                    close()
                continue
            piece: _PageTable = payload
            continues = current is not None and current.page < page_number and _same_columns(current, piece)
            if not continues:
                close()
                count += 1
                current = _TableBuilder(count, page_number, page_number, piece.columns)
            offset = current.nrows
            repeated = continues and _is_repeated_header(current, piece)
            for r, c, rowspan, colspan, text in piece.cells:
                locator = f"trang {page_number}, bảng {current.number}, hàng {r + 1}, ô {c + 1}"
                lines.append(SourceLine(len(lines) + 1, text, page_number, locator))
                if repeated and r == 0:
                    continue
                row = offset + r - (1 if repeated else 0)
                current.cells.append(Cell(text, (len(lines), len(lines)), row, c, rowspan, colspan))
                if row == 0:
                    current.header.append((c, text))
            current.nrows = offset + piece.nrows - (1 if repeated else 0)
            current.page = page_number
    close()
    return tuple(lines), tuple(blocks)


def _same_columns(current: _TableBuilder, piece: _PageTable) -> bool:
    return len(current.columns) == len(piece.columns) and all(
        abs(a - b) <= _COLUMN_TOLERANCE for a, b in zip(current.columns, piece.columns, strict=True)
    )


def _is_repeated_header(current: _TableBuilder, piece: _PageTable) -> bool:
    first_row = [(c, text) for r, c, _, _, text in piece.cells if r == 0]
    return bool(first_row) and first_row == current.header
