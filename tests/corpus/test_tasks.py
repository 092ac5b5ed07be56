"""The appendix task tables of the real plans, the hand-checked gold rows, and unseen synthetic tables."""

import json
from collections import Counter
from pathlib import Path

import pytest

from eval.extraction import format_scores, score_tasks
from indexer.clean import clean_lines
from indexer.records import Task
from indexer.tasks import parse_tasks

ROOT = Path(__file__).resolve().parents[2]
HA_TINH, VINH_LONG, PHU_THO, HAI_PHONG, DRAFT = (
    "000_37ff2b74a0782787.txt",
    "001_9f40a26defcbfd25.txt",
    "002_aaf6400873147dff.txt",
    "003_745765a63ecded60.txt",
    "004_fc3257a58dfb0180.txt",
)
GOLD = json.loads((ROOT / "tests/fixtures/tasks_gold.json").read_text(encoding="utf-8"))["rows"]


def _numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(clean_lines(text.split("\n")), start=1))


@pytest.fixture(scope="module")
def cleaned() -> dict[str, list[tuple[int, str]]]:
    return {
        doc: _numbered((ROOT / "corpus" / doc).read_text(encoding="utf-8"))
        for doc in (HA_TINH, VINH_LONG, PHU_THO, HAI_PHONG, DRAFT)
    }


@pytest.fixture(scope="module")
def tasks(cleaned) -> dict[str, list[Task]]:
    return {doc: parse_tasks(doc, lines) for doc, lines in cleaned.items()}


def test_every_row_of_the_four_plans(tasks):
    counts = {doc: len(found) for doc, found in tasks.items()}
    assert counts == {HA_TINH: 42, VINH_LONG: 30, PHU_THO: 21, HAI_PHONG: 21, DRAFT: 0}
    assert sum(counts.values()) == 114


def test_numbering_and_groups(tasks):
    assert [t.number for t in tasks[VINH_LONG]] == [str(n) for n in range(1, 32) if n != 9]
    assert {t.group for t in tasks[VINH_LONG]} == {""}
    assert [t.number for t in tasks[PHU_THO]] == [str(n) for n in range(1, 22)]
    assert Counter(t.group for t in tasks[HA_TINH]) == {
        "I": 3,
        "II": 17,
        "III": 11,
        "IV": 2,
        "V": 3,
        "VI": 4,
        "VII": 2,
    }
    assert Counter(t.group for t in tasks[HAI_PHONG]) == {
        "I": 4,
        "II": 3,
        "III": 5,
        "IV": 2,
        "V": 3,
        "VI": 2,
        "VII": 2,
    }
    assert [t.number for t in tasks[HAI_PHONG] if t.group == "III"] == ["1", "2", "3", "4", "5"]
    assert tasks[HA_TINH][0].group_title.startswith("Bảo đảm sự lãnh đạo toàn diện")


def test_every_task_has_a_lead_and_a_deadline(tasks):
    for task in (t for found in tasks.values() for t in found):
        assert task.lead_ids and task.deadline and task.name, task


def test_ha_tinh_legal_portal_row(tasks):
    row = next(
        t for t in tasks[HA_TINH] if "Cổng pháp luật Hà Tĩnh tích hợp vào Cổng pháp luật quốc gia" in t.name
    )
    assert row.name.startswith("Xây dựng Cổng pháp luật")
    assert list(row.lead_ids) == ["Sở Tư pháp"]
    assert row.deadline == "Thường xuyên"
    assert row.lines[0] <= 1238 and row.lines[1] >= 1222


def test_vinh_long_row_8_lead(tasks):
    row = next(t for t in tasks[VINH_LONG] if t.number == "8")
    assert "Sở Nội vụ" in row.lead_ids and "Sở Tư pháp" in row.lead_ids


def test_rows_across_page_breaks(tasks):
    by = {(t.doc, t.group, t.number): t for found in tasks.values() for t in found}
    # the name goes on after the next page's header (Vĩnh Long 17)
    assert by[VINH_LONG, "", "17"].name.endswith(
        "tổ chức xã hội - nghề nghiệp trong giám sát thi hành pháp luật."
    )
    # one line after the page break completes three columns (Vĩnh Long 21)
    assert "Hiệp hội Doanh nghiệp" in by[VINH_LONG, "", "21"].coordinating_ids
    # first line of the row shares all cells, the rest follows the page number (Hải Phòng III.5)
    row = by[HAI_PHONG, "III", "5"]
    assert (row.lead_ids, row.output, row.deadline) == (
        ("Các sở, ban, ngành và địa phương",),
        "Báo cáo",
        "Thường xuyên",
    )
    # "Các Sở: … Giáo dục và" + "Đào tạo" after the header (Phú Thọ 18)
    assert by[PHU_THO, "V", "18"].coordinating_ids[-1] == "Sở Giáo dục và Đào tạo"


def test_gold_fixture_is_broad():
    per_doc = Counter(row["doc"] for row in GOLD)
    assert len(GOLD) >= 40 and all(per_doc[doc] >= 8 for doc in (HA_TINH, VINH_LONG, PHU_THO, HAI_PHONG))
    fields = {"doc", "group", "number", "name", "lead", "coordinating", "output", "deadline", "lines"}
    assert all(fields <= set(row) for row in GOLD)


def test_field_accuracy_against_gold(tasks):
    predicted = [t for found in tasks.values() for t in found]
    scores = score_tasks(predicted, GOLD)
    print("\n" + format_scores(scores))
    assert scores["rows"]["recall"] == 1.0
    for field in ("lead", "deadline"):
        assert scores[field]["f1"] >= 0.98 and scores[field]["accuracy"] >= 0.98, field
    for field in ("coordinating", "name", "output", "lines"):
        assert scores[field]["f1"] >= 0.95 and scores[field]["accuracy"] >= 0.95, field


def test_no_dependence_on_line_numbers_or_file_names(cleaned, tasks):
    shifted = [
        (n + 37, text) for n, text in [(k, "") for k in range(-36, 1)] + cleaned[PHU_THO] if n + 37 >= 1
    ]
    again = parse_tasks("other-name.txt", [(n, t) for n, t in shifted])
    original = tasks[PHU_THO]
    assert [(t.number, t.name, t.lead_ids, t.deadline) for t in again] == [
        (t.number, t.name, t.lead_ids, t.deadline) for t in original
    ]
    assert [t.lines for t in again] == [(a + 37, b + 37) for a, b in (t.lines for t in original)]


def test_score_tasks_counts_mistakes():
    gold = [
        {
            "doc": "d",
            "group": "I",
            "number": "1",
            "lead": ["A", "B"],
            "deadline": "Năm 2026",
            "output": None,
            "lines": [1, 10],
        },
        {
            "doc": "d",
            "group": "I",
            "number": "2",
            "lead": ["C"],
            "deadline": "Thường xuyên",
            "output": "Báo cáo",
            "lines": [11, 20],
        },
    ]
    predicted = [Task("d", "I", "", "1", "x", ("A",), (), "Kế hoạch", "năm  2026", (1, 5))]
    scores = score_tasks(predicted, gold, canonical=False)
    assert scores["rows"] == {"gold": 2, "matched": 1, "recall": 0.5}
    assert scores["lead"]["precision"] == 1.0 and scores["lead"]["recall"] == pytest.approx(1 / 3)
    assert scores["deadline"]["accuracy"] == 0.5  # compared case- and space-insensitively
    assert scores["output"]["precision"] == 0.0 and scores["output"]["recall"] == 0.0
    assert scores["lines"]["precision"] == 1.0 and scores["lines"]["recall"] == pytest.approx(5 / 20)


# --- tables the parser has never seen -------------------------------------------------------------

QUANG_TRI = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
KẾ HOẠCH
1. Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.
2. Các sở, ngành, địa phương báo cáo kết quả trước ngày 15/12 hằng năm.

Phụ lục
DANH MỤC NHIỆM VỤ
STT Nội dung nhiệm vụ Cơ quan
chủ trì
Cơ quan phối hợp Sản phẩm Thời hạn

hoàn thành
I

Hoàn thiện thể chế phục vụ phát triển kinh tế - xã hội của tỉnh
1.
Rà soát các quy định về đất đai, đầu tư, xây dựng để đề xuất sửa đổi những nội dung
chồng chéo, mâu thuẫn, không còn phù hợp với thực tiễn của địa phương
Sở Nông nghiệp và
Môi trường
Ban Quản lý Khu kinh
tế tỉnh; UBND các xã,
phường, đặc khu
Báo cáo rà soát Quý II/2026
2.
Xây dựng cơ chế hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh
Sở Y tế  Kế hoạch Năm 2026
II. Nâng cao hiệu quả thi hành pháp luật
3.
Kiểm tra việc thi hành pháp luật về an toàn thực phẩm, an ninh trật tự tại các chợ, khu
dân cư và cơ sở sản xuất kinh doanh trên địa bàn các xã, phường, đặc khu; xử lý nghiêm
Công an tỉnh
Các Sở: Y tế, Công
Thông báo kết quả
Hằng quý
7
STT Nội dung nhiệm vụ Cơ quan
chủ trì
Cơ quan phối hợp Sản phẩm Thời hạn
hoàn thành
các vi phạm theo quy định của pháp luật.
Thương; Hội Luật gia
tỉnh
kiểm tra
4.
Tổ chức tập huấn kỹ năng soạn thảo văn bản quy phạm pháp luật cho công chức cấp xã
Sở Nội vụ
Sở Tư pháp,
Trường Chính trị tỉnh
Lớp tập huấn Trước 30/6/2026
"""


def test_unseen_province_with_a_header_repeated_mid_row():
    found = parse_tasks("quang-tri.txt", _numbered(QUANG_TRI))
    got = [(t.group, t.number, t.lead_ids, t.coordinating_ids, t.output, t.deadline, t.lines) for t in found]
    assert got == [
        (
            "I",
            "1",
            ("Sở Nông nghiệp và Môi trường",),
            ("Ban Quản lý Khu kinh tế tỉnh", "UBND cấp xã"),
            "Báo cáo rà soát",
            "Quý II/2026",
            (16, 24),
        ),
        ("I", "2", ("Sở Y tế",), (), "Kế hoạch", "Năm 2026", (25, 27)),
        (
            "II",
            "3",
            ("Công an tỉnh",),
            ("Sở Y tế", "Sở Công Thương", "Hội Luật gia tỉnh"),
            "Thông báo kết quả kiểm tra",
            "Hằng quý",
            (29, 44),
        ),
        (
            "II",
            "4",
            ("Sở Nội vụ",),
            ("Sở Tư pháp", "Trường Chính trị tỉnh"),
            "Lớp tập huấn",
            "Trước 30/6/2026",
            (45, 50),
        ),
    ]
    assert found[2].name.endswith(
        "địa bàn các xã, phường, đặc khu; xử lý nghiêm các vi phạm theo quy định của pháp luật."
    )
    assert found[2].coordinating_text == "Các Sở: Y tế, Công Thương; Hội Luật gia tỉnh"
    assert found[1].group_title == "Hoàn thiện thể chế phục vụ phát triển kinh tế - xã hội của tỉnh"


TWO_TABLES = """PHỤ LỤC I
TT Nội dung Cơ quan thực hiện Cơ quan phối hợp Thời gian
1
Phổ biến, quán triệt Nghị quyết số 66-NQ/TW đến cán bộ, công chức, viên chức và Nhân dân
Văn phòng UBND tỉnh
Sở Tư pháp
Thường xuyên
2
Tổ chức hội nghị chuyên đề về xây dựng pháp luật
Sở Tư pháp
Các sở, ban, ngành
tỉnh; UBND cấp xã
Tháng 9/2025
3 Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân Các sở, ban, Sở Tư pháp Hằng
4
TT Nội dung Cơ quan thực hiện Cơ quan phối hợp Thời gian
tỉnh ban hành trong giai đoạn 2020-2025 để sửa đổi, bổ sung, thay thế hoặc bãi bỏ.
ngành tỉnh
năm
4
Xây dựng cơ sở dữ liệu điện tử về văn bản pháp luật của tỉnh
Sở Khoa học và Công nghệ
Văn phòng UBND tỉnh, Sở
Tư pháp
Năm 2026-2027
PHỤ LỤC II
STT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả Thời gian hoàn thành
1
Tổng kết thi hành Luật Ban hành văn bản quy phạm pháp luật
Sở Tư pháp Báo cáo Quý IV/2025
"""


def test_two_tables_a_page_foot_row_and_a_page_number_like_a_row_number():
    found = parse_tasks("two.txt", _numbered(TWO_TABLES))
    got = [(t.number, t.lead_ids, t.coordinating_ids, t.output, t.deadline, t.lines) for t in found]
    assert got == [
        ("1", ("Văn phòng UBND tỉnh",), ("Sở Tư pháp",), None, "Thường xuyên", (3, 7)),
        ("2", ("Sở Tư pháp",), ("Các sở, ban, ngành cấp tỉnh", "UBND cấp xã"), None, "Tháng 9/2025", (8, 13)),
        ("3", ("Các sở, ban, ngành cấp tỉnh",), ("Sở Tư pháp",), None, "Hằng năm", (14, 19)),
        (
            "4",
            ("Sở Khoa học và Công nghệ",),
            ("Văn phòng UBND tỉnh", "Sở Tư pháp"),
            None,
            "Năm 2026-2027",
            (20, 25),
        ),
        ("1", ("Sở Tư pháp",), (), "Báo cáo", "Quý IV/2025", (28, 30)),
    ]
    assert found[2].name == (
        "Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành "
        "trong giai đoạn 2020-2025 để sửa đổi, bổ sung, thay thế hoặc bãi bỏ."
    )


def test_bad_line_numbers_name_the_document():
    with pytest.raises(ValueError, match=r"^x\.txt: line numbers must be 1-based"):
        parse_tasks("x.txt", [(0, "TT Tên nhiệm vụ")])


def test_text_without_a_table():
    assert parse_tasks("x.txt", _numbered("Kế hoạch\nTT Nội dung công việc\n1. Sở Tư pháp chủ trì.")) == []
    assert parse_tasks("x.txt", []) == []


def test_agencies_are_quoted_as_printed_never_reworded(tasks):
    """Every agency item is a piece of its printed cell (a shared "Các Sở:" head may be repeated)."""
    for found in tasks.values():
        for t in found:
            for items, cell in ((t.lead, t.lead_text), (t.coordinating, t.coordinating_text)):
                for item in items:
                    piece = item[3:] if item.startswith("Sở ") and "Sở:" in cell else item
                    assert piece in " ".join(cell.split()), (t.doc, t.number, item, cell)
    printed = {a for found in tasks.values() for t in found for a in (*t.lead, *t.coordinating)}
    assert {"Các sở, ngành, địa phương", "Cơ quan, tổ chức có liên quan"} <= printed
