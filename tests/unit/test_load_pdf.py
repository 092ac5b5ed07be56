"""The PDF loader's ruled tables on real reportlab files: spans, pages, several tables."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from eval.table_render import expected_cells, grid_of, load_rendered, write_html
from indexer.load import load_file
from tests.make_docs import make_pdf
from tests.make_tables import bundled_spec, external_spec

BODY = ["KẾ HOẠCH", "Triển khai các nhiệm vụ tại Phụ lục kèm theo."]


def test_table_continued_over_pages_is_one_table(tmp_path):
    spec = external_spec("dev02_banbithu_qd384")
    loaded, tables = load_rendered(spec, "pdf", tmp_path, BODY)
    (table,) = tables
    assert table.locator == "trang 1, bảng 1"
    pages = {loaded.lines[n - 1].page for n in range(table.lines[0], table.lines[1] + 1)}
    assert len(pages) >= 3
    # the page number printed above the continuation is a line, not a cell
    assert any(line.text == "2" and line.locator == "trang 2" for line in loaded.lines)
    # the header the PDF repeats on every page is shown (lines) but is one row of the table
    header_lines = [line for line in loaded.lines if line.text == "Cơ quan chủ quản dữ liệu"]
    assert len(header_lines) == len(pages)
    assert sum(cell.text == "Cơ quan chủ quản dữ liệu" for row in table.rows for cell in row) == 1
    assert grid_of(tables) == expected_cells(spec)
    for row in table.rows:
        for cell in row:
            line = loaded.lines[cell.lines[0] - 1]
            assert cell.lines[0] == cell.lines[1] and line.text == cell.text
            assert line.locator.startswith(f"trang {line.page}, bảng 1, hàng ")
            assert line.locator.endswith(f", ô {cell.col + 1}")


def test_tables_apart_are_separate_and_text_is_not_a_block(tmp_path):
    path = make_pdf(tmp_path / "hai-bang.pdf", ["Bảng chỉ tiêu"], [["Chỉ tiêu", "Giá trị"], ["GRDP", "8%"]])
    loaded = load_file(path)
    assert loaded.format == "pdf"
    (table,) = loaded.tables
    assert [[c.text for c in row] for row in table.rows] == [["Chỉ tiêu", "Giá trị"], ["GRDP", "8%"]]
    assert [b.kind for b in loaded.blocks] == ["table"]  # text outside tables stays in the lines

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from tests.make_docs import _register_font

    font = _register_font()
    style = ParagraphStyle("b", fontName=font, fontSize=11)
    grid = [("GRID", (0, 0), (-1, -1), 0.6, "black")]
    first = Table([["TT", "Nhiệm vụ"], ["1", "Rà soát"]], style=grid)
    second = Table([["Chỉ tiêu", "Năm 2026", "Năm 2030"], ["Dữ liệu mở", "05", "20"]], style=grid)
    for t in (first, second):
        t.setStyle([("FONTNAME", (0, 0), (-1, -1), font)])
    path = tmp_path / "bang-rieng.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [first, Spacer(1, 12), Paragraph("Phụ lục II", style), Spacer(1, 12), second]
    )
    loaded = load_file(path)
    assert [t.locator for t in loaded.tables] == ["trang 1, bảng 1", "trang 1, bảng 2"]
    assert [t.ncols for t in loaded.tables] == [2, 3]
    texts = [line.text for line in loaded.lines]
    assert texts.index("Phụ lục II") == loaded.tables[0].lines[1]  # the line right after table 1


def test_wrapped_cell_lines_join_as_printed():
    from indexer.load_pdf import join_wrapped

    assert join_wrapped("Quí IV-\n2025") == "Quí IV-2025"
    assert join_wrapped("Sở Kế hoạch và\nĐầu tư") == "Sở Kế hoạch và Đầu tư"
    assert join_wrapped("- Trình UBTVQH;\n-\nTrình Quốc hội") == "- Trình UBTVQH; - Trình Quốc hội"
    assert join_wrapped("  \nSở  Tư\tpháp\n") == "Sở Tư pháp"


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
@pytest.mark.parametrize("which", ["dev09_dongthap_kh617", "bundled_000"])
def test_browser_printed_pdf_with_rows_cut_by_page_breaks(tmp_path, which):
    """Another writer: Chromium prints the HTML table to PDF, cutting rows and merged cells at page
    breaks (no rule where a cell goes on) and repeating the header; the grid still comes out whole."""
    spec = bundled_spec("000_") if which == "bundled_000" else external_spec(which)
    page = write_html(spec, tmp_path / "bang.html", BODY)
    pdf = tmp_path / "bang.pdf"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    loaded = load_file(pdf)
    assert len({line.page for line in loaded.lines}) >= 2
    assert len(loaded.tables) == 1
    assert grid_of(loaded.tables) == expected_cells(spec)
    words = " ".join(line.text for line in loaded.lines)
    for cell in expected_cells(spec):  # nothing printed is lost: every cell's words are in the lines
        assert all(word in words for word in cell.text.split()), cell


def test_row_split_over_a_page_break_is_one_row(tmp_path):
    """reportlab's splitInRow cuts a tall row at the page end and draws no rule where it goes on."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as PdfTable

    from tests.make_docs import _register_font

    style = ParagraphStyle("c", fontName=_register_font(), fontSize=9, leading=11)
    long_task = " ".join(["Rà soát, sửa đổi, bổ sung các văn bản quy phạm pháp luật thuộc thẩm quyền;"] * 30)
    rows = [("TT", "Nhiệm vụ", "Chủ trì", "Thời gian")]
    rows += [
        (str(i), long_task if i == 3 else f"Nhiệm vụ số {i}", "Sở Tư pháp", "Năm 2026") for i in range(1, 6)
    ]
    grid = PdfTable(
        [[Paragraph(v, style) for v in row] for row in rows], colWidths=[30, 300, 100, 80], splitInRow=1
    )
    grid.setStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    path = tmp_path / "cat-hang.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Spacer(1, 560), grid])
    loaded = load_file(path)
    (table,) = loaded.tables
    assert [[c.text for c in row] for row in table.rows] == [list(row) for row in rows]
    cut = table.rows[3][1]
    assert {loaded.lines[n - 1].page for n in cut.lines} == {1, 2}  # its lines reach over the break
