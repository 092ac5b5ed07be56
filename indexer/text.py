"""Text forms shared by the indexer and the assistant — the one place where text is folded.

- `nfc`: Unicode NFC.
- `normalize_tones`: one tone-mark convention ("hoá" → "hóa", "Uỷ" → "Ủy"), syllable by syllable,
  spacing and punctuation left as printed.
- `strip_diacritics`: the letters without their marks, case kept ("Hà Tĩnh" → "Ha Tinh"; "đ" → "d").
- `fold`: the comparison form of unaccented input: NFC, no marks, lower case ("Sở Tư pháp" →
  "so tu phap"). Keeps the length of NFC text, so that a match's span in the folded text slices the
  original.
- `tone_key`: the comparison form that keeps the marks: one tone convention, case-folded ("Uỷ ban" →
  "ủy ban"); for matching names whose marks tell them apart.
- `fold_words`: `fold` with runs of white space made one space and the ends stripped.
- `fold_spaces`: runs of white space (including non-breaking and zero-width spaces) made one space.
- `join_wrapped`: the lines of one printed value joined with one space ("Bộ Công" / "an." → "Bộ Công an.").

Normalised forms are for matching only: what users see is always the text as printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=50_000)
def _normalize_syllable(syllable: str) -> str:
    from underthesea import text_normalize

    out = text_normalize(syllable)
    # text_normalize may re-space or drop characters of odd input; keep it only when it stays one word
    return out if out and " " not in out and len(out) == len(syllable) else syllable


def normalize_tones(text: str) -> str:
    """One tone-mark convention ("hoá" → "hóa", "Uỷ" → "Ủy"), spacing left as it is."""
    return _WORD.sub(lambda m: _normalize_syllable(m.group(0)), nfc(text))


@lru_cache(maxsize=100_000)
def fold_tones(text: str) -> str:
    """`fold` of the text in one tone-mark convention, kept: passages are read so again and again."""
    return fold(normalize_tones(text))


def strip_diacritics(text: str) -> str:
    """ASCII-folded form for unaccented input ("ha tinh" ↔ "Hà Tĩnh"); case is kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower case without diacritics: the form unaccented input is compared in. Same length as the
    NFC text."""
    return strip_diacritics(nfc(text)).lower()


@lru_cache(maxsize=8192)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled regular expression, kept: patterns built from a question's words (a name between word
    boundaries) are many, and through `re.search(str, …)` they push one another and the modules' own out
    of the `re` module's small cache, to be compiled again and again."""
    return re.compile(source, flags)


def tone_key(text: str) -> str:
    """Marks kept, one tone placement, case-folded: "Uỷ ban" and "ủy ban" compare equal, "Ba" and "Bà" do
    not."""
    return normalize_tones(text).casefold()


def fold_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_FOOTNOTE_MARK = re.compile(r"\[\d{1,2}\]")


def without_footnote_marks(text: str) -> str:
    """`text` without the marks that point to a document's footnotes ("… chủ trì thẩm tra [1]"), spaces
    folded where one stood; unchanged when it has none."""
    if "[" not in text or not _FOOTNOTE_MARK.search(text):
        return text
    return " ".join(_FOOTNOTE_MARK.sub(" ", text).split())


def fold_words(text: str) -> str:
    """`fold` with white space folded: for comparing whole phrases."""
    return " ".join(fold(text).split())


def word_runs(text: str) -> str:
    """`fold`, its words only (punctuation dropped), one space between: "Tháng hành động vì bình đẳng
    giới và phòng ngừa, …" and "… và phòng ngừa …" compare as phrases."""
    return " ".join(re.findall(r"\w+", fold(text)))


def join_wrapped(lines: Iterable[str]) -> str:
    """The lines of one printed value (a wrapped cell, a wrapped label) joined with one space."""
    return " ".join(part for part in (fold_spaces(line) for line in lines) if part)
