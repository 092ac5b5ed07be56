"""The DOCX loader on real python-docx files: blocks in reading order, merges read from the XML."""

from __future__ import annotations

import copy

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from indexer.load import load_file


def save(document, tmp_path, name="van-ban.docx"):
    path = tmp_path / name
    document.save(str(path))
    return load_file(path)


def kinds(loaded):
    return [(b.kind, b.level, b.text) for b in loaded.blocks if b.kind != "table"]


def test_headings_list_items_and_paragraphs_in_reading_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH", style="Title")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU", style="Heading 1")
    document.add_paragraph("1. Mục đích", style="Heading 2")
    document.add_paragraph("Nâng cao chất lượng phục vụ người dân.")
    document.add_paragraph("Rà soát thủ tục hành chính;", style="List Number")
    document.add_paragraph("Cập nhật Cổng dịch vụ công.", style="List Bullet 2")
    outlined = document.add_paragraph("II. NHIỆM VỤ")  # body style with an outline level set by hand
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    outlined._p.get_or_add_pPr().append(level)
    numbered = document.add_paragraph("Tập huấn công chức")  # numbering set on the paragraph itself
    num_pr = numbered._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 1
    num_pr.get_or_add_numId().val = 1
    loaded = save(document, tmp_path)
    assert loaded.format == "docx"
    assert kinds(loaded) == [
        ("heading", 1, "KẾ HOẠCH"),
        ("heading", 1, "I. MỤC ĐÍCH, YÊU CẦU"),
        ("heading", 2, "1. Mục đích"),
        ("paragraph", 0, "Nâng cao chất lượng phục vụ người dân."),
        ("list_item", 1, "1. Rà soát thủ tục hành chính;"),  # Word's automatic number, as printed
        ("list_item", 1, "• Cập nhật Cổng dịch vụ công."),
        ("heading", 1, "II. NHIỆM VỤ"),
        ("list_item", 2, "Tập huấn công chức"),
    ]
    assert [b.lines for b in loaded.blocks] == [(n, n) for n in range(1, 9)]
    assert [line.locator for line in loaded.lines] == [f"đoạn {n}" for n in range(1, 9)]


def test_soft_line_breaks_are_lines_of_one_block(tmp_path):
    document = docx.Document()
    document.add_paragraph("")  # counted, gives no line
    paragraph = document.add_paragraph("ỦY BAN NHÂN DÂN")
    paragraph.add_run().add_break()
    paragraph.add_run("TỈNH HÀ TĨNH")
    loaded = save(document, tmp_path)
    assert [(line.text, line.locator) for line in loaded.lines] == [
        ("ỦY BAN NHÂN DÂN", "đoạn 2"),
        ("TỈNH HÀ TĨNH", "đoạn 2"),
    ]
    assert [(b.kind, b.lines, b.text) for b in loaded.blocks] == [
        ("paragraph", (1, 2), "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
    ]


def test_merges_from_python_docx_are_spans(tmp_path):
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    grid = document.add_table(rows=4, cols=3)
    grid.cell(0, 0).merge(grid.cell(0, 2)).text = "I. NHÓM NHIỆM VỤ"
    grid.cell(1, 2).merge(grid.cell(3, 2)).text = "Sở Tư pháp"
    for r, name in ((1, "Rà soát văn bản"), (2, "Tập huấn"), (3, "Kiểm tra")):
        grid.cell(r, 0).text = str(r)
        grid.cell(r, 1).text = name
    loaded = save(document, tmp_path)
    (table,) = loaded.tables
    assert table.ncols == 3 and table.locator == "bảng 1" and table.spans_known
    cells = [(c.text, c.row, c.col, c.rowspan, c.colspan) for row in table.rows for c in row]
    assert cells == [
        ("I. NHÓM NHIỆM VỤ", 0, 0, 1, 3),
        ("1", 1, 0, 1, 1),
        ("Rà soát văn bản", 1, 1, 1, 1),
        ("Sở Tư pháp", 1, 2, 3, 1),
        ("2", 2, 0, 1, 1),
        ("Tập huấn", 2, 1, 1, 1),
        ("3", 3, 0, 1, 1),
        ("Kiểm tra", 3, 1, 1, 1),
    ]
    lead = table.rows[1][2]
    assert loaded.lines[lead.lines[0] - 1].locator == "bảng 1, hàng 2, ô 3"
    assert [b.kind for b in loaded.blocks] == ["paragraph", "table"]
    assert loaded.blocks[1].lines == table.lines == (2, 9)


def test_nested_table_is_read_into_its_cell(tmp_path):
    document = docx.Document()
    grid = document.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = "Sản phẩm"
    outer = grid.cell(0, 1)
    outer.text = "Gồm:"
    inner = outer.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Báo cáo"
    inner.cell(0, 1).text = "Quyết định"
    outer.add_paragraph("")  # Word requires a paragraph after a nested table
    loaded = save(document, tmp_path)
    (table,) = loaded.tables
    cell = table.rows[0][1]
    assert cell.text == "Gồm: Báo cáo Quyết định"
    assert [line.text for line in loaded.lines[cell.lines[0] - 1 : cell.lines[1]]] == [
        "Gồm:",
        "Báo cáo",
        "Quyết định",
    ]
    assert {line.locator for line in loaded.lines[cell.lines[0] - 1 : cell.lines[1]]} == {
        "bảng 1, hàng 1, ô 2"
    }


def test_grid_before_and_content_controls(tmp_path):
    """A row that starts one grid column in (w:gridBefore) places its cells after it; paragraphs and
    rows inside content controls (w:sdt) are read like any other."""
    document = docx.Document()
    grid = document.add_table(rows=2, cols=3)
    for c, text in enumerate(("TT", "Nhiệm vụ", "Chủ trì")):
        grid.cell(0, c).text = text
    grid.cell(1, 1).text = "Tập huấn"
    grid.cell(1, 2).text = "Sở Nội vụ"
    tr = grid.rows[1]._tr
    tr.remove(tr.tc_lst[0])
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    tr.get_or_add_trPr().insert(0, before)
    paragraph = document.add_paragraph("Nơi nhận:")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    paragraph._p.addprevious(sdt)
    content.append(copy.deepcopy(paragraph._p))
    paragraph._p.getparent().remove(paragraph._p)
    loaded = save(document, tmp_path)
    (table,) = loaded.tables
    assert [(c.text, c.row, c.col) for c in table.rows[1]] == [("Tập huấn", 1, 1), ("Sở Nội vụ", 1, 2)]
    assert loaded.lines[-1].text == "Nơi nhận:" and loaded.blocks[-1].kind == "paragraph"


def test_vmerge_continuation_text_stays_readable(tmp_path):
    """Word keeps a continuation cell empty; if a file still holds text there, it is not lost."""
    document = docx.Document()
    grid = document.add_table(rows=2, cols=2)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "Sở Tư pháp"
    grid.cell(0, 1).text = "Rà soát"
    grid.cell(1, 1).text = "Tập huấn"
    continuation = grid.rows[1]._tr.tc_lst[0]
    continuation.clear_content()
    continuation.add_p().append(copy.deepcopy(grid.cell(0, 1)._tc.p_lst[0].r_lst[0]))
    loaded = save(document, tmp_path)
    (table,) = loaded.tables
    assert (table.rows[0][0].text, table.rows[0][0].rowspan) == ("Sở Tư pháp", 2)
    assert [line.text for line in loaded.lines].count("Rà soát") == 2


@pytest.mark.parametrize("deleted", [True, False])
def test_tracked_changes(tmp_path, deleted):
    """Deleted text (w:del) is not shown; inserted text (w:ins) is."""
    document = docx.Document()
    paragraph = document.add_paragraph("Thời hạn: ")
    wrapper = OxmlElement("w:del" if deleted else "w:ins")
    wrapper.set(qn("w:id"), "1")
    wrapper.set(qn("w:author"), "A")
    run = paragraph.add_run("Quý II")._r
    paragraph._p.remove(run)
    if deleted:
        text = run.find(qn("w:t"))
        text.tag = qn("w:delText")
    wrapper.append(run)
    paragraph._p.append(wrapper)
    paragraph.add_run("năm 2026" if deleted else " năm 2026")
    loaded = save(document, tmp_path)
    assert loaded.lines[0].text == ("Thời hạn: năm 2026" if deleted else "Thời hạn: Quý II năm 2026")


NUMBERING = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%2.%5"/></w:lvl>
</w:abstractNum>"""


def number(paragraph, num_id: int, ilvl: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def test_automatic_numbers_and_bullets_are_shown_as_printed(tmp_path):
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    items = [
        ("MỤC ĐÍCH, YÊU CẦU", 90, 0),
        ("Mục đích", 90, 1),
        ("Nâng cao chất lượng;", 90, 2),
        ("Giảm thời gian.", 90, 2),
        ("cấp tỉnh;", 90, 3),
        ("Yêu cầu", 90, 1),
        ("Đúng hạn", 90, 4),
        ("NHIỆM VỤ", 90, 0),
        ("Rà soát", 90, 1),
        ("Một danh sách mới bắt đầu lại", 91, 1),
    ]
    for text, num_id, ilvl in items:
        number(document.add_paragraph(text), num_id, ilvl)
    grid = document.add_table(rows=3, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "STT", "Nhiệm vụ"
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    for r, task in ((1, "Rà soát văn bản"), (2, "Tập huấn")):
        number(grid.cell(r, 0).paragraphs[0], 92, 1)  # the STT column: empty cells numbered by Word
        grid.cell(r, 1).text = task
    loaded = save(document, tmp_path)
    assert [line.text for line in loaded.lines[: len(items)]] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Nâng cao chất lượng;",
        "b) Giảm thời gian.",
        "- cấp tỉnh;",
        "2. Yêu cầu",
        "2.1Đúng hạn",
        "II. NHIỆM VỤ",
        "1. Rà soát",
        "1. Một danh sách mới bắt đầu lại",
    ]
    assert [(b.kind, b.level) for b in loaded.blocks[:3]] == [
        ("list_item", 1),
        ("list_item", 2),
        ("list_item", 3),
    ]
    (table,) = loaded.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["STT", "Nhiệm vụ"],
        ["1.", "Rà soát văn bản"],
        ["2.", "Tập huấn"],
    ]


def test_legacy_horizontal_merge(tmp_path):
    """Older writers merge across columns with w:hMerge restart/continue instead of w:gridSpan."""
    document = docx.Document()
    grid = document.add_table(rows=2, cols=3)
    for c, text in enumerate(("TT", "Nhiệm vụ", "Chủ trì")):
        grid.cell(1, c).text = text
    grid.cell(0, 0).text = "I. NHIỆM VỤ CHUNG"
    for c, value in enumerate(("restart", "continue", "continue")):
        merge = OxmlElement("w:hMerge")
        if value == "restart":
            merge.set(qn("w:val"), value)
        grid.cell(0, c)._tc.get_or_add_tcPr().append(merge)
    loaded = save(document, tmp_path)
    (table,) = loaded.tables
    assert [(c.text, c.col, c.colspan) for c in table.rows[0]] == [("I. NHIỆM VỤ CHUNG", 0, 3)]
    assert [c.text for c in table.rows[1]] == ["TT", "Nhiệm vụ", "Chủ trì"]


FOOTNOTES = f"""<w:footnotes {nsdecls("w")}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Sau khi sửa đổi Luật, nội dung này do Ủy ban Kinh tế thực hiện.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Theo Nghị quyết số 57-NQ/TW.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def test_footnotes_are_marked_where_referenced_and_read_after_the_body(tmp_path):
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    first = document.add_paragraph("Ủy ban Pháp luật chủ trì thẩm tra")
    second = document.add_paragraph("Chuyển đổi số toàn diện")
    for paragraph, note_id in ((first, "7"), (second, "3")):
        run = paragraph.add_run()._r
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), note_id)
        run.append(reference)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, FOOTNOTES.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    loaded = save(document, tmp_path)
    assert [(line.text, line.locator) for line in loaded.lines] == [
        ("Ủy ban Pháp luật chủ trì thẩm tra[1]", "đoạn 1"),
        ("Chuyển đổi số toàn diện[2]", "đoạn 2"),
        ("[1] Sau khi sửa đổi Luật, nội dung này do Ủy ban Kinh tế thực hiện.", "chú thích 1"),
        ("[2] Theo Nghị quyết số 57-NQ/TW.", "chú thích 2"),
    ]
    assert [b.kind for b in loaded.blocks] == ["paragraph"] * 4


TEXT_BOX_RUN = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>
<w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p><w:p><w:r><w:t>Lần 2</w:t></w:r></w:p>
</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
<w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p><w:p><w:r><w:t>Lần 2</w:t></w:r></w:p>
</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def test_text_box_is_read_once_after_its_paragraph(tmp_path):
    document = docx.Document()
    anchor = document.add_paragraph("KẾ HOẠCH")
    anchor._p.append(parse_xml(TEXT_BOX_RUN))
    document.add_paragraph("Triển khai chuyển đổi số")
    loaded = save(document, tmp_path)
    assert [(line.text, line.locator) for line in loaded.lines] == [
        ("KẾ HOẠCH", "đoạn 1"),
        ("DỰ THẢO", "đoạn 1, khung chữ"),
        ("Lần 2", "đoạn 1, khung chữ"),
        ("Triển khai chuyển đổi số", "đoạn 2"),
    ]


def test_table_inside_a_one_column_frame_is_a_table(tmp_path):
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = "PHỤ LỤC"
    inner = cell.add_table(rows=2, cols=3)
    for c, (head, value) in enumerate(
        zip(("TT", "Nhiệm vụ", "Chủ trì"), ("1", "Rà soát", "Sở Tư pháp"), strict=True)
    ):
        inner.cell(0, c).text, inner.cell(1, c).text = head, value
    cell.add_paragraph("Ghi chú")
    loaded = save(document, tmp_path)
    (table,) = loaded.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["TT", "Nhiệm vụ", "Chủ trì"],
        ["1", "Rà soát", "Sở Tư pháp"],
    ]
    assert [b.kind for b in loaded.blocks] == ["paragraph", "table", "paragraph"]
    assert [line.locator for line in loaded.lines][:2] == ["đoạn 1", "bảng 1, hàng 1, ô 1"]
