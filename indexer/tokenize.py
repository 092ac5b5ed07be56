"""Lexical tokens for BM25: underthesea word segmentation, compound words kept ("chủ_trì"),
lower-cased, tone-normalised, punctuation and Vietnamese function words dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

from indexer.clean import clean_text

_HAS_WORD_CHAR = re.compile(r"\w")
# Document numbers like "66-NQ/TW", "1218/QĐ-UBND" must survive as one token: underthesea splits them.
_DOC_NUMBER = re.compile(r"\b\d{1,5}[/-][\wĐđ]+(?:[/-][\wĐđ]+)*\b")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = files("indexer").joinpath("data/stopwords_vi.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _segment(text: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(text)


def tokenize(text: str) -> list[str]:
    """BM25 tokens of one text (a chunk or a query)."""
    text = clean_text(text)
    numbers = [m.group(0).lower() for m in _DOC_NUMBER.finditer(text)]
    text = _DOC_NUMBER.sub(" ", text)
    stop = stopwords()
    tokens = []
    for word in _segment(text) if text.strip() else []:
        token = word.lower().replace(" ", "_")
        if _HAS_WORD_CHAR.search(token) and token not in stop:
            tokens.append(token)
    return tokens + numbers


def tokenize_many(texts: Iterable[str]) -> list[list[str]]:
    return [tokenize(t) for t in texts]
