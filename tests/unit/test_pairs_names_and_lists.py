"""Rules of the thirteenth session, on hand-made records: two rows of one table compared by their time
("Giữa A và B, văn bản nào được trình thông qua trước?"), which document comes into force first (a full
number and a short reference together, "hiệu lực thi hành sớm hơn", "kể từ ngày ký" dated by the header),
a person's name asked for, a time asked of a listing-shaped question, an enumeration "(1) …; (2) …" quoted
whole, and English glosses placed after a printed list instead of inside it."""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.evidence import has_answer_type, split_sentences
from assistant.glossary import gloss_names
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

PLAN = "kehoach_qh.txt"
DECREE = "nghidinh.txt"
CIRC = "thongtu.txt"
PROV = "tinh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(PLAN, "Kế hoạch sửa đổi các luật, nghị quyết", "Nghị quyết", number="1339/NQ-UBTVQH15",
                 issuer="Ủy ban Thường vụ Quốc hội", national=True),
        Document(DECREE, "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 issuer="Chính phủ", national=True, date="2025-11-19"),
        Document(CIRC, "Thông tư về phân cấp quản lý tổ chức cán bộ", "Thông tư", number="23/2025/TT-BTP",
                 issuer="Bộ Tư pháp", national=True, date="2025-11-20"),
        Document(PROV, "Quyết định ban hành Kế hoạch", "Quyết định", number="1218/QĐ-UBND", province="Vĩnh Long",
                 issuer="UBND tỉnh Vĩnh Long"),
    ]  # fmt: skip
    clauses = [
        Clause(DECREE, "Điều 27.1", "Điều 27, khoản 1", ("Điều 27. Điều khoản thi hành",), (907, 908),
               "1. Nghị định này có hiệu lực thi hành từ ngày 19 tháng 11 năm 2025."),
        Clause(CIRC, "preamble", "Phần mở đầu", (), (1, 14),
               "BỘ TƯ PHÁP Số: 23/2025/TT-BTP Hà Nội, ngày 20 tháng 11 năm 2025 THÔNG TƯ VỀ PHÂN CẤP QUẢN LÝ",
               kind="preamble"),
        Clause(CIRC, "Điều 21.1", "Điều 21, khoản 1", ("Điều 21. Hiệu lực thi hành",), (423, 424),
               "1. Thông tư này có hiệu lực thi hành kể từ ngày ký ban hành."),
        Clause(PROV, "Điều 2", "Điều 2", (), (67, 68),
               "Điều 2. Giao Giám đốc Sở Tư pháp chủ trì, phối hợp với cơ quan, đơn vị có liên quan triển khai "
               "thực hiện nội dung Kế hoạch."),
    ]  # fmt: skip
    tasks = [
        make_task(PLAN, "1", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội",
                  ["Ban soạn thảo do UBTVQH thành lập"],
                  deadline="Trình Quốc hội xem xét, thông qua tại Kỳ họp bất thường lần thứ 9 (cuối tháng 02/2025)",
                  line=45),
        make_task(PLAN, "2", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 71/2022/QH15 ban hành "
                  "Nội quy kỳ họp Quốc hội", ["Ban soạn thảo do UBTVQH thành lập"],
                  deadline="Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ 9 (tháng 5/2025)", line=48),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_two_rows_compared_by_which_is_passed_first(view):
    question = (
        "Giữa Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội, văn bản nào "
        "được trình Quốc hội thông qua trước?"
    )
    parts = halves(question)
    assert parts is not None and parts.first.startswith("Luật sửa đổi") and "Nội quy" in parts.second
    query, _, out = ask_view(view, question)
    assert query.intent == "compare"
    assert out.strategy == "compare_items" and not out.abstained, out.text
    assert out.text.index("cuối tháng 02/2025") < out.text.index("tháng 5/2025")
    assert {c.lines for c in out.citations} == {(45, 48), (48, 51)}
    # without "giữa": "văn bản nào … sớm hơn" asks of the two things too
    assert halves("Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ họp, văn bản nào trình "
                  "Quốc hội thông qua sớm hơn?") is not None  # fmt: skip


def test_which_comes_into_force_first(view):
    docs = list(view.docs.values())
    # a full number and a short reference both name documents
    q = understand("Which takes effect earlier: Circular 23/2025/TT-BTP or Decree 302?", documents=docs)
    assert set(q.docs) == {DECREE, CIRC}
    _, _, out = ask_view(view, "Nghị định 302/2025/NĐ-CP và Thông tư 23/2025/TT-BTP, văn bản nào có hiệu lực thi "
                               "hành sớm hơn?")  # fmt: skip
    # "kể từ ngày ký": dated by the header, as it prints the date, and the header is cited
    assert out.text.startswith(
        "Nghị định 302/2025/NĐ-CP có hiệu lực trước (19 tháng 11 năm 2025), Thông tư 23/2025/TT-BTP sau "
        "(20 tháng 11 năm 2025)"
    ), out.text
    assert {c.lines for c in out.citations} == {(907, 908), (423, 424), (1, 14)}


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What is the name of the Director of the Vĩnh Long Department of Justice?", "person"),
        ("Giám đốc Sở Tư pháp tỉnh Vĩnh Long tên là gì?", "person"),
        ("Họ tên Chủ tịch UBND tỉnh là gì?", "person"),
        # a title answers these: no name is asked
        ("Ai là Trưởng ban chỉ đạo?", None),
        ("What is the name of the plan issued by Vĩnh Long?", None),
    ],
)
def test_a_persons_name_asked(question, asked):
    assert understand(question).answer_type == asked


def test_a_name_must_be_printed(view):
    assert has_answer_type("Phó Thủ tướng thường trực Chính phủ Nguyễn Hòa Bình tỉnh Đắk Lắk", "person")
    assert has_answer_type("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Lâu", "person")
    for text in ("Giao Giám đốc Sở Tư pháp chủ trì", "UBND tỉnh Hà Tĩnh, Lâm Đồng", "Đoàn Thanh niên",
                 "VĂN PHÒNG CHÍNH PHỦ", "Từ Kỳ họp thứ 9"):  # fmt: skip
        assert not has_answer_type(text, "person"), text
    _, _, out = ask_view(view, "Giám đốc Sở Tư pháp tỉnh Vĩnh Long tên là gì?")
    assert out.abstained


def test_a_time_asked_is_no_listing():
    q = understand(
        "Theo Quy định 384, các cơ quan chủ quản dữ liệu phải rà soát, cập nhật danh mục, nội dung chia sẻ dữ liệu "
        "hằng năm trước ngày nào?"
    )
    assert q.intent != "period_tasks"
    assert understand("Văn phòng Trung ương Đảng chủ quản những dữ liệu nào?").intent == "agency_tasks"


def test_an_enumeration_is_one_sentence():
    text = (
        "Hồ sơ trình UBTVQH gồm có: (1) Tờ trình về dự thảo Nghị quyết; (2) Dự thảo Nghị quyết; (3) Báo cáo "
        "tổng hợp ý kiến. Hồ sơ trình Quốc hội gồm có tờ trình."
    )
    pieces = split_sentences(text)
    assert pieces[0].endswith("(3) Báo cáo tổng hợp ý kiến.")
    assert len(pieces) == 2
    # items that are not numbered in brackets still part
    assert (
        len(split_sentences("Sở Tư pháp chủ trì việc rà soát văn bản; Sở Nội vụ bố trí biên chế cho đủ."))
        == 2
    )


def test_english_glosses_follow_a_printed_list():
    cell = "Bộ Tài chính, Bộ Nông nghiệp và Môi trường, các địa phương"
    assert gloss_names(f"The task is coordinated by {cell} [1].") == (
        f"The task is coordinated by {cell} (Ministry of Finance; Ministry of Agriculture and Environment) [1]."
    )
    # a cell that goes on in Vietnamese words: one bracket after it, the glosses in order
    cell = "Các sở, ngành có liên quan và UBND các xã, phường"
    glossed = gloss_names(f"Coordinating: {cell}. [1]")
    assert f"{cell} (" in glossed and glossed.count("(") == 1
    # English prose after a name: the gloss follows the name
    assert (
        gloss_names("Sở Tư pháp coordinates it [1]")
        == "Sở Tư pháp (Department of Justice) coordinates it [1]"
    )
