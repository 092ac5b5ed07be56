"""`kehoach index --workers N`: documents loaded, parsed and embedded as Ray tasks (a local Ray runtime),
one writer: the index is the same as the single-process one."""

from __future__ import annotations

import json

import numpy as np
import pytest

from indexer.store import LocalStore
from tests.conftest import CORPUS, run_cli

pytestmark = pytest.mark.slow


def test_ray_workers_build_the_same_index_as_one_process(tmp_path):
    pytest.importorskip("ray")
    env = {"KEHOACH_EMBEDDER": "hash"}
    one = run_cli("index", str(CORPUS), "--index-dir", str(tmp_path / "one"), "-q", "--json", env=env)
    assert one.returncode == 0, one.stderr
    ray = run_cli(
        "index", str(CORPUS), "--index-dir", str(tmp_path / "ray"), "-q", "--json", "--workers", "2", env=env
    )
    assert ray.returncode == 0, ray.stderr
    assert "Traceback" not in ray.stderr
    a, b = json.loads(one.stdout), json.loads(ray.stdout)
    assert {k: a[k] for k in ("documents", "clauses", "tasks", "chunks", "indexed")} == {
        k: b[k] for k in ("documents", "clauses", "tasks", "chunks", "indexed")
    }
    x, y = LocalStore(tmp_path / "one"), LocalStore(tmp_path / "ray")
    assert x.documents() == y.documents()
    assert x.clauses() == y.clauses() and x.tasks() == y.tasks() and x.chunks() == y.chunks()
    assert [x.chunk_tokens(i) for i in range(len(x.chunks()))] == [
        y.chunk_tokens(i) for i in range(len(y.chunks()))
    ]
    assert np.array_equal(np.asarray(x.vectors()), np.asarray(y.vectors()))
    assert x.manifest.documents == y.manifest.documents and x.manifest.pipeline == y.manifest.pipeline


def test_ray_reports_a_bad_file_in_one_line_and_indexes_the_rest(tmp_path):
    pytest.importorskip("ray")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "KẾ HOẠCH\nThực hiện chuyển đổi số\nI. MỤC ĐÍCH\n1. Sở Tư pháp chủ trì xây dựng Cổng pháp luật.\n",
        encoding="utf-8",
    )
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    out = run_cli(
        "index", str(folder), "--index-dir", str(tmp_path / "i"), "-q", "--workers", "2",
        env={"KEHOACH_EMBEDDER": "hash"},
    )  # fmt: skip
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if line.startswith("lỗi:")]
    assert len(errors) == 1 and "broken.pdf" in errors[0]
    assert [d.name for d in LocalStore(tmp_path / "i").documents()] == ["good.txt"]
