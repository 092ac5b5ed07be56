"""Write the same task table as a real DOCX, HTML, PDF and Markdown file, and read it back.

A `TableSpec` is a task table as printed: a header, group rows (a marker such as "I" in the first
column and the title across the others, or one title across all columns) and data rows whose cells
are strings ("\\n" separates paragraphs inside a cell) or None for "merged with the cell above".
The writers use each format's own merges: DOCX `w:vMerge`/`w:gridSpan` (python-docx), HTML
rowspan/colspan, PDF a ruled reportlab table with SPAN commands. Markdown pipe tables cannot merge:
a merged cell is printed empty below its value, a group title fills the second column.

`expected_cells(spec)` is the grid a loader that knows the merges must give; `load_rendered` writes
the file, loads it with `indexer.load.load_file` and returns its tables; `cell_agreement` compares.
`spec_from_gold` / `spec_from_task_rows` turn hand-checked gold rows into specs.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from indexer.records import Table

FORMATS = ("docx", "html", "pdf", "markdown")
SUFFIXES = {"docx": ".docx", "html": ".html", "pdf": ".pdf", "markdown": ".md"}
DEJAVU_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT = "DejaVuSans"


@dataclass(frozen=True)
class GroupRow:
    """A group heading inside a table: `marker` ("I", "A"; "" for none) in the first column and
    `title` across the others, or `title` across every column when there is no marker."""

    marker: str
    title: str


Row = GroupRow | tuple[str | None, ...]


@dataclass(frozen=True)
class TableSpec:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    title: str = "PHỤ LỤC"  # printed above the table

    def __post_init__(self) -> None:
        n = len(self.header)
        for i, row in enumerate(self.rows):
            if isinstance(row, GroupRow):
                continue
            if len(row) != n:
                raise ValueError(f"row {i} has {len(row)} cells, the header {n}")
            for c, value in enumerate(row):
                if value is None and (i == 0 or not _value_above(self.rows, i, c)):
                    raise ValueError(f"row {i} col {c}: a merged cell needs a data row with a value above")

    @property
    def ncols(self) -> int:
        return len(self.header)


@dataclass(frozen=True)
class ExpectedCell:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


def _value_above(rows: Sequence[Row], i: int, c: int) -> bool:
    j = i - 1
    while j >= 0 and not isinstance(rows[j], GroupRow) and rows[j][c] is None:
        j -= 1
    return j >= 0 and not isinstance(rows[j], GroupRow) and bool(rows[j][c])


def cell_text(value: str) -> str:
    """A cell as a loader gives it: paragraphs joined with one space, whitespace collapsed."""
    return " ".join(" ".join(part.split()) for part in value.split("\n") if part.strip())


def _paragraphs(value: str) -> list[str]:
    return [part.strip() for part in value.split("\n") if part.strip()]


def _rowspan(spec: TableSpec, i: int, c: int) -> int:
    span = 1
    while i + span < len(spec.rows):
        below = spec.rows[i + span]
        if isinstance(below, GroupRow) or below[c] is not None:
            break
        span += 1
    return span


def expected_cells(spec: TableSpec, merges: bool = True) -> list[ExpectedCell]:
    """Non-empty cells, row-major, grid row 0 = the header. With `merges=False` (Markdown) a merged
    cell is one row high and a group title sits in column 1 (or 0) alone."""
    out = [ExpectedCell(cell_text(h), 0, c) for c, h in enumerate(spec.header) if cell_text(h)]
    for i, row in enumerate(spec.rows, start=1):
        if isinstance(row, GroupRow):
            if row.marker:
                out.append(ExpectedCell(cell_text(row.marker), i, 0))
                out.append(ExpectedCell(cell_text(row.title), i, 1, 1, spec.ncols - 1 if merges else 1))
            else:
                out.append(ExpectedCell(cell_text(row.title), i, 0, 1, spec.ncols if merges else 1))
            continue
        for c, value in enumerate(row):
            if value is not None and cell_text(value):
                out.append(ExpectedCell(cell_text(value), i, c, _rowspan(spec, i - 1, c) if merges else 1))
    return out


# --- writers ---------------------------------------------------------------------------------


def write_docx(spec: TableSpec, path: Path, paragraphs: Sequence[str] = ()) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.add_paragraph(spec.title, style="Heading 1")
    grid = document.add_table(rows=len(spec.rows) + 1, cols=spec.ncols)
    grid.style = "Table Grid"

    def put(r: int, c: int, value: str) -> None:
        parts = _paragraphs(value)
        cell = grid.cell(r, c)
        cell.text = parts[0] if parts else ""
        for part in parts[1:]:
            cell.add_paragraph(part)

    for c, value in enumerate(spec.header):
        put(0, c, value)
    for i, row in enumerate(spec.rows, start=1):
        if isinstance(row, GroupRow):
            first = 1 if row.marker else 0
            if row.marker:
                put(i, 0, row.marker)
            merged = (
                grid.cell(i, first).merge(grid.cell(i, spec.ncols - 1)) if spec.ncols - 1 > first else None
            )
            (merged or grid.cell(i, first)).text = row.title
            continue
        for c, value in enumerate(row):
            if value is not None:
                put(i, c, value)
    for i, row in enumerate(spec.rows, start=1):
        if isinstance(row, GroupRow):
            continue
        for c, value in enumerate(row):
            span = _rowspan(spec, i - 1, c) if value is not None else 1
            if span > 1:
                grid.cell(i, c).merge(grid.cell(i + span - 1, c))
    path = Path(path)
    document.save(str(path))
    return path


def write_html(spec: TableSpec, path: Path, paragraphs: Sequence[str] = ()) -> Path:
    """A page like one saved from a legal portal: head, script, style and navigation around the
    document, the table with rowspan/colspan, multi-paragraph cells as <p>."""

    def cell(tag: str, value: str, rowspan: int = 1, colspan: int = 1) -> str:
        attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
            f' colspan="{colspan}"' if colspan > 1 else ""
        )
        parts = _paragraphs(value)
        inner = "".join(f"<p>{html.escape(p)}</p>" for p in parts) if len(parts) > 1 else html.escape(value)
        return f"<{tag}{attrs}>{inner}</{tag}>"

    rows = ["<tr>" + "".join(cell("th", h) for h in spec.header) + "</tr>"]
    for i, row in enumerate(spec.rows):
        if isinstance(row, GroupRow):
            if row.marker:
                rows.append(f"<tr>{cell('td', row.marker)}{cell('td', row.title, 1, spec.ncols - 1)}</tr>")
            else:
                rows.append(f"<tr>{cell('td', row.title, 1, spec.ncols)}</tr>")
            continue
        cells = [cell("td", v, _rowspan(spec, i, c)) for c, v in enumerate(row) if v is not None]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(spec.title)}</title>
<style>table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #000; }}</style>
<script>window.dataLayer = []; function menu() {{ return "Trang chủ"; }}</script></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản pháp luật</a></li></ul></nav>
<div class="content">
{body}
<h2>{html.escape(spec.title)}</h2>
<table border="1">
<thead>{rows[0]}</thead>
<tbody>
{chr(10).join(rows[1:])}
</tbody></table>
</div>
<script>menu();</script>
</body></html>
"""
    path = Path(path)
    path.write_text(page, encoding="utf-8")
    return path


def write_pdf(spec: TableSpec, path: Path, paragraphs: Sequence[str] = ()) -> Path:
    """A ruled table (GRID) with SPAN for merged cells and group rows, header repeated per page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from reportlab.platypus import Table as PdfTable

    font = _register_font()
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=15, spaceAfter=4)
    small = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10)

    def para(value: str | None):
        return Paragraph("<br/>".join(escape(p) for p in _paragraphs(value or "")), small)

    data = [[para(h) for h in spec.header]]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, row in enumerate(spec.rows, start=1):
        if isinstance(row, GroupRow):
            first = 1 if row.marker else 0
            cells = [para(row.marker)] if row.marker else []
            cells += [para(row.title)] + [para("")] * (spec.ncols - first - 1)
            data.append(cells)
            if spec.ncols - 1 > first:
                commands.append(("SPAN", (first, i), (spec.ncols - 1, i)))
            continue
        data.append([para(v) for v in row])
        for c, value in enumerate(row):
            span = _rowspan(spec, i - 1, c) if value is not None else 1
            if span > 1:
                commands.append(("SPAN", (c, i), (c, i + span - 1)))
    width = 25.7 * cm
    table = PdfTable(data, colWidths=_column_widths(spec.ncols, width), repeatRows=1)
    table.setStyle(commands)
    story = [Paragraph(escape(p), body) for p in paragraphs] + [Paragraph(escape(spec.title), body), table]
    path = Path(path)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
    )

    def page_number(canvas, document) -> None:  # printed at the top centre from page 2, as decrees require
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.drawCentredString(landscape(A4)[0] / 2, landscape(A4)[1] - 1 * cm, str(document.page))
        canvas.restoreState()

    try:
        doc.build(story, onLaterPages=page_number)
    except Exception as exc:  # reportlab's LayoutError, or a TypeError while it reports one
        raise ValueError(
            f"{path.name}: reportlab could not lay out the table ({type(exc).__name__}); "
            "a merged cell is probably taller than a page"
        ) from exc
    return path


def write_markdown(spec: TableSpec, path: Path, paragraphs: Sequence[str] = ()) -> Path:
    """A pipe table as document converters write one: merged cells empty below their value."""

    def line(values: Iterable[str]) -> str:
        return "| " + " | ".join(cell_text(v).replace("|", "\\|") for v in values) + " |"

    out = [p for text in paragraphs for p in (text, "")]
    out += [f"# {spec.title}", "", line(spec.header), "|" + "---|" * spec.ncols]
    for row in spec.rows:
        if isinstance(row, GroupRow):
            values = [row.marker, row.title] if row.marker else [row.title]
            out.append(line(values + [""] * (spec.ncols - len(values))))
        else:
            out.append(line(v or "" for v in row))
    path = Path(path)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


WRITERS = {"docx": write_docx, "html": write_html, "pdf": write_pdf, "markdown": write_markdown}


def load_rendered(
    spec: TableSpec, fmt: str, folder: Path, paragraphs: Sequence[str] = (), stem: str = "bang"
):
    """Write `spec` as `fmt` into `folder`, load it with the indexer's loader; (LoadedDocument, tables)."""
    from indexer.load import load_file

    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    path = WRITERS[fmt](spec, Path(folder) / f"{stem}{SUFFIXES[fmt]}", paragraphs)
    loaded = load_file(path)
    return loaded, loaded.tables


def grid_of(tables: Sequence[Table]) -> list[ExpectedCell]:
    """The loaded tables' non-empty cells in the same form as `expected_cells`, row numbers running on across
    tables (a table the loader split, e.g. at a page break, counts as its pieces in order)."""
    out: list[ExpectedCell] = []
    offset = 0
    for table in tables:
        for row in table.rows:
            for cell in row:
                if cell.text.strip():  # a loader may keep empty cells; the expected grid has none
                    out.append(
                        ExpectedCell(cell.text, cell.row + offset, cell.col, cell.rowspan, cell.colspan)
                    )
        offset += len(table.rows)
    return out


def cell_agreement(spec: TableSpec, tables: Sequence[Table], merges: bool = True) -> dict:
    """How many expected cells the loaded tables reproduce: same text at the same grid position,
    and also with the same spans."""
    expected = expected_cells(spec, merges)
    found = grid_of(tables)
    by_place = {(c.row, c.col): c for c in found}
    text_right = sum(1 for c in expected if (hit := by_place.get((c.row, c.col))) and hit.text == c.text)
    exact = sum(1 for c in expected if by_place.get((c.row, c.col)) == c)
    return {
        "tables": len(tables),
        "cells_expected": len(expected),
        "cells_found": len(found),
        "text_right": text_right,
        "exact": exact,
        "text_share": text_right / len(expected) if expected else 1.0,
        "exact_share": exact / len(expected) if expected else 1.0,
    }


def measure_formats(
    specs: dict[str, TableSpec],
    folder: Path,
    formats: Sequence[str] = FORMATS,
    paragraphs: Sequence[str] = (),
) -> dict[str, dict]:
    """Per format: every spec written, loaded and compared cell by cell (merges expected where the
    format states them, not in Markdown). Gives the summed `cell_agreement` counts, the loading
    seconds, the tables per spec (for a task parser to score) and the files that could not be loaded."""
    import time

    from indexer.load import LoadError

    out: dict[str, dict] = {}
    for fmt in formats:
        totals = {"documents": 0, "cells_expected": 0, "cells_found": 0, "text_right": 0, "exact": 0}
        tables: dict[str, tuple[Table, ...]] = {}
        errors: list[str] = []
        seconds = 0.0
        target = Path(folder) / fmt
        target.mkdir(parents=True, exist_ok=True)
        for stem, spec in specs.items():
            try:
                path = WRITERS[fmt](spec, target / f"{stem}{SUFFIXES[fmt]}", paragraphs)
            except ValueError as exc:
                errors.append(str(exc))
                continue
            started = time.perf_counter()
            try:
                from indexer.load import load_file

                loaded = load_file(path)
            except LoadError as exc:
                errors.append(str(exc))
                continue
            finally:
                seconds += time.perf_counter() - started
            tables[stem] = loaded.tables
            agreement = cell_agreement(spec, loaded.tables, merges=fmt != "markdown")
            totals["documents"] += 1
            for key in ("cells_expected", "cells_found", "text_right", "exact"):
                totals[key] += agreement[key]
        expected = totals["cells_expected"]
        out[fmt] = {
            **totals,
            "text_share": totals["text_right"] / expected if expected else None,
            "exact_share": totals["exact"] / expected if expected else None,
            "load_seconds": seconds,
            "errors": errors,
            "tables": tables,
        }
    return out


# --- gold rows -> specs ----------------------------------------------------------------------

_ROLE_FIELDS = {
    "name_column": "name",
    "lead_column": "lead_cell",
    "coordinating_column": "coordinating_cell",
    "deadline_column": "deadline",
    "output_column": "output",
}
_INHERITED_NAMES = {
    "name": "name_column",
    "lead": "lead_column",
    "coordinating": "coordinating_column",
    "deadline": "deadline_column",
    "output": "output_column",
}


def spec_from_gold(gold: dict, title: str = "PHỤ LỤC", group_marker_column: bool = True) -> TableSpec:
    """A spec from an external gold file (header, role columns, tasks with group, cells as printed,
    `inherited` fields printed once in a merged cell). The first non-role column holds the number."""
    header = list(gold["header"])
    roles = {gold[key]: field for key, field in _ROLE_FIELDS.items() if gold.get(key)}
    number_col = next((i for i, h in enumerate(header) if h not in roles), None)
    rows: list[Row] = []
    group = None
    for task in gold["tasks"]:
        if (task["group"], task["group_title"]) != group:
            group = (task["group"], task["group_title"])
            if task["group"] or task["group_title"]:
                if group_marker_column and number_col == 0:
                    rows.append(GroupRow(task["group"], task["group_title"]))
                else:
                    rows.append(GroupRow("", f"{task['group']}. {task['group_title']}".strip(". ")))
        inherited_cols = set()
        for name in task["inherited"]:
            if name == "number" and number_col is not None:
                inherited_cols.add(number_col)
            elif name in _INHERITED_NAMES and gold.get(_INHERITED_NAMES[name]) in header:
                inherited_cols.add(header.index(gold[_INHERITED_NAMES[name]]))
            elif name in header:
                inherited_cols.add(header.index(name))
        values: list[str | None] = []
        for c, h in enumerate(header):
            if c in inherited_cols and rows and _value_above([*rows, values], len(rows), c):
                values.append(None)
            elif h in roles:
                values.append(task.get(roles[h]) or "")
            elif c == number_col:
                values.append(task["number"])
            else:
                values.append(task["extra"].get(h, ""))
        rows.append(tuple(values))
    return TableSpec(tuple(header), tuple(rows), title)


def spec_from_task_rows(
    rows: Sequence[dict],
    header: Sequence[str] = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian"),
    merge_equal: Sequence[str] = ("lead", "deadline"),
    group_titles: dict[str, str] | None = None,
    title: str = "PHỤ LỤC",
    max_merge: int = 2,
) -> TableSpec:
    """A spec from task rows like tests/fixtures/tasks_gold.json (group, number, name, lead and
    coordinating as lists, output, deadline). Consecutive rows of a group whose `merge_equal`
    fields print the same value share one merged cell, as printed plans often do (at most `max_merge`
    rows, so that a merged cell fits on a PDF page)."""
    fields = ("number", "name", "lead", "coordinating", "output", "deadline")

    def value(row: dict, name: str) -> str:
        v = row.get(name)
        return "; ".join(v) if isinstance(v, list) else (v or "")

    out: list[Row] = []
    group = None
    previous: dict | None = None
    run = {name: 0 for name in fields}  # rows the current merged cell of each field covers
    for row in rows:
        if row.get("group", "") != group:
            group = row.get("group", "")
            previous = None
            if group:
                out.append(GroupRow(group, (group_titles or {}).get(group, f"Nhóm nhiệm vụ {group}")))
        values: list[str | None] = []
        for name in fields:
            v = value(row, name)
            same = previous is not None and name in merge_equal and v and value(previous, name) == v
            same = same and run[name] < max_merge
            run[name] = run[name] + 1 if same else 1
            values.append(None if same else v)
        out.append(tuple(values))
        previous = row
    return TableSpec(tuple(header), tuple(out), title)


def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT in pdfmetrics.getRegisteredFontNames():
        return _FONT
    if not DEJAVU_SANS.is_file():
        raise RuntimeError(
            f"font {DEJAVU_SANS} is missing: install it with `apt-get install fonts-dejavu-core` "
            "(needed to write Vietnamese text into PDFs)"
        )
    pdfmetrics.registerFont(TTFont(_FONT, str(DEJAVU_SANS)))
    return _FONT


def _column_widths(n: int, total: float) -> list[float]:
    if n == 1:
        return [total]
    if n == 2:
        return [total * 0.15, total * 0.85]
    first, second = total * 0.05, total * 0.30
    rest = (total - first - second) / (n - 2)
    return [first, second] + [rest] * (n - 2)
