"""Issue 12, data safety, through the real CLI on real files: a typo, an unreadable file or an empty
folder never removes a document; documents leave only when asked (`docs --remove`, `--prune`) or when
their own file is gone from a folder being re-indexed; a killed writer's temporaries are cleaned at the
next build; failure reasons are words, not Python class names."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS, KEHOACH, ROOT, run_cli
from tests.make_docs import make_docx, make_pdf, make_plan_paragraphs

pytestmark = pytest.mark.slow
ENV = {"KEHOACH_EMBEDDER": "hash"}
HA_TINH = "000_37ff2b74a0782787.txt"
VINH_LONG = "001_9f40a26defcbfd25.txt"
PHU_THO = "002_aaf6400873147dff.txt"
CLASS_NAME = re.compile(r"\((?:[A-Z][a-z]+)+(?:Error|Exception)\)|PdfminerException|KeyError|BadZipFile")


def _index(*args: str) -> subprocess.CompletedProcess:
    return run_cli("index", *args, "-q", "--json", env=ENV)


def _state(index: Path) -> tuple[str, list[str]]:
    """(live generation, indexed file names), read from the index files."""
    current = (index / "CURRENT").read_text(encoding="utf-8").strip()
    manifest = json.loads((index / current / "manifest.json").read_text(encoding="utf-8"))
    return current, sorted(manifest["documents"])


@pytest.fixture
def indexed(tmp_path):
    """Two folders indexed into one index: corpus-a (Hà Tĩnh, Vĩnh Long), corpus-b (Phú Thọ)."""
    a, b = tmp_path / "corpus-a", tmp_path / "corpus-b"
    a.mkdir()
    b.mkdir()
    shutil.copy(CORPUS / HA_TINH, a)
    shutil.copy(CORPUS / VINH_LONG, a)
    shutil.copy(CORPUS / PHU_THO, b)
    index = tmp_path / "index"
    for folder in (a, b):
        out = _index(str(folder), "--index-dir", str(index))
        assert out.returncode == 0, out.stderr
    assert _state(index)[1] == [HA_TINH, VINH_LONG, PHU_THO]
    return {"a": a, "b": b, "index": index, "tmp": tmp_path}


def test_a_missing_path_is_an_error_that_changes_nothing(indexed):
    index = indexed["index"]
    before = _state(index)
    out = _index(str(indexed["tmp"] / "does_not_exist.txt"), "--index-dir", str(index))
    assert out.returncode == 2
    assert "does_not_exist.txt" in out.stderr and "không tồn tại" in out.stderr
    assert "Traceback" not in out.stderr
    assert _state(index) == before
    # a typo beside a good path: still nothing changes
    out = _index(str(indexed["a"]), str(indexed["tmp"] / "corpus-bb"), "--index-dir", str(index))
    assert out.returncode == 2 and "corpus-bb" in out.stderr
    assert _state(index) == before


def test_one_unreadable_file_alone_and_an_empty_folder_remove_nothing(indexed):
    index, tmp = indexed["index"], indexed["tmp"]
    before = _state(index)
    damaged = tmp / "hong.pdf"
    damaged.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF")
    out = _index(str(damaged), "--index-dir", str(index))
    assert out.returncode == 1
    errors = json.loads(out.stdout)["errors"]
    assert len(errors) == 1 and errors[0].startswith("hong.pdf: PDF hỏng")
    assert _state(index)[1] == before[1]

    empty = tmp / "trong"
    empty.mkdir()
    (empty / "ghi-chu.xyz").write_text("không phải văn bản", encoding="utf-8")
    out = _index(str(empty), "--index-dir", str(index))
    assert out.returncode == 2 and "không có tệp" in out.stderr
    assert _state(index) == before


def test_documents_leave_only_when_asked_or_when_their_file_is_gone(indexed):
    a, b, index = indexed["a"], indexed["b"], indexed["index"]
    # re-indexing one folder keeps the documents of the other
    out = _index(str(b), "--index-dir", str(index))
    assert out.returncode == 0 and json.loads(out.stdout)["removed"] == []
    assert _state(index)[1] == [HA_TINH, VINH_LONG, PHU_THO]
    # a single file given by name keeps everything else
    out = _index(str(a / HA_TINH), "--index-dir", str(index))
    assert out.returncode == 0 and json.loads(out.stdout)["removed"] == []

    # its own file gone from the folder being re-indexed: it leaves
    (a / VINH_LONG).unlink()
    out = _index(str(a), "--index-dir", str(index))
    assert out.returncode == 0 and json.loads(out.stdout)["removed"] == [VINH_LONG]
    assert _state(index)[1] == [HA_TINH, PHU_THO]

    # --keep: nothing leaves even then
    shutil.copy(CORPUS / VINH_LONG, a)
    assert _index(str(a), "--index-dir", str(index)).returncode == 0
    (a / VINH_LONG).unlink()
    out = _index(str(a), "--keep", "--index-dir", str(index))
    assert json.loads(out.stdout)["removed"] == [] and VINH_LONG in _state(index)[1]

    # kehoach docs --remove FILE; an unknown name changes nothing
    before = _state(index)
    out = run_cli("docs", "--remove", "khong-co.txt", "--index-dir", str(index))
    assert out.returncode == 2 and "khong-co.txt" in out.stderr and _state(index) == before
    out = run_cli("docs", "--remove", VINH_LONG, "--index-dir", str(index))
    assert out.returncode == 0, out.stderr
    assert _state(index)[1] == [HA_TINH, PHU_THO]

    # an explicit --prune drops every document not among the paths
    out = _index(str(b), "--prune", "--index-dir", str(index))
    assert out.returncode == 0 and json.loads(out.stdout)["removed"] == [HA_TINH]
    assert _state(index)[1] == [PHU_THO]


def test_stale_temporaries_of_a_killed_writer_are_cleaned(indexed, tmp_path):
    index = indexed["index"]
    # a writer killed (SIGKILL) while it writes a generation: try to catch one in the act
    src = tmp_path / "big"
    shutil.copytree(CORPUS, src)
    killed = False
    for _ in range(3):
        proc = subprocess.Popen(
            [*KEHOACH, "index", str(src), "--index-dir", str(index), "-q"],
            cwd=ROOT,
            env={**os.environ, **ENV},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 120
        while proc.poll() is None and time.time() < deadline:
            if list(index.glob(".tmp-*")):
                proc.send_signal(signal.SIGKILL)
                killed = True
                break
            time.sleep(0.005)
        proc.wait(timeout=30)
        if killed:
            break
        # the build finished first: drop its documents so that the next try writes a generation again
        others = [p.name for p in src.iterdir() if p.name != PHU_THO]
        run_cli("docs", "--remove", *others, "--index-dir", str(index))
    # and what such a kill leaves, made by hand in case the writer was too quick to catch
    live = (index / "CURRENT").read_text(encoding="utf-8").strip()
    shutil.copytree(index / live, index / ".tmp-20260101-000000-000000001")
    (index / ".CURRENT-20260101-000000-000000001").write_text("gen-none", encoding="utf-8")
    assert PHU_THO in _state(index)[1]  # the live index is whole
    out = _index(str(indexed["b"]), "--index-dir", str(index))
    assert out.returncode == 0, out.stderr
    assert not list(index.glob(".tmp-*")) and not list(index.glob(".CURRENT-*"))
    assert run_cli("search", "Sở Tư pháp", "--index-dir", str(index), env=ENV).returncode == 0


def test_failure_reasons_are_words(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(CORPUS / PHU_THO, src)
    paragraphs, table = make_plan_paragraphs()
    good = make_docx(tmp_path / "good.docx", paragraphs, table)
    # a DOCX whose document part is not XML, one whose relationships are missing
    with zipfile.ZipFile(good) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    with zipfile.ZipFile(src / "xml-hong.docx", "w") as z:
        for n, data in parts.items():
            z.writestr(n, b"<w:document><w:body>" if n == "word/document.xml" else data)
    with zipfile.ZipFile(src / "thieu-phan.docx", "w") as z:
        for n, data in parts.items():
            if n != "word/styles.xml":
                z.writestr(n, data)
    pdf = make_pdf(tmp_path / "good.pdf", paragraphs, table).read_bytes()
    (src / "cat-ngang.pdf").write_bytes(pdf[: len(pdf) // 3])  # truncated mid-way
    (src / "khong-root.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    os.symlink("vong-b.txt", src / "vong-a.txt")
    os.symlink("vong-a.txt", src / "vong-b.txt")
    os.symlink(tmp_path / "khong-co.txt", src / "gay.txt")
    out = _index(str(src), "--index-dir", str(tmp_path / "index"))
    assert out.returncode == 1
    summary = json.loads(out.stdout)
    errors = {e.split(":", 1)[0]: e for e in summary["errors"]}
    assert PHU_THO in summary["indexed"]
    for name in ("xml-hong.docx", "thieu-phan.docx", "khong-root.pdf", "vong-a.txt", "vong-b.txt", "gay.txt"):
        assert name in errors, summary["errors"]
    for line in summary["errors"]:
        assert not CLASS_NAME.search(line), line
    assert "vòng lặp" in errors["vong-a.txt"] and "symlink loop" in errors["vong-a.txt"]
    assert "word/styles.xml" in errors["thieu-phan.docx"] and "broken symlink" in errors["gay.txt"]
    # a loop given by name
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    out = _index(str(tmp_path / "loop"), "--index-dir", str(tmp_path / "index"))
    assert out.returncode == 2 and "vòng lặp" in out.stderr and "Traceback" not in out.stderr
