"""indexer.metadata: guessing from the five corpus texts and a generated plan, and the manifest."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from indexer.load import load_file
from indexer.metadata import (
    FIELDS,
    document_metadata,
    fold,
    guess_metadata,
    load_manifest,
    save_manifest_entry,
)
from tests.make_docs import make_plan_paragraphs

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


def corpus_lines(prefix: str) -> tuple[str, list[str]]:
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    return path.name, [line.text for line in load_file(path).lines]


@pytest.mark.parametrize(
    ("prefix", "province", "kind", "issuer"),
    [
        ("000", "Hà Tĩnh", "Kế hoạch", "UBND tỉnh Hà Tĩnh"),
        ("001", "Vĩnh Long", "Quyết định", "UBND tỉnh Vĩnh Long"),
        ("002", "Phú Thọ", "Kế hoạch", "UBND tỉnh Phú Thọ"),
        ("003", "Hải Phòng", "Kế hoạch", "UBND thành phố Hải Phòng"),
        ("004", "Hà Tĩnh", "Công văn", "Tỉnh ủy Hà Tĩnh"),
    ],
)
def test_guess_on_corpus_without_manifest(prefix, province, kind, issuer):
    name, lines = corpus_lines(prefix)
    guess = guess_metadata(name, lines)
    assert guess["province"] == province
    assert guess["kind"] == kind
    assert guess["issuer"] == issuer
    assert guess["draft"] is (prefix == "004")
    assert "66-NQ/TW" in guess["implements"]
    assert guess["title"].startswith(kind) and guess["title"].strip() == guess["title"]


def test_guess_number_and_date_of_the_decision():
    guess = guess_metadata(*corpus_lines("001"))
    assert guess["number"] == "1218/QĐ-UBND"
    assert guess["date"] == "2025-06-25"
    assert guess["implements"] == ["66-NQ/TW", "140/NQ-CP", "390-KH/TU", "09-KH/ĐUUB"]
    assert "trên địa bàn tỉnh Vĩnh Long" in guess["title"]


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_blank_number_and_day_give_none(prefix):
    guess = guess_metadata(*corpus_lines(prefix))
    assert guess["number"] is None  # "Số:      /KH-UBND", "Số   CV/TU"
    assert guess["date"] is None  # "Phú Thọ, ngày      tháng 6 năm 2025"


def test_wrapped_sentence_starting_with_so_is_not_the_number():
    # 003 has a body line "số 95-CTr/TU trên địa bàn thành phố ..." and no header number
    guess = guess_metadata(*corpus_lines("003"))
    assert guess["number"] is None
    assert guess["implements"][:2] == ["140/NQ-CP", "95-CTr/TU"]


def test_guess_generated_plan():
    paragraphs, _ = make_plan_paragraphs(province="Tây Nguyên Mới")
    guess = guess_metadata("ke-hoach.pdf", paragraphs)
    assert guess == {
        "name": "ke-hoach.pdf",
        "title": "Kế hoạch ứng dụng công nghệ số trong giải quyết thủ tục hành chính năm 2026"
        " (UBND tỉnh Tây Nguyên Mới)",
        "kind": "Kế hoạch",
        "number": "12/KH-UBND",
        "issuer": "UBND tỉnh Tây Nguyên Mới",
        "province": "Tây Nguyên Mới",
        "date": "2026-02-03",
        "draft": False,
        "national": False,
        "implements": ["66-NQ/TW"],
    }


def test_guess_reads_unnormalised_text_and_city_headers():
    lines = [
        "UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 45/QĐ-UBND Đà Nẵng, ngày 07 tháng 10 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế phối hợp thực hiện Nghị quyết số 66-NQ/TW",
        "Căn cứ Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ;",
    ]
    decomposed = [unicodedata.normalize("NFD", line) for line in lines]
    guess = guess_metadata("qd.txt", decomposed)
    assert guess == guess_metadata("qd.txt", lines)
    assert guess["issuer"] == "UBND thành phố Đà Nẵng"
    assert guess["province"] == "Đà Nẵng"
    assert (guess["kind"], guess["number"], guess["date"]) == ("Quyết định", "45/QĐ-UBND", "2025-10-07")
    assert guess["implements"] == ["66-NQ/TW", "140/NQ-CP"]


def test_guess_issuer_header_split_over_two_lines():
    lines = [
        "ỦY BAN NHÂN DÂN",
        "TỈNH KHÁNH HOÀ",
        "Số: 7/KH-UBND",
        "KẾ HOẠCH",
        "Phòng, chống thiên tai năm 2026",
    ]
    guess = guess_metadata("kh.docx", lines)
    assert (guess["issuer"], guess["province"]) == ("UBND tỉnh Khánh Hòa", "Khánh Hòa")
    assert guess["title"] == "Kế hoạch phòng, chống thiên tai năm 2026 (UBND tỉnh Khánh Hòa)"


def test_guess_without_any_signal_still_gives_a_title():
    guess = guess_metadata("ghi-chu.txt", ["", "ghi chép họp giao ban tuần", "nội dung khác"])
    assert guess["kind"] == "Văn bản"
    assert guess["title"] == "ghi chép họp giao ban tuần"
    assert guess["province"] is None and guess["issuer"] is None and guess["implements"] == []


def test_fold_unifies_tone_placement_case_and_normalisation():
    assert (
        fold("UỶ BAN Khánh Hoà")
        == fold("ủy ban khánh hòa")
        == fold(unicodedata.normalize("NFD", "Ủy ban Khánh Hòa"))
    )
    assert fold("Quý III") == "quý iii"


# --- manifest ----------------------------------------------------------------------------------


def test_corpus_manifest_describes_the_five_files():
    manifest = load_manifest(CORPUS)
    assert sorted(manifest) == sorted(path.name for path in CORPUS.glob("*.txt"))
    entry = manifest["001_9f40a26defcbfd25.txt"]
    assert (entry["kind"], entry["number"], entry["date"]) == ("Quyết định", "1218/QĐ-UBND", "2025-06-25")
    draft = manifest["004_fc3257a58dfb0180.txt"]
    assert draft["draft"] is True and draft["kind"] == "Công văn"
    assert draft["issuer"] == "Tỉnh ủy Hà Tĩnh (Ban Thường vụ)"
    assert all(set(entry) == set(FIELDS) for entry in manifest.values())


def test_missing_manifest_is_empty(tmp_path):
    assert load_manifest(tmp_path) == {}


def test_invalid_json_names_the_file(tmp_path):
    (tmp_path / "manifest.json").write_text('{"documents": [', encoding="utf-8")
    with pytest.raises(ValueError, match=r"manifest\.json: invalid JSON at line 1") as info:
        load_manifest(tmp_path)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"name": "a.txt", "date": "25/6/2025"}, "date"),
        ({"name": "a.txt", "date": "2025-02-30"}, "date"),
        ({"name": "a.txt", "draft": "yes"}, "draft"),
        ({"name": "a.txt", "implements": "66-NQ/TW"}, "implements"),
        ({"name": "a.txt", "title": ""}, "title"),
        ({"name": "a.txt", "number": 1218}, "number"),
        ({"name": "a.txt", "provice": "Hà Tĩnh"}, "provice"),
        ({"title": "Kế hoạch"}, "name"),
    ],
)
def test_invalid_field_names_manifest_and_field(tmp_path, entry, field):
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": [entry]}), encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_manifest(tmp_path)
    message = str(info.value)
    assert "manifest.json" in message and f"documents[0].{field}:" in message and "\n" not in message


def test_duplicate_entries_are_refused(tmp_path):
    data = {"documents": [{"name": "a.txt"}, {"name": "a.txt", "kind": "Luật"}]}
    (tmp_path / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"documents\[1\]\.name: duplicate"):
        load_manifest(tmp_path)


def test_manifest_wins_field_by_field_over_the_guess():
    name, lines = corpus_lines("000")
    manifest = {name: {"name": name, "number": "69/KH-UBND", "date": "2025-08-20", "issuer": None}}
    doc = document_metadata(name, lines, manifest, sha256="ab" * 32, line_count=len(lines))
    assert (doc.number, doc.date, doc.issuer) == ("69/KH-UBND", "2025-08-20", None)
    assert (doc.province, doc.kind) == ("Hà Tĩnh", "Kế hoạch")  # not in the entry: guessed
    assert doc.implements == ("66-NQ/TW", "140/NQ-CP", "45-CTr/TU")
    assert (doc.name, doc.sha256, doc.line_count) == (name, "ab" * 32, len(lines))


def test_document_metadata_from_the_corpus_manifest():
    name, lines = corpus_lines("004")
    doc = document_metadata(name, lines, load_manifest(CORPUS), sha256="", line_count=len(lines))
    assert doc.issuer == "Tỉnh ủy Hà Tĩnh (Ban Thường vụ)"
    assert doc.draft is True and doc.implements == ("66-NQ/TW",)
    assert doc.title.startswith("Dự thảo công văn")


def test_save_manifest_entry_persists_a_correction(tmp_path):
    paragraphs, _ = make_plan_paragraphs()
    assert save_manifest_entry(tmp_path, {"name": "b.pdf", "kind": "Kế hoạch"}) == {
        "name": "b.pdf",
        "kind": "Kế hoạch",
    }
    save_manifest_entry(tmp_path, {"name": "a.docx", "province": "Gia Lai", "date": None})
    merged = save_manifest_entry(tmp_path, {"name": "a.docx", "number": "13/KH-UBND"})
    assert merged == {"name": "a.docx", "province": "Gia Lai", "date": None, "number": "13/KH-UBND"}

    manifest = load_manifest(tmp_path)
    assert list(manifest) == ["a.docx", "b.pdf"]
    doc = document_metadata("a.docx", paragraphs, manifest, sha256="", line_count=len(paragraphs))
    assert (doc.province, doc.number, doc.date) == ("Gia Lai", "13/KH-UBND", None)
    assert doc.issuer == "UBND tỉnh Tây Nguyên Mới"  # guessed; the user did not correct it
    assert (
        json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["documents"][0]["name"]
        == "a.docx"
    )


def test_save_manifest_entry_refuses_bad_input_and_keeps_the_file(tmp_path):
    save_manifest_entry(tmp_path, {"name": "a.txt", "province": "Huế"})
    before = (tmp_path / "manifest.json").read_bytes()
    with pytest.raises(ValueError, match=r"entry\.date"):
        save_manifest_entry(tmp_path, {"name": "a.txt", "date": "hôm qua"})
    assert (tmp_path / "manifest.json").read_bytes() == before
    (tmp_path / "manifest.json").write_text("not json", encoding="utf-8")
    with pytest.raises(ValueError, match="invalid JSON"):
        save_manifest_entry(tmp_path, {"name": "a.txt", "province": "Huế"})
    assert (tmp_path / "manifest.json").read_text(encoding="utf-8") == "not json"
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]  # no temporary file left behind


def test_docx_header_table_gives_number_and_date(tmp_path):
    """Most real plans print "Số: …" and "<place>, ngày …" in a borderless two-column table whose cells
    hold several paragraphs (the loader gives a line per cell paragraph; a loader that joins a cell
    into one line is covered by the splitting of header pieces); the guess finds them."""
    import docx

    from indexer.clean import clean_lines
    from indexer.load import load_file

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.text = "ỦY BAN NHÂN DÂN"
    for text in ("TỈNH HÀ TĨNH", "Số: 12/KH-UBND"):
        left.add_paragraph(text)
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    for text in ("Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 3 tháng 2 năm 2026"):
        right.add_paragraph(text)
    for text in ("KẾ HOẠCH", "Thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị", "I. MỤC ĐÍCH, YÊU CẦU"):
        document.add_paragraph(text)
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    loaded = load_file(path)
    for lines in ([line.text for line in loaded.lines], ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH Số: 12/KH-UBND"]):
        guess = guess_metadata(path.name, clean_lines(lines))
        assert guess["number"] == "12/KH-UBND"
    guess = guess_metadata(path.name, clean_lines([line.text for line in loaded.lines]))
    assert guess["number"] == "12/KH-UBND"
    assert guess["date"] == "2026-02-03"
    assert guess["province"] == "Hà Tĩnh" and guess["issuer"] == "UBND tỉnh Hà Tĩnh"
    assert guess["kind"] == "Kế hoạch"
