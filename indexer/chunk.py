"""Chunks: one per clause (long clauses split on sentence boundaries, never across clauses) and one
per task row, rendered as labelled text. Each chunk carries a context header for retrieval."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from indexer.records import Chunk, Clause, Document, Task

MAX_CHARS = 1200  # about 300 e5 tokens: e5-small reads 512 at most, and shorter passages rank sharper


def document_header(doc: Document) -> str:
    """A short header ("Quyết định 1218/QĐ-UBND — UBND tỉnh Vĩnh Long"): enough to tell documents and
    provinces apart in retrieval; the full title would cost every chunk ~60 embedding tokens."""
    name = f"{doc.kind} {doc.number}" if doc.number else doc.kind
    who = doc.issuer or doc.province or ""
    if doc.province and doc.province not in who:
        who = f"{who} ({doc.province})" if who else doc.province
    return f"{name} — {who}" if who else name


def task_text(task: Task) -> str:
    """A task row as labelled text, with the agency cells as printed (cleaned) and every other column
    under its printed header: what a citation quotes."""
    lead = task.lead_text or "; ".join(task.lead)
    coordinating = task.coordinating_text or "; ".join(task.coordinating)
    parts = [f"Nhiệm vụ: {task.name}", f"Cơ quan chủ trì: {lead or '—'}"]
    if coordinating:
        parts.append(f"Cơ quan phối hợp: {coordinating}")
    if task.output:
        parts.append(f"Kết quả: {task.output}")
    if task.deadline:
        parts.append(f"Thời gian: {task.deadline}")
    # every other column under its printed header ("Cơ quan trình", "Hồ sơ"): searchable and quoted
    parts += [f"{header}: {value}" for header, value in task.extra if value.strip()]
    return "\n".join(parts)


def task_chunk(doc: Document, task: Task) -> Chunk:
    group = f"Phụ lục — nhóm {task.group}: {task.group_title}" if task.group else "Phụ lục"
    return Chunk(
        doc=doc.name,
        kind="task",
        lines=task.lines,
        section=task.label,
        text=task_text(task),
        context=f"{document_header(doc)}\n{group}",
        ref=task.id,
        path=f"PL.{task.group}.{task.number}" if task.group else f"PL.{task.number}",
    )


_MARKUP = re.compile(r"[*_#>|`]+")


def line_breaks(text: str, span: tuple[int, int], lines: Mapping[int, str]) -> tuple[tuple[int, int], ...]:
    """(offset in `text`, line number) where each source line of a clause begins, found in order by its
    first words (markup dropped). A blank line begins where the next line's text does (so a quote ends
    before it); a line not found is left out, and so belongs to the one before."""
    offsets: list[tuple[int, int]] = []
    blank: list[int] = []
    pos = 0
    for n in range(span[0], span[1] + 1):
        words = " ".join(_MARKUP.sub(" ", lines.get(n, "")).split())
        if not words:
            blank.append(n)
            continue
        found = text.find(words[:20], pos)
        if found >= 0:
            offsets += [(found, b) for b in blank] + [(found, n)]
            pos = found + 1
        blank = []  # (blank lines before a line not found stay with the line before, as it does)
    return tuple(offsets + [(len(text), b) for b in blank])


def with_breaks(clauses: Sequence[Clause], lines: Mapping[int, str]) -> list[Clause]:
    return [c if c.breaks else replace(c, breaks=line_breaks(c.text, c.lines, lines)) for c in clauses]


def _split_sentences(text: str) -> list[str]:
    from underthesea import sent_tokenize

    return [s for s in sent_tokenize(text) if s.strip()]


def clause_chunks(doc: Document, clause: Clause, lines: Mapping[int, str] | None = None) -> list[Chunk]:
    """One chunk for the clause, or several sentence-bounded parts when it is long."""
    titles = " › ".join(clause.titles)
    context = f"{document_header(doc)}\n{titles}" if titles else document_header(doc)

    def make(text: str, span: tuple[int, int]) -> Chunk:
        return Chunk(
            doc=doc.name,
            kind="clause",
            lines=span,
            section=clause.label,
            text=text,
            context=context,
            ref=clause.id,
            path=clause.path,
        )

    if len(clause.text) <= MAX_CHARS:
        return [make(clause.text, clause.lines)]
    parts: list[str] = []
    for sentence in _split_sentences(clause.text):
        if parts and len(parts[-1]) + len(sentence) + 1 <= MAX_CHARS:
            parts[-1] = f"{parts[-1]} {sentence}"
        else:
            parts.append(sentence)
    offsets = clause.breaks or line_breaks(clause.text, clause.lines, lines or {})
    chunks, cursor = [], 0
    for part in parts:
        start = clause.text.find(part[:30], cursor)
        start = cursor if start < 0 else start
        end = start + len(part)
        cursor = end
        first = max((n for off, n in offsets if off <= start), default=clause.lines[0])
        last = max((n for off, n in offsets if off < end), default=clause.lines[1])
        chunks.append(make(part, (first, max(first, last))))
    return chunks


def chunk_document(
    doc: Document, clauses: Sequence[Clause], tasks: Sequence[Task], lines: Mapping[int, str] | None = None
) -> list[Chunk]:
    chunks = [c for clause in clauses for c in clause_chunks(doc, clause, lines)]
    return chunks + [task_chunk(doc, task) for task in tasks]
