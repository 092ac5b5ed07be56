"""Ingestion figures for `kehoach bench`: task extraction on the real documents of
../shared/external-dev/ against their hand-checked gold (tables and labelled prose), the same gold
tables written as DOCX, HTML, PDF and Markdown (per-format extraction), metadata against gold, and the
seconds to parse and to index the folder."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "external_gold"
EXTERNAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "external-dev"


def _gold_files() -> list[Path]:
    return sorted(
        p for p in [*GOLD_DIR.glob("*.json"), *GOLD_DIR.glob("prose/*.json")] if p.name != "meta.json"
    )


def write_pdf_text(gold: dict, path: Path) -> Path:
    """A gold table as text extracted from a PDF the way the bundled corpus was: a short body, then the
    header cells and every row's cells one after another, each wrapped over short lines."""
    import textwrap

    header = gold["header"]
    fields = {
        gold.get("name_column"): "name",
        gold.get("lead_column"): "lead_cell",
        gold.get("coordinating_column"): "coordinating_cell",
        gold.get("deadline_column"): "deadline",
        gold.get("output_column"): "output",
    }
    out = ["KẾ HOẠCH", "Triển khai các nhiệm vụ năm 2026", "", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ", ""]
    for h in header:
        out += textwrap.wrap(h, 20)
    group = None
    for task in gold["tasks"]:
        if (task["group"], task["group_title"]) != group:
            group = (task["group"], task["group_title"])
            if task["group"]:
                out += [task["group"], *textwrap.wrap(task["group_title"].upper(), 60)]
        for i, h in enumerate(header):
            field = fields.get(h)
            if field is None and i == 0:
                value = task["number"]
            elif field:
                value = "" if field == "name" and "name" in task["inherited"] else task.get(field) or ""
            else:
                value = task["extra"].get(h, "")
            out += textwrap.wrap(value, 45)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def pdf_text_extraction(folder: Path) -> dict:
    """The external gold tables as PDF-extracted plain text (the bundled corpus's form), parsed by the
    text route: rows found / lead / deadline over all gold rows."""
    from eval.format_extraction import score_rendered
    from indexer.build import parse_file

    total = dict.fromkeys(("n", "found", "lead", "deadline"), 0)
    for path in sorted(GOLD_DIR.glob("*.json")):
        if path.name == "meta.json":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        _, _, tasks, _ = parse_file(write_pdf_text(gold, folder / f"{path.stem}.txt"), 50)
        scores = score_rendered(tasks, gold["tasks"])
        for key in total:
            total[key] += scores[key]
    n = total["n"] or 1
    return {"n": total["n"], **{f"{k}_share": total[k] / n for k in ("found", "lead", "deadline")}}


def ingestion_figures(external_dir: Path = EXTERNAL_DIR, embedder: str | None = None) -> dict:
    """Everything measured on one run; {"error": …} when the folder is not there."""
    from eval.extraction import score_by_span
    from eval.format_extraction import format_extraction
    from indexer.build import build_index, parse_file
    from indexer.load import iter_source_files
    from indexer.settings import Settings

    if not external_dir.is_dir():
        return {"error": f"{external_dir} not found"}
    files = iter_source_files([external_dir])
    started = time.perf_counter()
    parsed = {p.name: parse_file(p, 50) for p in files}
    parse_seconds = time.perf_counter() - started
    rows, predicted = [], []
    for path in _gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["doc"] in parsed:
            predicted += parsed[gold["doc"]][2]
            rows += [{**row, "doc": gold["doc"]} for row in gold["tasks"]]
    tasks = score_by_span(predicted, rows)
    meta_gold = json.loads((GOLD_DIR / "meta.json").read_text(encoding="utf-8"))
    fields = ("kind", "number", "date", "scope")
    right = {f: 0 for f in fields}
    for name, (doc, _, _, _) in parsed.items():
        want = meta_gold.get(name)
        if want:
            for f in fields:
                right[f] += getattr(doc, f) == want[f]
    tmp = Path(tempfile.mkdtemp(prefix="kehoach-ingest-"))
    try:
        golds = {
            p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(GOLD_DIR.glob("*.json"))
            if p.name != "meta.json"
        }
        (tmp / "formats").mkdir()
        formats = format_extraction(golds, tmp / "formats")
        (tmp / "text").mkdir()
        pdf_text = pdf_text_extraction(tmp / "text")
        settings = Settings.load(index_dir=tmp / "index", **({"embedder": embedder} if embedder else {}))
        report = build_index(files, settings)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "documents": len(parsed),
        "parse_seconds": parse_seconds,
        "index_seconds": report.seconds,
        "index_chunks": report.chunks,
        "index_tasks": report.tasks,
        "embedder": settings.embedder,
        "tasks": {k: v for k, v in tasks.items() if k != "misses"},
        "metadata": {f: f"{right[f]}/{len(parsed)}" for f in fields},
        "pdf_text": pdf_text,
        "formats": {
            fmt: {
                k: v[k]
                for k in ("n", "found_share", "lead_share", "deadline_share", "inherited_share", "seconds")
            }
            for fmt, v in formats.items()
        },
    }


def print_ingestion(fig: dict) -> None:
    print("Ingestion (../shared/external-dev, development documents: looked at while the parsers were built)")
    if "error" in fig:
        print(f"  skipped: {fig['error']}")
        return
    t = fig["tasks"]
    print(f"  parse {fig['documents']} documents (load, clean, outline, tasks): {fig['parse_seconds']:.1f} s")
    print(
        f"  index them ({fig['embedder']}): {fig['index_seconds']:.1f} s, {fig['index_chunks']} chunks, "
        f"{fig['index_tasks']} tasks"
    )
    print(
        f"  task rows against gold ({t['n']} rows, tables and prose): found {t['found']:.1%}, "
        f"lead {t['lead']:.1%}, deadline {t['deadline']:.1%}"
    )
    print("  metadata against gold: " + ", ".join(f"{k} {v}" for k, v in fig["metadata"].items()))
    p = fig["pdf_text"]
    print(
        f"  the gold tables as PDF-extracted plain text ({p['n']} rows, the bundled corpus's form): "
        f"found {p['found_share']:.1%}, lead {p['lead_share']:.1%}, deadline {p['deadline_share']:.1%}"
    )
    print("  the gold tables written per format (rows found / lead / deadline / inherited, parse seconds):")
    for fmt, f in fig["formats"].items():
        print(
            f"    {fmt:<9} {f['n']} rows: {f['found_share']:.1%} / {f['lead_share']:.1%} / "
            f"{f['deadline_share']:.1%} / {f['inherited_share']:.1%}   {f['seconds']:.1f} s"
        )
