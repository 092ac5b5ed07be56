"""Captions: the paragraph printed right above a table, which titles its rows ("3. Quy trình nội bộ giải
quyết TTHC: …", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC)"), told from the appendix's own title
("PHỤ LỤC II", "(Kèm theo Quyết định …)") above it."""

from __future__ import annotations

import re
from collections.abc import Sequence

_CAPTION_LINES = 30  # a caption runs over a few wrapped lines: a field's heading, the part's number, its list
_CAPTION_CHARS = 1200
_LIST_TITLE_CHARS = 300  # a list's title, not the paragraph of text a table follows


def caption_span(
    numbered: Sequence[tuple[int, str]], first_line: int, lists: bool = False, floor: int = 0
) -> tuple[str, tuple[int, int] | None]:
    """The caption above a table and its first and last line (None when there is no caption). A caption
    that opens "DANH MỤC …" is the appendix's own title over a task table, but with `lists` (tables that
    list procedures or documents, several to an appendix) it is the title of the one list below it
    ("DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC)"). Lines up to `floor` (the table above) are none
    of it."""
    title = _LIST_TITLE if lists else _APPENDIX_TITLE
    before = [(n, text) for n, text in numbered if floor < n < first_line]
    lines: list[tuple[int, str]] = []
    for n, text in reversed(before):
        stripped = text.strip()
        if not stripped:
            if lines:
                break
            continue
        if stripped.startswith("|") or len(lines) >= _CAPTION_LINES:
            break
        if title.search(stripped.replace("*", "").strip()):
            # the appendix's own title ("PHỤ LỤC II", "(Kèm theo …)") is above the caption, not in it; the
            # lines below an open "(Kèm theo …" are the rest of that title
            if stripped.count("(") > stripped.count(")"):
                # the lines collected, nearest first: the title's own go up to the one that closes it
                closing = next((i for i in range(len(lines) - 1, -1, -1) if ")" in lines[i][1]), None)
                if closing is None:
                    return "", None
                lines = lines[:closing]
            break
        lines.append((n, stripped))
    caption = " ".join(" ".join(t for _, t in reversed(lines)).replace("*", " ").split())
    if title.search(caption):
        # the appendix's own title ("PHỤ LỤC DANH MỤC …", "(Kèm theo Nghị quyết …)") says no group
        return "", None
    if any(ch.isalpha() for ch in caption) and len(caption) <= (
        _LIST_TITLE_CHARS if lists else _CAPTION_CHARS
    ):
        return caption, (lines[-1][0], lines[0][0])
    return "", None


_APPENDIX_TITLE = re.compile(r"(?i)^\(?\s*(?:phụ lục|danh mục|kèm theo)")
_LIST_TITLE = re.compile(r"(?i)^\(?\s*(?:phụ lục|kèm theo)")
