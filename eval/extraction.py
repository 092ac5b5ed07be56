"""How well the task-table parser reproduces hand-checked gold rows.

Rows are matched by (doc, group, number). For every field present in the gold rows:
- lead / coordinating: sets of canonical names per row, micro-averaged precision/recall/F1;
- name / output / deadline: per-row equality after `normalize_for_match` (a wrong value counts as
  one false positive and one false negative; None vs a value as one of them), plus accuracy;
- lines: line overlap with the gold span, micro-averaged over lines, plus the share of exact spans.
A gold row with no predicted row counts as missed for every field; predicted rows that the gold
file does not list are ignored (the gold file may hold only some rows of a document).
"""

from __future__ import annotations

from collections.abc import Sequence

from indexer.clean import normalize_for_match
from indexer.records import Task

LIST_FIELDS = ("lead", "coordinating")
TEXT_FIELDS = ("name", "output", "deadline")


def _prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _key(doc: str, group: str | None, number: str | None) -> tuple[str, str, str]:
    return (doc, group or "", str(number or "").rstrip("."))


def _norm(value: str | None) -> str | None:
    # (a cell's or a sentence's closing full stop is no part of the value: "Trước ngày 30/11/2025." and the
    # gold's "Trước ngày 30/11/2025" are one deadline)
    if value is None or not str(value).strip(" .;"):
        return None
    return normalize_for_match(str(value)).strip(" .;")


def score_tasks(predicted: Sequence[Task], gold: Sequence[dict], canonical: bool = True) -> dict:
    """Field-level precision/recall/F1 of predicted tasks against gold rows (see module doc).

    canonical: the gold lists canonical agency names (compared with Task.lead_ids /
    coordinating_ids); otherwise the agencies as printed (compared with Task.lead / coordinating)."""
    by_key = {_key(t.doc, t.group, t.number): t for t in predicted}
    pairs = []
    for row in gold:
        try:
            key = _key(row["doc"], row.get("group"), row["number"])
        except KeyError as exc:
            raise ValueError(f"gold row without field {exc}: {row!r}") from exc
        pairs.append((row, by_key.get(key)))
    matched = sum(task is not None for _, task in pairs)
    result: dict = {
        "rows": {"gold": len(gold), "matched": matched, "recall": matched / len(gold) if gold else 1.0}
    }

    for field in LIST_FIELDS:
        tp = fp = fn = 0
        attr = f"{field}_ids" if canonical else field
        rows = [(row, task) for row, task in pairs if field in row]
        for row, task in rows:
            want = set(row[field] or ())
            got = set(getattr(task, attr)) if task is not None else set()
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        if rows:
            exact = sum(
                task is not None and set(getattr(task, attr)) == set(row[field] or ()) for row, task in rows
            )
            result[field] = {**_prf(tp, fp, fn), "accuracy": exact / len(rows), "n": len(rows)}

    for field in TEXT_FIELDS:
        tp = fp = fn = correct = 0
        rows = [(row, task) for row, task in pairs if field in row]
        for row, task in rows:
            want = _norm(row[field])
            got = _norm(getattr(task, field)) if task is not None else None
            if task is None:
                fn += want is not None
                continue
            correct += want == got
            if want is not None and got is not None:
                tp, fp, fn = (tp + 1, fp, fn) if want == got else (tp, fp + 1, fn + 1)
            else:
                fp, fn = fp + (got is not None), fn + (want is not None)
        if rows:
            result[field] = {**_prf(tp, fp, fn), "accuracy": correct / len(rows), "n": len(rows)}

    rows = [(row, task) for row, task in pairs if "lines" in row]
    if rows:
        tp = fp = fn = exact = 0
        for row, task in rows:
            g0, g1 = int(row["lines"][0]), int(row["lines"][1])
            if task is None:
                fn += g1 - g0 + 1
                continue
            p0, p1 = task.lines
            overlap = max(0, min(g1, p1) - max(g0, p0) + 1)
            tp, fp, fn = tp + overlap, fp + (p1 - p0 + 1 - overlap), fn + (g1 - g0 + 1 - overlap)
            exact += (p0, p1) == (g0, g1)
        result["lines"] = {**_prf(tp, fp, fn), "accuracy": exact / len(rows), "n": len(rows)}
    return result


def format_scores(scores: dict) -> str:
    """A small table of the scores, one field per line."""
    rows = scores["rows"]
    out = [f"rows: matched {rows['matched']}/{rows['gold']} (recall {rows['recall']:.3f})"]
    for field in (*LIST_FIELDS, *TEXT_FIELDS, "lines"):
        if field in scores:
            s = scores[field]
            out.append(
                f"{field:<13} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                f"exact {s['accuracy']:.3f}  (n={s['n']})"
            )
    return "\n".join(out)


def score_by_span(predicted: Sequence[Task], gold_rows: Sequence[dict]) -> dict:
    """Scores for gold whose rows have no unique (group, number) — merged rows repeat their number,
    prose items have none: a gold row is found when a predicted task of the same document overlaps
    its line span (the best-overlapping one is compared). Lead is right when the printed cell, or the
    set of printed agencies, equals the gold; deadline when the printed values are equal (both after
    `normalize_for_match`, trailing punctuation ignored)."""

    def norm(value: str | None) -> str:
        return (_norm(value) or "").strip(" .;")

    found = lead = deadline = 0
    misses: list[str] = []
    for row in gold_rows:
        a, b = int(row["lines"][0]), int(row["lines"][1])
        candidates = [t for t in predicted if t.doc == row["doc"] and t.lines[0] <= b and a <= t.lines[1]]
        task = max(candidates, key=lambda t: min(b, t.lines[1]) - max(a, t.lines[0]), default=None)
        if task is None:
            misses.append(f"{row['doc']} {a}-{b}: not found")
            continue
        found += 1
        gold_lead = row.get("lead_cell") or "; ".join(row.get("lead") or [])
        if norm(task.lead_text) == norm(gold_lead) or {norm(x) for x in task.lead} == {
            norm(x) for x in row.get("lead") or []
        }:
            lead += 1
        else:
            misses.append(f"{row['doc']} {a}-{b}: lead {task.lead_text!r} ≠ {gold_lead!r}")
        if norm(task.deadline) == norm(row.get("deadline")):
            deadline += 1
        else:
            misses.append(f"{row['doc']} {a}-{b}: deadline {task.deadline!r} ≠ {row.get('deadline')!r}")
    n = len(gold_rows) or 1
    return {
        "n": len(gold_rows),
        "found": found / n,
        "lead": lead / n,
        "deadline": deadline / n,
        "misses": misses,
    }
