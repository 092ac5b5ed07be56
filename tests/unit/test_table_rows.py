"""Appendix tables that assign no task become one clause per row, values under their printed headers.

The document is a real HTML file written by the test: a decision with an appendix listing procedures
(a group row, a fee cell merged over two rows, the header repeated after a page break).
"""

from __future__ import annotations

import json
from pathlib import Path

from indexer.build import parse_file
from tests.conftest import run_cli


def _opening(number: int) -> str:
    """A decision's heading, its two articles and the appendix heading, as HTML."""
    return f"""<html><body>
<p>ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH</p>
<p>Số: {number}/QĐ-UBND</p>
<p>QUYẾT ĐỊNH</p>
<p>Về việc công bố danh mục thủ tục hành chính lĩnh vực văn hóa</p>
<p>Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.</p>
<p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký.</p>
<p>PHỤ LỤC I</p>
"""


HEADER = "<tr><td>TT</td><td>Tên thủ tục hành chính</td><td>Thời hạn giải quyết</td><td>Phí, lệ phí</td></tr>"
HTML = f"""{_opening(12)}<p>DANH MỤC THỦ TỤC HÀNH CHÍNH</p>
<table>
{HEADER}
<tr><td>I</td><td colspan="3">LĨNH VỰC NGHỆ THUẬT BIỂU DIỄN</td></tr>
<tr><td>1</td><td>Thủ tục cấp giấy phép tổ chức biểu diễn nghệ thuật</td><td>05 ngày làm việc</td>
<td rowspan="2">Không</td></tr>
<tr><td>2</td><td>Thủ tục cấp lại giấy phép tổ chức biểu diễn nghệ thuật</td><td>03 ngày làm việc</td></tr>
{HEADER}
<tr><td>II</td><td colspan="3">LĨNH VỰC THƯ VIỆN</td></tr>
<tr><td>3</td><td>Thủ tục thông báo thành lập thư viện tư nhân</td><td>07 ngày làm việc</td>
<td>200.000 đồng</td></tr>
</table>
</body></html>
"""


def write(tmp_path: Path) -> Path:
    path = tmp_path / "qd12.html"
    path.write_text(HTML, encoding="utf-8")
    return path


def test_rows_of_a_table_without_tasks_are_clauses_with_their_headers(tmp_path):
    path = write(tmp_path)
    _doc, clauses, tasks, chunks = parse_file(path, 10)
    assert tasks == []
    rows = [c for c in clauses if c.path.startswith("PL.B")]
    assert len(rows) == 3  # the group rows and the repeated header are no rows
    first, second, third = rows
    assert "Thời hạn giải quyết: 05 ngày làm việc" in first.text
    assert "Phí, lệ phí: Không" in second.text  # merged down from the row above
    assert "Phí, lệ phí: 200.000 đồng" in third.text
    # (the list's own title printed above it, then its group row)
    assert first.titles == ("Phụ lục I", "DANH MỤC THỦ TỤC HÀNH CHÍNH", "I LĨNH VỰC NGHỆ THUẬT BIỂU DIỄN")
    assert third.titles[-1] == "II LĨNH VỰC THƯ VIỆN"
    assert first.label.startswith("Phụ lục I, bảng 1, hàng 1")
    # each row cites the lines that print it, and no other clause holds those lines
    lines = path.read_text(encoding="utf-8")  # the HTML loader's lines are its own; check by content
    assert lines
    loaded_lines = {c.lines for c in rows}
    assert len(loaded_lines) == 3
    others = [c for c in clauses if not c.path.startswith("PL.B")]
    for row in rows:
        assert not any(o.lines[0] <= row.lines[0] <= o.lines[1] and o.path.startswith("PL.") for o in others)
    assert any(ch.text == third.text for ch in chunks)


def test_a_fee_question_is_answered_from_its_row(tmp_path):
    path = write(tmp_path)
    index_dir = tmp_path / "i"
    env = {"KEHOACH_EMBEDDER": "hash"}
    built = run_cli("index", str(path), "--index-dir", str(index_dir), "-q", env=env)
    assert built.returncode == 0, built.stderr
    out = run_cli(
        "ask",
        "Lệ phí thủ tục thông báo thành lập thư viện tư nhân là bao nhiêu?",
        "--json",
        "--index-dir",
        str(index_dir),
        env=env,
    )
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert "200.000 đồng" in answer["answer"], answer["answer"]
    _doc, clauses, _tasks, _chunks = parse_file(path, 10)
    row = next(c for c in clauses if "thư viện tư nhân" in c.text)
    assert [tuple(c["lines"]) for c in answer["citations"]][0] == row.lines
    missing = run_cli(
        "ask",
        "Lệ phí cấp giấy phép kinh doanh karaoke là bao nhiêu?",
        "--json",
        "--index-dir",
        str(index_dir),
        env=env,
    )
    assert json.loads(missing.stdout)["abstained"], missing.stdout


# Two lists in one appendix, each under its own title: new procedures, then amended ones.
TWO_LISTS = f"""{_opening(15)}<p>DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, ĐƯỢC SỬA ĐỔI TRONG LĨNH VỰC VĂN HÓA</p>
<p>(Kèm theo Quyết định số 15/QĐ-UBND ngày 02 tháng 12 năm 2025)</p>
<p>DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC)</p>
<table>
{HEADER}
<tr><td>1</td><td>Thủ tục công nhận bảo vật quốc gia</td><td>30 ngày làm việc</td><td>Không</td></tr>
<tr><td>2</td><td>Thủ tục cấp phép khai quật khảo cổ</td><td>15 ngày làm việc</td><td>Không</td></tr>
</table>
<p>DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG (02 TTHC)</p>
<table>
{HEADER}
<tr><td>1</td><td>Thủ tục cấp giấy phép tổ chức lễ hội</td><td>10 ngày làm việc</td><td>Không</td></tr>
<tr><td>2</td><td>Thủ tục đăng ký hoạt động thư viện cộng đồng</td><td>05 ngày làm việc</td><td>Không</td></tr>
</table>
</body></html>
"""


def test_each_list_of_an_appendix_is_titled_by_its_own_caption_and_listed_by_it(tmp_path):
    path = tmp_path / "qd15.html"
    path.write_text(TWO_LISTS, encoding="utf-8")
    _doc, clauses, _tasks, _chunks = parse_file(path, 10)
    rows = [c for c in clauses if c.path.startswith("PL.B")]
    assert [c.titles[1] for c in rows] == ["DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC)"] * 2 + [
        "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG (02 TTHC)"
    ] * 2
    # the appendix heading is a passage of its own; the second list's title opens another
    passages = [c for c in clauses if c.path.startswith("PL.") and not c.path.startswith("PL.B")]
    assert any(c.text.startswith("PHỤ LỤC I") and "(02 TTHC)" not in c.text for c in passages)
    assert any(c.text.startswith("DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG") for c in passages)

    index_dir = tmp_path / "i"
    env = {"KEHOACH_EMBEDDER": "hash"}
    built = run_cli("index", str(path), "--index-dir", str(index_dir), "-q", env=env)
    assert built.returncode == 0, built.stderr
    amended = {c.lines for c in rows[2:]}
    for question in (
        "Những thủ tục hành chính nào được sửa đổi, bổ sung?",
        "nhung thu tuc hanh chinh nao duoc sua doi, bo sung?",
    ):
        out = run_cli("ask", question, "--json", "--index-dir", str(index_dir), env=env)
        answer = json.loads(out.stdout)
        assert {tuple(c["lines"]) for c in answer["citations"]} == amended, answer["answer"]
        assert "Thủ tục cấp giấy phép tổ chức lễ hội" in answer["answer"]
        assert "bảo vật quốc gia" not in answer["answer"]
    # a question about one procedure's fee is answered from its row, not with a list
    out = run_cli(
        "ask",
        "Lệ phí thủ tục cấp phép khai quật khảo cổ là bao nhiêu?",
        "--json",
        "--index-dir",
        str(index_dir),
        env=env,
    )
    answer = json.loads(out.stdout)
    assert [tuple(c["lines"]) for c in answer["citations"]][:1] == [rows[1].lines], answer["answer"]
