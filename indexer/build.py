"""The indexing pipeline: load → clean → outline → tasks → chunk → tokenise/embed → store.

Incremental: a file whose sha256 the live index already holds (built with the same embedder) is
reused as it is, vectors included; new and changed files are parsed and embedded; with `prune`,
documents whose files are gone from the given paths disappear. A file that fails is reported in one
line and the rest goes on; its previous version, if any, stays in the index.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from indexer.store import DocumentBundle, store_writer, writer_lock

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
    from indexer.chunk import chunk_document
    from indexer.clean import clean_lines
    from indexer.load import load_file
    from indexer.metadata import document_metadata, load_manifest
    from indexer.outline import parse_outline
    from indexer.tasks import parse_tasks

    loaded = load_file(path, max_mb=max_mb)
    raw = [line.text for line in loaded.lines]
    cleaned = clean_lines(raw)
    numbered = [(line.n, text) for line, text in zip(loaded.lines, cleaned, strict=True)]
    if manifest is None:
        manifest = load_manifest(path.parent)
    document = document_metadata(path.name, cleaned, manifest, loaded.sha256, len(raw))
    outline = parse_outline(path.name, numbered)
    tasks = parse_tasks(path.name, numbered)
    chunks = chunk_document(document, list(outline.clauses), tasks, dict(numbered))
    return document, list(outline.clauses), tasks, chunks


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
    prune: bool = True,
    remove: Sequence[str] = (),
    progress: Progress | None = None,
) -> BuildReport:
    """Index `files` into settings.index_dir. `prune`: drop indexed documents not among `files`;
    `remove`: file names to drop explicitly."""
    from indexer.embed import get_embedder
    from indexer.metadata import load_manifest

    started = time.perf_counter()
    report = BuildReport()
    embedder = get_embedder(settings.embedder)
    index_dir = Path(settings.index_dir)
    with writer_lock(index_dir):
        writer = store_writer(settings)  # the backend named by settings.store
        existing = writer.existing(embedder.id)
        pipeline = pipeline_fingerprint()
        same_pipeline = existing is not None and existing.manifest.pipeline == pipeline
        known = existing.manifest.documents if existing else {}
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
        if progress:
            progress("parse", len(files), len(files))
        if not prune:
            keep |= {n for n in known if n not in {b.document.name for b in fresh}}
        keep -= set(remove)
        report.removed = sorted(
            n for n in known if n not in keep and n not in {b.document.name for b in fresh}
        )
        fresh.sort(key=lambda b: b.document.name)
        changed = bool(fresh or report.removed or existing is None)
        if changed and (fresh or keep or existing is not None):
            writer.commit(existing, keep, fresh, report.removed, embedder.id, embedder.dim, pipeline)
    kept = keep & {d.name for d in existing.documents()} if existing else set()

    def kept_count(records) -> int:
        return sum(1 for r in records if r.doc in kept)

    report.documents = len(kept) + len(fresh)
    report.clauses = sum(len(b.clauses) for b in fresh) + (kept_count(existing.clauses()) if existing else 0)
    report.tasks = sum(len(b.tasks) for b in fresh) + (kept_count(existing.tasks()) if existing else 0)
    report.chunks = sum(len(b.chunks) for b in fresh) + (kept_count(existing.chunks()) if existing else 0)
    report.seconds = time.perf_counter() - started
    return report
