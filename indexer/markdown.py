"""Markdown-like text as document converters and legal-portal exports write it.

- `**bold**` / `*italic*` markers (often broken: `**1.****`, `** **`) are stripped for indexing and
  display; line numbers stay those of the file.
- `#` headings.
- Pipe tables (`| a | b |`), also with rows broken over several lines.
- The flattened form, where a line holding only `|` closes a cell: two such lines end a row *or*
  mark an empty cell, and merged (rowspan) cells are simply missing from continuation rows. Which
  one is meant is decided per table by the header's column count, the shape of the cells
  (row numbers, agency names, deadlines) against the header's column roles, and a preference for
  complete rows (dynamic programming over every possible segmentation).

The format is decided by the content: a .txt whose lines carry `|` cell lines, pipe tables or
`**` markers is read as Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer import columns as col
from indexer.records import Block, Cell, Table
from indexer.text import without_footnote_marks

_BOLD = re.compile(r"\*{2,}")
_ITALIC = re.compile(r"(?:(?<=\s)|^)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:)])")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|")


def strip_markup(text: str) -> str:
    """A line without Markdown emphasis markers and heading hashes (the words themselves untouched)."""
    if not text:
        return text
    out = _BOLD.sub("", text)
    out = _ITALIC.sub("", out)
    m = _HEADING.match(out)
    if m:
        out = m.group(2)
    return out


def display_line(text: str) -> str:
    """What a line shows once markup is gone: a lone `|` cell separator becomes blank."""
    stripped = strip_markup(text)
    return "" if stripped.strip() == "|" else stripped


def looks_like_markdown(lines: Sequence[str]) -> bool:
    """Content signals of Markdown: `|` cell lines, pipe-table rows, `**` markers or `#` headings."""
    separators = sum(1 for t in lines if t.strip() == "|")
    pipes = sum(1 for t in lines if _PIPE_ROW.match(t) and t.count("|") >= 3)
    bold = sum(t.count("**") for t in lines)
    headings = sum(1 for t in lines if _HEADING.match(t))
    return separators >= 4 or pipes >= 2 or bold >= 6 or headings >= 2


def join_cell(parts: Sequence[str], marks: bool = False) -> str:
    """Wrapped lines of one cell joined with single spaces, markup removed; footnote markers ("[1]") too,
    unless `marks` (a body cell keeps them: "… chủ trì thẩm tra [1]" points to the document's footnote)."""
    words = " ".join(strip_markup(p).strip() for p in parts if strip_markup(p).strip())
    return " ".join((words if marks else without_footnote_marks(words)).split())


# --- the flattened form ------------------------------------------------------------------------------

_DROPPED = 0.05  # cost of a separator read as closing an empty row
_SHORT = 0.6  # cost of a row that prints fewer cells than the header (merged or missing cells)
_GROUPISH = re.compile(r"^(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})[.)]\s*\S")


class _Run:
    """A cell's text lines (or nothing) between separators."""

    __slots__ = ("parts",)

    def __init__(self) -> None:
        self.parts: list[tuple[int, str]] = []


def _flat_regions(lines: Sequence[tuple[int, str]]) -> list[tuple[int, int]]:
    """(start, end) indexes of runs of lines that form flattened tables: from a lone `|` line to the
    first blank line after a lone `|` line (or the end)."""
    regions = []
    i = 0
    while i < len(lines):
        if lines[i][1].strip() != "|":
            i += 1
            continue
        start = i
        last_sep = i
        j = i + 1
        while j < len(lines):
            text = lines[j][1].strip()
            if text == "|":
                last_sep = j
            elif not text and last_sep == j - 1:
                break
            elif _PIPE_ROW.match(lines[j][1]) and lines[j][1].count("|") >= 3:
                break
            j += 1
        regions.extend(_split_at_headers(lines, start, last_sep + 1))
        i = max(j, last_sep + 1)
    return regions


def _split_at_headers(lines: Sequence[tuple[int, str]], start: int, end: int) -> list[tuple[int, int]]:
    """A region without blank lines may hold several tables back to back (header block, signature
    block, appendix): a new table starts at a "TT"/"STT" header cell that follows a separator."""
    cuts = [start]
    for k in range(start + 2, end):
        text = strip_markup(lines[k][1]).strip()
        if (
            lines[k - 1][1].strip() == "|"
            and col.header_role(text)[0] == col.NUMBER
            and not col.looks_number(text)
            and k - 1 > cuts[-1]
        ):
            cuts.append(k - 1)
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], end], strict=True) if b - a > 1]


def _tokens(lines: Sequence[tuple[int, str]]) -> tuple[list[list[tuple[int, str]]], list[int], list[int]]:
    """Texts between separators, the number of separators after each text (index 0: before the
    first text), and the line number of the first separator of each run."""
    texts: list[list[tuple[int, str]]] = []
    runs: list[int] = [0]
    run_lines: list[int] = [lines[0][0] if lines else 1]
    current: list[tuple[int, str]] = []
    for n, text in lines:
        if text.strip() == "|":
            if current:
                texts.append(current)
                current = []
                runs.append(0)
                run_lines.append(n)
            runs[-1] += 1
        elif text.strip():
            if not strip_markup(text).strip():
                continue  # "** **": a placeholder, no text
            current.append((n, text))
    if current:
        texts.append(current)
        runs.append(0)
        run_lines.append(current[-1][0])
    return texts, runs, run_lines


def _segment(texts: list[str], runs: list[int], roles: list[str]) -> list[list[int | None]]:
    """Rows of the body as lists of token indexes (None = a printed empty cell).

    runs[i] is the number of separators before body token i (runs[0] after the header's last cell,
    which includes the header's closer); runs[len] after the last token.
    """
    ncols = len(roles)
    n = len(texts)
    inf = float("inf")
    # best[j][e]: cost of rows covering tokens < j, the row at j starting with e printed empties
    best: dict[tuple[int, int], float] = {}
    back: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    first_slots = max(0, runs[0] - 2)  # closer of the header + opener of the row
    best[(0, first_slots)] = 0.0
    for j in range(n):
        for e in range(ncols + 1):
            if (j, e) not in best:
                continue
            base = best[(j, e)]
            cells: list[int | None] = [None] * e
            for b in range(j, n):
                if b > j:
                    cells.extend([None] * max(0, runs[b] - 1))
                cells.append(b)
                if len(cells) > ncols:
                    break
                slots = max(0, runs[b + 1] - 1)
                if b + 1 == n:  # the end: trailing separators may also close empty rows
                    options = [(t, 0) for t in range(0, max(0, min(slots, ncols - len(cells))) + 1)]
                elif slots >= 1:  # a row ends here; extra separators are empty cells or close empty rows
                    room = ncols - len(cells)
                    options = [
                        (p, q)
                        for p in range(0, min(slots - 1, room) + 1)
                        for q in range(0, min(slots - 1 - p, ncols - 1) + 1)
                    ]
                else:
                    continue
                for trail, lead in options:
                    row = cells + [None] * trail
                    if len(row) > ncols:
                        continue
                    dropped = max(0, slots - 1 - trail - lead) if b + 1 < n else max(0, slots - trail)
                    cost = base + _row_cost(row, texts, roles) + _DROPPED * dropped
                    key = (b + 1, min(lead, ncols))
                    if cost < best.get(key, inf):
                        best[key] = cost
                        back[key] = (j, e, b, trail)
    finals = [(cost, key) for key, cost in best.items() if key[0] == n]
    if not finals:
        return []
    _, key = min(finals)
    rows: list[list[int | None]] = []
    while key[0] > 0 and key in back:
        j, e, b, trail = back[key]
        row: list[int | None] = [None] * e
        for t in range(j, b + 1):
            if t > j:
                row.extend([None] * max(0, runs[t] - 1))
            row.append(t)
        rows.append(row + [None] * trail)
        key = (j, e)
    return rows[::-1]


def _is_group_text(text: str) -> bool:
    """A heading row spanning the table: "I. NÂNG CAO …", "A. LĨNH VỰC …", or all capitals."""
    if _GROUPISH.match(text) and not col.looks_number(text):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _row_cost(row: list[int | None], texts: list[str], roles: list[str]) -> float:
    printed = [texts[t] for t in row if t is not None]
    if not printed:
        return 5.0
    if len(row) == len(roles):
        return sum(col.mismatch(texts[t], r) for t, r in zip(row, roles, strict=True) if t is not None)
    if len(printed) == 1 and _is_group_text(printed[0]):
        return 0.2  # a group heading spanning the table
    _, cost = col.align([texts[t] if t is not None else "" for t in row], roles)
    return _SHORT + cost


def flat_tables(lines: Sequence[tuple[int, str]]) -> list[Table]:
    """Every flattened table of a document, as rows of cells (spans unknown: continuation rows
    simply print fewer cells)."""
    tables = []
    for start, end in _flat_regions(lines):
        table = _flat_table(lines[start:end])
        if table is not None:
            tables.append(table)
    return tables


def _flat_table(region: Sequence[tuple[int, str]]) -> Table | None:
    texts, runs, _ = _tokens(region)
    if not texts:
        return None
    # the header: the cells up to the first run of two or more separators
    h = 0
    while h < len(texts) and (h == 0 or runs[h] < 2):
        h += 1
    return _build_table(texts, runs, h, region[0][0], region[-1][0])


def _build_table(
    texts: list[list[tuple[int, str]]], runs: list[int], h: int, first: int, last: int
) -> Table | None:
    """Rows of cells from a stream of cell texts and the separator counts between them; the first
    `h` texts are the header."""
    header_parts = texts[:h]
    headers = [join_cell([t for _, t in parts]) for parts in header_parts]
    roles = col.column_roles(headers)
    joined = [join_cell([t for _, t in parts], marks=i >= h) for i, parts in enumerate(texts)]
    body = joined[h:]
    body_runs = runs[h:]
    rows_idx = _segment(body, body_runs, roles) if body else []
    if body and not rows_idx:
        return None
    cells_rows: list[tuple[Cell, ...]] = []
    header_cells = tuple(
        Cell(text, (parts[0][0], parts[-1][0]), 0, c)
        for c, (text, parts) in enumerate(zip(headers, header_parts, strict=True))
    )
    cells_rows.append(header_cells)
    ncols = len(headers)
    for r, row in enumerate(rows_idx, start=1):
        if len(row) == ncols:
            columns = list(range(ncols))
        else:
            columns, _ = col.align([body[t] if t is not None else "" for t in row], roles)
        printed = [t for t in row if t is not None]
        near = texts[h + printed[0]] if printed else header_parts[-1]
        cells = []
        for t, c in zip(row, columns, strict=True):
            if t is None:  # a printed empty cell (it is not merged: nothing to inherit)
                cells.append(Cell("", (near[-1][0], near[-1][0]), r, c))
                continue
            parts = near = texts[h + t]
            span = ncols - c if len(printed) == 1 and len(row) == 1 and _is_group_text(body[t]) else 1
            cells.append(Cell(body[t], (parts[0][0], parts[-1][0]), r, c, 1, span))
        cells_rows.append(tuple(cells))
    return Table(tuple(cells_rows), (first, last), ncols, f"bảng dòng {first}", spans_known=False)


# --- pipe tables ---------------------------------------------------------------------------------------

_DELIM = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _split_pipe(text: str) -> list[str]:
    body = text.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _pipe_stream(
    lines: Sequence[tuple[int, str]], i: int
) -> tuple[list[list[tuple[int, str]]], list[int], int, int]:
    """The cells of a pipe table starting at lines[i] as a stream: (texts, separators before each
    text and after the last, index after the table, line number of its last line). Every `|` is a
    separator, whatever line it is on; text after a line that did not end with `|` continues the
    cell (rows broken over lines)."""
    texts: list[list[tuple[int, str]]] = []
    runs = [0]
    open_cell = False
    last = lines[i][0]
    j = i
    while j < len(lines):
        n, line = lines[j]
        stripped = line.strip()
        if not stripped:
            following = next((t for _, t in lines[j + 1 :] if t.strip()), "")
            if not following.lstrip().startswith("|") or not open_cell and runs[-1] == 0:
                break
            j += 1
            continue
        if not stripped.startswith("|") and not open_cell and "|" not in stripped:
            break
        if _DELIM.match(stripped):
            j += 1
            continue
        pieces = stripped.split("|")
        for k, piece in enumerate(pieces):
            if k > 0:
                runs[-1] += 1
            text = piece.strip()
            if not text or not strip_markup(text).strip():
                continue
            if k == 0 and open_cell and texts:
                texts[-1].append((n, text))
            else:
                texts.append([(n, text)])
                runs.append(0)
        open_cell = not stripped.endswith("|")
        last = n
        j += 1
    return texts, runs, j, last


def _well_formed_rows(lines: Sequence[tuple[int, str]], i: int, ncols: int) -> tuple[Table, int] | None:
    """A pipe table whose every line starts and ends with `|` and holds the header's cell count (a
    trailing empty header cell allowed): each line is a row. None when the table is broken."""
    n0 = lines[i][0]
    headers = [join_cell([c]) for c in _split_pipe(lines[i][1])]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) != ncols or ncols < 2:
        return None
    rows: list[tuple[Cell, ...]] = [tuple(Cell(h, (n0, n0), 0, c) for c, h in enumerate(headers))]
    j, last = i + 1, n0
    while j < len(lines):
        n, line = lines[j]
        stripped = line.strip()
        if not stripped:
            break
        if _DELIM.match(stripped):
            j += 1
            continue
        if not (stripped.startswith("|") and stripped.endswith("|")):
            return None
        cells = [join_cell([c], marks=True) for c in _split_pipe(stripped)]
        while len(cells) > ncols and not cells[-1]:
            cells.pop()
        if len(cells) != ncols:
            return None
        r = len(rows)
        filled = [c for c in cells if c]
        if len(filled) == 1 and _is_group_text(filled[0]):
            rows.append((Cell(filled[0], (n, n), r, 0, 1, ncols),))
        elif filled:
            rows.append(tuple(Cell(v, (n, n), r, c) for c, v in enumerate(cells)))
        last = n
        j += 1
    if len(rows) < 2:
        return None
    return Table(tuple(rows), (n0, last), ncols, f"bảng dòng {n0}", spans_known=False), j


def pipe_tables(lines: Sequence[tuple[int, str]]) -> list[Table]:
    """Pipe tables, also broken over lines and with cells split or merged by the exporter: the
    `|` separators are read as a stream and cut into rows like the flattened form."""
    tables = []
    i = 0
    while i < len(lines):
        n, text = lines[i]
        if not (_PIPE_ROW.match(text) and text.count("|") >= 3):
            i += 1
            continue
        header_count = len([p for p in _split_pipe(text) if strip_markup(p).strip()])
        rows = _well_formed_rows(lines, i, header_count)
        if rows is not None:  # one line per row, as converters write them: the lines are the rows
            table, end = rows
            tables.append(table)
            i = max(end, i + 1)
            continue
        texts, runs, end, last = _pipe_stream(lines, i)
        # the header line ends with "|": its closer and the next row's opener make the usual run of two
        h = min(header_count, len(texts))
        if h >= 2:
            table = _build_table(texts, runs, h, n, last)
            if table is not None:
                tables.append(table)
        i = max(end, i + 1)
    return tables


# --- blocks ------------------------------------------------------------------------------------------


def markdown_blocks(lines: Sequence[tuple[int, str]]) -> tuple[Block, ...]:
    """Headings and tables in reading order (paragraphs are left to the outline parser, which reads
    the display lines)."""
    blocks: list[Block] = []
    for n, text in lines:
        m = _HEADING.match(text)
        if m and strip_markup(m.group(2)).strip():
            blocks.append(Block("heading", (n, n), strip_markup(m.group(2)).strip(), len(m.group(1))))
    for table in [*flat_tables(lines), *pipe_tables(lines)]:
        blocks.append(Block("table", table.lines, table=table))
    blocks.sort(key=lambda b: b.lines)
    return tuple(blocks)
