"""The HTML loader on real pages: what a reader sees, in order, with tables as grids of cells."""

from __future__ import annotations

import unicodedata

import pytest

from indexer.load import LoadError, load_file
from tests.make_docs import TABLE_HEADER, UNIQUE_LEAD, UNIQUE_TASK, make_html, make_plan_paragraphs
from tests.unit.test_load import cp1258_bytes

PORTAL_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Văn bản pháp luật</title>
<style>.menu { color: red }</style><script>var x = "Sở Tài chính";</script></head>
<body>
<nav><a href="/">Trang chủ</a> | <a href="/vb">Văn bản</a></nav>
<div id="noi-dung">
  <div style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>TỈNH ĐỒNG THÁP</b></div>
  <h1>KẾ HOẠCH</h1>
  <h3>Chuyển đổi số   năm&nbsp;2026</h3>
  <p>Căn cứ <a href="/nq">Nghị quyết số 57-NQ/TW</a>;</p>
  Văn bản trong div
  <p>I. NHIỆM VỤ</p>
  <ol><li>Rà soát văn bản;<ul><li>cấp tỉnh</li><li><p>cấp xã</p></li></ul></li><li>Tập huấn.</li></ol>
  <div hidden>Bản nháp ẩn</div><span style="display: none">ẩn</span>
  <!-- ghi chú -->
  <pre>Dòng một
Dòng hai</pre>
</div>
<footer><p>Nơi nhận:</p></footer>
</body></html>
"""


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_portal_page_blocks_and_visible_lines(tmp_path):
    loaded = load_file(write(tmp_path, "ke-hoach.html", PORTAL_PAGE))
    assert loaded.format == "html" and loaded.encoding == "html"
    assert [line.text for line in loaded.lines] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH ĐỒNG THÁP",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2026",
        "Căn cứ Nghị quyết số 57-NQ/TW;",
        "Văn bản trong div",
        "I. NHIỆM VỤ",
        "Rà soát văn bản;",
        "cấp tỉnh",
        "cấp xã",
        "Tập huấn.",
        "Dòng một",
        "Dòng hai",
        "Nơi nhận:",
    ]
    assert [(b.kind, b.level, b.lines) for b in loaded.blocks] == [
        ("paragraph", 0, (1, 2)),
        ("heading", 1, (3, 3)),
        ("heading", 3, (4, 4)),
        ("paragraph", 0, (5, 5)),
        ("paragraph", 0, (6, 6)),
        ("paragraph", 0, (7, 7)),
        ("list_item", 1, (8, 8)),
        ("list_item", 2, (9, 9)),
        ("list_item", 2, (10, 10)),
        ("list_item", 1, (11, 11)),
        ("paragraph", 0, (12, 13)),
        ("paragraph", 0, (14, 14)),
    ]
    assert loaded.blocks[0].text == "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"
    assert [line.locator for line in loaded.lines[:3]] == ["đoạn 1", "đoạn 1", "đoạn 2"]


def test_table_with_rowspan_colspan_and_nested_table(tmp_path):
    page = """<html><body><p>PHỤ LỤC</p>
<table><caption>Danh mục nhiệm vụ</caption>
<tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>
<tr><td>I</td><td colspan="3"><b>NHIỆM VỤ CHUNG</b></td></tr>
<tr><td>1</td><td>Rà soát<br>văn bản</td><td rowspan="2">Sở Tư pháp</td><td rowspan="0">2026</td></tr>
<tr><td>2</td><td><p>Tập huấn</p><table><tr><td>cấp tỉnh</td><td>cấp xã</td></tr></table></td></tr>
<tr><td>3</td><td>Kiểm tra</td><td></td></tr>
</table><p>Nơi nhận:</p></body></html>"""
    loaded = load_file(write(tmp_path, "phu-luc.htm", page))
    (table,) = loaded.tables
    cells = [(c.text, c.row, c.col, c.rowspan, c.colspan) for row in table.rows for c in row]
    assert cells == [
        ("TT", 0, 0, 1, 1),
        ("Nhiệm vụ", 0, 1, 1, 1),
        ("Chủ trì", 0, 2, 1, 1),
        ("Thời gian", 0, 3, 1, 1),
        ("I", 1, 0, 1, 1),
        ("NHIỆM VỤ CHUNG", 1, 1, 1, 3),
        ("1", 2, 0, 1, 1),
        ("Rà soát văn bản", 2, 1, 1, 1),
        ("Sở Tư pháp", 2, 2, 2, 1),
        ("2026", 2, 3, 3, 1),  # rowspan="0": to the end of the table
        ("2", 3, 0, 1, 1),
        ("Tập huấn cấp tỉnh cấp xã", 3, 1, 1, 1),
        ("3", 4, 0, 1, 1),
        ("Kiểm tra", 4, 1, 1, 1),  # the empty cell after it gives no Cell
    ]
    assert table.ncols == 4 and table.locator == "bảng 1"
    texts = [line.text for line in loaded.lines]
    assert texts[:2] == ["PHỤ LỤC", "Danh mục nhiệm vụ"]
    assert texts[-1] == "Nơi nhận:"
    task = table.rows[2][1]
    assert texts[task.lines[0] - 1 : task.lines[1]] == ["Rà soát", "văn bản"]
    assert {loaded.lines[n - 1].locator for n in range(task.lines[0], task.lines[1] + 1)} == {
        "bảng 1, hàng 3, ô 2"
    }
    assert [b.kind for b in loaded.blocks] == ["paragraph", "paragraph", "table", "paragraph"]


def test_plan_as_html(tmp_path):
    paragraphs, table = make_plan_paragraphs()
    loaded = load_file(make_html(tmp_path / "ke-hoach.html", paragraphs, table))
    assert [line.text for line in loaded.lines[: len(paragraphs)]] == paragraphs
    (grid,) = loaded.tables
    assert [c.text for c in grid.rows[0]] == TABLE_HEADER
    assert [c.text for c in grid.rows[1]][1:3] == [UNIQUE_TASK, UNIQUE_LEAD]


@pytest.mark.parametrize("codec", ["windows-1258", "utf-16"])
def test_declared_or_marked_encodings(tmp_path, codec):
    text = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>'
    text += "<body><p>Ủy ban nhân dân tỉnh Cà Mau</p></body></html>"
    data = cp1258_bytes(text) if codec == "windows-1258" else text.encode("utf-16")
    path = tmp_path / "cu.html"
    path.write_bytes(data)
    loaded = load_file(path)
    assert loaded.format == "html"
    assert unicodedata.normalize("NFC", loaded.lines[0].text) == "Ủy ban nhân dân tỉnh Cà Mau"


def test_format_is_decided_by_content(tmp_path):
    plain = load_file(write(tmp_path, "ghi-chu.html", "Kế hoạch số 12/KH-UBND\nkhông có thẻ HTML nào\n"))
    assert plain.format == "text" and [line.text for line in plain.lines][0] == "Kế hoạch số 12/KH-UBND"
    as_text = load_file(write(tmp_path, "trang.txt", PORTAL_PAGE))  # only .html/.htm are read as HTML
    assert as_text.format == "text" and as_text.lines[0].text == "<!DOCTYPE html>"


def test_page_without_visible_text_is_refused(tmp_path):
    path = write(
        tmp_path,
        "rong.html",
        "<html><head><title>x</title><script>var a=1;</script></head><body> </body></html>",
    )
    with pytest.raises(LoadError) as info:
        load_file(path)
    assert str(info.value).startswith("rong.html: ") and "không có nội dung chữ" in str(info.value)


def test_broken_markup_is_read_as_a_browser_would(tmp_path):
    loaded = load_file(write(tmp_path, "hong.html", "<html><body><p>Sở Tư pháp<table><tr><td>Ô một<td>Ô hai"))
    assert [line.text for line in loaded.lines] == ["Sở Tư pháp", "Ô một", "Ô hai"]
    assert [(c.text, c.col) for c in loaded.tables[0].rows[0]] == [("Ô một", 0), ("Ô hai", 1)]


def test_wrong_charset_declaration_falls_back_to_the_bytes(tmp_path):
    text = '<html><head><meta charset="utf-8"></head><body><p>Ủy ban nhân dân tỉnh Cà Mau</p></body></html>'
    path = tmp_path / "khai-sai.html"
    path.write_bytes(cp1258_bytes(text))  # declares UTF-8, stored as Windows-1258
    loaded = load_file(path)
    assert loaded.format == "html"
    assert unicodedata.normalize("NFC", loaded.lines[0].text) == "Ủy ban nhân dân tỉnh Cà Mau"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (bytes(range(256)) * 40, "nhị phân"),
        (b"", "tệp rỗng"),
        ("<html><body><p>Kế hoạch\x1b[0m\x07\x02".encode() * 40, "ký tự điều khiển"),
    ],
)
def test_bad_html_files_are_refused_with_one_line(tmp_path, data, fragment):
    path = tmp_path / "hong.html"
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        load_file(path)
    message = str(info.value)
    assert message.startswith("hong.html: ") and "\n" not in message and fragment in message


def test_only_the_main_region_of_a_portal_page(tmp_path):
    page = """<html><body><header><p>Cổng thông tin điện tử</p><form><input name="q"></form></header>
<div class="sidebar"><p>Văn bản mới</p></div>
<main><h1>QUYẾT ĐỊNH</h1><p>Số: 2597/QĐ-TTg</p></main>
<footer><p>Bản quyền thuộc về Cổng</p></footer></body></html>"""
    loaded = load_file(write(tmp_path, "qd.html", page))
    assert [line.text for line in loaded.lines] == ["QUYẾT ĐỊNH", "Số: 2597/QĐ-TTg"]
    assert [line.text for line in load_file(write(tmp_path, "kh.html", PORTAL_PAGE)).lines][-1] == "Nơi nhận:"


def test_page_laid_out_in_a_table_keeps_its_data_table(tmp_path):
    """Old portal pages put the whole document in one layout cell; the task table inside is the table."""
    page = """<html><body><table width="100%"><tr><td>
<p>ỦY BAN NHÂN DÂN TỈNH</p><h2>KẾ HOẠCH</h2>
<table border="1"><tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th></tr>
<tr><td>1</td><td>Rà soát</td><td>Sở Tư pháp</td></tr></table>
<p>Nơi nhận:</p></td></tr>
<tr><td><p>Trang 1</p></td></tr></table></body></html>"""
    loaded = load_file(write(tmp_path, "bo-cuc.html", page))
    assert [line.text for line in loaded.lines] == [
        "ỦY BAN NHÂN DÂN TỈNH",
        "KẾ HOẠCH",
        "TT",
        "Nhiệm vụ",
        "Chủ trì",
        "1",
        "Rà soát",
        "Sở Tư pháp",
        "Nơi nhận:",
        "Trang 1",
    ]
    (table,) = loaded.tables
    assert table.locator == "bảng 1" and [c.text for c in table.rows[1]] == ["1", "Rà soát", "Sở Tư pháp"]
    assert [b.kind for b in loaded.blocks] == ["paragraph", "heading", "table", "paragraph", "paragraph"]
    assert loaded.lines[5].locator == "bảng 1, hàng 2, ô 1"
