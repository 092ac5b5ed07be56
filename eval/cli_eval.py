"""`kehoach eval` and `kehoach bench`, registered by assistant/cli.py.

The exit code says whether something broke (a bad QA file, a missing index that cannot be built, a
system raising on a question), never whether a score is low.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TASKS_GOLD = Path("tests/fixtures/tasks_gold.json")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("eval", parents=[common], help="score the assistant and baselines on a QA set")
    p.add_argument("--qa", required=True, help="QA set, JSON Lines (e.g. eval/data/qa.jsonl)")
    p.add_argument(
        "--systems",
        default="all",
        help="all, or a comma list of: ours, ours-llm, ours-hybrid, bm25, dense, langchain (default all)",
    )
    p.add_argument("--out", default="eval/out", help="report folder (default eval/out)")
    p.add_argument("--corpus", help="folder of the raw files, for the LangChain baseline (default corpus/)")
    p.add_argument(
        "--tasks-gold", help=f"task fixture for extraction scores (default {TASKS_GOLD} if present)"
    )
    p.add_argument("-k", type=int, default=10, help="search depth for the retrieval metrics (default 10)")
    p.add_argument("--limit", type=int, help="only the first N questions (smoke runs)")
    p.add_argument(
        "--split",
        choices=("all", "dev", "test"),
        default="all",
        help="only this part of the QA set (eval/splits.py; default all, reported side by side)",
    )
    p.set_defaults(func=cmd_eval)

    p = subparsers.add_parser(
        "bench", parents=[common], help="speed and size figures (index, search, ask, 100k chunks)"
    )
    p.add_argument(
        "--scale", type=int, help="chunks in the synthetic scale run (default 100000; 20000 with --quick)"
    )
    p.add_argument("--quick", action="store_true", help="smoke run: 20k synthetic chunks")
    p.add_argument(
        "--questions", type=int, default=100, help="questions timed for search and ask (default 100)"
    )
    p.add_argument("--corpus", help="folder indexed for the build timing (default corpus/)")
    p.add_argument("--json", dest="json_out", help="also write the figures to this JSON file")
    p.add_argument(
        "--ask-index",
        action="append",
        default=[],
        help="also time ask on this index (e.g. one built from ../shared/external-dev); repeatable",
    )
    p.add_argument(
        "--web",
        action="store_true",
        help="instead: the web app on a local server — p50/p95 for concurrent users, memory over many sessions",
    )
    p.add_argument("--users", type=int, default=20, help="--web: concurrent users (default 20)")
    p.add_argument("--seconds", type=float, default=120, help="--web: seconds of load (default 120)")
    p.add_argument(
        "--sessions", type=int, default=3000, help="--web: sessions of the memory soak (default 3000)"
    )
    p.add_argument("--store", help="store benchmark only: local, milvus or local,milvus (with --chunks)")
    p.add_argument("--chunks", help="store benchmark sizes, e.g. 10000,100000,1000000")
    p.set_defaults(func=cmd_bench)


def _cli_error(message: str):
    from assistant.cli import CliError

    return CliError(message)


def _ensure_index(settings, corpus_dir: Path) -> float | None:
    """Build the index from the corpus when there is none; the build seconds, or None if it existed."""
    from indexer.build import build_index
    from indexer.load import iter_source_files
    from indexer.store import read_manifest

    if read_manifest(Path(settings.index_dir)) is not None:
        return None
    print(f"no index in {settings.index_dir}: building it from {corpus_dir} …", file=sys.stderr)
    report = build_index(iter_source_files([corpus_dir]), settings)
    for line in report.errors:
        print(f"lỗi: {line}", file=sys.stderr)
    if read_manifest(Path(settings.index_dir)) is None:
        raise _cli_error(f"cannot build an index of {corpus_dir} in {settings.index_dir}")
    return report.seconds


def _tasks_gold_path(arg: str | None) -> Path | None:
    if arg:
        if not Path(arg).is_file():
            raise _cli_error(f"{arg}: no such task fixture")
        return Path(arg)
    for candidate in (TASKS_GOLD, ROOT / TASKS_GOLD):
        if candidate.is_file():
            return candidate
    return None


def task_extraction(searcher, gold_path: Path | None) -> dict | None:
    """Field-level scores of the index's task records against the hand-checked fixture, or None."""
    if gold_path is None:
        return None
    try:
        from eval.extraction import score_tasks
    except ImportError:
        return {"error": "eval/extraction.py is not available"}
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _cli_error(f"{gold_path}: cannot read the task fixture ({exc})") from exc
    rows = gold.get("rows") if isinstance(gold, dict) else gold
    if not isinstance(rows, list):
        raise _cli_error(f'{gold_path}: expected a list of rows (or {{"rows": [...]}})')
    try:
        scores = score_tasks(searcher.tasks(), rows)
    except ValueError as exc:
        raise _cli_error(f"{gold_path}: {exc}") from exc
    return {"fixture": str(gold_path), **scores}


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.retrieve import Searcher
    from eval.baselines import SystemError_, make_system, parse_system_names, run_systems
    from eval.metrics import QAFormatError, load_qa, score_system
    from eval.report import split_table, summary_table, text_table, write_report
    from indexer.settings import Settings
    from indexer.store import IndexError_

    try:
        items = load_qa(args.qa)
    except QAFormatError as exc:
        raise _cli_error(str(exc)) from exc
    if getattr(args, "split", "all") != "all":
        from eval.splits import item_split

        items = [it for it in items if item_split(it) == args.split]
    if args.limit:
        items = items[: args.limit]
    settings = Settings.load(index_dir=args.index_dir)
    corpus_dir = Path(args.corpus) if args.corpus else Path(settings.corpus_dir)
    try:
        names = parse_system_names(args.systems, bool(settings.llm_base_url))
        build_seconds = _ensure_index(settings, corpus_dir)
        searcher = Searcher(settings)
    except (SystemError_, IndexError_) as exc:
        raise _cli_error(str(exc)) from exc

    systems, setup = [], {}
    for name in names:
        started = time.perf_counter()
        print(f"{name}: setting up …", file=sys.stderr)
        try:
            systems.append(make_system(name, settings, searcher, corpus_dir))
        except (SystemError_, ImportError) as exc:
            raise _cli_error(f"system {name}: {exc}") from exc
        setup[name] = round(time.perf_counter() - started, 2)

    def progress(done: int, total: int) -> None:
        if done % 20 == 0 or done == total:
            print(f"{done}/{total} questions", file=sys.stderr)

    outputs = run_systems(systems, items, args.k, progress)
    results = [score_system(s.name, items, outputs[s.name]) for s in systems]

    meta = {
        "index_dir": str(settings.index_dir),
        "embedder": searcher.store.manifest.embedder,
        "chunks": len(searcher.store.chunks()),
        "index_build_seconds": round(build_seconds, 1)
        if build_seconds is not None
        else "index existed (see kehoach bench)",
        "setup_seconds": setup,
        "search_depth": args.k,
        "llm": settings.llm_base_url or "not configured",
    }
    tasks = task_extraction(searcher, _tasks_gold_path(args.tasks_gold))
    out_dir = Path(args.out)
    write_report(out_dir, args.qa, items, results, meta, tasks)
    print(text_table(summary_table({r.name: r.to_json()["summary"] for r in results})))
    print("\nDev and test parts (tune on dev only):")
    print(text_table(split_table({r.name: r.to_json() for r in results})))
    if tasks and "error" not in tasks:
        print(f"\ntask extraction: see {out_dir / 'report.md'}")
    print(f"\nreport: {out_dir / 'report.md'}, {out_dir / 'report.json'}, charts in {out_dir}")
    errors = [(r.name, s.id, s.error) for r in results for s in r.scores if s.error]
    for name, item_id, error in errors:
        print(f"kehoach eval: {name} failed on {item_id}: {error}", file=sys.stderr)
    return 1 if errors else 0


def cmd_bench(args: argparse.Namespace) -> int:
    if args.web:
        from eval.bench_web import run_web_bench

        return run_web_bench(
            Path(args.index_dir) if args.index_dir else None,
            users=args.users,
            seconds=args.seconds,
            sessions=args.sessions,
            json_out=Path(args.json_out) if args.json_out else None,
        )
    from eval.bench import parse_list, run_bench, run_store_bench

    if args.store or args.chunks:
        return run_store_bench(
            parse_list(args.store or "local,milvus", str),
            parse_list(args.chunks or "10000,100000", int),
            Path(args.index_dir) if args.index_dir else None,
            Path(args.corpus) if args.corpus else None,
            args.questions,
            Path(args.json_out) if args.json_out else None,
        )
    return run_bench(
        scale=args.scale or (20_000 if args.quick else 100_000),
        index_dir=Path(args.index_dir) if args.index_dir else None,
        corpus_dir=Path(args.corpus) if args.corpus else None,
        questions=args.questions,
        json_out=Path(args.json_out) if args.json_out else None,
        other_indexes=[Path(d) for d in args.ask_index],
        ingest=not args.quick,
    )
