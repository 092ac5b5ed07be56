"""Tone marks put back on a question typed without them, from the way the index's own passages print the
same words: "quy bao hiem that nghiep" → "quỹ bảo hiểm thất nghiệp".

The lexical index holds the words as printed (with their marks), so an unaccented question meets it only
in its numbers; the embedding reads it less well too. Runs of two to four unaccented words are looked up
among the passages' phrases of that length, folded, and take the form printed most often. A single word is
left as typed ("quy" is "quỹ", "quy", "quý" …: only its neighbours tell which), and so is a run the
passages never print.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from indexer.text import fold, normalize_tones

LONGEST = 4  # words in a phrase looked up
SHORTEST = 2
MIN_COUNT = 2  # times the passages print a form, at least
DOMINANT = 0.6  # … and this share of the phrases that fold to the same letters
# a question's own words, which the passages do not print as questions: a run never takes them in ("co bao
# nhieu" is not "cố bảo nhiều", "do ai" not "đô ai")
_ASKING = frozenset({"nao", "gi", "ai", "sao"})
_ASKING_PAIRS = frozenset({("bao", "nhieu"), ("the", "nao"), ("o", "dau"), ("ve", "dau"), ("bao", "gio")})
_WORD = re.compile(r"\w+")
# phrases do not run across punctuation
_BREAK = re.compile(r"[.,;:!?()\[\]{}“”\"'‘’/\n\t|–-]+")


class MarkRestorer:
    """The passages' phrases of two to four words, by their folded form, with the form printed most
    often."""

    def __init__(self, texts: Iterable[str]) -> None:
        printed: Counter[tuple[str, ...]] = Counter()
        for text in texts:
            for piece in _BREAK.split(normalize_tones(text).lower()):
                words = _WORD.findall(piece)
                for n in range(SHORTEST, LONGEST + 1):
                    for i in range(len(words) - n + 1):
                        printed[tuple(words[i : i + n])] += 1
        best: dict[str, tuple[int, str]] = {}
        total: Counter[str] = Counter()
        for words, count in printed.items():
            form = " ".join(words)
            key = fold(form)
            total[key] += count
            if key not in best or count > best[key][0]:
                best[key] = (count, form)
        # a form printed at least twice and most of the times the letters are (not "cố bảo nhiều" once, beside
        # nothing: a phrase the passages print rarely is no evidence of how a question means it)
        self._forms = {
            key: form
            for key, (count, form) in best.items()
            if key != form and count >= MIN_COUNT and count >= DOMINANT * total[key]
        }

    def restore(self, text: str) -> str | None:
        """`text` with its unaccented runs written as the passages print them (all else as typed); None
        when nothing changes (no run of two or more unaccented words that some passage prints)."""
        words = list(_WORD.finditer(text))
        lower = [m.group(0).lower() for m in words]
        asking = {i for i, w in enumerate(lower) if w in _ASKING}
        asking |= {
            j for i in range(len(lower) - 1) if (lower[i], lower[i + 1]) in _ASKING_PAIRS for j in (i, i + 1)
        }
        out: list[str] = []
        at = 0  # where the text not yet copied begins
        i = 0
        while i < len(words):
            for n in range(min(LONGEST, len(words) - i), SHORTEST - 1, -1):
                run = words[i : i + n]
                if (
                    not all(m.group(0).isascii() for m in run)
                    or any(text[a.end() : b.start()].strip() for a, b in zip(run, run[1:], strict=False))
                    or asking.intersection(range(i, i + n))
                ):
                    continue  # a marked word, punctuation between, or a question's own words
                form = self._forms.get(" ".join(m.group(0) for m in run).lower())
                if form is not None:
                    out += [text[at : run[0].start()], _cased(form, [m.group(0) for m in run])]
                    at = run[-1].end()
                    i += n
                    break
            else:
                i += 1
        if not out:
            return None
        return "".join([*out, text[at:]])


def _cased(form: str, typed: list[str]) -> str:
    """The printed form with each word's first letter in the case it was typed ("Ha Tinh" → "Hà Tĩnh"); a word
    the passages print without marks, as typed ("VHTTDL")."""
    words = form.split(" ")
    return " ".join(
        t
        if fold(w) == w
        else w[:1].upper() + w[1:]
        if t[:1].isupper()
        else w  # (a word with no marks: as typed)
        for w, t in zip(words, typed, strict=True)
    )
