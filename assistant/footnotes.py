"""Footnotes a quoted passage points to. Portal exports and Word files print a footnote's mark after a
word ("… sát diễn biến tình hình[1]") and its text further on, where a line opens with the same mark ("[1]
Theo thống kê của Bộ Nông nghiệp và Môi trường, …"). An answer that quotes a marked passage (or a row
whose holder or other cells keep their marks, as the table readers leave them) quotes the footnote too: it may change
what the passage says. The footnote is read from the indexed passages of the same document (the first,
from the marked line on, where a sentence opens with the mark): nothing is parsed again."""

from __future__ import annotations

import re

from assistant.index_view import IndexView
from indexer.records import Chunk

MAX_NOTES = 2  # footnotes added after one quoted passage
MAX_CHARS = 400
_MARK = re.compile(r"\[(\d{1,2})\](?!\d)")
_UPPER = "".join(chr(c) for c in range(0x41, 0x1EF9) if chr(c).isupper() and chr(c).isalpha())
# where a footnote's text opens: a mark after a space (or first), then a space and a capital letter
_OPENING = re.compile(rf"(?:^|(?<=\s))\[(\d{{1,2}})\]\s+(?=[{_UPPER}])")


def marks(text: str) -> list[int]:
    """The footnote marks a printed text points with, in order, once each (not a footnote's own opening
    mark: "… mưa lũ. [2] Theo thống kê …" is footnote 2 itself)."""
    out = []
    for m in _MARK.finditer(text):
        k = int(m.group(1))
        if k and not _OPENING.match(text, m.start()):
            out.append(k)
    return list(dict.fromkeys(out))


def footnote(view: IndexView, doc: str, mark: int, after_line: int) -> tuple[Chunk, str] | None:
    """(passage, text) of footnote `mark` of `doc`: the first passage, ending at or after `after_line`,
    where a sentence opens with the mark; None when the document prints none."""
    found: tuple[Chunk, int] | None = None
    for chunk in sorted(view.clause_chunks_by_doc.get(doc, ()), key=lambda c: c.lines):
        if chunk.lines[1] < after_line or f"[{mark}]" not in chunk.text:
            continue
        opening = next((m for m in _OPENING.finditer(chunk.text) if int(m.group(1)) == mark), None)
        if opening is not None:
            found = (chunk, opening.end())
            break
    if found is None:
        return None
    chunk, start = found
    rest = chunk.text[start:]
    end = _OPENING.search(rest)
    text = (rest[: end.start()] if end else rest).strip()
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return (chunk, text) if text else None


def notes_for(
    view: IndexView, doc: str, printed: list[str], line: int, shown: str
) -> list[tuple[int, Chunk, str]]:
    """(mark, passage, text) of the footnotes the printed texts (a quoted passage, or a row's cells, each
    read alone) point to, except those `shown` already holds."""
    wanted = list(dict.fromkeys(k for text in printed for k in marks(text)))
    out = []
    for mark in wanted[:MAX_NOTES]:
        note = footnote(view, doc, mark, line)
        if note is not None and note[1] not in shown and all(note[1] not in text for text in printed):
            out.append((mark, *note))
    return out
