"""Optional second-stage reranking of fused hits, behind one small protocol, chosen by name:

- ``ce:<model name or path>`` (or the bare name or path): a sentence-transformers ``CrossEncoder`` on
  CPU, e.g. ``ce:/models/bge-reranker-v2-m3`` or ``cross-encoder/mmarco-mMiniLMv2-L12-H384-v1``.

Off by default (``Settings.reranker`` is None): no cross-encoder ships offline with the project.
A model is loaded on first use and kept for the life of the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol, runtime_checkable

from indexer.records import Hit


class RerankerError(RuntimeError):
    pass


@runtime_checkable
class Reranker(Protocol):
    id: str

    def score(self, query: str, passages: Sequence[str]) -> list[float]:
        """One relevance score per passage for `query`; higher is more relevant."""
        ...


def rerank_hits(reranker: Reranker, query: str, hits: Sequence[Hit], top_n: int) -> list[Hit]:
    """Re-score the first `top_n` hits with `reranker` and sort them by that score (ties keep fused
    order); the hits after them follow unchanged in fused order. A re-scored hit's `score` becomes
    the model's score and its `sources` gain its "rerank" position (1-based)."""
    head, tail = list(hits[: max(top_n, 0)]), list(hits[max(top_n, 0) :])
    if not head:
        return list(hits)
    # retrieval_text carries the title, province and section path, which the question often names
    scores = reranker.score(query, [h.chunk.retrieval_text for h in head])
    if len(scores) != len(head):
        raise RerankerError(
            f"reranker {reranker.id!r} returned {len(scores)} scores for {len(head)} passages"
        )
    order = sorted(range(len(head)), key=lambda i: (-scores[i], i))
    reranked = [
        replace(head[i], score=float(scores[i]), sources={**head[i].sources, "rerank": pos})
        for pos, i in enumerate(order, start=1)
    ]
    return reranked + tail


class CrossEncoderReranker:
    def __init__(self, model: str, batch_size: int = 16) -> None:
        try:
            from sentence_transformers import CrossEncoder
        except ImportError as exc:
            raise RerankerError(
                "the ce: reranker needs sentence-transformers: pip install sentence-transformers "
                "(or unset KEHOACH_RERANKER)"
            ) from exc
        if model.startswith(("/", ".", "~")):  # a path: say so plainly rather than "invalid repo id"
            model = str(Path(model).expanduser())
            if not Path(model).is_dir():
                raise RerankerError(f"cannot load cross-encoder model {model!r}: no such folder")
        try:
            # a local folder is read as is: no Hub look-ups (model card info) for it, online or not
            self._model = CrossEncoder(model, device="cpu", local_files_only=Path(model).is_dir())
        except Exception as exc:
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise RerankerError(f"cannot load cross-encoder model {model!r}: {reason}") from exc
        self.id = f"ce:{model}"
        self.batch_size = batch_size

    def score(self, query: str, passages: Sequence[str]) -> list[float]:
        if not passages:
            return []
        scores = self._model.predict(
            [(query, p) for p in passages], batch_size=self.batch_size, show_progress_bar=False
        )
        if getattr(scores, "ndim", 1) > 1:  # a multi-label model: the last label is "relevant"
            scores = scores[:, -1]
        return [float(s) for s in scores]

    def rerank(self, query: str, hits: Sequence[Hit], top_n: int) -> list[Hit]:
        return rerank_hits(self, query, hits, top_n)


_REGISTRY: dict[str, Callable[[str], Reranker]] = {"ce": CrossEncoderReranker}
_CACHE: dict[str, Reranker] = {}
_LOCK = threading.Lock()


def register_reranker(prefix: str, factory: Callable[[str], Reranker]) -> None:
    """Plug in another backend: `factory(argument)` gets what follows "prefix:" in the name."""
    _REGISTRY[prefix] = factory


def get_reranker(name: str) -> Reranker:
    """The reranker for "ce:<model>" or a bare CrossEncoder name or path (loaded once per process)."""
    name = name.strip()
    with _LOCK:  # concurrent first searches must not load the model twice
        if name not in _CACHE:
            prefix, sep, arg = name.partition(":")
            factory, model = (_REGISTRY[prefix], arg.strip()) if sep and prefix in _REGISTRY else (None, name)
            if not model:
                raise RerankerError(f"reranker {name!r} needs a model: ce:<model name or path>")
            _CACHE[name] = factory(model) if factory else CrossEncoderReranker(model)
        return _CACHE[name]
