"""Cleaning for indexing, matching and display. The stored original is never changed.

- Unicode NFC and one tone-mark convention (underthesea's `text_normalize`, applied syllable by
  syllable so that spacing and punctuation stay as printed).
- Repair of a letter lost in PDF extraction. In 001_… every "ụ" became a space: "nhiệm v ",
  "c  thể", "m c tiêu". The damage shows as a consonant-only "syllable", which Vietnamese does not
  have; the repair puts the lost letter back where that yields a valid syllable of underthesea's
  74k-word dictionary. A document is repaired only when it shows the damage in dictionary words
  (so "5 m rộng" in a healthy document stays untouched).
- Noise lines (lone page numbers, stray URLs, timestamps) are recognised so that callers can drop them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# defined in indexer.text (the one text module); imported here for this module and its callers
from indexer.text import fold_spaces as fold_spaces
from indexer.text import nfc as nfc
from indexer.text import normalize_tones as normalize_tones
from indexer.text import strip_diacritics as strip_diacritics

# The letter(s) that extraction is known to drop. Kept as data: another damaged source may lose another vowel.
DROPPED_LETTERS = ("ụ",)
INITIALS = ("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x").split()
FINALS = ("c", "ch", "m", "n", "ng", "nh", "p", "t")
_INITIAL_ALT = "|".join(sorted(INITIALS, key=len, reverse=True))
_FINAL_ALT = "|".join(sorted(FINALS, key=len, reverse=True))
# A consonant-only token (the damaged syllable), followed by the space that replaced the lost letter,
# optionally followed by a consonant-only final ("m c tiêu" = "m" + "ụ" + "c").
_DAMAGE = re.compile(
    rf"(?<![\w/.-])(?P<init>(?i:{_INITIAL_ALT})) (?:(?P<final>{_FINAL_ALT})(?=[\s,.;:)]|$)|(?=\s|[,.;:)]|$))"
)
# Letters no Vietnamese word has, which some PDF fonts extract in place of a Vietnamese one
# ("định kǶ", "đội ngǜ"): put back where the word becomes a dictionary syllable.
# The candidates are tried in order; one that makes a dictionary word with a neighbour wins.
MISREAD_LETTERS = {"ǜ": ("ũ",), "Ǜ": ("ũ",), "Ƕ": ("ỳ", "ỷ"), "ƕ": ("ỳ", "ỷ")}
_MISREAD = re.compile(rf"[^\W\d_]*[{''.join(MISREAD_LETTERS)}][^\W\d_]*")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_DAMAGE_EVIDENCE = 3

_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_TIMESTAMP = re.compile(
    r"^\s*\d{1,2}[/:.-]\d{1,2}[/:.-]\d{2,4}[ ,T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s*$"
    r"|^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?[ ,]+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$"
    r"|^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?\s*$",  # ISO, as PDF footers print
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(syllables, multi-syllable words) of underthesea's Viet74K dictionary, lower-cased and normalised."""
    from importlib.resources import files

    data = files("underthesea.corpus").joinpath("data/Viet74K.txt").read_text(encoding="utf-8")
    syllables: set[str] = set()
    words: set[str] = set()
    for raw in data.splitlines():
        word = normalize_tones(raw.strip().lower())
        if not word:
            continue
        parts = word.split()
        syllables.update(parts)
        if len(parts) > 1:
            words.add(word)
    return frozenset(syllables), frozenset(words)


def _candidate(match: re.Match[str], letter: str) -> str | None:
    """The repaired syllable for one damage site, or None when it would not be a valid syllable."""
    init, final = match.group("init"), match.group("final") or ""
    if len(init) == 1 and init.isupper():
        return None  # a lone capital is a Roman numeral or an initial ("V", "C"), not damage
    if init not in (init.lower(), init.capitalize()):
        return None  # "KH", "TW": abbreviations
    syllables, _ = _lexicon()
    repaired = f"{init}{letter}{final}"
    return repaired if repaired.lower() in syllables else None


def repair_dropped_letters(text: str, letter: str = DROPPED_LETTERS[0]) -> str:
    """Put `letter` back wherever its loss left a consonant-only syllable."""

    def fix(match: re.Match[str]) -> str:
        repaired = _candidate(match, letter)
        return match.group(0) if repaired is None else repaired

    return _DAMAGE.sub(fix, text)


def damage_evidence(lines: Sequence[str], letter: str = DROPPED_LETTERS[0]) -> int:
    """How many repairs turn the text around them into a multi-syllable dictionary word."""
    _, words = _lexicon()
    count = 0
    for line in lines:
        low = normalize_tones(line).lower()
        for match in _DAMAGE.finditer(low):
            repaired = _candidate(match, letter)
            if repaired is None:
                continue
            before = low[: match.start()].split()[-1:]
            after = low[match.end() :].split()[:1]
            if (before and f"{before[0]} {repaired}" in words) or (
                after and f"{repaired} {after[0]}" in words
            ):
                count += 1
    return count


def needs_repair(lines: Sequence[str]) -> tuple[str, ...]:
    """The dropped letters this document shows evidence of losing."""
    return tuple(
        letter for letter in DROPPED_LETTERS if damage_evidence(lines, letter) >= _MIN_DAMAGE_EVIDENCE
    )


def repair_misread_letters(text: str) -> str:
    """Put back the Vietnamese letter a PDF font extracted as a foreign one (see MISREAD_LETTERS): the
    candidate that makes a dictionary word with the word before or after, else the first that makes a
    dictionary syllable; upper case where the rest of the word is."""
    syllables, words = _lexicon()

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        others = [ch for ch in word if ch not in MISREAD_LETTERS]
        upper = bool(others) and all(ch.isupper() for ch in others)
        before = text[: match.start()].split()[-1:]
        after = text[match.end() :].split()[:1]
        valid = []
        for letter in MISREAD_LETTERS[next(ch for ch in word if ch in MISREAD_LETTERS)]:
            repaired = "".join(
                (letter.upper() if upper else letter) if ch in MISREAD_LETTERS else ch for ch in word
            )
            low = normalize_tones(repaired.lower())
            if low not in syllables:
                continue
            near = [f"{normalize_tones(before[0].lower())} {low}"] if before else []
            near += [f"{low} {normalize_tones(after[0].lower())}"] if after else []
            if any(n in words for n in near):
                return repaired
            valid.append(repaired)
        return valid[0] if valid else word

    return _MISREAD.sub(fix, text)


def clean_text(text: str, repair: Sequence[str] = ()) -> str:
    """NFC, tone marks, misread and the given lost letters repaired, whitespace folded. For one line
    or a joined passage."""
    text = normalize_tones(text)
    if _MISREAD.search(text):
        text = repair_misread_letters(text)
    for letter in repair:
        text = repair_dropped_letters(text, letter)
    return fold_spaces(text)


def clean_lines(lines: Sequence[str]) -> list[str]:
    """Clean a document's lines one to one (same count, same order), repairing it if it is damaged."""
    repair = needs_repair(lines)
    return [clean_text(line, repair) for line in lines]


def is_noise_line(text: str) -> bool:
    """A lone page number, a stray URL or a timestamp line: printed artefacts, not content."""
    return bool(_PAGE_NUMBER.match(text) or _URL.match(text) or _TIMESTAMP.match(text))


def normalize_for_match(text: str) -> str:
    """The form two texts are compared in: cleaned, repaired, case-folded, whitespace folded."""
    return clean_text(text, DROPPED_LETTERS).casefold()
