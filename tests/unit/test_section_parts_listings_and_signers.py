"""Rules of the forty-sixth session, on hand-made records: a section whose title joins two names ("I. MỤC
ĐÍCH, YÊU CẦU") is answered whole when the question names both, and its sub-section when the question names
that one whole ("2. Yêu cầu"); an agency whose task rows fit no period asked is told so, not that no table
names it (its own prose section is no answer to a question of one year); "chủ trì hoặc phối hợp" quotes the
body's sentences of both roles; the resolution a plan implements ("kế hoạch thực hiện Nghị quyết 66") and the
parts of a document pointed to ("cả phần tổ chức thực hiện") are no listing topic; who and what of a section
named by its number ("point 8") is that section; "… ký … là ông/bà nào?" asks the signer; among several
plans titled alike, the one whose title (and cited numbers) the question says clearly more of is the one
whose section is asked.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import listing_topic
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

KH = "kh_chuyendoiso.txt"
HT = "kh_nq66_hatinh.txt"
CT = "ct09_cantho.txt"
NQ = "nq1339_ubtvqh.txt"
VL = "kh_nq66_vinhlong.txt"
PT = "kh_nq66_phutho.txt"
HEAD = "I. MỤC ĐÍCH, YÊU CẦU"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(KH, "Kế hoạch chuyển đổi số cho các doanh nghiệp nhỏ và vừa", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp"),
        Document(HT, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị, Nghị quyết số "
                 "140/NQ-CP của Chính phủ và Chương trình hành động số 45-CTr/TU", "Kế hoạch", number="140/KH-UBND",
                 province="Hà Tĩnh"),
        Document(VL, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Vĩnh Long"),
        Document(PT, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Phú Thọ"),
        Document(CT, "Chỉ thị về tăng cường quản lý tài nguyên nước dưới đất", "Chỉ thị", number="09/CT-UBND",
                 province="Cần Thơ"),
        Document(NQ, "Nghị quyết ban hành Kế hoạch sửa đổi, bổ sung các luật, nghị quyết", "Nghị quyết",
                 number="1339/NQ-UBTVQH15", province="Trung ương", issuer="Ủy ban Thường vụ Quốc hội"),
    ]  # fmt: skip
    purpose, needs = "1. Mục đích", "2. Yêu cầu"
    clauses = [
        Clause(KH, "I", "Mục I", (), (36, 37), HEAD),
        Clause(KH, "I.1", "Mục I, khoản 1", (HEAD,), (39, 39), purpose),
        Clause(KH, "I.1.a", "Mục I, khoản 1, điểm a", (HEAD, purpose), (41, 44),
               "a) Thúc đẩy chuyển đổi số toàn diện trong hoạt động sản xuất kinh doanh của doanh nghiệp."),
        Clause(KH, "I.1.b", "Mục I, khoản 1, điểm b", (HEAD, purpose), (46, 49),
               "b) Ứng dụng công nghệ số để nâng cao năng suất và năng lực cạnh tranh."),
        Clause(KH, "I.2", "Mục I, khoản 2", (HEAD,), (55, 55), needs),
        Clause(KH, "I.2.a", "Mục I, khoản 2, điểm a", (HEAD, needs), (57, 59),
               "a) Kế hoạch được triển khai đồng bộ, phù hợp với điều kiện thực tế của từng nhóm doanh nghiệp."),
        Clause(KH, "I.2.b", "Mục I, khoản 2, điểm b", (HEAD, needs), (61, 62),
               "b) Huy động nguồn lực của Nhà nước, doanh nghiệp, hiệp hội và các tổ chức hỗ trợ."),
        Clause(KH, "II", "Mục II", (), (70, 70), "II. NHIỆM VỤ, GIẢI PHÁP"),
        Clause(KH, "II.1", "Mục II, khoản 1", ("II. NHIỆM VỤ, GIẢI PHÁP",), (72, 74),
               "1. Tuyên truyền, nâng cao nhận thức của doanh nghiệp về chuyển đổi số."),
        Clause(HT, "I", "Mục I", (), (37, 37), "I. MỤC ĐÍCH, YÊU CẦU"),
        Clause(HT, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (39, 43),
               "1. Tổ chức triển khai và thực hiện đầy đủ các quan điểm, mục tiêu của Nghị quyết số 66-NQ/TW."),
        Clause(HT, "I.2", "Mục I, khoản 2", ("I. MỤC ĐÍCH, YÊU CẦU",), (45, 49),
               "2. Hiện thực hóa mục tiêu xây dựng hệ thống văn bản đồng bộ, thống nhất, công khai, minh bạch."),
        *[
            Clause(doc, "I", "Mục I", (), (20, 20), "I. MỤC ĐÍCH, YÊU CẦU")
            for doc in (VL, PT)
        ],
        *[
            Clause(doc, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (22, 24),
                   "1. Quán triệt sâu sắc nội dung Nghị quyết số 66-NQ/TW trong toàn hệ thống chính trị.")
            for doc in (VL, PT)
        ],
        Clause(HT, "III", "Mục III", (), (300, 300), "III. TỔ CHỨC THỰC HIỆN"),
        Clause(HT, "III.1", "Mục III, khoản 1", ("III. TỔ CHỨC THỰC HIỆN",), (302, 302), "1. Sở Tư pháp"),
        Clause(HT, "III.1.a", "Mục III, khoản 1, ý 1", ("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp"), (304, 306),
               "- Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch."),
        Clause(HT, "III.3", "Mục III, khoản 3", ("III. TỔ CHỨC THỰC HIỆN",), (335, 339),
               "3. Sở Khoa học và Công nghệ: phối hợp với Sở Tư pháp nghiên cứu xây dựng, duy trì, vận hành và "
               "khai thác Cổng pháp luật của Tỉnh."),
        Clause(CT, "7", "Mục 7", (), (190, 191), "7. Báo, Đài Phát thanh và Truyền hình thành phố"),
        Clause(CT, "7.a", "Mục 7, điểm a", ("7. Báo, Đài Phát thanh và Truyền hình thành phố",), (193, 195),
               "a) Thường xuyên đưa tin về công tác bảo vệ tài nguyên nước dưới đất."),
        Clause(CT, "8", "Mục 8", (), (206, 207), "8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành thành phố"),
        Clause(CT, "8.a", "Mục 8, điểm a", ("8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành thành phố",),
               (209, 214), "a) Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành pháp luật về tài nguyên nước."),
        Clause(CT, "8.b", "Mục 8, điểm b", ("8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành thành phố",),
               (216, 224), "b) Giao Công an thành phố kịp thời phát hiện và xử lý các hành vi vi phạm."),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Tổ chức hội thảo trao đổi các giải pháp thực hiện Nghị quyết", ["Sở Tư pháp"],
                  deadline="Năm 2026", line=640),
        make_task(HT, "2", "Tổ chức tập huấn nghiệp vụ xây dựng văn bản quy phạm pháp luật", ["Sở Tư pháp"],
                  deadline="Hàng năm", line=650),
        make_task(HT, "3", "Rà soát văn bản quy phạm pháp luật về tổ chức bộ máy", ["Sở Nội vụ"],
                  deadline="Năm 2025", line=660),
        make_task(HT, "4", "Xây dựng các chính sách phát triển khoa học, công nghệ và đổi mới sáng tạo",
                  ["Sở Khoa học và Công nghệ"], deadline="Năm 2026", line=690),
        make_task(HT, "5", "Phổ biến, quán triệt nội dung Nghị quyết số 66-NQ/TW đến cán bộ, công chức",
                  ["Sở Nội vụ"], deadline="Thường xuyên", line=700),
        make_task(NQ, "1", "Nghị quyết về việc giải thể Viện Nghiên cứu lập pháp", ["Ban Công tác đại biểu"],
                  deadline="Trình UBTVQH trước ngày 10/01/2025", line=54),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_one_part_of_a_joined_title_named_whole_by_its_sub_section_answers_with_that_sub_section(view):
    _, _, needs = ask_view(view, "Kế hoạch chuyển đổi số doanh nghiệp của Đồng Tháp có những yêu cầu gì?")
    assert {(57, 59), (61, 62)} <= _lines(needs), needs.text
    assert not {(41, 44), (46, 49)} & _lines(needs), needs.text
    _, _, purpose = ask_view(view, "Mục đích của Kế hoạch 617/KH-UBND Đồng Tháp là gì?")
    assert {(41, 44), (46, 49)} <= _lines(purpose), purpose.text
    assert not {(57, 59), (61, 62)} & _lines(purpose), purpose.text


def test_both_parts_of_a_joined_title_named_answer_with_the_whole_section(view):
    _, _, both = ask_view(view, "Mục đích, yêu cầu của Kế hoạch 617/KH-UBND Đồng Tháp là gì?")
    assert {(41, 44), (46, 49), (57, 59), (61, 62)} <= _lines(both), both.text


def test_an_agency_with_rows_of_other_periods_is_told_none_is_of_the_year_asked(view):
    _, _, outcome = ask_view(view, "Sở Tư pháp Hà Tĩnh phải hoàn thành những nhiệm vụ nào trong năm 2025?")
    assert (304, 306) not in _lines(outcome), outcome.text
    assert outcome.abstained, outcome.text
    _, _, year = ask_view(view, "Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào trong năm 2026?")
    assert "hội thảo" in year.text and not year.abstained, year.text


def test_lead_or_coordinating_quotes_the_bodys_sentences_of_both_roles(view):
    _, _, outcome = ask_view(
        view, "Sở Khoa học và Công nghệ Hà Tĩnh được giao chủ trì hoặc phối hợp những nhiệm vụ gì?"
    )
    assert {(335, 339), (690, 693)} <= _lines(outcome), outcome.text


def test_the_resolution_a_plan_implements_is_no_listing_topic(view):
    query, _, outcome = ask_view(
        view,
        "Sở Khoa học và Công nghệ được giao chủ trì những nhiệm vụ gì trong kế hoạch thực hiện Nghị quyết 66 "
        "của tỉnh?",
    )
    assert listing_topic(query) == ""
    assert (690, 693) in _lines(outcome), outcome.text
    # (a question about the rows that mention the resolution keeps it)
    about = understand("Sở Nội vụ chủ trì những nhiệm vụ nào về quán triệt Nghị quyết 66?")
    assert "66" in listing_topic(about)


def test_the_parts_of_a_document_pointed_to_are_no_listing_topic():
    query = understand(
        "Sở Nội vụ được phân công những nhiệm vụ gì trong kế hoạch này (cả phần tổ chức thực hiện và phụ lục)?"
    )
    assert listing_topic(query) == ""


def test_who_and_what_of_a_section_named_by_its_number_is_that_section(view):
    _, _, outcome = ask_view(
        view,
        "In Can Tho's Directive 09/CT-UBND, which bodies are assigned tasks under point 8 (directors of "
        "departments and heads of agencies), and what must each do?",
    )
    assert {(206, 207), (209, 214), (216, 224)} <= _lines(outcome), outcome.text
    assert outcome.strategy == "section", outcome.strategy


def test_who_signed_asked_as_which_person_asks_the_signer():
    assert understand(
        "Chủ tịch UBND tỉnh Vĩnh Long ký Quyết định 1218/QĐ-UBND là ông/bà nào?"
    ).answer_type == ("signer")
    assert understand("Người ký Kế hoạch 140 của Hà Tĩnh là ai?").answer_type == "signer"
    assert understand("Báo cáo định kỳ hằng quý gửi cho ai?").answer_type != "signer"


def test_a_regulation_named_by_its_number_sent_to_asks_its_recipients():
    from assistant.matching import _ASKS_RECIPIENTS
    from indexer.text import fold

    assert _ASKS_RECIPIENTS.search(fold("Quy định 384-QĐ/TW về chia sẻ dữ liệu gửi cho những nơi nào?"))
    assert _ASKS_RECIPIENTS.search(fold("quy dinh 384-QD/TW ve chia se du lieu gui cho nhung noi nao"))
    # (a rule that a report is sent somewhere is no document's recipients)
    assert not _ASKS_RECIPIENTS.search(fold("Theo quy định, báo cáo kết quả chia sẻ dữ liệu gửi tới đâu?"))


def test_which_resolutions_a_body_drafts_lists_its_rows(view):
    for question in (
        "Ban Công tác đại biểu chủ trì soạn thảo những nghị quyết nào trong kế hoạch kèm Nghị quyết 1339?",
        "ban cong tac dai bieu la co quan soan thao nhung nghi quyet nao trong ke hoach kem nghi quyet 1339",
    ):
        query, _, outcome = ask_view(view, question)
        assert query.intent == "agency_tasks", (question, query.intent)
        assert (54, 57) in _lines(outcome), outcome.text


def test_among_plans_titled_alike_the_one_the_question_names_most_of_is_asked(view):
    _, _, outcome = ask_view(
        view,
        "Mục đích, yêu cầu của kế hoạch triển khai Nghị quyết 66-NQ/TW, Nghị quyết 140/NQ-CP và Chương trình "
        "45-CTr/TU gồm những điểm nào?",
    )
    assert {(39, 43), (45, 49)} <= _lines(outcome), outcome.text
    assert outcome.strategy == "section", outcome.strategy
