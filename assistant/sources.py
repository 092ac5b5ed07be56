"""Read-only access to the original lines of an indexed document, to show a citation in its context.

Citations point to 1-based lines of the original file. The index keeps the cleaned clause text, not
the original lines, so the lines are read back from the original file through the loader, which
numbers TXT lines like `sed` and PDF/DOCX lines exactly as the indexer saw them; nothing is parsed
again. The file is looked up by name in the folders documents come from (corpus/, uploads/) and must
still have the sha256 the index recorded. When it is missing or changed, the clauses and task rows
of the index that cover the lines are shown instead, and the excerpt says so.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from indexer.records import Document

CONTEXT_LINES = 3  # lines shown before and after the cited span (beyond the enclosing clause)
MAX_CLAUSE_LINES = 30  # an enclosing clause longer than this is not shown whole
_CACHE_SIZE = 16


@dataclass(frozen=True)
class SourceExcerpt:
    doc: str
    cited: tuple[int, int]  # the cited lines, 1-based inclusive
    lines: tuple[tuple[int, str, bool], ...]  # (line number, text, cited?): original lines, or index passages
    exact: bool  # True: the original lines; False: passages of the index (cleaned text)
    note: str = ""  # why the excerpt is not the original lines


class SourceReader:
    """Finds and reads the original files of indexed documents (thread-safe, small LRU cache)."""

    def __init__(self, folders: Sequence[Path], max_mb: float = 50.0) -> None:
        self.folders = [Path(f) for f in folders]
        self.max_mb = max_mb
        self._cache: OrderedDict[tuple, tuple[str, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def find(self, document: Document, indexed_from: str | None = None) -> Path | None:
        """The original file of `document`: in the reader's folders, else where the index recorded it was
        read from (`indexed_from`, the manifest's path; its sha256 is checked when read), or None."""
        name = document.name
        if Path(name).name != name or name in ("", ".", ".."):
            return None  # a name from the index is a bare file name; anything else is not looked up
        for folder in self.folders:
            path = folder / name
            if path.is_file():
                return path
        if indexed_from:
            path = Path(indexed_from)
            if path.name == name and path.is_file():
                return path
        return None

    def original_lines(self, document: Document, indexed_from: str | None = None) -> tuple[str, ...] | None:
        """All lines of the original file as the loader numbers them (index 0 = line 1), or None."""
        from indexer.load import LoadError, load_file

        path = self.find(document, indexed_from)
        if path is None:
            return None
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        try:
            loaded = load_file(path, max_mb=self.max_mb)
        except LoadError:
            return None
        if document.sha256 and loaded.sha256 != document.sha256:
            return None  # the file changed since it was indexed: its line numbers no longer match
        texts: list[str] = []
        for line in loaded.lines:  # line numbers are consecutive from 1; fill any gap defensively
            while len(texts) < line.n - 1:
                texts.append("")
            texts.append(line.text)
        lines = tuple(texts)
        with self._lock:
            self._cache[key] = lines
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return lines

    def excerpt(
        self,
        document: Document,
        cited: tuple[int, int],
        clauses: Sequence = (),
        passages: Sequence = (),
        indexed_from: str | None = None,
    ) -> SourceExcerpt:
        """The cited lines with their enclosing clause (when short) and a few lines around them.

        `clauses` (Clause records of the document) widen the window to the enclosing clause;
        `passages` (Clause or Chunk records with .lines and .text) are the fallback text.
        """
        first, last = int(cited[0]), max(int(cited[0]), int(cited[1]))
        start, end = _window((first, last), clauses)
        lines = self.original_lines(document, indexed_from)
        if lines is not None and first <= len(lines):
            end = min(end, len(lines))
            shown = tuple((n, lines[n - 1], first <= n <= last) for n in range(start, end + 1))
            return SourceExcerpt(document.name, (first, last), shown, exact=True)
        overlapping = sorted(
            (p for p in passages if p.lines[0] <= end and p.lines[1] >= start), key=lambda p: tuple(p.lines)
        )
        seen: set[tuple[int, str]] = set()
        shown_passages = []
        for p in overlapping:
            key = (p.lines[0], p.text)
            if key not in seen:
                seen.add(key)
                shown_passages.append((p.lines[0], p.text, p.lines[0] <= last and p.lines[1] >= first))
        note = (
            "Không tìm thấy tệp gốc (hoặc tệp đã thay đổi sau khi lập chỉ mục): "
            "hiển thị đoạn văn đã chuẩn hoá trong chỉ mục."
        )
        return SourceExcerpt(document.name, (first, last), tuple(shown_passages), exact=False, note=note)


def _window(cited: tuple[int, int], clauses: Sequence) -> tuple[int, int]:
    """Lines to show: the smallest enclosing clause (if short) plus CONTEXT_LINES on each side."""
    first, last = cited
    start, end = first, last
    enclosing = [c for c in clauses if c.lines[0] <= first and c.lines[1] >= last]
    if enclosing:
        smallest = min(enclosing, key=lambda c: c.lines[1] - c.lines[0])
        if smallest.lines[1] - smallest.lines[0] < MAX_CLAUSE_LINES:
            start, end = smallest.lines
    return max(1, start - CONTEXT_LINES), end + CONTEXT_LINES
