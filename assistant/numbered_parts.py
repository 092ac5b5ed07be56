"""Numbered parts of a document that a question names ("quy trình số 01", "procedure no. 4",
"Phụ lục số 01"): the passages and task rows under that part, and none under a sibling of another number.

A decision that approves several internal procedures prints each under its own caption ("Quy trình số 01",
"Quy trình số 02" …) and every procedure has rows of the same names ("Bước 3 — Thẩm định, thụ lý hồ sơ"):
only the caption's number tells them apart. The part's label is read from the text's own captions (the
record's group title, or a passage's titles and its own words), never from a file's layout.

Pure functions of (question, records); `placed` is what evidence matching calls.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.matches import favoured
from indexer.text import fold, normalize_tones

# the kinds of numbered parts, as Vietnamese (folded) words, and the English words that name them
_PARTS_VI = ("quy trinh", "phu luc", "bieu mau", "bieu", "mau", "tieu du an")
_PARTS_EN = {
    "procedure": "quy trinh",
    "process": "quy trinh",
    "workflow": "quy trinh",
    "appendix": "phu luc",
    "annex": "phu luc",
    "form": "mau",
    "template": "mau",
    "sub-project": "tieu du an",
    "subproject": "tieu du an",
}
_NUMBER = r"(\d{1,3})(?![\d/.,-]\d|[\d/-])"  # a number that goes on ("số 01/QĐ", "số 2031", "1.014464") is no part's
# a count, not a part's number: "quy trình 5 bước"
_NOT_A_PART = (
    r"(?!\s+(?:buoc|ngay|thang|nam|lan|thu tuc|tthc|van ban|nhiem vu|steps?|days?|months?|years?)\b)"
)
# "quy trình (nội bộ) số 01", "quy trình 04" (the question's own words; a caption always says "số")
_VI = re.compile(rf"\b({'|'.join(_PARTS_VI)})(?: noi bo)? so {_NUMBER}{_NOT_A_PART}")
_VI_ASKED = re.compile(rf"\b({'|'.join(_PARTS_VI)})(?: noi bo)?(?: so)? {_NUMBER}{_NOT_A_PART}")
_EN = re.compile(
    rf"\b({'|'.join(_PARTS_EN)})s?\s+(?:no\.?\s*|nos\.?\s*|number\s+|#\s*)?{_NUMBER}{_NOT_A_PART}",
    re.IGNORECASE,
)
# "… số 01 và 04", "số 01 và số 04", "nos. 1, 2 and 3": the further numbers of the same kind
_MORE = re.compile(
    r"\s*(?:,|\bva\b|\band\b|\bhoac\b|\bor\b|&)\s*(?:so\s+|no\.?\s*)?" + _NUMBER, re.IGNORECASE
)


def _with_more(text: str, m: re.Match, kind: str, out: dict[str, set[int]]) -> None:
    numbers = out.setdefault(kind, set())
    numbers.add(int(m.group(2)))
    end = m.end()
    while (more := _MORE.match(text, end)) is not None:
        numbers.add(int(more.group(1)))
        end = more.end()


def _labels(folded: str) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for m in _VI.finditer(folded):
        out.setdefault(m.group(1), set()).add(int(m.group(2)))
    return out


def asked_parts(question: str) -> dict[str, set[int]]:
    """The numbered parts a question names, by kind: {"quy trinh": {1, 4}}."""
    out: dict[str, set[int]] = {}
    folded = fold(question)
    for m in _VI_ASKED.finditer(folded):
        _with_more(folded, m, m.group(1), out)
    for m in _EN.finditer(question):
        _with_more(question, m, _PARTS_EN[m.group(1).lower()], out)
    return out


def verdict(asked: dict[str, set[int]], caption: str) -> bool | None:
    """Whether a record under `caption` (its titles and words) stands under a part the question names: True
    when its caption names one, False when it names only parts of the same kind with other numbers, None
    when it names no part of an asked kind."""
    said = _labels(fold(caption))
    kinds = [kind for kind in asked if kind in said]
    if not kinds:
        return None
    return any(said[kind] & asked[kind] for kind in kinds)


def narrow(asked: dict[str, set[int]], records: Iterable, caption_of) -> list:
    """The records without those under another number of an asked part (the rest kept, in order)."""
    return [r for r in records if verdict(asked, caption_of(r)) is not False]


def missing(asked: dict[str, set[int]], captions: Iterable[str]) -> bool:
    """Whether the captions and titles (not a passage's words: "… Phụ lục số 01 của Luật …" cites another
    document's part) print parts of an asked kind but none of an asked number ("quy trình số 05" where there
    are four): then nothing answers what is asked of that part."""
    seen = False
    for caption in captions:
        v = verdict(asked, caption)
        if v:
            return False
        seen = seen or v is False
    return seen


UNPLACED = 0.8  # the share of its score a record keeps when others stand under the part asked and it does not


def under_first(asked: dict[str, set[int]], tasks: list, sentences: list, task_caption, sentence_caption):
    """(tasks, sentences), each re-ranked: when some record stands under a part the question names, those that
    name no part ("Điều 1. Công bố … 04 quy trình nội bộ …") keep UNPLACED of their score."""
    task_verdicts = [verdict(asked, task_caption(m)) for m in tasks]
    sentence_verdicts = [verdict(asked, sentence_caption(m)) for m in sentences]
    return favoured(tasks, sentences, task_verdicts, sentence_verdicts, UNPLACED)


def placed(
    asked: dict[str, set[int]], tasks: list, sentences: list, captions, task_caption, sentence_caption
):
    """(tasks, sentences) for a question that names numbered parts: none when the texts (`captions`, every
    record's in scope) print parts of that kind but not the number asked; else those under a sibling of
    another number left out, and those under no part ranked below the ones under the part asked."""
    if missing(asked, captions):
        return [], []  # "quy trình số 05" of four: nothing says it
    tasks = narrow(asked, tasks, task_caption)
    sentences = narrow(asked, sentences, sentence_caption)
    return under_first(asked, tasks, sentences, task_caption, sentence_caption)


# "mục 1.3", "tiểu mục 2.1", "nhóm 1.4", "nhóm II", "group 1.3", "group I": a part of the outline by its dotted
# or Roman number (a plain number, "khoản 1", is too common a word to rank by)
_DOTTED = r"\d{1,2}(?:\.\d{1,2}){1,3}"
_ROMAN = r"(?:viii|vii|vi|iv|v|ix|x|iii|ii|i)"
# (a Roman number only as printed in capitals: "mức vi phạm", "một phần vì" fold to "muc vi", "phan vi")
_DOTTED_VI = re.compile(
    rf"(?i:\b(tiểu mục|tieu muc|mục|muc|nhóm|nhom|phần|phan))\s+({_DOTTED}|(?:VIII|VII|VI|IV|V|IX|X|III|II|I))"
    r"\b(?![.,]?\d)"
)
_DOTTED_EN = re.compile(
    rf"(?i)\b(sub-?section|section|group|part)s?\s+(?:no\.?\s*)?({_DOTTED}|(?-i:VIII|VII|VI|IV|V|IX|X|III|II|I))"
    r"\b(?![.,]?\d)"
)
_KIND_EN = {"section": "muc", "subsection": "muc", "sub-section": "muc", "group": "nhom", "part": "phan"}
# "mục 8", "point 8", "item 8": a top-level item by its plain number, as a directive numbers its items ("8. Giám đốc
# Sở, Thủ trưởng cơ quan, ban, ngành"; not "khoản 1", too common a word to rank by)
_PLAIN_VI = re.compile(
    r"(?i:\b(?:mục|muc))\s+(\d{1,2})\b(?![.,/]?\d)(?!\s*(?:\.|,)?\s*(?:ngày|ngay|tháng|thang|năm|nam)\b)"
)
_PLAIN_EN = re.compile(r"(?i)\b(?:point|item)s?\s+(?:no\.?\s*)?(\d{1,2})\b(?![.,/]?\d)")

# the share of its score a record outside the outline part asked keeps (a passage that only refers to it,
# "… đồng gửi các cơ quan tại Mục 1.3", says its words without being it)
OUTSIDE_SECTION = 0.65


def asked_sections(question: str) -> set[tuple[str, str]]:
    """The outline parts a question names by a dotted or Roman number, as (kind, number): ("nhom", "1.3"),
    ("muc", "II")."""
    out = set()
    for m in _DOTTED_VI.finditer(normalize_tones(question)):
        kind = fold(m.group(1)).lower()
        out.add(("muc" if kind == "tieu muc" else kind, m.group(2).upper()))
    out |= {(_KIND_EN[m.group(1).lower()], m.group(2).upper()) for m in _DOTTED_EN.finditer(question)}
    out |= {("muc", m.group(1)) for m in _PLAIN_VI.finditer(normalize_tones(question))}
    out |= {("muc", m.group(1)) for m in _PLAIN_EN.finditer(question)}
    return out


def _in_section(label: str, numbers: set[tuple[str, str]]) -> bool:
    """Whether a record's label ("Mục IV, khoản 1, tiểu mục 1.3", "nhom 1.4") names a part asked: a dotted
    number under any kind of part, a Roman one under the kind asked."""
    folded = fold(label)
    for kind, number in numbers:
        key = re.escape(number.lower())
        dotted = "." in number
        head = r"(?:tieu muc|muc|nhom|phan)" if dotted else kind
        if re.search(rf"\b{head}\s+{key}(?![\w]|\.\d)", folded):
            return True
    return False


def sections_first(numbers: set[tuple[str, str]], tasks: list, sentences: list, task_label, sentence_label):
    """(tasks, sentences) re-ranked for a question that names outline parts by number (`asked_sections`): when
    some record's label (its section, its group) holds one, the others keep OUTSIDE_SECTION of their score."""
    task_in = [_in_section(task_label(m), numbers) for m in tasks]
    sentence_in = [_in_section(sentence_label(m), numbers) for m in sentences]
    return favoured(tasks, sentences, task_in, sentence_in, OUTSIDE_SECTION)
