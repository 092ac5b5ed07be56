"""Ingestion on Ray: new or changed files are loaded, parsed, tokenised and embedded as Ray tasks on
`settings.workers` actors (each holds one embedder), on a local Ray runtime or the cluster at
`settings.ray_address`. The caller (indexer.build) stays the one writer into the store.

Files travel as bytes, so workers on other machines need no shared disk; the indexer package travels
with the job (runtime_env py_modules), its dependencies must be installed on the cluster's nodes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

import indexer


def _worker_class():
    import ray

    @ray.remote(num_cpus=1)
    class IngestWorker:
        def __init__(self, embedder: str, settings) -> None:
            from indexer.embed import get_embedder

            self.settings = settings
            self.embedder = get_embedder(embedder)

        def process(self, name: str, data: bytes, manifest: dict, cached: dict):
            import tempfile

            from indexer.build import _process

            with tempfile.TemporaryDirectory(prefix="kehoach-ray-") as tmp:
                path = Path(tmp) / name
                path.write_bytes(data)
                return _process(path, manifest, self.settings, self.embedder, cached)

    return IngestWorker


def process_on_ray(
    todo: Sequence[tuple[Path, dict[str, dict]]],
    settings,
    cached_vectors: dict[str, np.ndarray],
    progress=None,
) -> Iterator[tuple | str]:
    """(bundle, chunks embedded) or one error line per file of `todo`, in order."""
    if not todo:
        return iter(())
    try:
        import ray
        from ray.util import ActorPool
    except ModuleNotFoundError as exc:
        raise ValueError("indexing with --workers needs the ray package: pip install 'kehoach[ray]'") from exc
    if not ray.is_initialized():
        ray.init(
            address=settings.ray_address,
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
            runtime_env={"py_modules": [str(Path(indexer.__file__).parent)]},
        )
    worker = _worker_class()
    workers = [worker.remote(settings.embedder, settings) for _ in range(max(1, settings.workers))]
    cached = ray.put(cached_vectors)

    def submit(actor, item):
        path, manifest = item
        try:
            too_big = path.stat().st_size > settings.max_file_mb * 1024 * 1024
            data = None if too_big else path.read_bytes()
        except OSError:
            data = None
        if data is None:  # unreadable or refused: the same one-line error as without Ray, found here
            from indexer.build import _process

            return ray.put(_process(path, manifest, settings, None, {}))
        return actor.process.remote(path.name, data, manifest, cached)

    pool = ActorPool(workers)
    return pool.map(submit, list(todo))
