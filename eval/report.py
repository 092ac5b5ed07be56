"""The evaluation report: report.json (everything), report.md (tables and every failure of ours) and
PNG charts (metrics per system, accuracy per question type). Also the plain summary table printed
by `kehoach eval`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from eval.metrics import QA_TYPES, QAItem, SystemResult

OURS = "ours"
# (key in summarise(), label, higher is better, kind: "share" in [0, 1], "ms", "count")
SUMMARY_ROWS = (
    ("accuracy", "Answer accuracy (normalised)", True, "share"),
    ("accuracy_strict", "Answer accuracy (strict)", True, "share"),
    ("citation_hit_rate", "Citation hit rate", True, "share"),
    ("citation_precision", "Citation precision", True, "share"),
    ("citation_recall", "Citation recall", True, "share"),
    ("recall@1", "Retrieval Recall@1", True, "share"),
    ("recall@5", "Retrieval Recall@5", True, "share"),
    ("recall@10", "Retrieval Recall@10", True, "share"),
    ("mrr@10", "Retrieval MRR@10", True, "share"),
    ("abstention_precision", "Abstention precision", True, "share"),
    ("abstention_recall", "Abstention recall", True, "share"),
    ("false_abstentions", "False abstentions", False, "count"),
    ("ask_p50_ms", "Answer latency p50 (ms)", False, "ms"),
    ("ask_p95_ms", "Answer latency p95 (ms)", False, "ms"),
    ("search_p50_ms", "Search latency p50 (ms)", False, "ms"),
    ("search_p95_ms", "Search latency p95 (ms)", False, "ms"),
    ("answer_chars_p50", "Answer length p50 (characters)", False, "count"),
)
CHART_METRICS = (
    "accuracy",
    "accuracy_strict",
    "citation_hit_rate",
    "citation_precision",
    "citation_recall",
    "recall@1",
    "recall@5",
    "recall@10",
    "mrr@10",
)


def fmt(value: object, kind: str = "share") -> str:
    if value is None:
        return "—"
    if kind == "share":
        return f"{100 * float(value):.1f}%"
    if kind == "count":
        return f"{float(value):.0f}"
    if kind == "ms":
        return f"{float(value):.1f}" if float(value) < 10 else f"{float(value):.0f}"
    return str(value)


def ratio(ours: object, baselines: Sequence[object], higher_is_better: bool) -> str:
    """ours / best baseline (best = highest, or lowest for latencies and counts); "—" when undefined,
    "n/a" when the best baseline scores 0 (a ratio to nothing says nothing)."""
    known = [float(b) for b in baselines if b is not None]
    if ours is None or not known:
        return "—"
    best = max(known) if higher_is_better else min(known)
    if best == 0:
        return "n/a"
    return f"{float(ours) / best:.2f}×"


def summary_table(summaries: dict[str, dict]) -> list[list[str]]:
    """Rows: metric, one column per system, then ours / best baseline (when ours and a baseline ran)."""
    names = list(summaries)
    baselines = [n for n in names if not n.startswith(OURS)]
    with_ratio = OURS in summaries and bool(baselines)
    header = ["Metric", *names] + (["ours / best baseline"] if with_ratio else [])
    rows = [header]
    for key, label, higher, kind in SUMMARY_ROWS:
        row = [label] + [fmt(summaries[n].get(key), kind) for n in names]
        if with_ratio:
            # latencies and counts: the baselines do far less work, a ratio would mislead
            row.append(
                ratio(summaries[OURS].get(key), [summaries[b].get(key) for b in baselines], higher)
                if kind == "share"
                else ""
            )
        rows.append(row)
    return rows


def markdown_table(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines)


def text_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, row in enumerate(rows):
        out.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def group_table(results: dict[str, dict], group: str, metric: str = "accuracy") -> list[list[str]]:
    """One row per group value (type, lang, doc): n and `metric` for each system."""
    names = list(results)
    keys: list[str] = []
    for n in names:
        keys += [k for k in results[n][group] if k not in keys]
    if group == "by_type":
        keys.sort(key=lambda k: QA_TYPES.index(k) if k in QA_TYPES else len(QA_TYPES))
    rows = [[group.removeprefix("by_"), "n", *names]]
    for k in keys:
        first = next(results[n][group][k] for n in names if k in results[n][group])
        rows.append([k, str(first["n"])] + [fmt(results[n][group].get(k, {}).get(metric)) for n in names])
    return rows


SPLIT_ROWS = (
    ("n", "Questions", "count"),
    ("accuracy", "Answer accuracy", "share"),
    ("citation_hit_rate", "Citation hit rate", "share"),
    ("abstention_precision", "Abstention precision", "share"),
    ("abstention_recall", "Abstention recall", "share"),
    ("false_abstentions", "False abstentions", "count"),
    ("ask_p50_ms", "Answer latency p50 (ms)", "ms"),
    ("ask_p95_ms", "Answer latency p95 (ms)", "ms"),
)


def split_table(results: dict[str, dict]) -> list[list[str]]:
    """Rows: metric; columns: each system's dev and test parts side by side."""
    parts = ("dev", "test")
    header = ["Metric"] + [f"{n} {p}" for n in results for p in parts]
    rows = [header]
    for key, label, kind in SPLIT_ROWS:
        rows.append(
            [label]
            + [fmt(results[n].get("by_split", {}).get(p, {}).get(key), kind) for n in results for p in parts]
        )
    return rows


def _failures_md(items: Sequence[QAItem], result: SystemResult) -> str:
    by_id = {i.id: i for i in items}
    parts = []
    for score, out in zip(result.scores, result.outputs, strict=True):
        if score.correct and not score.error:
            continue
        item = by_id[score.id]
        gold = "; ".join(f"{c.doc} {c.lines[0]}–{c.lines[1]}" for c in item.citations) or "—"
        cited = (
            "; ".join(
                f"[{c.get('n', '')}] {c.get('doc')} {c['lines'][0]}–{c['lines'][1]} {c.get('section', '')}".rstrip()
                for c in out.get("citations", [])
                if c.get("lines")
            )
            or "—"
        )
        expected = ", ".join(f"~~{f}~~" if f in score.missing else f for f in item.must_include)
        if not item.answerable:
            expected = "(abstention)"
        answer = " ".join(str(out.get("answer") or "").split())
        if len(answer) > 700:
            answer = answer[:700] + " …"
        why = (
            ("error: " + score.error)
            if score.error
            else (
                "did not abstain"
                if not item.answerable
                else "abstained"
                if score.abstained
                else "missing: " + ", ".join(score.missing)
            )
        )
        parts.append(
            f"### {item.id} · {item.type} · {item.lang}\n\n"
            f"- **Question:** {item.question}\n- **Expected facts:** {expected} ({why})\n"
            f"- **Gold citations:** {gold}\n- **Our answer:** {answer or '—'}\n- **Our citations:** {cited}\n"
        )
    return "\n".join(parts) if parts else "None."


def _grouped_bars(
    path: Path, labels: list[str], series: dict[str, list[float]], ylabel: str, title: str
) -> Path:
    """One PNG of grouped bars: a group per label, a bar per system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    width = 0.8 / max(len(series), 1)
    fig, ax = plt.subplots(figsize=(12, 5))
    x = np.arange(len(labels))
    for i, (name, values) in enumerate(series.items()):
        ax.bar(x + i * width - 0.4 + width / 2, values, width, label=name)
    ax.set_xticks(x, labels, rotation=20, ha="right")
    ax.set_ylabel(ylabel)
    ax.set_ylim(0, 100)
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_charts(results: dict[str, dict], out_dir: Path) -> list[Path]:
    names = list(results)
    types = [t for t in QA_TYPES if any(t in results[n]["by_type"] for n in names)]
    return [
        _grouped_bars(
            out_dir / "metrics_per_system.png",
            [m.replace("_", " ") for m in CHART_METRICS],
            {n: [100 * (results[n]["summary"].get(m) or 0) for m in CHART_METRICS] for n in names},
            "%",
            "Metrics per system",
        ),
        _grouped_bars(
            out_dir / "accuracy_per_type.png",
            types,
            {
                n: [100 * (results[n]["by_type"].get(t, {}).get("accuracy") or 0) for t in types]
                for n in names
            },
            "answer accuracy, normalised (%)",
            "Accuracy per question type",
        ),
    ]


def _task_md(tasks: dict | None) -> str:
    if not tasks:
        return "No task fixture (tests/fixtures/tasks_gold.json) or scorer available."
    if "error" in tasks:
        return f"Not scored: {tasks['error']}"
    rows = [["field", "precision", "recall", "F1", "exact", "n"]]
    for name, f in tasks.items():
        if isinstance(f, dict) and "f1" in f:
            rows.append(
                [
                    name,
                    fmt(f.get("precision")),
                    fmt(f.get("recall")),
                    fmt(f.get("f1")),
                    fmt(f.get("accuracy")),
                    str(f.get("n", "")),
                ]
            )
    matched = tasks.get("rows") if isinstance(tasks.get("rows"), dict) else {}
    head = (
        f"Fixture {tasks.get('fixture')}: {matched.get('matched')} of {matched.get('gold')} gold rows "
        "matched by (document, group, number).\n\n"
        if matched
        else ""
    )
    return head + markdown_table(rows)


def write_report(
    out_dir: Path,
    qa_path: str,
    items: Sequence[QAItem],
    results: Sequence[SystemResult],
    meta: dict,
    tasks: dict | None = None,
) -> dict:
    """Write report.json, report.md and the charts into out_dir; return the JSON report."""
    out_dir.mkdir(parents=True, exist_ok=True)
    systems = {r.name: r.to_json() for r in results}
    summaries = {n: s["summary"] for n, s in systems.items()}
    report = {"qa": qa_path, "items": len(items), "meta": meta, "systems": systems, "task_extraction": tasks}
    (out_dir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    charts = write_charts(systems, out_dir)

    counts: dict[str, int] = {}
    for i in items:
        counts[i.type] = counts.get(i.type, 0) + 1
    md = [
        f"# Evaluation report: {qa_path}",
        "",
        f"{len(items)} questions ({', '.join(f'{k} {v}' for k, v in counts.items())}). "
        + ", ".join(f"{k}: {v}" for k, v in meta.items() if not isinstance(v, dict | list)),
        "",
        "## Summary",
        "",
        markdown_table(summary_table(summaries)),
        "",
        "Accuracy counts every question (an unanswerable one is right only when the system abstains); "
        "citation and retrieval figures are over answerable questions. Baselines answer with their top-3 "
        "chunks and never abstain unless retrieval is empty.",
        "",
        *[f"![{c.stem}]({c.name})" for c in charts],
        "",
        "## Dev and test parts (eval/splits.py: tune on dev, report test)",
        "",
        markdown_table(split_table(systems)),
        "",
        "Accuracy per part and question type:",
        "",
        markdown_table(group_table(systems, "by_split_type")),
        "",
        "Accuracy per part and language:",
        "",
        markdown_table(group_table(systems, "by_split_lang")),
        "",
        "## Accuracy per question type (normalised)",
        "",
        markdown_table(group_table(systems, "by_type")),
        "",
        "## Citation hit rate per question type",
        "",
        markdown_table(group_table(systems, "by_type", "citation_hit_rate")),
        "",
        "## Recall@5 per question type",
        "",
        markdown_table(group_table(systems, "by_type", "recall@5")),
        "",
        "## Accuracy per language",
        "",
        markdown_table(group_table(systems, "by_lang")),
        "",
        "## Accuracy per document",
        "",
        markdown_table(group_table(systems, "by_doc")),
        "",
        "## Task extraction",
        "",
        _task_md(tasks),
        "",
    ]
    ours = next((r for r in results if r.name == OURS), None) or next(
        (r for r in results if r.name.startswith(OURS)), None
    )
    if ours is not None:
        failed = sum(1 for s in ours.scores if not s.correct or s.error)
        md += [
            f"## Failures of {ours.name} ({failed} of {len(ours.scores)})",
            "",
            "Struck-through facts are the ones missing from the answer.",
            "",
            _failures_md(items, ours),
        ]
    (out_dir / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return report
