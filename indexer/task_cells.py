"""Cutting one flattened table row into its cells (used by indexer.tasks).

How a row is cut (first page of the row):
- the name comes first; a later line starts the agency cells when it begins with an agency and the
  rest of it is more cells (not "Sở Tư pháp đi làm việc", which is still the name);
- an agency cell goes on while the next line starts in lower case or the gazetteer reads the joined
  text further (after "," ";" "và", or inside a name: "Văn phòng" + "UBND thành phố");
- any other new cell is the deadline when it reads like one ("Thường xuyên", "Năm 2026",
  "Ngay sau khi …"), otherwise the output (Kết quả) when the table has that column;
- an output goes on until a line that reads like a deadline or starts with a capital after a
  complete phrase; the deadline is the last column and takes everything after it.
A line wider than the name column that ends in cells ("… khu vực công. Các sở, ban, ngành Sở Nội vụ")
is cut where the cells begin. After a page break, the new lines complete the cells that were left
open (a name cut short, "Các sở, ban,", "Thường"), chosen by how well each completion reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from indexer import agencies as ag

NAME, LEAD, COORD, OUTPUT, DEADLINE = "name", "lead", "coord", "output", "deadline"
AGENCY_COLUMNS = (LEAD, COORD)

_CONNECTORS = frozenset(
    "và của cho với tại trên theo về được các những để từ đến hoặc trong sau trước khi là như".split()
)
# Words after which a name line cannot stop, so an agency on the next line is still the name
# ("… Quyết định của" / "HĐND, UBND tỉnh, …"). Narrower than _CONNECTORS: "… đạt được" ends a name.
_NAME_GLUE = frozenset("và của cho với tại trên theo về các những để từ đến hoặc trong là".split())
_DEADLINE = re.compile(
    r"(?:thực\s+hiện\s+)?thường\s+xuyên|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|kỳ)|năm\s+\d{4}"
    r"|quý\s+[ivx]+\b|tháng\s+\d|\d{1,2}\s+tháng\s+(?:đầu|cuối)|ngay\s+(?:sau|khi)|sau\s+khi"
    r"|trước\s+(?:khi|ngày|tháng|quý|năm|\d)|khi\s+\w|trong\s+(?:quá\s+trình|năm|tháng|quý|giai\s+đoạn|thời\s+gian)"
    r"|quá\s+trình|theo\s+(?:thời\s+hạn|thời\s+gian|yêu\s+cầu|quy\s+định|kế\s+hoạch|tiến\s+độ|chỉ\s+đạo|lộ\s+trình|hướng\s+dẫn)"
    r"|định\s+kỳ|bắt\s+đầu|từ\s+(?:năm|ngày|tháng|quý|\d)|đến\s+(?:năm|ngày|tháng|hết)|giai\s+đoạn|liên\s+tục"
    r"|chậm\s+nhất|hoàn\s+thành\s+(?:trong|trước|năm|quý)|\d{1,2}/\d{4}|\d{4}\b|\d+\s+(?:lần|lớp|đợt|cuộc)/",
    re.IGNORECASE,
)
# Deadline phrases whose first words may end a line, the rest following on the next ("Thường" / "xuyên").
_DEADLINE_PHRASES = tuple(
    tuple(p.split())
    for p in (
        "thường xuyên",
        "thực hiện thường xuyên",
        "hằng năm",
        "hàng năm",
        "năm 2025",
        "quý i",
        "tháng 1",
        "ngay sau khi",
        "trước khi",
        "sau khi",
        "trong quá trình",
        "quá trình",
        "theo thời hạn",
        "theo yêu cầu",
        "định kỳ",
        "bắt đầu từ",
        "giai đoạn",
        "khi có",
    )
)
_OUTPUT = re.compile(
    r"(?:Các văn bản|Văn bản|Báo cáo|Kế hoạch|Quyết định|Hội nghị|Hội thảo|Hội thi|Cuộc thi|Nghị quyết|Đề án|"
    r"Chương trình|Tài liệu|Danh mục|Thông báo|Công văn|Chỉ thị|Tờ trình|Dự thảo|Lớp|Bài|Sổ tay|Dữ liệu|"
    r"Cơ sở dữ liệu|Hệ thống|Kết luận|Ngân sách|Chất lượng|Nội dung|Đảm bảo|Bảo đảm|Hướng dẫn|Sản phẩm|"
    r"Kết quả|Tin|Chuyên mục|Ấn phẩm)\b"
)


def join_wrapped(parts: Sequence[str]) -> str:
    """Wrapped lines joined with single spaces; "140/NQ-" + "CP" joins without one."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and out.endswith("-") and len(out) > 1 and out[-2].isalnum():
            out += part
        else:
            out = f"{out} {part}" if out else part
    return out


def starts_upper(text: str) -> bool:
    text = text.lstrip("“\"'(- ")
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _ends_open(text: str) -> bool:
    """A phrase that cannot end here: a trailing separator or connector word."""
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in ",;:/-(&":
        return True
    last = text.split()[-1]
    return last in _CONNECTORS


def deadline_starts(text: str) -> bool:
    """Does the text begin with a deadline phrase (or, alone on its line, with its first words)?"""
    text = text.strip()
    if not starts_upper(text):
        return False  # a cell begins with a capital: "theo quy định" goes on the line before
    if _DEADLINE.match(text):
        return True
    words = tuple(text.lower().split())
    return 0 < len(words) <= 3 and any(
        len(words) < len(p) and p[: len(words)] == words for p in _DEADLINE_PHRASES
    )


def _deadline_complete(text: str) -> bool:
    return bool(_DEADLINE.match(text.strip())) and not _ends_open(text)


def _deadline_cut(text: str) -> int:
    """Where a capitalised deadline phrase begins inside a text (len(text) when none does)."""
    for m in re.finditer(r"(?<!\S)\S", text):
        pos = m.start()
        if pos == 0 or not (text[pos].isupper() or text[pos].isdigit()):
            continue
        if text[pos].isdigit():
            before = text[:pos].split()[-1].lower()
            if before in ("năm", "số", "ngày", "tháng", "kỳ", "đoạn") or not re.match(
                r"\d{4}(?:\s*-\s*\d{4})?\s*$", text[pos:]
            ):
                continue
        if deadline_starts(text[pos:]):
            return pos
    return len(text)


@lru_cache(maxsize=20_000)
def _run(text: str) -> ag.AgencyRun:
    return ag.agency_run(text)


@lru_cache(maxsize=20_000)
def _strict_run(text: str) -> ag.AgencyRun:
    """Names and separators only (no "thực hiện" around a name): for judging a cell's completion."""
    return ag.agency_run(text, filler=False)


def _starts_agency(text: str) -> bool:
    return starts_upper(text) and text.lstrip()[0].isalpha() and bool(_run(text.strip()).items)


# --- cutting a row into cells -----------------------------------------------------------------------


class Cells:
    """The text of each column of one row, as (line number, text) pieces."""

    def __init__(self, columns: tuple[str, ...]) -> None:
        self.columns = columns
        self.parts: dict[str, list[tuple[int, str]]] = {c: [] for c in columns}
        self.current = NAME

    def add(self, column: str, n: int, text: str) -> None:
        text = text.strip()
        if text:
            self.parts[column].append((n, text))
            self.current = column

    def text(self, column: str) -> str:
        return join_wrapped([t for _, t in self.parts.get(column, [])])

    def after(self, column: str) -> tuple[str, ...]:
        return self.columns[self.columns.index(column) + 1 :]


def _split_cells(cells: Cells, text: str, after: str) -> list[tuple[str, str]]:
    """Cut a text that begins a new cell (after column `after`) into cells, left to right."""
    out: list[tuple[str, str]] = []
    rest, left = text.strip(), cells.after(after)
    while rest and left:
        agency_column = next((c for c in left if c in AGENCY_COLUMNS), None)
        run = _run(rest) if agency_column and _starts_agency(rest) else None
        if run is not None and deadline_starts(rest) and run.items[0].partial:
            run = None  # "Thường" opens "Thường xuyên" far more often than "Thường trực HĐND"
        if agency_column and run is not None:
            cut = max(run.end, 1)
            out.append((agency_column, rest[:cut]))
            rest, left = rest[cut:].strip(), cells.after(agency_column)
            continue
        if DEADLINE in left and (deadline_starts(rest) or OUTPUT not in left):
            out.append((DEADLINE, rest))
            break
        if OUTPUT not in left:
            break
        cut = _deadline_cut(rest)
        out.append((OUTPUT, rest[:cut]))
        rest, left = rest[cut:].strip(), cells.after(OUTPUT)
    return out


def _clean_agency_cell(text: str) -> bool:
    """Agencies and separators only, nothing else ("Sở Tư pháp đi làm việc" is not)."""
    text = text.strip()
    run = _strict_run(text)
    return bool(run.items) and run.end >= len(text)


def _strong(column: str, text: str) -> bool:
    if column in AGENCY_COLUMNS:
        return _clean_agency_cell(text)
    if column == DEADLINE:
        return deadline_starts(text)
    return bool(_OUTPUT.match(text.strip()))


def _packed_split(cells: Cells, text: str, width: float) -> tuple[str, list[tuple[str, str]]]:
    """A name line that also carries the row's other cells (at a page foot): (name part, cells)."""
    for m in re.finditer(r"(?<=\s)\S", text):
        p = m.start()
        if not text[p].isupper() or not _starts_agency(text[p:]):
            continue
        if text[:p].split()[-1].lower() in _NAME_GLUE:
            continue
        found = _split_cells(cells, text[p:], NAME)
        strong = [_strong(column, part) for column, part in found]
        for k, (column, _) in enumerate(found[:-1]):  # an output is vouched for by the deadline after it
            strong[k] = strong[k] or (column == OUTPUT and found[k + 1][0] == DEADLINE and strong[k + 1])
        # every piece must be a recognisable cell, and one cell alone only on an over-wide line
        if found and all(strong) and (len(found) >= 2 or len(text) > 1.25 * width):
            return text[:p].rstrip(), found
    return text, []


def _new_cell_after_output(output: str, line: str) -> bool:
    if deadline_starts(line):
        return True
    if not starts_upper(line) or _ends_open(output):
        return False
    first = line.split()[0]
    return not (len(first) > 1 and first.isupper())  # "QPPL được ban hành" goes on


def _first_fragment(cells: Cells, fragment: Sequence[tuple[int, str]], width: float) -> None:
    for n, text in fragment:
        current = cells.current
        if current == NAME:
            last = cells.parts[NAME][-1][1] if cells.parts[NAME] else ""
            rest = text[_run(text).end :].strip() if _starts_agency(text) else None
            if last and rest is not None and (not rest or starts_upper(rest)):
                if last.split()[-1].lower() not in _NAME_GLUE:
                    for column, part in _split_cells(cells, text, NAME):
                        cells.add(column, n, part)
                    continue
            head, found = _packed_split(cells, text, width)
            cells.add(NAME, n, head)
            for column, part in found:
                cells.add(column, n, part)
        elif current in AGENCY_COLUMNS:
            # how far the gazetteer reads the cell on into this line
            cell = cells.text(current)
            cut = _run(f"{cell} {text}").end - len(cell) - 1
            if cut > 0 or not starts_upper(text):
                rest = text[cut:].strip() if 0 < cut < len(text) else ""
                if rest and starts_upper(rest):  # "địa phương | Sở Tài chính | Đảm bảo theo"
                    cells.add(current, n, text[:cut])
                    for column, part in _split_cells(cells, rest, current):
                        cells.add(column, n, part)
                else:
                    cells.add(current, n, text)
                continue
            found = _split_cells(cells, text, current)
            if not found:
                cells.add(current, n, text)
            for column, part in found:
                cells.add(column, n, part)
        elif current == OUTPUT and DEADLINE in cells.after(OUTPUT):
            if _new_cell_after_output(cells.text(OUTPUT), text):
                cells.add(DEADLINE, n, text)
                continue
            cut = _deadline_cut(text)
            cells.add(OUTPUT, n, text[:cut])
            cells.add(DEADLINE, n, text[cut:])
        else:
            cells.add(current, n, text)  # the last column takes everything after it


# --- completing cells after a page break --------------------------------------------------------


def _is_open(column: str, text: str) -> bool:
    """A cell that cannot end here: a name cut short, a separator, a first word of a deadline."""
    if not text:
        return False
    if column in AGENCY_COLUMNS:
        return _strict_run(text).open or _ends_open(text)
    if column == DEADLINE:
        return _ends_open(text) or (deadline_starts(text) and not _deadline_complete(text))
    return _ends_open(text) or text.count("“") > text.count("”") or text.count("(") > text.count(")")


def _segment_score(column: str, before: str, is_open: bool, segment: str) -> float | None:
    """How well `segment` goes on (or, for an empty cell, starts) a cell after a page break; None: it cannot."""
    if not segment:
        return -2.0 if is_open and column != OUTPUT else (-1.0 if is_open else 0.0)
    if not before:  # a cell that starts only on the next page
        if column in AGENCY_COLUMNS:
            return 2.0 if _starts_agency(segment) and _clean_agency_cell(segment) else None
        if column == DEADLINE:
            return 2.0 if deadline_starts(segment) else None
        return (1.0 if _OUTPUT.match(segment) else 0.0) if starts_upper(segment) else None
    if column in AGENCY_COLUMNS:
        joined = f"{before} {segment}"
        run = _strict_run(joined)
        return (3.0 if is_open else 1.0) if run.end >= len(joined) and not run.open else None
    if column == DEADLINE:
        if is_open:
            return 3.0 if _deadline_complete(f"{before} {segment}") else 0.0
        return -0.5  # a complete deadline ("Hằng quý") seldom goes on
    return 1.0 if is_open else 0.0


def _continuation(cells: Cells, fragment: Sequence[tuple[int, str]], width: float) -> None:
    """Give the lines after a page break to the row's cells, in column order.

    Every split is scored: completing an open cell ("Các sở, ban," + "ngành và các địa phương",
    "Thường" + "xuyên") scores high, text a cell cannot take is ruled out, and name lines other than
    the name's last one must be about as wide as the name column. Ties go to earlier columns.
    """
    words = [(n, w) for n, text in fragment for w in text.split()]
    total = len(words)
    line_ends = {k + 1 for k in range(total) if k + 1 == total or words[k + 1][0] != words[k][0]}
    line_length = {n: len(text) for n, text in fragment}
    columns = list(cells.columns[1:])
    before = {c: cells.text(c) for c in columns}
    is_open = {c: _is_open(c, before[c]) for c in columns}
    best: tuple[float, list[int]] | None = None

    def cost(b: int) -> float:
        return 0.0 if b in line_ends or b == 0 else -0.5

    def name_score(b0: int) -> float:
        lines = sorted({n for n, _ in words[:b0]})
        return cost(b0) - sum(line_length[n] < 0.5 * width for n in lines[:-1])

    def search(k: int, start: int, score: float, bounds: list[int]) -> None:
        nonlocal best
        if k == len(columns):
            if start == total and (best is None or score > best[0]):
                best = (score, bounds)
            return
        column = columns[k]
        # longest first: on a tie the earlier column keeps the text ("Hội Luật gia" + "tỉnh")
        ends = [total] if k == len(columns) - 1 else range(min(total, start + 40), start - 1, -1)
        for end in ends:
            s = _segment_score(
                column, before[column], is_open[column], " ".join(w for _, w in words[start:end])
            )
            if s is not None:
                search(k + 1, end, score + s + (cost(end) if end > start else 0.0), [*bounds, end])

    name_ends = sorted({0, *line_ends} | {k + 1 for k, (_, w) in enumerate(words) if w[-1] in ".;:!?”"})
    for b0 in reversed(name_ends):  # largest name first: ties keep it
        search(0, b0, name_score(b0), [b0])
    bounds = best[1] if best else [total] * (len(columns) + 1)
    start = 0
    for column, end in zip([NAME, *columns], bounds, strict=True):
        by_line: dict[int, list[str]] = {}
        for n, w in words[start:end]:
            by_line.setdefault(n, []).append(w)
        for n, ws in by_line.items():
            cells.parts[column].append((n, " ".join(ws)))
        start = end


def cut_row(columns: Sequence[str], fragments: Sequence[Sequence[tuple[int, str]]], width: float) -> Cells:
    """A row's cells from its text: the first page's lines, then each part after a page break."""
    cells = Cells(tuple(columns))
    _first_fragment(cells, fragments[0] if fragments else [], width)
    for fragment in fragments[1:]:
        _continuation(cells, fragment, width)
    return cells
