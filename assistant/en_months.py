"""English month names as questions write them, full or short ("November", "Nov", "Sept"): one list for
every module that reads an English date.

Folded (lower-case) text is what the patterns read. A short name ("nov", "mar") is a month only beside a day
or a year ("26 Nov", "Nov 26", "Nov 2025"): alone it may be another word. "may" is a month only in a date for
the same reason ("which tasks may …").
"""

from __future__ import annotations

import re

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
SHORT = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# every name, longest first ("sept" before "sep"), for a regular expression over folded text
NAME = "|".join(sorted((*MONTHS, *SHORT), key=len, reverse=True))
# a month beside a day or a year, with its short form's optional dot: "26 nov", "nov. 26", "nov 2025"
_DATED = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?({NAME})\b\.?"
    rf"|\b({NAME})\b\.? (?:\d{{1,2}}(?:st|nd|rd|th)?|(?:19|20)\d\d)(?!\d)"
)


def month_number(word: str) -> int | None:
    """The month a (folded) English name or short name stands for, 1–12, else None."""
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return SHORT.get(word)


def months_named(folded: str) -> list[int]:
    """The months a folded question names: full names other than "may" anywhere, any name in a date."""
    found = [i + 1 for i, name in enumerate(MONTHS) if name != "may" and re.search(rf"\b{name}\b", folded)]
    for m in _DATED.finditer(folded):
        number = month_number(m.group(1) or m.group(2))
        if number is not None and number not in found:
            found.append(number)
    return found
