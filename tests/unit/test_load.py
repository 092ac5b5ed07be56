"""indexer.load on real files: the corpus TXT, generated PDF/DOCX, and every kind of bad input."""

from __future__ import annotations

import hashlib
import random
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from indexer.load import SUPPORTED_SUFFIXES, LoadError, iter_source_files, load_file
from tests.make_docs import (
    TABLE_HEADER,
    UNIQUE_DEADLINE,
    UNIQUE_LEAD,
    UNIQUE_TASK,
    make_docx,
    make_image_only_pdf,
    make_pdf,
    make_plan_paragraphs,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS_000 = next((ROOT / "corpus").glob("000_*.txt"))
VIETNAMESE = "Ủy ban nhân dân tỉnh Hà Tĩnh giao Sở Tư pháp chủ trì, hoàn thành trong Quý III năm 2026."


def expect_error(path: Path, *fragments: str, max_mb: float = 50.0) -> str:
    with pytest.raises(LoadError) as info:
        load_file(path, max_mb=max_mb)
    message = str(info.value)
    assert message.startswith(f"{path.name}: ")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def cp1258_bytes(text: str) -> bytes:
    """How Windows-1258 stores Vietnamese: base letter (â, ơ, ư ... precomposed) + combining tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")


def cell_texts(lines) -> dict[str, str]:
    return {line.locator: line.text for line in lines if "bảng" in line.locator}


# --- TXT ---------------------------------------------------------------------------------------


def test_corpus_txt_line_n_is_sed_line_n():
    doc = load_file(CORPUS_000)
    assert doc.encoding == "utf-8"
    assert [line.n for line in doc.lines] == list(range(1, len(doc.lines) + 1))
    for n in (1, 3, 446, 1096, len(doc.lines)):
        sed = subprocess.run(["sed", "-n", f"{n}p", str(CORPUS_000)], capture_output=True, check=True)
        assert doc.lines[n - 1].text == sed.stdout.decode("utf-8").removesuffix("\n"), n
    total = subprocess.run(["sed", "-n", "$=", str(CORPUS_000)], capture_output=True, text=True, check=True)
    assert len(doc.lines) == int(total.stdout)
    assert doc.sha256 == hashlib.sha256(CORPUS_000.read_bytes()).hexdigest()


def test_txt_keeps_text_as_is_and_only_newline_splits(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffdòng một \r\n\tdòng\rhai\x0c\n\nHoà  \n".encode())
    doc = load_file(path)
    assert doc.encoding == "utf-8"
    assert [line.text for line in doc.lines] == ["dòng một ", "\tdòng\rhai\x0c", "", "Hoà  "]
    assert doc.lines[3].n == 4


def test_cp1258_text_is_detected_and_decoded(tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes(cp1258_bytes(VIETNAMESE + "\nNơi nhận:\n"))
    doc = load_file(path)
    assert doc.encoding == "cp1258"
    assert unicodedata.normalize("NFC", doc.lines[0].text) == VIETNAMESE
    assert unicodedata.normalize("NFC", doc.lines[1].text) == "Nơi nhận:"
    assert doc.lines[1].text != "Nơi nhận:"  # decoded as stored (tone as a combining mark), not rewritten


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom(tmp_path, codec):
    path = tmp_path / "u16.txt"
    path.write_bytes(f"{VIETNAMESE}\r\nKẾ HOẠCH\r\n".encode(codec))
    doc = load_file(path)
    assert doc.encoding == "utf-16"
    assert [line.text for line in doc.lines] == [VIETNAMESE, "KẾ HOẠCH"]


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    expect_error(path, "tệp rỗng")


def test_whitespace_only_file_is_refused(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text("\n  \n\t\n", encoding="utf-8")
    expect_error(path, "không có nội dung chữ")


def test_binary_garbage_is_refused(tmp_path):
    path = tmp_path / "rac.txt"
    path.write_bytes(random.Random(7).randbytes(5000))
    expect_error(path, "nhị phân")


def test_garbage_without_nul_bytes_is_refused(tmp_path):
    rng = random.Random(3)
    path = tmp_path / "rac2.txt"
    path.write_bytes(
        bytes(
            rng.choice(
                [b for b in range(1, 256) if b not in (0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E)]
            )
            for _ in range(4000)
        )
    )
    expect_error(path, "không giống văn bản")


def test_text_with_many_control_characters_is_refused(tmp_path):
    path = tmp_path / "dk.txt"
    path.write_bytes(("Kế hoạch \x1b[0m\x07\x02" * 50).encode())
    expect_error(path, "ký tự điều khiển")


# --- type, size and suffix checks ----------------------------------------------------------


@pytest.mark.parametrize("name", ["bang.xlsx", "cu.doc", "anh.png", "khong-duoi"])
def test_unsupported_suffix_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text("Kế hoạch", encoding="utf-8")
    message = expect_error(path, "không được hỗ trợ", ".docx")
    if name.endswith(".doc"):
        assert "lưu lại" in message


def test_missing_file_and_folder_are_refused(tmp_path):
    expect_error(tmp_path / "khong-co.txt", "không tìm thấy")
    folder = tmp_path / "thu-muc.pdf"
    folder.mkdir()
    expect_error(folder, "thư mục")


def test_file_over_size_limit_is_refused(tmp_path):
    path = tmp_path / "lon.txt"
    path.write_text("Kế hoạch triển khai.\n" * 12000, encoding="utf-8")
    size_mb = f"{path.stat().st_size / 1024 / 1024:.2f} MB"
    expect_error(path, "quá lớn", size_mb, "giới hạn 0.1 MB", max_mb=0.1)
    assert load_file(path, max_mb=1).lines[-1].n == 12000


def test_type_is_read_from_content_not_suffix(tmp_path):
    paragraphs, _ = make_plan_paragraphs()
    disguised = make_pdf(tmp_path / "that-ra-la-pdf.txt", paragraphs[:6])
    assert load_file(disguised).encoding == "pdf"
    fake = tmp_path / "gia.pdf"
    fake.write_text("Đây là văn bản thường, không phải PDF.", encoding="utf-8")
    expect_error(fake, "PDF hỏng hoặc không đọc được")
    fake_docx = tmp_path / "gia.docx"
    fake_docx.write_text("Đây là văn bản thường.", encoding="utf-8")
    expect_error(fake_docx, "không phải tệp ZIP")


# --- PDF ---------------------------------------------------------------------------------------


def test_vietnamese_pdf_with_table(tmp_path):
    paragraphs, table = make_plan_paragraphs()
    path = make_pdf(tmp_path / "ke-hoach.pdf", paragraphs, table)
    doc = load_file(path)
    assert doc.encoding == "pdf"
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [line.n for line in doc.lines] == list(range(1, len(doc.lines) + 1))
    texts = [unicodedata.normalize("NFC", line.text) for line in doc.lines]
    assert texts[:6] == paragraphs[:6]  # header lines, diacritics intact, in reading order
    assert doc.lines[0].page == 1 and doc.lines[0].locator == "trang 1"
    assert {line.page for line in doc.lines} == {1, 2}  # numbering continues across pages
    assert all(line.locator.startswith(f"trang {line.page}") for line in doc.lines)

    cells = cell_texts(doc.lines)
    page = next(line.page for line in doc.lines if "bảng 1" in line.locator)
    header = [cells[f"trang {page}, bảng 1, hàng 1, ô {c}"] for c in range(1, 7)]
    assert header == TABLE_HEADER
    assert cells[f"trang {page}, bảng 1, hàng 2, ô 2"] == UNIQUE_TASK
    assert cells[f"trang {page}, bảng 1, hàng 2, ô 3"] == UNIQUE_LEAD
    assert cells[f"trang {page}, bảng 1, hàng 2, ô 6"] == UNIQUE_DEADLINE
    # cells come as consecutive lines, header first, and the table text is not repeated as running text
    first_cell = next(i for i, line in enumerate(doc.lines) if "bảng 1" in line.locator)
    assert [line.text for line in doc.lines[first_cell : first_cell + 6]] == TABLE_HEADER
    assert sum(UNIQUE_DEADLINE in line.text for line in doc.lines) == 1
    # the appendix title printed above the table comes before it
    title = texts.index("DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH")
    assert title < first_cell


def test_password_protected_pdf_is_refused(tmp_path):
    paragraphs, table = make_plan_paragraphs()
    path = make_pdf(tmp_path / "mat-khau.pdf", paragraphs, table, password="bi-mat")
    expect_error(path, "mật khẩu")


def test_corrupt_pdf_is_refused(tmp_path):
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.7\n" + random.Random(11).randbytes(3000))
    expect_error(path, "PDF hỏng hoặc không đọc được")


def test_truncated_pdf_is_refused(tmp_path):
    paragraphs, table = make_plan_paragraphs()
    whole = make_pdf(tmp_path / "du.pdf", paragraphs, table).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) * 2 // 3])  # a download cut short
    expect_error(path, "PDF hỏng hoặc không đọc được")


def test_scanned_pdf_without_text_is_refused(tmp_path):
    path = make_image_only_pdf(tmp_path / "ban-quet.pdf")
    expect_error(path, "bản quét")


# --- DOCX --------------------------------------------------------------------------------------


def test_docx_with_table_in_body_order(tmp_path):
    import docx

    paragraphs, table = make_plan_paragraphs()
    path = make_docx(tmp_path / "ke-hoach.docx", paragraphs, table)
    document = docx.Document(str(path))
    document.add_paragraph("")  # empty paragraphs take a number but give no line
    document.add_paragraph("Ghi chú: phụ lục được cập nhật hằng quý.")
    document.save(str(path))

    doc = load_file(path)
    assert doc.encoding == "docx"
    assert [line.n for line in doc.lines] == list(range(1, len(doc.lines) + 1))
    assert [line.text for line in doc.lines[: len(paragraphs)]] == paragraphs
    assert [line.locator for line in doc.lines[:2]] == ["đoạn 1", "đoạn 2"]
    assert all(line.page is None for line in doc.lines)
    table_lines = doc.lines[len(paragraphs) : -1]
    assert [line.text for line in table_lines[:6]] == TABLE_HEADER
    assert table_lines[0].locator == "bảng 1, hàng 1, ô 1"
    cells = cell_texts(doc.lines)
    assert cells["bảng 1, hàng 2, ô 2"] == UNIQUE_TASK
    assert cells["bảng 1, hàng 2, ô 3"] == UNIQUE_LEAD
    assert cells["bảng 1, hàng 4, ô 6"] == "Năm 2026"
    assert len(table_lines) == 4 * 6
    assert doc.lines[-1].text == "Ghi chú: phụ lục được cập nhật hằng quý."
    assert doc.lines[-1].locator == f"đoạn {len(paragraphs) + 2}"


def test_docx_merged_cells_are_emitted_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    grid = document.add_table(rows=3, cols=3)
    grid.cell(0, 0).merge(grid.cell(0, 2)).text = "I. NHÓM NHIỆM VỤ"
    grid.cell(1, 0).merge(grid.cell(2, 0)).text = "Sở Tư pháp"
    grid.cell(1, 1).text = "Rà soát văn bản"
    grid.cell(2, 1).text = "Tập huấn"
    path = tmp_path / "gop-o.docx"
    document.save(str(path))
    doc = load_file(path)
    assert [(line.text, line.locator) for line in doc.lines] == [
        ("PHỤ LỤC", "đoạn 1"),
        ("I. NHÓM NHIỆM VỤ", "bảng 1, hàng 1, ô 1"),
        ("Sở Tư pháp", "bảng 1, hàng 2, ô 1"),
        ("Rà soát văn bản", "bảng 1, hàng 2, ô 2"),
        ("Tập huấn", "bảng 1, hàng 3, ô 2"),
    ]


def test_docx_that_is_a_zip_of_other_things_is_refused(tmp_path):
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ke-hoach.txt", "Kế hoạch")
        archive.writestr("anh/logo.png", b"\x89PNG\r\n")
    expect_error(path, "không phải DOCX", "word/document.xml")


def test_docx_with_broken_document_xml_is_refused(tmp_path):
    path = tmp_path / "hong.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
    expect_error(path, "DOCX hỏng hoặc không đọc được")


def test_legacy_or_encrypted_office_file_is_refused(tmp_path):
    path = tmp_path / "ma-hoa.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    expect_error(path, "mật khẩu", ".doc")


# --- iter_source_files -------------------------------------------------------------------------


def test_iter_source_files_expands_folders_and_keeps_named_files(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "con").mkdir(parents=True)
    (corpus / ".an").mkdir()
    for rel in [
        "b.txt",
        "a.PDF",
        "con/c.docx",
        "con/~$c.docx",
        "con/trang.htm",
        ".an/d.txt",
        ".e.txt",
        "manifest.json",
        "README.md",
        "anh.png",
        "cu.doc",
    ]:
        (corpus / rel).write_text("x", encoding="utf-8")
    named = tmp_path / "bang.xlsx"
    named.write_text("x", encoding="utf-8")
    found = iter_source_files([corpus, named, corpus / "b.txt"])
    assert found == [
        corpus / "a.PDF",
        corpus / "b.txt",
        corpus / "con" / "c.docx",
        corpus / "con" / "trang.htm",
        named,
    ]
    assert ".pdf" in SUPPORTED_SUFFIXES
    expect_error(named, "không được hỗ trợ")
