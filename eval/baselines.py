"""The systems compared by `kehoach eval`, behind one small interface, run on the same questions.

- ``bm25``: BM25 (bm25s) on lower-cased whitespace tokens of the index's own chunks — no underthesea
  segmentation, no stop words, no tone normalisation. Isolates what the Vietnamese tokeniser earns.
- ``dense``: the index's FAISS vectors only, queried with the embedder that built the index.
- ``langchain``: a plain RAG as written in an afternoon: RecursiveCharacterTextSplitter(1000, 200) over
  the raw files, the same embedder wrapped as LangChain `Embeddings`, a flat FAISS index.
- ``ours``: the full assistant, extractive (`Assistant.ask`); ``ours-llm``: the same with the LLM, only
  when an endpoint is configured (KEHOACH_LLM_BASE_URL); ``ours-hybrid``: an ablation, our hybrid search
  alone answering with its top-3 chunks like the baselines (not counted as a baseline in the ratios).

Baselines answer with their top-3 chunks concatenated (so answer accuracy is comparable), cite those
chunks' line spans, ignore conversation history and abstain only when nothing is retrieved.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from eval.metrics import QAItem

ANSWER_CHUNKS = 3
SEARCH_DEPTH = 10
BASELINES = ("bm25", "dense", "langchain")
ALL_SYSTEMS = ("ours", "ours-llm", "ours-hybrid", *BASELINES)


class SystemError_(RuntimeError):
    """A system that cannot be set up (unknown name, no LLM endpoint, missing files)."""


class System(Protocol):
    name: str

    def answer(self, item: QAItem) -> dict: ...  # the `kehoach ask --json` contract

    # hits: {"doc", "lines", "section", "text", "score"}, best first; baselines ignore the history
    def search(self, question: str, k: int, history: Sequence[object] = ()) -> list[dict]: ...


def _hit(doc: str, lines: Sequence[int], text: str, score: float, section: str = "") -> dict:
    return {
        "doc": doc,
        "lines": [int(lines[0]), int(lines[1])],
        "section": section,
        "text": text,
        "score": round(float(score), 6),
    }


def answer_from_hits(question: str, hits: Sequence[dict], latency_ms: float) -> dict:
    """A baseline's answer: the top chunks' text, each cited by its line span."""
    top = list(hits[:ANSWER_CHUNKS])
    text = "\n\n".join(f"[{n}] {h['text']}" for n, h in enumerate(top, 1))
    return {
        "question": question,
        "answer": text,
        "abstained": not top,
        "intent": "general",
        "mode": "baseline",
        "citations": [
            {"n": n, "doc": h["doc"], "lines": h["lines"], "section": h.get("section", "")}
            for n, h in enumerate(top, 1)
        ],
        "latency_ms": latency_ms,
    }


class TopChunksAnswer:
    """Baselines answer with the top chunks of their ranking, so one search gives both the answer and
    the retrieval figures (the harness runs it once; a top-3 search equals the top 3 of a top-10 one)."""

    answers_from_search = True

    def search(self, question: str, k: int, history: Sequence[object] = ()) -> list[dict]:
        raise NotImplementedError

    def answer(self, item: QAItem) -> dict:
        started = time.perf_counter()
        hits = self.search(item.question, ANSWER_CHUNKS)
        return answer_from_hits(item.question, hits, (time.perf_counter() - started) * 1000)


class _ChunkBaseline(TopChunksAnswer):
    """A baseline over the index's chunks; subclasses rank rows of `store.chunks()`."""

    name = ""

    def __init__(self, store) -> None:
        self.store = store

    def rank(self, question: str, k: int) -> list[tuple[int, float]]:
        raise NotImplementedError

    def search(self, question: str, k: int, history: Sequence[object] = ()) -> list[dict]:
        chunks = self.store.chunks()
        return [
            _hit(chunks[r].doc, chunks[r].lines, chunks[r].text, s, chunks[r].section)
            for r, s in self.rank(question, k)
        ]


class WhitespaceBM25(_ChunkBaseline):
    name = "bm25"

    def __init__(self, store) -> None:
        from indexer.store import import_bm25s

        bm25s = import_bm25s()
        super().__init__(store)
        corpus = [c.retrieval_text.lower().split() or [""] for c in store.chunks()]
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)

    def rank(self, question: str, k: int) -> list[tuple[int, float]]:
        vocab = self._bm25.vocab_dict
        tokens = [t for t in question.lower().split() if t in vocab]
        if not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]


class DenseOnly(_ChunkBaseline):
    name = "dense"

    def __init__(self, store, embedder) -> None:
        super().__init__(store)
        self.embedder = embedder

    def rank(self, question: str, k: int) -> list[tuple[int, float]]:
        return self.store.dense_search(self.embedder.embed_query(question), k)


def line_span(text: str, start: int, length: int, numbers: Sequence[int]) -> tuple[int, int]:
    """The original line numbers of text[start:start+length], where line i of `text` is numbers[i]."""
    first = text.count("\n", 0, start)
    last = text.count("\n", 0, start + max(length, 1) - 1)
    return numbers[first], numbers[last]


class LangChainRAG(TopChunksAnswer):
    """Split raw files with LangChain's default splitter, embed, search a flat FAISS inner-product index."""

    name = "langchain"

    def __init__(self, files: Sequence[Path], embedder) -> None:
        import faiss
        from langchain_core.embeddings import Embeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from indexer.load import load_file

        class WrappedEmbeddings(Embeddings):
            """Our embedder as LangChain sees any embedding model."""

            def embed_documents(self, texts: list[str]) -> list[list[float]]:
                return embedder.embed_passages(texts).tolist()

            def embed_query(self, text: str) -> list[float]:
                return embedder.embed_query(text).tolist()

        started = time.perf_counter()
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        self.chunks: list[dict] = []
        for path in files:
            loaded = load_file(path)
            text = "\n".join(line.text for line in loaded.lines)
            numbers = [line.n for line in loaded.lines]
            for piece in splitter.create_documents([text]):
                start = int(piece.metadata["start_index"])
                span = line_span(text, start, len(piece.page_content), numbers)
                self.chunks.append({"doc": path.name, "lines": span, "text": piece.page_content})
        if not self.chunks:
            raise SystemError_("langchain baseline: no text in the corpus files")
        self.embeddings = WrappedEmbeddings()
        vectors = np.asarray(
            self.embeddings.embed_documents([c["text"] for c in self.chunks]), dtype=np.float32
        )
        self._index = faiss.IndexFlatIP(vectors.shape[1])
        self._index.add(vectors)
        self.build_seconds = time.perf_counter() - started

    def search(self, question: str, k: int, history: Sequence[object] = ()) -> list[dict]:
        query = np.asarray([self.embeddings.embed_query(question)], dtype=np.float32)
        scores, ids = self._index.search(query, min(k, len(self.chunks)))
        return [
            _hit(self.chunks[i]["doc"], self.chunks[i]["lines"], self.chunks[i]["text"], s)
            for i, s in zip(ids[0], scores[0], strict=True)
            if i >= 0
        ]


class Ours:
    """The full system: `Assistant.ask` for answers; for retrieval, the assistant's own search (question
    understanding: language, provinces, documents, glossary expansions, then the hybrid search)."""

    def __init__(self, settings, searcher, use_llm: bool = False) -> None:
        from assistant.answer import Assistant

        self.name = "ours-llm" if use_llm else "ours"
        self.use_llm = use_llm
        self.assistant = Assistant(settings, searcher=searcher)

    def search(self, question: str, k: int, history: Sequence[object] = ()) -> list[dict]:
        # the assistant's retrieval through public pieces only: its question understanding (language,
        # provinces, document numbers, glossary expansions, follow-ups) feeding the hybrid search. Not
        # Assistant.search, which caches: the ask just before would make this look free.
        from assistant.retrieve import SearchFilter, hit_to_json
        from assistant.understand import understand

        searcher = self.assistant.searcher
        query = understand(question, history, searcher)
        flt = SearchFilter(provinces=list(query.provinces), docs=list(query.docs))
        return [hit_to_json(h) for h in searcher.search(query.search_text, k, flt, query.expansions)]

    def answer(self, item: QAItem) -> dict:
        started = time.perf_counter()
        answer = self.assistant.ask(item.question, history=tuple(item.history), use_llm=self.use_llm)
        out = answer.to_json(item.id)
        out["latency_ms"] = (time.perf_counter() - started) * 1000
        return out


class HybridTop3(_ChunkBaseline):
    """Ablation: our hybrid search (`kehoach search`) alone, answering with its top-3 chunks like the
    baselines: what the answer layer and question understanding add on top of retrieval."""

    name = "ours-hybrid"

    def __init__(self, searcher) -> None:
        super().__init__(searcher.store)
        self.searcher = searcher

    def search(self, question: str, k: int, history: Sequence[object] = ()) -> list[dict]:
        from assistant.retrieve import hit_to_json

        return [hit_to_json(h) for h in self.searcher.search(question, k)]


def corpus_files(corpus_dir: Path, names: Sequence[str]) -> list[Path]:
    """The raw files of the indexed documents, for the LangChain baseline."""
    files = [Path(corpus_dir) / n for n in names]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise SystemError_(
            f"langchain baseline: indexed files not found under {corpus_dir}: {', '.join(missing)}"
        )
    return files


def parse_system_names(spec: str, llm_configured: bool) -> list[str]:
    """ "all" or a comma list → system names, ours first. "all" adds ours-llm only with an LLM endpoint."""
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    if not wanted:
        raise SystemError_("--systems: give 'all' or a comma list of " + ", ".join(ALL_SYSTEMS))
    names: list[str] = []
    for name in wanted:
        if name == "all":
            names += [n for n in ALL_SYSTEMS if n != "ours-llm" or llm_configured]
        elif name in ALL_SYSTEMS:
            if name == "ours-llm" and not llm_configured:
                raise SystemError_("--systems ours-llm needs an LLM endpoint: set KEHOACH_LLM_BASE_URL")
            names.append(name)
        else:
            raise SystemError_(f"--systems: unknown system {name!r} (known: all, {', '.join(ALL_SYSTEMS)})")
    return list(dict.fromkeys(names))


def make_system(name: str, settings, searcher, corpus_dir: Path) -> System:
    if name == "ours":
        return Ours(settings, searcher)
    if name == "ours-llm":
        return Ours(settings, searcher, use_llm=True)
    if name == "ours-hybrid":
        return HybridTop3(searcher)
    if name == "bm25":
        return WhitespaceBM25(searcher.store)
    if name == "dense":
        return DenseOnly(searcher.store, searcher.embedder)
    if name == "langchain":
        names = sorted(searcher.store.manifest.documents)
        return LangChainRAG(corpus_files(corpus_dir, names), searcher.embedder)
    raise SystemError_(f"unknown system {name!r}")


def run_item(system: System, item: QAItem, k: int = SEARCH_DEPTH) -> dict:
    """One item's answer (ask contract) with its search hits and timings; an exception is recorded on
    the item ("error") so that one bad question does not lose the whole report."""
    try:
        if getattr(system, "answers_from_search", False):
            started = time.perf_counter()
            hits = system.search(item.question, k, item.history)
            elapsed = (time.perf_counter() - started) * 1000
            out = answer_from_hits(item.question, hits, elapsed)
            out["search_ms"] = elapsed
        else:
            out = dict(system.answer(item))
            started = time.perf_counter()
            hits = system.search(item.question, k, item.history)
            out["search_ms"] = (time.perf_counter() - started) * 1000
        out["hits"] = [
            {"doc": h["doc"], "lines": list(h["lines"]), "section": h.get("section", "")} for h in hits
        ]
    except Exception as exc:  # noqa: BLE001 - recorded and reported, the run goes on
        out = {
            "question": item.question,
            "answer": "",
            "abstained": False,
            "citations": [],
            "error": f"{type(exc).__name__}: {exc}",
        }
    return out


def run_systems(
    systems: Sequence[System], items: Sequence[QAItem], k: int = SEARCH_DEPTH, progress=None
) -> dict[str, list[dict]]:
    """Every system on every item, the systems taking turns on each question so that a busy machine
    slows them all alike (latencies stay comparable)."""
    outputs: dict[str, list[dict]] = {s.name: [] for s in systems}
    for n, item in enumerate(items, 1):
        for system in systems:
            outputs[system.name].append(run_item(system, item, k))
        if progress:
            progress(n, len(items))
    return outputs
