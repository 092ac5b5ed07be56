"""Hybrid retrieval: BM25 over underthesea tokens + dense FAISS, fused by reciprocal rank fusion,
with province / document filters and optional boosts. Also a LangChain `BaseRetriever` adapter."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from indexer.clean import strip_diacritics
from indexer.records import Chunk, Document, Hit, Task
from indexer.settings import Settings
from indexer.store import Store, open_store

CANDIDATES = 50  # per retriever, before fusion
RERANK_DEPTH = 20  # fused candidates a configured reranker re-scores (at least k)


def allowed_docs(docs: dict[str, Document], flt: SearchFilter | None) -> set[str] | None:
    """The documents a filter lets through (province or "Trung ương" scope, document names); None: all."""
    if flt is None or (not flt.provinces and not flt.docs):
        return None
    allowed = set(docs)
    if flt.provinces:
        allowed = {n for n, d in docs.items() if any(same_place(d.scope, p) for p in flt.provinces)}
    if flt.docs:
        allowed &= set(flt.docs)
    return allowed


def same_place(a: str | None, b: str | None) -> bool:
    """Province names compared without case, diacritics, or the "tỉnh"/"thành phố" prefix."""
    if not a or not b:
        return False

    def key(s: str) -> str:
        s = strip_diacritics(s).lower().strip()
        for prefix in ("tinh ", "thanh pho ", "tp. ", "tp "):
            if s.startswith(prefix):
                s = s[len(prefix) :]
        return " ".join(s.split())

    return key(a) == key(b)


@dataclass
class SearchFilter:
    provinces: Sequence[str] = ()
    docs: Sequence[str] = ()
    kinds: Sequence[str] = ()  # chunk kinds ("clause", "task"); empty: all
    boost_docs: dict[str, float] = field(default_factory=dict)  # file name -> weight added to the fused score


def rrf(rankings: dict[str, Sequence[int]], k: int = 60) -> dict[int, float]:
    """Reciprocal rank fusion: score(row) = Σ 1 / (k + rank), rank 1-based in each list."""
    fused: dict[int, float] = {}
    for rows in rankings.values():
        for rank, row in enumerate(rows, start=1):
            fused[row] = fused.get(row, 0.0) + 1.0 / (k + rank)
    return fused


class Searcher:
    """Reads one index (a Store) and answers ranked searches. Thread-safe for readers."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        from indexer.embed import embedder_id

        # the configured embedder must be the one that built the index, or the vectors mean nothing;
        # the store is the backend named by settings.store (local files, Milvus)
        self.store: Store = store or open_store(settings, expected_embedder=embedder_id(settings.embedder))
        self._embedder = None
        self._lock = threading.Lock()
        self._docs = {d.name: d for d in self.store.documents()}
        self._restorer = None

    @property
    def embedder(self):
        with self._lock:
            if self._embedder is None:
                from indexer.embed import get_embedder

                self._embedder = get_embedder(self.settings.embedder)
            return self._embedder

    @property
    def restorer(self):
        """Tone marks for questions typed without them, from this index's passages (built on first use)."""
        with self._lock:
            if self._restorer is None:
                from assistant.restore_marks import MarkRestorer

                self._restorer = MarkRestorer(c.retrieval_text for c in self.store.chunks())
            return self._restorer

    def documents(self) -> list[Document]:
        return list(self._docs.values())

    def document(self, name: str) -> Document | None:
        return self._docs.get(name)

    def tasks(self) -> list[Task]:
        return self.store.tasks()

    def allowed_docs(self, flt: SearchFilter | None) -> set[str] | None:
        return allowed_docs(self._docs, flt)

    def search(
        self, query: str, k: int = 10, flt: SearchFilter | None = None, expansions: Iterable[str] = ()
    ) -> list[Hit]:
        """Top-k chunks for `query`. `expansions`: extra text (e.g. Vietnamese glossary terms) for both retrievers."""
        from indexer.tokenize import tokenize

        text = " ".join([query, *expansions]).strip()
        if not text:
            return []
        # a question typed without tone marks meets the passages' words as they print them ("quy bao hiem
        # that nghiep" → "quỹ bảo hiểm thất nghiệp"): the lexical side reads both forms, the embedding the
        # restored one
        restored = self.restorer.restore(query) if query.isascii() else None
        if restored is not None:
            text = " ".join([query, restored, *expansions]).strip()
        allowed = self.allowed_docs(flt)
        if allowed is not None and not allowed:
            return []
        kinds = set(flt.kinds) if flt and flt.kinds else None
        # the whole fused list (up to both candidate lists) when boosts may reorder it
        boosting = bool(flt and flt.boost_docs)
        # a configured cross-encoder re-scores a wider head of the fused list, then it is cut to k
        depth = max(k, RERANK_DEPTH) if self.settings.reranker else k
        fused = self.store.hybrid_search(
            tokenize(text),
            # the expansions are alternative words for the lexical side; the embedding reads the question
            # (a longer text costs the encoder time and blurs its meaning)
            self.embedder.embed_query((restored or query).strip() or text),
            2 * CANDIDATES if boosting else depth,
            allowed,
            kinds,
            self.settings.rrf_k,
            CANDIDATES,
        )
        chunks = self.store.chunks()
        if boosting:
            fused = [
                (row, score + flt.boost_docs.get(chunks[row].doc, 0.0), src) for row, score, src in fused
            ]
            fused.sort(key=lambda r: (-r[1], r[0]))
        hits = [Hit(chunk=chunks[row], score=score, sources=src) for row, score, src in fused[:depth]]
        if self.settings.reranker and hits:
            from assistant.rerank import get_reranker, rerank_hits

            hits = rerank_hits(get_reranker(self.settings.reranker), text, hits, depth)
        return hits[:k]


def hit_to_json(hit: Hit) -> dict:
    c: Chunk = hit.chunk
    return {
        "doc": c.doc,
        "lines": list(c.lines),
        "section": c.section,
        "kind": c.kind,
        "text": c.text,
        "score": round(hit.score, 6),
    }


def make_langchain_retriever(searcher: Searcher, k: int = 10, flt: SearchFilter | None = None):
    """A LangChain BaseRetriever over the hybrid search (documents carry doc, lines, section metadata)."""
    from langchain_core.documents import Document as LCDocument
    from langchain_core.retrievers import BaseRetriever

    class KehoachRetriever(BaseRetriever):
        model_config = {"arbitrary_types_allowed": True}
        searcher: Searcher
        k: int = 10
        flt: SearchFilter | None = None

        def _get_relevant_documents(self, query: str, *, run_manager=None) -> list[LCDocument]:
            return [
                LCDocument(
                    page_content=h.chunk.text,
                    metadata={
                        "doc": h.chunk.doc,
                        "lines": list(h.chunk.lines),
                        "section": h.chunk.section,
                        "kind": h.chunk.kind,
                        "score": h.score,
                        "id": h.chunk.id,
                    },
                )
                for h in self.searcher.search(query, self.k, self.flt)
            ]

    return KehoachRetriever(searcher=searcher, k=k, flt=flt)
