"""The text of appendices that is not a task row: captions, indicator and procedure lists, tables
that assign nothing, notes. The outline stops at the first appendix heading and task rows become
task records; everything else an appendix prints becomes clauses here, so that no printed line is
lost to search. A clause starts at an appendix heading ("PHỤ LỤC II"), a section marker ("A.",
"III.") at the start of a line, after a stretch of task rows, or every MAX_LINES lines.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from indexer.captions import caption_span
from indexer.clean import is_noise_line
from indexer.outline import join_wrapped
from indexer.records import Clause

MAX_LINES = 30
_HEADING = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?!\w)\s*(?P<rest>.*)$")
_SECTION = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])\.\s+\S")


def appendix_clauses(
    doc: str,
    lines: Sequence[tuple[int, str]],
    start: int | None,
    covered: Sequence[tuple[int, int]],
    starts: Collection[int] = (),
) -> list[Clause]:
    """Clauses for the appendix lines (from `start`) that no span in `covered` holds; a clause also starts at
    each line of `starts` (a list's title, over its header and rows)."""
    if start is None:
        return []

    def is_covered(n: int) -> bool:
        return any(a <= n <= b for a, b in covered)

    groups: list[tuple[str, list[tuple[int, str]]]] = []
    heading = "Phụ lục"
    current: list[tuple[int, str]] = []
    last = None
    for n, text in lines:
        text = (text or "").strip()
        if n < start or not text or is_noise_line(text):
            continue
        if is_covered(n):
            if current:
                groups.append((heading, current))
                current = []
            last = n
            continue
        m = _HEADING.match(text)
        breaks = (
            m
            or _SECTION.match(text)
            or len(current) >= MAX_LINES
            or (last is not None and last >= n - 1 and not current)
            or n in starts
        )
        if breaks and current:
            groups.append((heading, current))
            current = []
        if m:
            heading = f"Phụ lục {m['rest']}".strip() if len(m["rest"]) < 12 else "Phụ lục"
        current.append((n, text))
        last = None
    if current:
        groups.append((heading, current))
    clauses = []
    for i, (title, group) in enumerate(groups, start=1):
        body = join_wrapped([t for _, t in group])
        if len(body) < 3:
            continue
        clauses.append(
            Clause(
                doc=doc,
                path=f"PL.{i}",
                label=f"{title}, đoạn {i}",
                titles=(title,),
                lines=(group[0][0], group[-1][0]),
                text=body,
                kind="clause",
            )
        )
    return clauses


def trailing_clauses(
    doc: str,
    lines: Sequence[tuple[int, str]],
    tables: Sequence,
    tasks: Sequence,
    taken: Sequence[tuple[int, int]] = (),
) -> list[Clause]:
    """Clauses for what a task table prints after its last task row, up to the next section marker: a total
    ("Tổng thời gian giải quyết | 03 ngày làm việc"), a note; titled by the caption of the rows above it
    (which procedure's total it is). What follows a section marker ("B. LĨNH VỰC … Quy trình số 02") is the
    caption of the next rows, which their records carry as their group title. Lines in `taken` (already in
    other clauses) are left out."""
    clauses: list[Clause] = []
    for number, table in enumerate(tables, start=1):
        inside = [t for t in tasks if table.lines[0] <= t.lines[0] <= table.lines[1]]
        if not inside:
            continue
        last = max(inside, key=lambda t: t.lines[1])
        rest = [
            (n, text.strip())
            for n, text in lines
            if last.lines[1] < n <= table.lines[1]
            and (text or "").strip()
            and not is_noise_line(text.strip())
            and not any(a <= n <= b for a, b in taken)
        ]
        groups: list[list[tuple[int, str]]] = []
        for n, text in rest:
            if not groups or _HEADING.match(text) or _SECTION.match(text):
                groups.append([])
            groups[-1].append((n, text))
        caption = " ".join((last.group_title or "").split())
        if groups:
            group = groups[0]
            body = join_wrapped([t for _, t in group])
            if len(body) < 3 or _HEADING.match(group[0][1]) or _SECTION.match(group[0][1]):
                continue  # nothing of this table's own: the next table's caption
            clauses.append(
                Clause(
                    doc=doc,
                    path=f"PL.T{number}",
                    label=f"Phụ lục, bảng {number}, sau dòng cuối",
                    titles=(caption or "Phụ lục",),
                    lines=(group[0][0], group[-1][0]),
                    text=body,
                    kind="clause",
                )
            )
    return clauses


def caption_clauses(
    doc: str,
    lines: Sequence[tuple[int, str]],
    tables: Sequence,
    tasks: Sequence,
    taken: Sequence[tuple[int, int]] = (),
) -> list[Clause]:
    """Clauses for the captions printed above task tables ("D. LĨNH VỰC PHÁT THANH … Quy trình số 04 4. Quy
    trình nội bộ giải quyết nhóm TTHC: 4.1. … 4.5. …"), which the rows below carry as their group title: the
    caption is also a passage of its own (which procedures a numbered part covers). Captions any of whose
    lines are in `taken` (already in other clauses) are left out."""
    clauses: list[Clause] = []
    for number, table in enumerate(tables, start=1):
        inside = [t for t in tasks if table.lines[0] <= t.lines[0] <= table.lines[1]]
        if not inside or any(t.group for t in inside):
            continue
        caption, span = caption_span(lines, table.lines[0])
        if span is None or any(t.group_title != caption for t in inside):
            continue
        if any(a <= n <= b for n in range(span[0], span[1] + 1) for a, b in taken):
            continue
        clauses.append(
            Clause(
                doc=doc,
                path=f"PL.C{number}",
                label=f"Phụ lục, tiêu đề bảng {number}",
                titles=("Phụ lục",),
                lines=span,
                text=caption,
                kind="clause",
            )
        )
    return clauses
