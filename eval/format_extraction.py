"""Task extraction per file format: the same hand-checked gold tables written as DOCX, HTML, PDF and
Markdown (eval.table_render), indexed like any document (indexer.build.parse_file), scored row by row.

A gold row is found when a task of the same document has the same number and the same name (after
`normalize_for_match`; rows are taken in order, so repeated names match in turn). For found rows:
lead right when the printed cell or the set of printed agencies equals the gold's, deadline when
the printed values are equal, group when marker and title are, inherited when the set of inherited
fields is. Shares are over all gold rows.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from eval.table_render import FORMATS, SUFFIXES, WRITERS, spec_from_gold


def _norm(value: str | None) -> str:
    from indexer.clean import normalize_for_match

    return (normalize_for_match(value) if value else "").strip(" .;")


def score_rendered(tasks: Sequence, gold_rows: Sequence[dict]) -> dict:
    """Counts for one document: n, found, lead, deadline, group, inherited, extra (unmatched tasks)."""
    counts = dict.fromkeys(("n", "found", "lead", "deadline", "group", "inherited"), 0)
    misses: list[str] = []
    used: set[int] = set()
    for row in gold_rows:
        counts["n"] += 1
        match = next(
            (
                i
                for i, t in enumerate(tasks)
                if i not in used
                and (t.number or "") == (row["number"] or "")
                and _norm(t.name) == _norm(row["name"])
            ),
            None,
        )
        if match is None:
            misses.append(f"not found: {row['number']} {row['name'][:60]}")
            continue
        used.add(match)
        task = tasks[match]
        counts["found"] += 1
        lead_cell = row.get("lead_cell") or "; ".join(row.get("lead") or [])
        if _norm(task.lead_text) == _norm(lead_cell) or {_norm(x) for x in task.lead} == {
            _norm(x) for x in row.get("lead") or []
        }:
            counts["lead"] += 1
        else:
            misses.append(f"lead {task.lead_text!r} ≠ {lead_cell!r}")
        if _norm(task.deadline) == _norm(row.get("deadline")):
            counts["deadline"] += 1
        else:
            misses.append(f"deadline {task.deadline!r} ≠ {row.get('deadline')!r}")
        if (task.group, _norm(task.group_title)) == (row.get("group", ""), _norm(row.get("group_title"))):
            counts["group"] += 1
        if {f for f, _, _ in task.inherited} == set(row.get("inherited") or []):
            counts["inherited"] += 1
        else:
            misses.append(
                f"inherited {sorted(f for f, _, _ in task.inherited)} ≠ {sorted(row.get('inherited') or [])}"
            )
    return {**counts, "extra": len(tasks) - len(used), "misses": misses}


def format_extraction(
    golds: dict[str, dict], folder: Path, formats: Sequence[str] = FORMATS, paragraphs: Sequence[str] = ()
) -> dict[str, dict]:
    """Per format: every gold table (`golds`: name → external gold dict) written as a file in
    `folder/<format>/`, parsed by the indexer, its table tasks scored. Shares are over all gold rows;
    `seconds` is the indexer's parse time (after one untimed warm-up parse); `errors` the files that could not be written or loaded."""
    from indexer.build import parse_file
    from indexer.load import LoadError

    out: dict[str, dict] = {}
    if golds:  # the first parse loads the language tools; keep that out of the first format's time
        warm = Path(folder) / "warm-up.html"
        parse_file(WRITERS["html"](spec_from_gold(next(iter(golds.values()))), warm, paragraphs), 50)
    for fmt in formats:
        target = Path(folder) / fmt
        target.mkdir(parents=True, exist_ok=True)
        total = dict.fromkeys(("n", "found", "lead", "deadline", "group", "inherited", "extra"), 0)
        misses: list[str] = []
        errors: list[str] = []
        seconds = 0.0
        for name, gold in golds.items():
            try:
                path = WRITERS[fmt](spec_from_gold(gold), target / f"{name}{SUFFIXES[fmt]}", paragraphs)
                started = time.perf_counter()
                _, _, tasks, _ = parse_file(path, 50)
                seconds += time.perf_counter() - started
            except (LoadError, ValueError) as exc:
                errors.append(str(exc))
                total["n"] += len(gold["tasks"])
                continue
            scores = score_rendered([t for t in tasks if t.source == "table"], gold["tasks"])
            for key in total:
                total[key] += scores[key]
            misses += [f"{name}: {m}" for m in scores["misses"]]
        n = total["n"] or 1
        out[fmt] = {
            **total,
            **{f"{key}_share": total[key] / n for key in ("found", "lead", "deadline", "group", "inherited")},
            "seconds": seconds,
            "misses": misses,
            "errors": errors,
        }
    return out
