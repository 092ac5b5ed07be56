"""A deadline or time cell, as printed, read into a period: an interval of dates, or one of the
recurring kinds ("Thường xuyên", "Hằng năm") that are not intervals.

Used for matching ("tasks in 2026" includes "2025–2026", "Quý I/2026", "Năm 2025, 2026",
"trước ngày 31/3/2026") and sorting; the printed text is always what is shown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from indexer.text import fold

# kinds
DATE, MONTH, QUARTER, YEAR, RANGE, REGULAR, ANNUAL, CONDITION, NONE = (
    "date",
    "month",
    "quarter",
    "year",
    "range",
    "regular",
    "annual",
    "condition",
    "none",
)

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(20\d\d|19\d\d)"
_RE_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*" + _YEAR + r"(?!\d)")
_RE_DATE_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+" + _YEAR)
# ("Quý I/năm 2026": the year after a slash and its word)
_RE_QUARTER = re.compile(r"quy\s+(iv|iii|ii|i|[1-4])\s*(?:[/-]\s*(?:nam)?|nam)?\s*" + _YEAR)
_JOIN = r"\s*(?:[-–—]|,|va|den|toi)\s*"
# "Tháng 11 - 12/2025", "tháng 10, 11 năm 2025": two months of one year (before the dates, which
# would read "11 - 12/2025" as a day); "Quý III-IV/2025", "Quý III, IV năm 2025": two quarters
_RE_MONTHS = re.compile(
    r"thang\s+(\d{1,2})" + _JOIN + r"(?:thang\s+)?(\d{1,2})\s*(?:[/-]|nam)\s*" + _YEAR + r"(?!\d)"
)
_RE_QUARTERS = re.compile(
    r"quy\s+(iv|iii|ii|i|[1-4])" + _JOIN + r"(?:quy\s+)?(iv|iii|ii|i|[1-4])\s*(?:[/-]|nam)?\s*" + _YEAR
)
_RE_MONTH = re.compile(r"thang\s+(\d{1,2})\s*(?:[/-]|nam)\s*" + _YEAR)
_RE_MONTH_SHORT = re.compile(r"(?<![\d/])(\d{1,2})/" + _YEAR + r"(?!\d)")
_RE_YEAR = re.compile(r"(?<![\d/])" + _YEAR + r"(?![\d/])")
_RE_REGULAR = re.compile(r"thuong xuyen|lien tuc|ongoing|regularly")
# ("02 lớp/năm", "01 lần/năm": so many a year, every year)
_RE_ANNUAL = re.compile(r"hang nam|hàng năm|moi nam|annual|every year|per year|dinh ky|(?<=\w)\s?/\s?nam\b")
_RE_CONDITION = re.compile(r"\b(sau khi|theo tien do|theo lo trinh|khi co|ngay sau)\b")


@dataclass(frozen=True)
class Period:
    kind: str
    start: date | None = None
    end: date | None = None

    @property
    def is_interval(self) -> bool:
        return self.start is not None and self.end is not None

    def overlaps(self, start: date, end: date) -> bool:
        return self.is_interval and self.start <= end and start <= self.end  # type: ignore[operator]

    def years(self) -> list[int]:
        if not self.is_interval:
            return []
        return list(range(self.start.year, self.end.year + 1))  # type: ignore[union-attr]


def _fold(text: str) -> str:
    return fold(text).replace("quí", "quy").replace("qui", "quy")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def dates_in(text: str | None) -> list[date]:
    """Every whole date the text prints ("30/11/2025", "ngày 30 tháng 11 năm 2025"), in order."""
    folded = _RE_MONTHS.sub(" ", _fold(text or ""))
    found = []
    for rx in (_RE_DATE, _RE_DATE_WORDS):
        for m in rx.finditer(folded):
            d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if d and d not in found:
                found.append(d)
    return found


def parse_period(text: str | None) -> Period:
    """The interval a printed deadline covers (the union of every date, month, quarter and year it
    names), or its recurring kind."""
    if not text or not text.strip():
        return Period(NONE)
    folded = _fold(text)
    spans: list[tuple[date, date, str]] = []
    consumed = folded
    for m in _RE_MONTHS.finditer(consumed):
        first, last, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= first <= 12 and 1 <= last <= 12:
            # "tháng 12 - 02/2026" runs from December of the year before
            spans.append((date(y - (first > last), first, 1), _month_end(y, last), MONTH))
    consumed = _RE_MONTHS.sub(" ", consumed)
    for m in _RE_QUARTERS.finditer(consumed):
        first, last, y = _ROMAN_Q[m.group(1)], _ROMAN_Q[m.group(2)], int(m.group(3))
        spans.append((date(y - (first > last), 3 * first - 2, 1), _month_end(y, 3 * last), QUARTER))
    consumed = _RE_QUARTERS.sub(" ", consumed)
    for rx in (_RE_DATE, _RE_DATE_WORDS):
        for m in rx.finditer(consumed):
            d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if d:
                spans.append((d, d, DATE))
        consumed = rx.sub(" ", consumed)
    for m in _RE_QUARTER.finditer(consumed):
        q, y = _ROMAN_Q[m.group(1)], int(m.group(2))
        spans.append((date(y, 3 * q - 2, 1), _month_end(y, 3 * q), QUARTER))
    consumed = _RE_QUARTER.sub(" ", consumed)
    for rx in (_RE_MONTH, _RE_MONTH_SHORT):
        for m in rx.finditer(consumed):
            mo, y = int(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12:
                spans.append((date(y, mo, 1), _month_end(y, mo), MONTH))
        consumed = rx.sub(" ", consumed)
    years = [int(y) for y in _RE_YEAR.findall(consumed)]
    if years:
        # "2025-2026", "giai đoạn 2026 - 2030": a range of years; "Năm 2025, 2026": each year
        ranged = re.search(_YEAR + r"\s*[-–—]\s*" + _YEAR, consumed) or re.search(
            r"(?:den|toi)\s*(?:nam\s*)?" + _YEAR, consumed
        )
        for y in years:
            spans.append((date(y, 1, 1), date(y, 12, 31), YEAR))
        if ranged and len(years) >= 2:
            spans.append((date(min(years), 1, 1), date(max(years), 12, 31), RANGE))
    if spans:
        start = min(s for s, _, _ in spans)
        end = max(e for _, e, _ in spans)
        kinds = {k for _, _, k in spans}
        kind = kinds.pop() if len(kinds) == 1 else RANGE
        if start != end and kind == DATE:
            kind = RANGE
        return Period(kind, start, end)
    if _RE_REGULAR.search(folded):
        return Period(REGULAR)
    if _RE_ANNUAL.search(folded):
        return Period(ANNUAL)
    if _RE_CONDITION.search(folded):
        return Period(CONDITION)
    return Period(NONE)


def query_interval(year: int, quarter: int | None = None, month: int | None = None) -> tuple[date, date]:
    """The interval a question names: a year, a quarter of it or a month of it."""
    if month:
        return date(year, month, 1), _month_end(year, month)
    if quarter:
        return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    return date(year, 1, 1), date(year, 12, 31)
