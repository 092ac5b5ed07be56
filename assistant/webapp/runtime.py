"""The live index behind the web app: one Searcher and one Assistant, replaced as a whole.

Readers take `runtime.live()` once per request and keep that object to the end, so a question that
started on the old index finishes on it; a change (upload, removal, or `kehoach index` run in
another process) opens the new generation, warms it up, and only then swaps the reference. Writes
go through `build_index`, which holds the index's writer lock: one writer at a time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.sources import SourceReader
from indexer.settings import Settings

log = logging.getLogger("kehoach.webapp")
CHECK_SECONDS = 1.0


def uploads_dir(settings: Settings) -> Path:
    """Where uploaded files are kept: beside the index directory, never inside corpus/."""
    return Path(settings.index_dir).resolve().parent / "uploads"


def _generation_name(index_dir: Path) -> str | None:
    """The name of the live generation (the CURRENT pointer of the local store), or None."""
    try:
        return (Path(index_dir) / "CURRENT").read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


@dataclass(frozen=True)
class Live:
    searcher: object  # assistant.retrieve.Searcher
    assistant: object  # assistant.answer.Assistant
    generation: str

    def counts(self) -> dict[str, int]:
        store = self.searcher.store
        return {
            "documents": len(self.searcher.documents()),
            "tasks": len(store.tasks()),
            "clauses": len(store.clauses()),
            "chunks": len(store.chunks()),
        }


class Runtime:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.uploads_dir = uploads_dir(settings)
        self.sources = SourceReader([Path(settings.corpus_dir), self.uploads_dir], settings.max_file_mb)
        self.error: str | None = None  # why there is no live index (shown to the user)
        self._live: Live | None = None
        self._checked = 0.0  # when the CURRENT pointer on disk was last read
        self._reload_lock = threading.Lock()
        self.roles: dict[str, str] = {}  # login -> "editor" | "viewer"; empty: no logins, everyone edits

    def can_edit(self, user: str | None) -> bool:
        """May this login upload and remove documents? (Without logins: yes, local use.)"""
        return not self.roles or (user is not None and self.roles.get(user) == "editor")

    @property
    def llm_available(self) -> bool:
        return bool(self.settings.llm_base_url)

    def live(self) -> Live | None:
        """The current index, re-opened first if the generation on disk changed (a change made by
        another process, e.g. `kehoach index`, is seen within CHECK_SECONDS; one made here at once)."""
        current = self._live
        now = time.monotonic()
        if current is not None and now - self._checked < CHECK_SECONDS:
            return current  # several calls per request: the pointer file is not re-read for each
        self._checked = now
        on_disk = _generation_name(Path(self.settings.index_dir))
        if current is None or (on_disk is not None and on_disk != current.generation):
            self.reload()
        return self._live

    def reload(self) -> None:
        """Open the current generation and swap it in; on failure keep the previous one."""
        from assistant.answer import Assistant
        from assistant.retrieve import Searcher
        from indexer.store import IndexError_

        with self._reload_lock:
            on_disk = _generation_name(Path(self.settings.index_dir))
            if self._live is not None and on_disk == self._live.generation:
                return  # another thread re-opened it meanwhile
            try:
                searcher = Searcher(self.settings)
                assistant = Assistant(self.settings, searcher=searcher)
                if searcher.store.chunks():
                    assistant.warm_up()  # models and statistics loaded before readers arrive
            except IndexError_ as exc:
                self.error = str(exc)
                return
            except Exception as exc:  # a broken index must not take the app down; say what happened
                log.exception("cannot open the index in %s", self.settings.index_dir)
                self.error = f"không mở được chỉ mục trong {self.settings.index_dir}: {exc}"
                return
            self._live = Live(searcher, assistant, searcher.store.generation.name)
            self.error = None

    # --- writing ------------------------------------------------------------------------------
    def index_files(self, files: Sequence[Path], progress: Callable[[str, int, int], None] | None = None):
        """Add or replace documents (incremental, keeps the others); returns the BuildReport."""
        from indexer.build import build_index

        report = build_index(list(files), self.settings, prune=False, progress=progress)
        self.reload()
        return report

    def remove(self, names: Sequence[str], progress: Callable[[str, int, int], None] | None = None):
        from indexer.build import build_index

        report = build_index([], self.settings, prune=False, remove=list(names), progress=progress)
        self.reload()
        return report

    def sync_uploads(self) -> None:
        """Index uploaded files the index lacks (e.g. after `kehoach index --prune corpus/` dropped them)."""
        from indexer.load import iter_source_files

        if not self.uploads_dir.is_dir():
            return
        files = iter_source_files([self.uploads_dir])
        live = self.live()
        known = {d.name: d.sha256 for d in live.searcher.documents()} if live else {}
        missing = [f for f in files if f.name not in known]
        if missing:
            log.info("indexing %d uploaded file(s) missing from the index", len(missing))
            report = self.index_files(missing)
            for line in report.errors:
                log.warning("upload not indexed: %s", line)
