"""`kehoach report` through the real CLI on an index of the bundled corpus: text, JSON, XLSX, DOCX, errors."""

from __future__ import annotations

import json

import pytest

from tests.conftest import CORPUS, run_cli

pytestmark = pytest.mark.slow
HASH = {"KEHOACH_EMBEDDER": "hash"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    index = tmp_path_factory.mktemp("report") / "index"
    built = run_cli("index", str(CORPUS), "--index-dir", str(index), "-q", env=HASH)
    assert built.returncode == 0, built.stderr
    return index


def test_report_json_rows_and_order(index_dir):
    out = run_cli("report", "--agency", "so tu phap", "--json", "--index-dir", str(index_dir), env=HASH)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    rows = report["rows"]
    assert report["agency"] == "Sở Tư pháp"
    assert len(rows) == 59  # the hand count of tests/unit/test_report.py
    assert sum(r["role"] == "lead" for r in rows) == 26
    order = ["overdue", "this_quarter", "this_year", "later", "recurring", "undated"]
    assert [order.index(r["bucket"]) for r in rows] == sorted(order.index(r["bucket"]) for r in rows)
    for r in rows:
        assert set(r) >= {"role", "document", "province", "group", "number", "name", "output", "deadline"}
        assert set(r["period"]) == {"kind", "start", "end"} and r["citation"]["doc"] == r["doc"]
        first, last = r["citation"]["lines"]
        text = (CORPUS / r["doc"]).read_text(encoding="utf-8").split("\n")
        assert r["number"].rstrip(".") in " ".join(text[first - 1 : last])  # the cited lines hold the row

    ha_tinh = run_cli(
        "report",
        "--agency",
        "Sở Tư pháp",
        "--province",
        "ha tinh",
        "--json",
        "--index-dir",
        str(index_dir),
        env=HASH,
    )
    assert {r["province"] for r in json.loads(ha_tinh.stdout)["rows"]} == {"Hà Tĩnh"}


def test_report_text_xlsx_docx_and_errors(index_dir, tmp_path):
    text = run_cli("report", "--agency", "Sở Tư pháp", "--index-dir", str(index_dir), env=HASH)
    assert text.returncode == 0 and "59 nhiệm vụ của Sở Tư pháp" in text.stdout
    assert "[chủ trì]" in text.stdout and "[phối hợp]" in text.stdout

    xlsx = tmp_path / "bao-cao.xlsx"
    out = run_cli(
        "report", "--agency", "Sở Tư pháp", "--xlsx", str(xlsx), "--index-dir", str(index_dir), env=HASH
    )
    assert out.returncode == 0, out.stderr
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet.max_row == 2 + 59 and sheet["B2"].value == "Nhiệm vụ" and sheet.freeze_panes == "A3"

    docx_path = tmp_path / "bao-cao.docx"
    out = run_cli(
        "report", "--agency", "Sở Tư pháp", "--docx", str(docx_path), "--index-dir", str(index_dir), env=HASH
    )
    assert out.returncode == 0, out.stderr
    import docx

    assert len(docx.Document(str(docx_path)).tables[0].rows) == 60

    missing = run_cli(
        "report",
        "--agency",
        "Sở Tư pháp",
        "--xlsx",
        str(tmp_path / "no" / "r.xlsx"),
        "--index-dir",
        str(index_dir),
        env=HASH,
    )
    assert (
        missing.returncode == 2 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    )
    empty = run_cli("report", "--agency", " ", "--index-dir", str(index_dir), env=HASH)
    assert empty.returncode == 2 and "--agency" in empty.stderr
