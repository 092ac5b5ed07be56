"""The indexing pipeline: load → clean → outline → tasks → chunk → tokenise/embed → store.

Incremental: a file whose sha256 the live index already holds (built with the same embedder) is
reused as it is, vectors included; new and changed files are parsed and embedded. A document leaves
the index only when asked: by name (`remove`), with `prune` (every document not among `files`), or
when the file it was indexed from (recorded in the manifest) lies in one of the `folders` being
re-indexed and is no longer found there. A file that fails is reported in one line and the rest goes
on; its previous version, if any, stays in the index.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from indexer.captions import caption_span
from indexer.store import (
    DocumentBundle,
    IndexError_,
    LocalStore,
    clean_stale_temporaries,
    store_writer,
    writer_lock,
)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
EMBED_BATCH = 64


@dataclass
class BuildReport:
    documents: int = 0
    clauses: int = 0
    tasks: int = 0
    chunks: int = 0
    seconds: float = 0.0
    embedded_chunks: int = 0
    reused: list[str] = field(default_factory=list)
    indexed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each: "<file>: <reason>"

    @property
    def ok(self) -> bool:
        return not self.errors


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_file(path: Path, max_mb: float, manifest: dict[str, dict] | None = None):
    """Load, clean and parse one file: (Document, clauses, tasks, chunks). Raises LoadError."""
    from indexer.appendix import appendix_clauses, caption_clauses, trailing_clauses
    from indexer.chunk import chunk_document, with_breaks
    from indexer.clean import clean_lines
    from indexer.load import load_file
    from indexer.metadata import document_metadata, load_manifest
    from indexer.outline import parse_outline
    from indexer.table_rows import row_clauses, table_spans, title_lines

    loaded = load_file(path, max_mb=max_mb)
    raw = [line.text for line in loaded.lines]
    if loaded.format == "markdown":
        from indexer.markdown import display_line

        raw = [display_line(text) for text in raw]
    cleaned = clean_lines(raw)
    numbered = [(line.n, text) for line, text in zip(loaded.lines, cleaned, strict=True)]
    if manifest is None:
        manifest = load_manifest(path.parent)
    document = document_metadata(path.name, cleaned, manifest, loaded.sha256, len(raw))
    outline = parse_outline(path.name, numbered)
    tasks = document_tasks(path.name, loaded.tables, numbered)
    covered = _covered(loaded.tables, tasks)
    rows = row_clauses(path.name, loaded.tables, numbered, outline.appendix_start, covered)
    clauses = (
        list(outline.clauses)
        + appendix_clauses(
            path.name,
            numbered,
            outline.appendix_start,
            covered + table_spans(rows),
            starts=set(title_lines(loaded.tables, numbered, outline.appendix_start, covered)),
        )
        + rows
    )
    # what a task table prints after its last row (a total, a note) is no task and was
    # covered with the table: its own clauses
    clauses += trailing_clauses(path.name, numbered, loaded.tables, tasks, [c.lines for c in clauses])
    # a task table's caption ("Quy trình số 04 … 4.1. … 4.5. …") is its rows' group title and a passage
    clauses += caption_clauses(path.name, numbered, loaded.tables, tasks, [c.lines for c in clauses])
    clauses = with_breaks(clauses, dict(numbered))
    chunks = chunk_document(document, clauses, tasks, dict(numbered))
    return document, clauses, tasks, chunks


def _covered(tables, tasks) -> list[tuple[int, int]]:
    """Appendix lines already indexed as task rows: every table that gave tasks, whole, and for
    tables recovered from flattened text the stretch from the first to the last task row."""
    spans = [t.lines for t in tasks]
    for table in tables:
        if any(table.lines[0] <= t.lines[0] <= table.lines[1] for t in tasks):
            spans.append(table.lines)
    table_rows = [t.lines for t in tasks if t.source == "table"]
    if table_rows and not tables:
        spans.append((min(a for a, _ in table_rows), max(b for _, b in table_rows)))
    return spans


def document_tasks(doc: str, tables, numbered: list[tuple[int, str]]) -> list:
    """Tasks from the document's tables (read as cells), else from the flattened text of its lines;
    then tasks written as labelled prose. Task-like tables without a lead column are reported."""
    import logging

    from indexer.prose_tasks import prose_tasks
    from indexer.table_tasks import tasks_from_tables
    from indexer.tasks import parse_tasks

    tasks, warnings = tasks_from_tables(doc, tables)
    for warning in warnings:
        logging.getLogger("kehoach.index").warning(warning)
    tasks = _captioned(tasks, tables, numbered)
    if not tasks:
        tasks = parse_tasks(doc, numbered)
    taken = [t.lines for t in tasks]
    tasks += [t for t in prose_tasks(doc, numbered) if not any(a <= t.lines[0] <= b for a, b in taken)]
    return tasks


def _caption(numbered: list[tuple[int, str]], first_line: int) -> str:
    """The paragraph printed right above a table ("3. Quy trình nội bộ giải quyết TTHC: Thủ tục ra nước
    ngoài dự thi người đẹp, người mẫu (Mã TTHC: 1.009403)"), markup removed; "" when there is none."""
    return caption_span(numbered, first_line)[0]


def _captioned(tasks: list, tables, numbered: list[tuple[int, str]]) -> list:
    """Rows of a table with no group rows take the table's caption as their group title: the steps of
    "Quy trình số 03 … Thủ tục ra nước ngoài dự thi người đẹp" are told from those of the other
    procedures by it."""
    from dataclasses import replace

    out = list(tasks)
    for table in tables:
        inside = [i for i, t in enumerate(out) if table.lines[0] <= t.lines[0] <= table.lines[1]]
        if not inside or any(out[i].group or out[i].group_title for i in inside):
            continue
        caption = _caption(numbered, table.lines[0])
        if caption:
            for i in inside:
                out[i] = replace(out[i], group_title=caption)
    return out


def pipeline_fingerprint() -> str:
    """A hash of the indexer's code and data: when parsing or chunking changes, documents are re-parsed
    even though their files did not change (their unchanged chunks keep their vectors)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted([*root.glob("*.py"), *root.glob("data/*")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def embed_chunks(
    embedder,
    texts: Sequence[str],
    progress: Progress | None = None,
    known: dict[str, np.ndarray] | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors for `texts`, reusing `known` ones (keyed by store.text_key); returns (vectors, embedded count)."""
    from indexer.store import text_key

    known = known or {}
    keys = [text_key(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in known]
    fresh: dict[int, np.ndarray] = {}
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start : start + EMBED_BATCH]
        for i, vector in zip(batch, embedder.embed_passages([texts[i] for i in batch]), strict=True):
            fresh[i] = vector
        if progress:
            progress("embed", min(start + EMBED_BATCH, len(missing)), len(missing))
    rows = [fresh[i] if i in fresh else known[keys[i]] for i in range(len(texts))]
    vectors = np.stack(rows).astype(np.float32) if rows else np.zeros((0, embedder.dim), dtype=np.float32)
    return vectors, len(missing)


def _metadata_changed(stored, entry: dict | None) -> bool:
    """True when the manifest now says something else about a document than its indexed record."""
    if stored is None or not entry:
        return False
    current = stored.to_dict()
    return any(
        key in current and current[key] != (list(v) if isinstance(v, tuple) else v)
        for key, v in entry.items()
        if key != "name"
    )


def _check_embedder(index_dir: Path, embedder_id: str, names: set[str], prune: bool) -> None:
    """Refuse to replace a local index built with another embedder while documents not given now
    would be lost (unless `prune` says the rest may go)."""
    try:
        store = LocalStore(index_dir)
    except IndexError_:
        return
    if store.manifest.embedder == embedder_id:
        return
    others = sorted(set(store.manifest.documents) - names)
    if others and not prune:
        raise ValueError(
            f"the index in {index_dir} was built with embedder {store.manifest.embedder!r}, not "
            f"{embedder_id!r}; its other {len(others)} document(s) (e.g. {others[0]}) would be lost: "
            "index every file again with --prune, or use the index's embedder"
        )


def _within(path: str, folders: Sequence[Path]) -> bool:
    """True when `path` (an absolute path recorded in the manifest) lies inside one of `folders`."""
    return any(Path(path).is_relative_to(folder) for folder in folders)


def _process(
    path: Path,
    manifest: dict[str, dict],
    settings,
    embedder,
    cached_vectors: dict[str, np.ndarray],
    progress: Progress | None = None,
) -> tuple[DocumentBundle, int] | str:
    """Load, parse, tokenise and embed one file: (bundle, chunks embedded), or one error line."""
    from indexer.load import LoadError
    from indexer.tokenize import tokenize_many

    try:
        document, clauses, tasks, chunks = parse_file(path, settings.max_file_mb, manifest)
    except (LoadError, ValueError, OSError) as exc:
        return str(exc) if isinstance(exc, LoadError) else f"{path.name}: {exc}"
    texts = [c.retrieval_text for c in chunks]
    tokens = tokenize_many(texts)
    vectors, embedded = embed_chunks(embedder, texts, progress, cached_vectors)
    return DocumentBundle(document, clauses, tasks, chunks, tokens, vectors), embedded


def build_index(
    files: Sequence[Path],
    settings,
    prune: bool = False,
    remove: Sequence[str] = (),
    progress: Progress | None = None,
    folders: Sequence[Path] = (),
) -> BuildReport:
    """Index `files` into settings.index_dir.

    `folders`: the folders `files` were gathered from; an indexed document whose recorded source file
    lies in one of them and is not among `files` (deleted, renamed) is dropped. `prune`: drop every
    indexed document not among `files` (an explicit request). `remove`: file names to drop."""
    from indexer.embed import get_embedder
    from indexer.metadata import load_manifest

    started = time.perf_counter()
    report = BuildReport()
    embedder = get_embedder(settings.embedder)
    index_dir = Path(settings.index_dir)
    folders = [Path(f).resolve() for f in folders]
    with writer_lock(index_dir):
        clean_stale_temporaries(index_dir)
        if settings.store == "local":
            _check_embedder(index_dir, embedder.id, {p.name for p in files}, prune)
        writer = store_writer(settings)  # the backend named by settings.store
        existing = writer.existing(embedder.id)
        pipeline = pipeline_fingerprint()
        same_pipeline = existing is not None and existing.manifest.pipeline == pipeline
        known = existing.manifest.documents if existing else {}
        sources = dict(existing.manifest.sources) if existing else {}
        cached_vectors = existing.vectors_by_text() if existing and not same_pipeline else {}
        stored_docs = {d.name: d for d in existing.documents()} if existing else {}
        keep: set[str] = set()
        fresh: list[DocumentBundle] = []
        seen: set[str] = set()
        manifests: dict[Path, dict[str, dict]] = {}
        todo: list[tuple[Path, dict[str, dict]]] = []  # new or changed files, with their folder's manifest
        for i, path in enumerate(files):
            if progress:
                progress("parse", i, len(files))
            name = path.name
            if name in seen:
                report.errors.append(f"{name}: another file with the same name was given; skipped")
                continue
            seen.add(name)
            source = os.path.realpath(path)  # Path.resolve() raises on a symlink loop
            try:
                sha = _sha256(path) if path.is_file() else ""
                if path.parent not in manifests:
                    manifests[path.parent] = load_manifest(path.parent)
                entry = manifests[path.parent].get(name)
                unchanged = (
                    sha and known.get(name) == sha and not _metadata_changed(stored_docs.get(name), entry)
                )
                if unchanged and same_pipeline:
                    keep.add(name)
                    report.reused.append(name)
                    sources[name] = source
                    continue
            except (ValueError, OSError) as exc:
                report.errors.append(f"{name}: {exc}")
                if name in known:
                    keep.add(name)  # the previous version stays searchable
                continue
            todo.append((path, manifests[path.parent]))
        if settings.workers > 1:  # load, parse and embed on Ray; this process stays the one writer
            from indexer.ingest_ray import process_on_ray

            results = process_on_ray(todo, settings, cached_vectors, progress)
        else:
            results = (_process(path, m, settings, embedder, cached_vectors, progress) for path, m in todo)
        for done, (path, outcome) in enumerate(zip((p for p, _ in todo), results, strict=True), start=1):
            if progress:
                progress("parse", len(files) - len(todo) + done, len(files))
            if isinstance(outcome, str):
                report.errors.append(outcome)
                if path.name in known:
                    keep.add(path.name)  # the previous version stays searchable
                continue
            bundle, embedded = outcome
            report.embedded_chunks += embedded
            fresh.append(bundle)
            report.indexed.append(path.name)
            sources[path.name] = os.path.realpath(path)
        if progress:
            progress("parse", len(files), len(files))
        if not prune:
            # documents not given this time stay, unless their own file is gone from a folder re-indexed
            keep |= {
                n for n in known if n not in seen and not (n in sources and _within(sources[n], folders))
            }
        keep -= set(remove)
        report.removed = sorted(
            n for n in known if n not in keep and n not in {b.document.name for b in fresh}
        )
        fresh.sort(key=lambda b: b.document.name)
        names = keep | {b.document.name for b in fresh}
        sources = {n: p for n, p in sources.items() if n in names}
        moved = existing is not None and sources != existing.manifest.sources
        changed = bool(fresh or report.removed or existing is None or moved)
        if changed and (fresh or keep or existing is not None):
            writer.commit(existing, keep, fresh, report.removed, embedder.id, embedder.dim, pipeline, sources)
    kept = keep & {d.name for d in existing.documents()} if existing else set()

    def kept_count(records) -> int:
        return sum(1 for r in records if r.doc in kept)

    report.documents = len(kept) + len(fresh)
    report.clauses = sum(len(b.clauses) for b in fresh) + (kept_count(existing.clauses()) if existing else 0)
    report.tasks = sum(len(b.tasks) for b in fresh) + (kept_count(existing.tasks()) if existing else 0)
    report.chunks = sum(len(b.chunks) for b in fresh) + (kept_count(existing.chunks()) if existing else 0)
    report.seconds = time.perf_counter() - started
    return report
