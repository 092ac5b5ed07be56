"""The `milvus` store through the real CLI: `kehoach index` + `ask` on the bundled corpus in embedded
Milvus Lite give the same top citation as the local store; a missing client is one line; a Milvus
server over gRPC when one can be started here."""

from __future__ import annotations

import json
import socket
import sys

import pytest

from tests.conftest import CORPUS, ROOT, run_cli

PORTAL = "Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?"
HASH = {"KEHOACH_EMBEDDER": "hash"}  # both stores get the same vectors; the real model is not the point here


def index_and_ask(index_dir, store: str) -> tuple[dict, dict]:
    env = {**HASH, "KEHOACH_STORE": store}
    built = run_cli("index", str(CORPUS), "--index-dir", str(index_dir), "-q", "--json", env=env)
    assert built.returncode == 0, built.stderr
    out = run_cli("ask", PORTAL, "--json", "--index-dir", str(index_dir), env=env)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return json.loads(built.stdout), json.loads(out.stdout)


@pytest.mark.slow
def test_index_and_ask_on_milvus_lite_match_local(tmp_path):
    built_local, local = index_and_ask(tmp_path / "local", "local")
    built_milvus, milvus = index_and_ask(tmp_path / "milvus", "milvus")
    assert (tmp_path / "milvus" / "milvus.db").exists()  # Milvus Lite's file, beside nothing else
    assert not (tmp_path / "milvus" / "CURRENT").exists()
    for key in ("documents", "clauses", "tasks", "chunks"):
        assert built_milvus[key] == built_local[key]
    assert milvus["answer"].startswith("Sở Tư pháp chủ trì")
    top = {k: milvus["citations"][0][k] for k in ("doc", "lines", "section")}
    assert top == {k: local["citations"][0][k] for k in ("doc", "lines", "section")}
    # re-indexing the unchanged corpus reuses every document (an incremental no-op)
    env = {**HASH, "KEHOACH_STORE": "milvus"}
    again = run_cli("index", str(CORPUS), "--index-dir", str(tmp_path / "milvus"), "-q", "--json", env=env)
    assert again.returncode == 0, again.stderr
    assert len(json.loads(again.stdout)["reused"]) == built_milvus["documents"]
    tasks = run_cli("tasks", "--json", "--index-dir", str(tmp_path / "milvus"), env=env)
    assert tasks.returncode == 0 and len(json.loads(tasks.stdout)) == built_local["tasks"]


def test_missing_pymilvus_is_one_line_naming_the_package(tmp_path):
    """Python's own import block (None in sys.modules) stands for a machine without pymilvus."""
    import subprocess

    code = (
        "import sys; sys.modules['pymilvus'] = None; from assistant.cli import main; "
        f"sys.exit(main(['index', {str(CORPUS)!r}, '--index-dir', {str(tmp_path / 'i')!r}, '-q']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**__import__("os").environ, **HASH, "KEHOACH_STORE": "milvus"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "pymilvus" in lines[0] and "pip install" in lines[0], out.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_milvus_server_over_grpc(tmp_path):
    """The `milvus` package's embedded standalone server, driven over gRPC by URI."""
    milvus = pytest.importorskip(
        "milvus", reason="the `milvus` package (embedded Milvus server) is not installed"
    )
    from pymilvus import MilvusClient

    server = milvus.MilvusServer()
    server.set_base_dir(str(tmp_path / "server"))
    server.listen_port = _free_port()
    try:
        server.start()
    except Exception as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"the embedded Milvus server does not start here: {exc}")
    try:
        uri = f"http://127.0.0.1:{server.listen_port}"
        # a server older than 2.5 has no BM25 function: the store keeps dense search and filters in
        # Milvus and scores BM25 from the stored tokens in the reader (indexer.store_milvus)
        version = MilvusClient(uri).get_server_version()
        assert version
        env = {**HASH, "KEHOACH_STORE": "milvus", "KEHOACH_MILVUS_URI": uri}
        built = run_cli("index", str(CORPUS), "--index-dir", str(tmp_path / "i"), "-q", env=env)
        assert built.returncode == 0, built.stderr
        out = run_cli("ask", PORTAL, "--json", "--index-dir", str(tmp_path / "i"), env=env)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["answer"].startswith("Sở Tư pháp chủ trì")
        # an incremental update over gRPC: one document removed, the others kept
        kept = sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")[1:]
        again = run_cli(
            "index", *map(str, kept), "--index-dir", str(tmp_path / "i"), "--prune", "-q", "--json", env=env
        )
        assert again.returncode == 0, again.stderr
        assert len(json.loads(again.stdout)["removed"]) == 1
    finally:
        server.stop()


@pytest.mark.slow
def test_killed_rebuild_leaves_the_alias_on_the_old_collection(tmp_path):
    """SIGKILL a full rebuild as soon as its new collection exists: the file reopens, on the old index."""
    import os
    import signal
    import subprocess
    import time

    from tests.conftest import KEHOACH

    index_dir = tmp_path / "i"
    env = {**HASH, "KEHOACH_STORE": "milvus"}
    built = run_cli("index", str(CORPUS), "--index-dir", str(index_dir), "-q", "--json", env=env)
    assert built.returncode == 0, built.stderr
    collections = index_dir / "milvus.db" / "collections"
    before = {p.name for p in collections.iterdir()}
    # another embedder: nothing can be reused, so this is a full rebuild into a new generation
    proc = subprocess.Popen(
        [*KEHOACH, "index", str(CORPUS), "--index-dir", str(index_dir), "-q", "--embedder", "hash:128"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith("_chunks") for p in collections.iterdir() if p.name not in before):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the rebuild ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    out = run_cli("search", "Cổng pháp luật", "-k", "1", "--json", "--index-dir", str(index_dir), env=env)
    assert out.returncode == 0, out.stderr  # still the hash:256 index, whole
    assert json.loads(out.stdout)["hits"][0]["doc"] == "000_37ff2b74a0782787.txt"
    again = run_cli("index", str(CORPUS), "--index-dir", str(index_dir), "-q", "--json", env=env)
    assert again.returncode == 0, again.stderr
    assert len(json.loads(again.stdout)["reused"]) == built_docs(built)
    leftovers = [p.name for p in collections.iterdir() if p.name not in before]
    assert leftovers == [], leftovers  # the next build dropped the killed build's collections


@pytest.mark.slow
def test_a_half_created_collection_folder_is_dropped_by_the_next_build(tmp_path):
    """Milvus Lite makes a collection's folder before its schema; a build killed in between leaves a
    folder the file cannot list or drop: the next build removes it (ours only, by the alias's pattern)."""
    index_dir = tmp_path / "i"
    env = {**HASH, "KEHOACH_STORE": "milvus"}
    built = run_cli("index", str(CORPUS), "--index-dir", str(index_dir), "-q", "--json", env=env)
    assert built.returncode == 0, built.stderr
    collections = index_dir / "milvus.db" / "collections"
    live = sorted(p.name for p in collections.iterdir() if p.name.endswith("_chunks"))[-1]
    alias = live.rsplit("_", 2)[0]
    half = collections / f"{alias}_99991231235959000000001_chunks"
    (half / "wal").mkdir(parents=True)  # killed after makedirs, before schema.json
    foreign = collections / "someone_else_99991231235959000000001_chunks"
    foreign.mkdir()
    again = run_cli("index", str(CORPUS), "--index-dir", str(index_dir), "-q", "--json", env=env)
    assert again.returncode == 0, again.stderr
    assert not half.exists()
    assert foreign.exists()  # not a name this index makes
    assert (collections / live / "schema.json").exists()


def built_docs(result) -> int:
    return json.loads(result.stdout)["documents"]
