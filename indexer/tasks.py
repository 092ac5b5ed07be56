"""Appendix task tables → `Task` records.

The tables reach us flattened: each row's cells follow one another on separate lines, long cells
wrap, empty cells leave nothing, cells that sit at the same height share a line, and at a page
break the header row repeats and/or a page number stands alone, after which every cell of the row
may go on ("the rest of each column, in column order"). The parser reads only the text's own
signals: the header row (which columns, in which order), Roman group numerals and row numbers in
sequence, the agency gazetteer, deadline phrases, capitalisation and line widths. It never looks at
a line number or a file name.

The cutting of one row into cells lives in indexer.task_cells.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from indexer import agencies as ag
from indexer.clean import is_noise_line
from indexer.records import Task
from indexer.task_cells import COORD, DEADLINE, LEAD, NAME, OUTPUT, cut_row, join_wrapped, starts_upper

_ROMAN = ("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX").split()
_HEADER_VOCAB = frozenset(
    "tt stt tên nhiệm vụ nội dung công việc cơ quan đơn vị chủ trì phối hợp thực hiện kết quả sản phẩm "
    "thời gian hạn hoàn thành tiến độ dự kiến ghi chú số "
    "dự án đề án ưu tiên triển khai chỉ tiêu giải pháp hoạt động hình thức văn bản đầu ra mốc lộ trình "
    "chịu trách nhiệm chính cụ thể các".split()
)
_COLUMN_SIGNALS = (  # (column, phrases in the lower-cased header text), first hit wins
    (NAME, ("tên nhiệm vụ", "nội dung", "nhiệm vụ", "công việc", "chỉ tiêu", "đề án", "dự án", "giải pháp")),
    (LEAD, ("chủ trì",)),
    (COORD, ("phối hợp",)),
    (OUTPUT, ("kết quả", "sản phẩm")),
    (DEADLINE, ("thời gian", "thời hạn", "tiến độ")),
)
_STOP = re.compile(r"^(?:Nơi nhận|TM\.|KT\.|PHỤ LỤC|Phụ lục)\b")
_GROUP = re.compile(r"^(?P<g>[IVXLC]+)\.?(?:\s+(?P<rest>\S.*))?$")
_ROW = re.compile(r"^(?P<num>\d{1,3})\.?(?:\s+(?P<rest>\S.*))?$")
_WORD = re.compile(r"\w+")


@dataclass
class _Row:
    number: str
    group: str
    group_title: str
    first: int
    fragments: list[list[tuple[int, str]]] = field(default_factory=lambda: [[]])
    group_lines: tuple[int, int] | None = None  # the group's marker and title lines


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


# --- the table header -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    columns: tuple[str, ...]  # NAME, LEAD, ... in the printed order (TT left out)
    header_words: tuple[str, ...]


def _header_words(text: str) -> list[str] | None:
    words = _words(text)
    return words if words and all(w in _HEADER_VOCAB for w in words) else None


def _read_header(lines: Sequence[tuple[int, str]], i: int) -> tuple[_Layout, int] | None:
    """The header block starting at lines[i] ("TT Tên nhiệm vụ Cơ quan chủ trì …" over several lines)."""
    words = _header_words(lines[i][1])
    if not words or words[0] not in ("tt", "stt"):
        return None
    j = i + 1
    while j < len(lines):
        if not lines[j][1]:
            j += 1
            continue
        more = _header_words(lines[j][1])
        if more is None:
            break
        words += more
        j += 1
    text = " ".join(words)
    found = []
    for column, phrases in _COLUMN_SIGNALS:
        positions = [text.find(p) for p in phrases if p in text]
        if positions:
            found.append((min(positions), column))
    if LEAD not in {c for _, c in found}:
        m = re.search(r"(?:cơ quan|đơn vị) thực hiện", text)
        if m:
            found.append((m.start(), LEAD))
    columns = tuple(c for _, c in sorted(found))
    if not {NAME, LEAD} <= set(columns) or len(columns) < 3 and DEADLINE not in columns and len(words) < 3:
        return None
    return _Layout(columns, tuple(words)), j


def _repeated_header_end(lines: Sequence[tuple[int, str]], i: int, layout: _Layout) -> int | None:
    """Index after a repetition of the table's header starting at lines[i], or None."""
    words = _header_words(lines[i][1])
    if not words or words[0] not in ("tt", "stt"):
        return None
    template, got, j = layout.header_words, [], i
    while j < len(lines) and len(got) < len(template):
        if not lines[j][1]:
            j += 1
            continue
        more = _header_words(lines[j][1])
        if more is None or tuple(got + more) != template[: len(got) + len(more)]:
            break
        got += more
        j += 1
    return j if got else None


# --- walking a table: groups, rows, page breaks -------------------------------------------------


def parse_tasks(doc: str, lines: Sequence[tuple[int, str]]) -> list[Task]:
    """Every row of every task table of a document.

    `lines` are the document's cleaned lines (indexer.clean.clean_lines) with their original 1-based
    numbers; blank lines may stay. A document without a task table gives [].
    """
    items = [(n, (text or "").strip()) for n, text in lines]
    bad = next((n for n, _ in items if not isinstance(n, int) or n < 1), None)
    if bad is not None:
        raise ValueError(f"{doc}: line numbers must be 1-based integers, got {bad!r}")
    tasks: list[Task] = []
    i = 0
    while i < len(items):
        header = _read_header(items, i) if items[i][1] else None
        if header is None:
            i += 1
            continue
        layout, i = header
        rows, i = _walk_table(items, i, layout)
        width = _name_width(rows)
        tasks.extend(_assemble(doc, row, layout, width) for row in rows)
    return tasks


def _next_text(items: Sequence[tuple[int, str]], i: int) -> str:
    for _, text in items[i + 1 :]:
        if text:
            return text
    return ""


def _walk_table(items: Sequence[tuple[int, str]], i: int, layout: _Layout) -> tuple[list[_Row], int]:
    rows: list[_Row] = []
    row: _Row | None = None
    group, title, in_title, group_index = "", [], False, -1
    prev_number: int | None = None
    group_span: list[int] = []
    group_has_rows, page_break = False, False
    while i < len(items):
        n, text = items[i]
        if not text:
            i += 1
            continue
        if _STOP.match(text):
            break
        header = _read_header(items, i)
        if header is not None and header[0].columns != layout.columns:
            break  # another table begins; the same columns again are the header reprinted on a new page
        end = header[1] if header is not None else _repeated_header_end(items, i, layout)
        if end is not None:
            page_break, i = True, end
            continue
        nxt = _next_text(items, i)
        m = _GROUP.match(text)
        expected_group = _ROMAN[group_index + 1] if group_index + 1 < len(_ROMAN) else None
        # the next Roman numeral, with its title on the same line or the next ("I" / "Bảo đảm …")
        title_first = m["rest"] if m and m["rest"] else nxt
        if m and m["g"] == expected_group and title_first[:1].isalpha() and starts_upper(title_first):
            row = None
            group, title, in_title = m["g"], [m["rest"]] if m["rest"] else [], True
            group_span = [n, n]
            group_index, group_has_rows, page_break = group_index + 1, False, False
            i += 1
            continue
        m = _ROW.match(text)
        if m and _is_row_number(int(m["num"]), m["rest"], nxt, prev_number, group_has_rows and bool(group)):
            row = _Row(
                m["num"],
                group,
                join_wrapped(title),
                n,
                [[(n, m["rest"])] if m["rest"] else []],
                (group_span[0], group_span[1]) if group and group_span else None,
            )
            rows.append(row)
            prev_number, group_has_rows, in_title, page_break = int(m["num"]), True, False, False
            i += 1
            continue
        if is_noise_line(text):
            page_break = True
        elif in_title:
            title.append(text)
            if group_span:
                group_span[1] = n
        elif row is not None:
            if page_break and row.fragments[-1]:
                row.fragments.append([])
            page_break = False
            row.fragments[-1].append((n, text))
        i += 1
    return rows, i


def _is_row_number(
    number: int, rest: str | None, nxt: str, prev: int | None, in_group_with_rows: bool
) -> bool:
    """A row number: the next in sequence (one may be missing; groups may restart at 1), then a task name."""
    expected = {1, 2} if prev is None else {prev + 1, prev + 2}
    if not in_group_with_rows:
        expected.add(1)
    if number not in expected:
        return False
    follower = rest or nxt
    if not follower or not follower[0].isalpha() and follower[0] not in '“"':
        return False
    words = _header_words(follower)
    return starts_upper(follower) and not (words and words[0] in ("tt", "stt"))


def _name_width(rows: Sequence[_Row]) -> float:
    """Typical width of the name column: the median length of the rows' first lines."""
    lengths = [len(row.fragments[0][0][1]) for row in rows if row.fragments and row.fragments[0]]
    return statistics.median(lengths) if lengths else 80.0


# --- one row → Task ----------------------------------------------------------------------------


def _assemble(doc: str, row: _Row, layout: _Layout, width: float) -> Task:
    cells = cut_row(layout.columns, row.fragments, width)
    lead_text, coord_text = cells.text(LEAD), cells.text(COORD)
    numbers = [n for parts in cells.parts.values() for n, _ in parts]
    name = cells.text(NAME) or next((cells.text(c) for c in layout.columns if cells.text(c)), "?")
    return Task(
        doc=doc,
        group=row.group,
        group_title=row.group_title,
        group_lines=row.group_lines,
        number=row.number,
        name=name,
        lead=tuple(p for p, _ in ag.split_printed(lead_text)) if lead_text else (),
        coordinating=tuple(p for p, _ in ag.split_printed(coord_text)) if coord_text else (),
        output=cells.text(OUTPUT) or None,
        deadline=cells.text(DEADLINE) or None,
        lines=(row.first, max([row.first, *numbers])),
        lead_text=lead_text,
        coordinating_text=coord_text,
        lead_ids=tuple(ag.split_agencies(lead_text)) if lead_text else (),
        coordinating_ids=tuple(ag.split_agencies(coord_text)) if coord_text else (),
    )
