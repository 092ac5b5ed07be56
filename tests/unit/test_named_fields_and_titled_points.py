"""Rules of the forty-fourth session, on hand-made records: two fields of one thing asked at once ("Chủ đề và
thời gian Tháng hành động … là gì?") are each found on their own; a labelled field ("b) Thời gian: …") is read
with the title it stands under; a section whose items are bare titles ("1. Mục đích", "2. Yêu cầu") is
stated with the points under each title; a list title is matched without the kind of the document the
question names by its number.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.row_lists import find_titled_rows
from assistant.strategies import two_asks
from assistant.understand import understand, without_named_kinds
from indexer.records import Clause, Document
from tests.records import ask_view, make_row_clause

KH = "kh_binhdang.txt"
QD = "qd_thutuc.txt"
GOALS = "II. MỤC TIÊU CỦA KẾ HOẠCH"
MONTH = "2. Tháng hành động"
AIMS = "I. MỤC ĐÍCH, YÊU CẦU"
NEW = "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC)"
AMENDED = "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG (03 TTHC)"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(
            KH,
            "Kế hoạch triển khai Tháng hành động vì bình đẳng giới năm 2025",
            "Kế hoạch",
            number="174/KH-UBND",
            province="Hồ Chí Minh",
        ),
        Document(QD, "Quyết định công bố thủ tục hành chính", "Quyết định", number="2031/QĐ-UBND",
                 province="Cao Bằng"),
    ]  # fmt: skip
    clauses = [
        Clause(
            KH,
            "preamble",
            "Phần mở đầu",
            (),
            (1, 6),
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH Số: 174/KH-UBND ngày 18 tháng 11 năm 2025 KẾ HOẠCH TRIỂN KHAI "
            "THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI NĂM 2025",
        ),
        Clause(KH, "I", "Mục I", (), (10, 10), AIMS),
        Clause(KH, "I.1", "Mục I, khoản 1", (AIMS,), (12, 12), "1. Mục đích"),
        Clause(KH, "I.1.-1", "Mục I, khoản 1, ý 1", (AIMS, "1. Mục đích"), (14, 15),
               "- Nâng cao nhận thức của cộng đồng về bình đẳng giới."),
        Clause(KH, "I.1.-2", "Mục I, khoản 1, ý 2", (AIMS, "1. Mục đích"), (16, 17),
               "- Tăng cường truyền thông phòng ngừa bạo lực trên cơ sở giới."),
        Clause(KH, "I.2", "Mục I, khoản 2", (AIMS,), (19, 19), "2. Yêu cầu"),
        Clause(KH, "I.2.-1", "Mục I, khoản 2, ý 1", (AIMS, "2. Yêu cầu"), (21, 22),
               "- Bảo đảm thiết thực, tiết kiệm, phù hợp với tình hình thực tế."),
        Clause(KH, "II", "Mục II", (), (30, 30), GOALS),
        Clause(KH, "II.2", "Mục II, khoản 2", (GOALS,), (40, 40), MONTH),
        Clause(KH, "II.2.a", "Mục II, khoản 2, điểm a", (GOALS, MONTH), (42, 44),
               "a) Chủ đề Tháng hành động năm 2025 “Bình đẳng giới và an toàn cho phụ nữ trong kỷ nguyên số”."),
        Clause(KH, "II.2.b", "Mục II, khoản 2, điểm b", (GOALS, MONTH), (46, 47),
               "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025."),
        Clause(KH, "VII", "Mục VII", (), (80, 82),
               "VII. CHẾ ĐỘ BÁO CÁO Các sở, ban, ngành gửi báo cáo kết quả thực hiện Tháng hành động năm 2025 "
               "về Sở Nội vụ trước ngày 16 tháng 12 năm 2025."),
        Clause(QD, "preamble", "Phần mở đầu", (), (1, 8),
               "QUYẾT ĐỊNH Về việc công bố danh mục thủ tục hành chính trong lĩnh vực văn hóa"),
        Clause(QD, "Điều 1", "Điều 1", (), (20, 22),
               "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính được công bố."),
        Clause(QD, "PL.1", "Phụ lục I, đoạn 1", ("Phụ lục I",), (120, 126), f"PHỤ LỤC I {NEW[:40]}"),
        make_row_clause(QD, 1, 1, (NEW,), "Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS)", 153),
        make_row_clause(QD, 1, 2, (NEW,), "Thủ tục cấp lại giấy chứng nhận lưu hành tự do (CFS)", 188),
        make_row_clause(QD, 2, 1, (AMENDED,), "Thủ tục cấp lại giấy chứng nhận giám định cổ vật", 253),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_two_fields_asked_at_once_are_asked_each():
    halves = two_asks(understand("Chủ đề và thời gian Tháng hành động vì bình đẳng giới năm 2025 là gì?"))
    assert halves is not None and len(halves) == 2
    assert halves[0].question.startswith("Chủ đề Tháng hành động")
    assert halves[1].question.startswith("thời gian Tháng hành động")
    assert "thời gian" not in halves[0].topic and "Chủ đề" not in halves[1].topic
    english = two_asks(understand("What are the theme and the period of the 2025 Action Month in HCMC?"))
    assert english is not None
    assert [h.question for h in english] == [
        "What is the theme of the 2025 Action Month in HCMC?",
        "What is the period of the 2025 Action Month in HCMC?",
    ]
    # one field asked, or two words that are no fields: one ask
    assert two_asks(understand("Chủ đề Tháng hành động năm 2025 là gì?")) is None
    assert two_asks(understand("Bình đẳng giới và an toàn cho phụ nữ là chủ đề của năm nào?")) is None


def test_each_field_is_quoted_from_its_own_labelled_point(view):
    _, _, outcome = ask_view(view, "Chủ đề và thời gian Tháng hành động vì bình đẳng giới năm 2025 là gì?")
    assert {(42, 44), (46, 47)} <= _lines(outcome), outcome.text
    assert "15/11/2025 đến ngày 15/12/2025" in outcome.text
    # the labelled point alone, asked by its label and its title
    _, _, alone = ask_view(view, "Thời gian Tháng hành động vì bình đẳng giới năm 2025 trong kế hoạch là gì?")
    assert alone.citations and tuple(alone.citations[0].lines) == (46, 47), alone.text


def test_a_section_of_bare_titles_is_stated_with_their_points(view):
    _, _, outcome = ask_view(view, "Mục đích và yêu cầu của kế hoạch Tháng hành động là gì?")
    assert {(14, 15), (16, 17), (21, 22)} <= _lines(outcome), outcome.text
    assert "Nâng cao nhận thức của cộng đồng" in outcome.text


def test_the_kind_of_a_document_named_by_number_is_no_word_of_a_list_title(view):
    question = "Quyết định 2031/QĐ-UBND tỉnh Cao Bằng công bố những thủ tục hành chính mới ban hành nào?"
    query = understand(question, documents=view.docs.values())
    assert "Quyết định" in query.topic  # (an ask of its entry into force wants the kind: the topic keeps it)
    assert "Quyết định" not in without_named_kinds(query.topic, question)
    found = find_titled_rows(view, query, None)
    assert found is not None and found.title == NEW
    # a kind said without a number names no document: it stays
    assert without_named_kinds("quyết định công bố thủ tục", "Quyết định nào công bố thủ tục?") == (
        "quyết định công bố thủ tục"
    )


def test_the_signers_title_is_asked_of_the_signer_and_a_name_asked_in_words_is_a_persons():
    assert understand("ký với chức danh gì?").answer_type == "signer"
    assert understand("Chức vụ của người ký Quyết định 1627 là gì?").answer_type == "signer"
    # (each half asks the signer: no half is read as a general ask that any passage answers)
    halves = two_asks(understand("Ai là người ký Nghị quyết 1339/NQ-UBTVQH15 và ký với chức danh gì?"))
    assert all(h.answer_type == "signer" for h in halves or ())
    asked = understand(
        "Trưởng Ban Chỉ đạo tổng kiểm kê tài sản công tỉnh Quảng Ngãi là ai (họ tên, chức vụ)?"
    )
    assert asked.answer_type == "person"
    # a task's title is no signer's: "chức danh" of a post to create stays a general ask
    assert understand("Kế hoạch đề xuất bổ sung những chức danh nào?").answer_type != "signer"


DATA = "qd_dulieu.txt"
LAW = "luat_vieclam.txt"
STEPS = "qd_quytrinh.txt"
FIRST = "Quy trình số 01 Cấp giấy chứng nhận lưu hành tự do (CFS)"
SECOND = "Quy trình số 02 Cấp lại giấy chứng nhận giám định cổ vật"
PAY = "1. Mức đóng và trách nhiệm đóng bảo hiểm thất nghiệp được quy định như sau:"


@pytest.fixture(scope="module")
def rows_view() -> IndexView:
    from tests.records import make_task

    docs = [
        Document(DATA, "Quy định về dữ liệu của các cơ quan đảng", "Quy định", province="Trung ương"),
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương", issuer="Quốc hội"),
        Document(STEPS, "Quyết định công bố quy trình nội bộ", "Quyết định", province="Cao Bằng"),
    ]  # fmt: skip
    office = "Văn phòng Trung ương Đảng, tỉnh ủy, thành ủy"
    tasks = [
        make_task(DATA, "1", "Dữ liệu hồ sơ lưu trữ", [office], line=721, group_title="Dữ liệu"),
        make_task(DATA, "2", "Dữ liệu tài liệu lưu trữ", [office], line=727, group_title="Dữ liệu"),
        make_task(DATA, "3", "Dữ liệu tài sản", ["Văn phòng Trung ương Đảng"], line=733, group_title="Dữ liệu"),
        make_task(DATA, "4", "Dữ liệu phiên giao lưu trực tuyến", ["Ban Tuyên giáo"], line=739, group_title="Dữ liệu"),
        *[
            make_task(STEPS, f"Bước {i}", name, ["Công chức phòng chuyên môn"], deadline="0,5 ngày làm việc",
                      line=600 + 10 * i, group="", group_title=FIRST)
            for i, name in enumerate(["Tiếp nhận hồ sơ", "Thẩm định hồ sơ", "Phê duyệt kết quả"], start=1)
        ],
        *[
            make_task(STEPS, f"Bước {i}", name, ["Công chức phòng chuyên môn"], deadline="01 ngày làm việc",
                      line=800 + 10 * i, group="", group_title=SECOND)
            for i, name in enumerate(["Tiếp nhận hồ sơ cổ vật", "Trả kết quả giám định"], start=1)
        ],
    ]  # fmt: skip
    clauses = [
        Clause(STEPS, "PL.T1", "Phụ lục, bảng 1, sau dòng cuối", (), (636, 638),
               "Tổng thời gian giải quyết 03 ngày làm việc"),
        Clause(LAW, "Điều 33", "Điều 33", (), (550, 550), "Điều 33. Đóng bảo hiểm thất nghiệp"),
        Clause(LAW, "Điều 33.1", "Điều 33, khoản 1", ("Điều 33. Đóng bảo hiểm thất nghiệp",), (552, 552), PAY),
        *[
            Clause(LAW, f"Điều 33.1.{c}", f"Điều 33, khoản 1, điểm {c}", ("Điều 33. Đóng bảo hiểm thất nghiệp", PAY),
                   (554 + 2 * i, 554 + 2 * i), f"{c}) {text}")
            for i, (c, text) in enumerate([
                ("a", "Người lao động đóng tối đa bằng 1% tiền lương tháng;"),
                ("b", "Người sử dụng lao động đóng tối đa bằng 1% quỹ tiền lương tháng của những người lao động "
                      "đang tham gia bảo hiểm thất nghiệp;"),
                ("c", "Nhà nước hỗ trợ tối đa 1% quỹ tiền lương tháng đóng bảo hiểm thất nghiệp của những người "
                      "lao động đang tham gia bảo hiểm thất nghiệp và do ngân sách trung ương bảo đảm."),
            ])
        ],
        Clause(LAW, "Điều 33.2", "Điều 33, khoản 2", ("Điều 33. Đóng bảo hiểm thất nghiệp",), (560, 561),
               "2. Hằng tháng, người sử dụng lao động đóng bảo hiểm thất nghiệp theo mức quy định tại điểm b."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_two_rows_the_question_names_with_one_head_word_are_both_answered(rows_view):
    _, _, outcome = ask_view(rows_view, "Dữ liệu hồ sơ lưu trữ và tài liệu lưu trữ do cơ quan nào chủ quản?")
    assert {(721, 724), (727, 730)} <= _lines(outcome), outcome.text
    assert (733, 736) not in _lines(outcome)
    # one row named: that row
    _, _, one = ask_view(rows_view, "Dữ liệu hồ sơ lưu trữ do cơ quan nào chủ quản?")
    assert (727, 730) not in _lines(one), one.text


def test_the_items_of_a_short_list_a_question_names_together_are_all_quoted(rows_view):
    question = (
        "Mức đóng bảo hiểm thất nghiệp của người lao động, người sử dụng lao động và Nhà nước là bao nhiêu?"
    )
    _, _, outcome = ask_view(rows_view, question)
    assert {(554, 554), (556, 556), (558, 558)} <= _lines(outcome), outcome.text


def test_the_steps_of_a_procedure_end_with_its_total(rows_view):
    _, _, outcome = ask_view(
        rows_view, "Quy trình số 01 cấp giấy chứng nhận lưu hành tự do gồm những bước nào?"
    )
    assert (636, 638) in _lines(outcome), outcome.text
    assert "Tổng thời gian giải quyết 03 ngày làm việc" in outcome.text
    # (the other procedure's table closes with no total: none is made up)
    _, _, other = ask_view(
        rows_view, "Quy trình số 02 cấp lại giấy chứng nhận giám định cổ vật gồm những bước nào?"
    )
    assert "Tổng" not in other.text and (636, 638) not in _lines(other), other.text


def test_plain_english_asks_of_what_a_body_leads_and_of_a_schedule():
    assert understand("What does the HCMC Department of Health lead?").intent == "agency_tasks"
    coordinated = understand("What does the Department of Justice of Ha Tinh coordinate on?")
    assert coordinated.intent == "agency_tasks" and coordinated.role == "coordinating"
    assert understand("What does the lead agency have to submit?").intent != "agency_tasks"
    schedule = understand(
        "For Vinh Long's task of selecting officials for training abroad, what schedule is set?"
    )
    assert schedule.intent == "deadline" and "tiến độ" not in schedule.topic
