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


def test_a_field_read_from_prose_is_quoted_as_printed():
    from dataclasses import replace as with_fields

    from tests.records import make_task

    doc = Document(
        KH, "Kế hoạch bình đẳng giới năm 2025", "Kế hoạch", number="174/KH-UBND", province="Hồ Chí Minh"
    )
    name = "Hoạt động 1: Tổng kết Mô hình một cửa hỗ trợ phụ nữ và trẻ em tại Bệnh viện Hùng Vương."
    task = with_fields(
        make_task(KH, "a", name, ["Sở Y tế"], ["các sở, ban, ngành Thành phố"], line=334, group="2"),
        source="prose",
        lines=(334, 349),
    )
    printed = "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở, ban, ngành Thành phố."
    clauses = [
        Clause(KH, "III.2.a", "Mục III, khoản 2, điểm a", (), (334, 340), f"a) {name}"),
        Clause(KH, "III.2.a.-2", "Mục III, khoản 2, điểm a, ý 2", (), (347, 349), printed),
    ]
    view = IndexView(RecordSearcher([doc], clauses, [task]))
    _, _, outcome = ask_view(
        view, "Ai chủ trì tổng kết Mô hình một cửa hỗ trợ phụ nữ và trẻ em tại Bệnh viện Hùng Vương?"
    )
    assert "Cơ quan thực hiện: Sở Y tế chủ trì" in outcome.text, outcome.text
    assert (347, 349) in _lines(outcome)
    # a table row's cell is its printed value: nothing more is quoted
    row = with_fields(task, source="table")
    _, _, table = ask_view(
        IndexView(RecordSearcher([doc], clauses, [row])),
        "Ai chủ trì tổng kết Mô hình một cửa hỗ trợ phụ nữ và trẻ em tại Bệnh viện Hùng Vương?",
    )
    assert "Cơ quan thực hiện" not in table.text, table.text


def test_a_body_printed_in_vietnamese_before_an_english_documents_kind_is_its_issuer():
    from assistant.addressees import asks_addressees

    question = (
        "Which bodies are assigned numbered tasks in the Tỉnh ủy Hà Tĩnh draft letter on Resolution 66?"
    )
    query = understand(question)
    assert query.agencies == () and asks_addressees(query)
    assert "số hiệu" not in query.topic  # ("numbered" tasks are no document's number)
    # a body that acts in the plan stays the one asked about
    assert understand("Which tasks does Sở Tư pháp lead in the UBND tỉnh Hà Tĩnh plan?").agencies == (
        "Sở Tư pháp",
    )


def test_a_long_sentence_opening_a_list_is_answered_with_its_items():
    decree = "nd_quynhao.txt"
    doc = Document(
        decree, "Nghị định về Quỹ nhà ở", "Nghị định", number="302/2025/NĐ-CP", province="Trung ương"
    )
    article = "Điều 8. Nguồn vốn hoạt động của Quỹ"
    lead = (
        "2. Nguồn vốn hoạt động của Quỹ nhà ở địa phương được hình thành từ vốn ngân sách nhà nước; vốn hình "
        "thành từ tiếp nhận nguồn hỗ trợ tự nguyện, nguồn đóng góp của tổ chức, cá nhân trong nước và ngoài "
        "nước; các nguồn huy động hợp pháp khác, trong đó vốn ngân sách nhà nước bao gồm:"
    )
    sources = [
        "a) Vốn điều lệ của Quỹ nhà ở địa phương được cấp từ nguồn chi đầu tư phát triển của ngân sách địa phương;",
        "b) Vốn được trích từ số tiền bán nhà ở thuộc tài sản công do địa phương đang quản lý;",
        "c) Vốn được trích từ số tiền đấu giá quyền sử dụng đất;",
    ]
    clauses = [
        Clause(decree, "Điều 8", "Điều 8", (), (250, 250), article),
        Clause(decree, "Điều 8.2", "Điều 8, khoản 2", (article,), (257, 261), lead),
        *[
            Clause(
                decree,
                f"Điều 8.2.{s[0]}",
                f"Điều 8, khoản 2, điểm {s[0]}",
                (article, lead),
                (263 + 3 * i, 264 + 3 * i),
                s,
            )
            for i, s in enumerate(sources)
        ],
    ]
    view = IndexView(RecordSearcher([doc], clauses, []))
    question = (
        "What state-budget sources make up the operating capital of a local housing fund under Decree 302?"
    )
    assert understand(question).plural
    _, _, outcome = ask_view(view, question)
    assert {(263, 264), (266, 267), (269, 270)} <= _lines(outcome), outcome.text
    # (a word ending in s is no plural noun asked: "what status")
    assert not understand("What status does the plan have?").plural


def test_points_under_a_title_two_of_the_best_passages_stand_under_are_the_answer():
    scheme = "qd_bim.txt"
    doc = Document(scheme, "Quyết định phê duyệt Đề án chuyển đổi số hạ tầng", "Quyết định", number="2597/QĐ-TTg",
                   province="Trung ương")  # fmt: skip
    goals, year = "2. Mục tiêu cụ thể", "a) Đến năm 2026"
    points = [
        "- Hoàn thiện khung pháp lý hỗ trợ chuyển đổi số trong xây dựng, quản lý và khai thác kết cấu hạ tầng;",
        "- Hoàn thiện cơ sở dữ liệu về kết cấu hạ tầng xây dựng, bảo đảm kết nối, chia sẻ với các bộ, ngành;",
        "- Xây dựng kho dữ liệu mô hình thông tin công trình (BIM) quốc gia, áp dụng BIM bắt buộc đối với các "
        "công trình cấp II trở lên của các dự án đầu tư xây dựng mới sử dụng vốn đầu tư công, vốn nhà nước ngoài "
        "đầu tư công và đầu tư theo phương thức đối tác công tư bắt đầu thực hiện các công việc chuẩn bị dự án "
        "kể từ năm 2026 trên phạm vi cả nước.",
    ]
    clauses = [
        Clause(scheme, "II.2", "Mục II, khoản 2", ("II. MỤC TIÊU",), (124, 124), goals),
        Clause(scheme, "II.2.a", "Mục II, khoản 2, điểm a", ("II. MỤC TIÊU", goals), (126, 126), year),
        *[
            Clause(scheme, f"II.2.a.-{i + 1}", f"Mục II, khoản 2, điểm a, ý {i + 1}", ("II. MỤC TIÊU", goals, year),
                   (128 + 5 * i, 131 + 5 * i), p)
            for i, p in enumerate(points)
        ],
        Clause(scheme, "V.5.a", "Mục V, khoản 5, điểm a", ("V. TỔ CHỨC THỰC HIỆN",), (467, 471),
               "a) Căn cứ mục tiêu, nội dung, giải pháp của Đề án chuyển đổi số hạ tầng để cụ thể hóa thành các "
               "kế hoạch của địa phương; bố trí kinh phí thực hiện."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], clauses, []))
    question = "What targets does the digital transformation scheme for infrastructure set for 2026?"
    _, _, outcome = ask_view(view, question)
    assert {(128, 131), (133, 136), (138, 141)} <= _lines(outcome), outcome.text
    # (when another passage scores best, two of the points close behind it still name their title's list)
    from assistant.matches import Found, SentenceMatch
    from assistant.statement import _list_intro

    chunk = {c.path: c for c in view.clause_chunks}
    found = Found(
        sentences=[
            SentenceMatch(0.39, chunk["V.5.a"], chunk["V.5.a"].text, 0.39),
            SentenceMatch(0.38, chunk["II.2.a.-1"], chunk["II.2.a.-1"].text, 0.38),
            SentenceMatch(0.34, chunk["II.2.a.-2"], chunk["II.2.a.-2"].text, 0.34),
        ]
    )
    listed = _list_intro(view, understand(question), found, found.sentences[0])
    assert listed is not None and [c.path for c in listed[1]] == ["II.2.a.-1", "II.2.a.-2", "II.2.a.-3"]


def test_a_plans_standard_part_is_named_by_its_words_in_any_case():
    from assistant.matching import section_named

    for question in (
        "Phần tổ chức thực hiện của kế hoạch Phú Thọ giao những trách nhiệm gì cho các cơ quan?",
        "phan to chuc thuc hien cua ke hoach phu tho giao nhung trach nhiem gi cho cac co quan?",
    ):
        assert section_named(understand(question)) == "to chuc thuc hien"
    # (the words of no part: none named)
    assert section_named(understand("Kế hoạch Phú Thọ giao những trách nhiệm gì cho Sở Tư pháp?")) == ""
