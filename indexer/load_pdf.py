"""Read a text PDF into numbered lines page by page, ruled tables as rows of cells with their spans.

Text outside tables: one line per extracted text line ("trang P"), in reading order, as before —
the outline and task parsers recover its structure from the lines (these lines give no blocks).
Ruled tables: pdfplumber's table finder; every cell it finds is a rectangle, so a merged cell's
row/column span is the number of grid rows/columns its rectangle covers (the grid is the set of all
cell edges of the table). One line per cell ("trang P, bảng T, hàng R, ô C", the row as counted on
that page), header row first; the table's words are not repeated as running text, and words inside
a table's box that no cell holds are kept as running text lines (nothing is dropped).

Page breaks: a table continued on the next page (same column lines, nothing but a page number
between the pieces) is one Table; a header row the PDF repeats at the top of the continuation keeps
its lines but is not repeated as a row. Where the break cuts cells (no rule closes them at the page
edge), those cells go on: if every column is cut, the row itself continues (its cells' texts are
joined, their `lines` reach over the page break); if only some are, those are merged cells whose
row span goes on into the next rows.

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

_PieceCell = tuple[int, int, int, int, str]  # row, col, rowspan, colspan, text ("" for an empty cell)


@dataclass
class _PageTable:
    cells: list[_PieceCell]
    nrows: int
    columns: list[float]  # x positions of the column lines
    open_top: set[int] = field(default_factory=set)  # grid columns whose first cell has no rule above
    open_bottom: set[int] = field(default_factory=set)  # grid columns whose last cell has no rule below


@dataclass
class _TableBuilder:
    number: int
    first_page: int
    page: int  # the page of the last piece
    columns: list[float]
    header: list[tuple[int, str]] = field(default_factory=list)  # (col, text) of row 0
    cells: list[Cell] = field(default_factory=list)
    nrows: int = 0
    open_bottom: set[int] = field(default_factory=set)  # columns whose last cell goes on next page

    @property
    def ncols(self) -> int:
        return max(1, len(self.columns) - 1)


def read_pdf(data: bytes) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    """The extracted lines with page locators, and one table block per (possibly multi-page) table."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_page_items(page) for page in pdf.pages]
    return _assemble(pages)


def _page_items(page) -> list[tuple[str, object]]:
    """One page in reading order: ("text", line) outside tables, ("table", _PageTable) per table."""
    horizontals = [e for e in page.edges if e["orientation"] == "h"]
    open_ends = _open_ends(page, horizontals)
    tables = page.find_tables({"explicit_horizontal_lines": open_ends}) if open_ends else page.find_tables()
    cell_boxes = [(table.bbox, [c for c in table.cells if c is not None]) for table in tables]

    def outside_cells(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        for (x0, top, x1, bottom), cells in cell_boxes:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                # the same test as pdfplumber's Table.extract: such a char is some cell's text
                if any(a <= cx < b and t <= cy < u for a, t, b, u in cells):
                    return False
        return True

    text_page = page.filter(outside_cells) if tables else page
    positioned: list[tuple[float, int, tuple[str, object]]] = []
    for line in text_page.extract_text_lines(strip=True, return_chars=False):
        if line["text"].strip():
            positioned.append((line["top"], 0, ("text", line["text"])))
    for table in tables:
        found = _page_table(table, horizontals)
        if any(text for *_, text in found.cells):
            positioned.append((table.bbox[1], 1, ("table", found)))
    positioned.sort(key=lambda item: (item[0], item[1]))
    return [item for _, _, item in positioned]


def _page_table(table, horizontals: list[dict]) -> _PageTable:
    boxes: list[tuple[tuple[float, float, float, float], str]] = []
    for row, texts in zip(table.rows, table.extract(), strict=False):
        for bbox, value in zip(row.cells, texts, strict=False):
            if bbox is not None:
                boxes.append((bbox, join_wrapped(value or "")))
    xs = _clusters([v for (x0, _, x1, _), _ in boxes for v in (x0, x1)])
    ys = _clusters([v for (_, top, _, bottom), _ in boxes for v in (top, bottom)])
    found = _PageTable([], max(1, len(ys) - 1), xs)
    for (x0, top, x1, bottom), text in boxes:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        found.cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0), text))
        if r0 == 0 and not _ruled(horizontals, top, x0, x1):
            found.open_top.update(range(c0, max(c0 + 1, c1)))
        if r1 == len(ys) - 1 and not _ruled(horizontals, bottom, x0, x1):
            found.open_bottom.update(range(c0, max(c0 + 1, c1)))
    found.cells.sort(key=lambda cell: (cell[0], cell[1]))
    return found


def join_wrapped(text: str) -> str:
    """A cell's wrapped lines as one value: joined with one space, except after a hyphen that ends
    a word ("Quý IV-" / "2025" is "Quý IV-2025": Vietnamese syllables are never hyphenated, so
    such a break is inside a compound like "QĐ-UBND"); a dash standing alone keeps its space."""
    out = ""
    for line in (" ".join(part.split()) for part in text.split("\n")):
        if not line:
            continue
        if out and not (out.endswith("-") and len(out) > 1 and not out[-2].isspace()):
            out += " "
        out += line
    return out


def _ruled(horizontals: list[dict], y: float, x0: float, x1: float) -> bool:
    """Whether horizontal rules at height y cover [x0, x1] (allowing a corner's width)."""
    spans = sorted(
        (max(e["x0"], x0), min(e["x1"], x1))
        for e in horizontals
        if abs(e["top"] - y) <= _EDGE_TOLERANCE and e["x1"] > x0 and e["x0"] < x1
    )
    covered, reach = 0.0, x0
    for a, b in spans:
        if b > reach:
            covered += b - max(a, reach)
            reach = b
    return covered >= (x1 - x0) - 2 * _EDGE_TOLERANCE - 1


def _open_ends(page, horizontals: list[dict]) -> list[float]:
    """The y of the top-most and bottom-most ends of the page's vertical rules where horizontal
    rules do not close them: cells that the page break cuts (a PDF draws no border where a cell
    goes on). Given to the table finder as explicit lines, so that cut cells are still found."""
    verticals = [e for e in page.edges if e["orientation"] == "v" and e["height"] > 2]
    if not verticals:
        return []
    ends = []
    top, bottom = min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)
    for y, touching in (
        (top, [e for e in verticals if e["top"] <= top + 1]),
        (bottom, [e for e in verticals if e["bottom"] >= bottom - 1]),
    ):
        left, right = min(e["x0"] for e in touching), max(e["x1"] for e in touching)
        if len(touching) >= 2 and right - left >= 20 and not _ruled(horizontals, y, left, right):
            ends.append(y)
    return ends


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
            for cell in sorted(current.cells, key=lambda c: (c.row, c.col)):
                rows[cell.row].append(cell)
            span = (min(c.lines[0] for c in current.cells), max(c.lines[1] for c in current.cells))
            locator = f"trang {current.first_page}, bảng {current.number}"
            table = Table(tuple(tuple(r) for r in rows), span, current.ncols, locator)
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
            if current is None or not continues:
                close()
                count += 1
                current = _TableBuilder(count, page_number, page_number, piece.columns)
            repeated = continues and _is_repeated_header(current, piece)
            first = 1 if repeated else 0  # the piece's first row that is not a repeated header
            cut = (current.open_bottom | (piece.open_top if not repeated else set())) if continues else set()
            cut_row = current.nrows > 0 and len(cut) >= current.ncols  # every column goes on: one row
            # piece row r >= first is table row offset + r - first
            offset = current.nrows - 1 if cut_row else current.nrows
            for r, c, rowspan, colspan, text in piece.cells:
                line = 0
                if text:
                    locator = f"trang {page_number}, bảng {current.number}, hàng {r + 1}, ô {c + 1}"
                    lines.append(SourceLine(len(lines) + 1, text, page_number, locator))
                    line = len(lines)
                if r < first:
                    continue
                row = offset + r - first
                if r == first and c in cut and _go_on(current, row, c, rowspan, text, line, cut_row):
                    continue
                if text:
                    current.cells.append(Cell(text, (line, line), row, c, rowspan, colspan))
                    if row == 0:
                        current.header.append((c, text))
            current.nrows = offset + piece.nrows - first
            current.page = page_number
            current.open_bottom = piece.open_bottom
    close()
    return tuple(lines), tuple(blocks)


def _go_on(
    current: _TableBuilder, row: int, col: int, rowspan: int, text: str, line: int, same_row: bool
) -> bool:
    """Continue the cell that the page break cut, in column `col`, with the piece's first cell there:
    in the same row (`same_row`: the whole row was cut) or as further rows of a merged cell. False
    when no cell of the table ends just above (then the piece's cell stands on its own)."""
    last = row if same_row else row - 1
    for i, cell in enumerate(current.cells):
        if cell.col == col and cell.row + cell.rowspan - 1 == last:
            extra_rows = rowspan - 1 if same_row else rowspan
            current.cells[i] = Cell(
                join_wrapped(f"{cell.text}\n{text}") if text else cell.text,
                (cell.lines[0], line or cell.lines[1]),
                cell.row,
                cell.col,
                cell.rowspan + extra_rows,
                cell.colspan,
            )
            return True
    return False


def _same_columns(current: _TableBuilder, piece: _PageTable) -> bool:
    return len(current.columns) == len(piece.columns) and all(
        abs(a - b) <= _COLUMN_TOLERANCE for a, b in zip(current.columns, piece.columns, strict=True)
    )


def _is_repeated_header(current: _TableBuilder, piece: _PageTable) -> bool:
    first_row = [(c, text) for r, c, _, _, text in piece.cells if r == 0 and text]
    return bool(first_row) and first_row == current.header
