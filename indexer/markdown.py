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

_BOLD = re.compile(r"\*{2,}")
_ITALIC = re.compile(r"(?:(?<=\s)|^)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:)])")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|")
_FOOTNOTE = re.compile(r"\[\d{1,2}\]")


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


def join_cell(parts: Sequence[str]) -> str:
    """Wrapped lines of one cell joined with single spaces, markup and footnote markers removed."""
    words = " ".join(strip_markup(p).strip() for p in parts if strip_markup(p).strip())
    words = _FOOTNOTE.sub("", words)
    return " ".join(words.split())


# --- the flattened form ------------------------------------------------------------------------------

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
                elif slots >= 1:
                    options = [(p, slots - 1 - p) for p in range(slots)]
                else:
                    continue
                for trail, lead in options:
                    row = cells + [None] * trail
                    if len(row) > ncols:
                        continue
                    cost = base + _row_cost(row, texts, roles)
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
    header_parts = texts[:h]
    headers = [join_cell([t for _, t in parts]) for parts in header_parts]
    roles = col.column_roles(headers)
    joined = [join_cell([t for _, t in parts]) for parts in texts]
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
    first = region[0][0]
    last = region[-1][0]
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


def _pipe_row(
    pending: list[tuple[str, int, int]], r: int, ncols: int, roles: list[str]
) -> list[tuple[Cell, ...]]:
    """The cells gathered for one pipe-table row (none when all are empty)."""
    texts = [join_cell([t]) for t, _, _ in pending]
    filled = [t for t in texts if t]
    if not filled:
        return []
    if len(filled) == 1 and _is_group_text(filled[0]):
        _, a, b = pending[texts.index(filled[0])]
        return [(Cell(filled[0], (a, b), r, 0, 1, ncols),)]
    cols = list(range(ncols)) if len(texts) >= ncols else col.align(texts, roles)[0]
    return [
        tuple(
            Cell(value, (a, b), r, c)
            for (_, a, b), c, value in zip(pending[:ncols], cols, texts[:ncols], strict=True)
        )
    ]


def pipe_tables(lines: Sequence[tuple[int, str]]) -> list[Table]:
    """Pipe tables, rows possibly broken over several lines: a line that does not start with `|`
    continues the previous row; a row is complete when it has the header's column count."""
    tables = []
    i = 0
    while i < len(lines):
        n, text = lines[i]
        if not (_PIPE_ROW.match(text) and text.count("|") >= 3):
            i += 1
            continue
        headers = [join_cell([c]) for c in _split_pipe(text)]
        while headers and not headers[-1]:
            headers.pop()
        if len(headers) < 2:
            i += 1
            continue
        roles = col.column_roles(headers)
        ncols = len(headers)
        rows: list[tuple[Cell, ...]] = [tuple(Cell(h, (n, n), 0, c) for c, h in enumerate(headers))]
        j = i + 1
        pending: list[tuple[str, int, int]] = []  # (text, first line, last line)
        last = n

        while j < len(lines):
            m, line = lines[j]
            if not line.strip():
                if pending and len(pending) < ncols:
                    j += 1
                    continue
                break
            if _DELIM.match(line):
                j += 1
                continue
            if line.lstrip().startswith("|"):
                parts = _split_pipe(line)
                if all(not p for p in parts):  # "|" or "| |||||": a row boundary
                    rows.extend(_pipe_row(pending, len(rows), ncols, roles))
                    pending = []
                    j += 1
                    last = m
                    continue
                if len(pending) >= ncols:
                    rows.extend(_pipe_row(pending, len(rows), ncols, roles))
                    pending = []
                pending.extend((p, m, m) for p in parts)
                if len(pending) >= ncols:
                    rows.extend(_pipe_row(pending, len(rows), ncols, roles))
                    pending = []
            elif pending:  # a row broken over lines: the first piece continues the last cell
                first, *more = _split_pipe("|" + line) if "|" in line else [line.strip()]
                t, a, _ = pending[-1]
                pending[-1] = (f"{t} {first}".strip(), a, m)
                pending.extend((p, m, m) for p in more)
                if len(pending) >= ncols:
                    rows.extend(_pipe_row(pending, len(rows), ncols, roles))
                    pending = []
            else:
                break
            last = m
            j += 1
        rows.extend(_pipe_row(pending, len(rows), ncols, roles))
        tables.append(Table(tuple(rows), (n, last), ncols, f"bảng dòng {n}", spans_known=False))
        i = j
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
