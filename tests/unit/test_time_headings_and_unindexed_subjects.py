"""Rules of the thirty-first session, on hand-made records and questions: a deadline answered by an item that
says no time shows the heading above it that does ("1. Đến năm 2030"); a document number's kind code says
what it is ("2208/TTr-STP" is a submission, a tờ trình); "which submission … act on when issuing" asks the
proposal; a question asking what a document it names lays down ("What targets does Resolution 57-NQ/TW
set?") is told that document is not indexed, when the indexed ones only cite it; the Party committee's
documents two plans implement are compared by their own dates ("văn bản của cấp ủy mà … triển khai, văn
bản nào ban hành trước?", "Which provincial Party document does … implement"); an English body's name may
hold its place ("Party Committee of Hà Tĩnh's Provincial People's Committee"); "how do the two tasks of
a group differ" sets the group's rows side by side; "những căn cứ và văn bản nào", "legal bases and Party
documents" ask what a document implements beside its bases; "minimum" is "tối thiểu", a word the topic keeps;
"What total budget does … allocate?" asks a sum; a rule is quoted with the exception that follows it ("Trường
hợp … thì phải …"); the date a cited document or the document's own header prints is no time limit to issue
something ("By what date must … issue …?"); "signed by the same person. Who …?" asks each signer; a
procedure the tables do not list is not answered by the steps of another; a reporting regime compared is each
side's passage that says how often; an "inventory team" is a "tổ kiểm kê".
"""

from __future__ import annotations

import pytest

from assistant import special
from assistant.glossary import english_terms
from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

VL, HT, PT, HP = "kh_vinhlong.txt", "kh_hatinh.txt", "kh_phutho.txt", "kh_haiphong.txt"
ND = "nd_quynhao.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(VL, "Kế hoạch thực hiện Nghị quyết 66-NQ/TW", "Kế hoạch", number="1218/QĐ-UBND",
                 province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long"),
        Document(HT, "Kế hoạch triển khai Nghị quyết 66-NQ/TW", "Kế hoạch", province="Hà Tĩnh",
                 issuer="UBND tỉnh Hà Tĩnh"),
        Document(PT, "Kế hoạch triển khai Nghị quyết 66-NQ/TW", "Kế hoạch", number="150/KH-UBND",
                 province="Phú Thọ", issuer="UBND tỉnh Phú Thọ"),
        Document(HP, "Kế hoạch thực hiện Nghị quyết 66-NQ/TW", "Kế hoạch", number="160/KH-UBND",
                 province="Hải Phòng", issuer="UBND thành phố Hải Phòng"),
        Document(ND, "Nghị định quy định chi tiết về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 national=True, issuer="Chính phủ"),
    ]  # fmt: skip
    clauses = [
        Clause(VL, "III.1", "Mục III, khoản 1", ("III. MỤC TIÊU",), (215, 215), "1. Đến năm 2030"),
        Clause(VL, "III.1.2", "Mục III, khoản 1, ý 2", ("III. MỤC TIÊU", "1. Đến năm 2030"), (241, 247),
               "- Hoàn thành việc sửa đổi, bổ sung, ban hành mới văn bản pháp luật thuộc thẩm quyền của tỉnh "
               "bảo đảm cơ sở pháp lý đồng bộ cho hoạt động của bộ máy nhà nước theo mô hình chính quyền 02 cấp."),
        Clause(VL, "III.2", "Mục III, khoản 2", ("III. MỤC TIÊU",), (250, 252),
               "2. Tổ chức tập huấn chuyên sâu cho đội ngũ pháp chế trước ngày 30/9/2025."),
        Clause(VL, "III.3", "Mục III, khoản 3", ("III. MỤC TIÊU",), (260, 262),
               "3. Rà soát, ban hành các chính sách đặc thù của tỉnh để triển khai thực hiện Nghị quyết số "
               "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ và chuyển "
               "đổi số quốc gia."),
        Clause(VL, "preamble", "Phần mở đầu", (), (1, 20),
               "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG Số: 1218/QĐ-UBND Căn cứ Luật Tổ chức Chính quyền địa phương ngày 16 "
               "tháng 6 năm 2025; Thực hiện Kế hoạch số 390-KH/TU ngày 20/5/2025 của Tỉnh ủy thực hiện Nghị quyết "
               "số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; Theo đề nghị của Giám đốc Sở Tư pháp.", kind="preamble"),
        Clause(HT, "preamble", "Phần mở đầu", (), (1, 35),
               "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH Số: /KH-UBND Căn cứ Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ "
               "Chính trị; xét đề nghị của Sở Tư pháp tại Văn bản số 2208/TTr-STP ngày 04/8/2025. Ủy ban nhân "
               "dân tỉnh ban hành Kế hoạch triển khai với các nội dung sau:", kind="preamble"),
        Clause(PT, "preamble", "Phần mở đầu", (), (1, 26),
               "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ Số: 150/KH-UBND Triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của "
               "Bộ Chính trị; Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy Phú Thọ thực hiện Nghị quyết số "
               "66-NQ/TW;", kind="preamble"),
        Clause(HP, "preamble", "Phần mở đầu", (), (1, 36),
               "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG Số: 160/KH-UBND Thực hiện Nghị quyết số 66-NQ/TW ngày "
               "30/4/2025 của Bộ Chính trị; Chương trình hành động số 95-CTr/TU ngày 09/6/2025 của Ban Thường vụ "
               "Thành ủy thực hiện Nghị quyết số 66-NQ/TW;", kind="preamble"),
    ]  # fmt: skip
    clauses += [
        Clause(VL, "V.3", "Mục V, khoản 3", ("V. TỔ CHỨC THỰC HIỆN",), (592, 600),
               "3. Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp xã tăng cường kiểm tra, đôn đốc việc triển khai thực "
               "hiện Kế hoạch, định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 05/6 và trước "
               "ngày 25/11 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
        Clause(HT, "III.1.2", "Mục III, khoản 1, ý 2", ("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp"), (306, 309),
               "- Chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển "
               "khai thực hiện Kế hoạch này; định kỳ và đột xuất khi có yêu cầu, tổng hợp kết quả thực hiện, báo cáo "
               "UBND tỉnh và Bộ Tư pháp theo quy định."),
        Clause(HT, "III.5.3", "Mục III, khoản 5, ý 3",
               ("III. TỔ CHỨC THỰC HIỆN", "5. Các sở, ban, ngành cấp tỉnh và các địa phương"), (373, 379),
               "- Căn cứ chức năng, nhiệm vụ, phạm vi quản lý chủ động triển khai thực hiện Kế hoạch này và nhiệm vụ "
               "tại Phụ lục kèm theo; báo cáo kết quả thực hiện của đơn vị, địa phương mình về UBND tỉnh (qua Sở Tư "
               "pháp) theo quy định."),
    ]  # fmt: skip
    clauses.append(
        Clause(ND, "8.3", "Điều 8, khoản 3", ("Điều 8. Thẩm quyền cử viên chức đi đào tạo, bồi dưỡng",), (198, 203),
               "3. Hiệu trưởng Trường Đại học Luật Hà Nội quyết định cử đi đào tạo, bồi dưỡng trong nước và nước "
               "ngoài đối với viên chức từ cấp phòng và tương đương trở xuống của trường và các đơn vị trực thuộc "
               "trường theo quy định. Trường hợp nội dung đào tạo, bồi dưỡng ở nước ngoài liên quan đến chủ quyền "
               "quốc gia, an ninh, quốc phòng, dân tộc, tôn giáo, quyền con người thì phải lấy ý kiến Vụ Hợp tác "
               "quốc tế và báo cáo Thứ trưởng phụ trách đơn vị cho phép trước khi quyết định.")
    )  # fmt: skip
    tasks = [
        make_task(HP, "1", "Người đứng đầu cơ quan được giao nhiệm vụ xây dựng pháp luật được quyền chủ động "
                  "phân bổ, sử dụng kinh phí được giao.", ["Các sở, ban, ngành và địa phương"], ["Sở Tài chính"],
                  deadline="Hàng năm", line=1292, group="VII",
                  group_title="Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật"),
        make_task(HP, "2", "Bố trí ngân sách phù hợp, tương xứng cho công tác tổ chức thi hành pháp luật.",
                  ["Sở Tài chính"], ["Các sở, ban, ngành và địa phương"], deadline="Thường xuyên", line=1319,
                  group="VII",
                  group_title="Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật"),
        make_task(HP, "1", "Tổ chức hội nghị quán triệt Nghị quyết 66", ["Sở Tư pháp"], deadline="Quý III/2025",
                  line=200, group="I", group_title="Công tác quán triệt, tuyên truyền"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_deadline_item_without_a_time_is_shown_under_the_heading_that_says_it(view):
    _, _, outcome = ask_view(
        view,
        "Vĩnh Long đặt mốc thời gian nào để hoàn thành việc sửa đổi, bổ sung, ban hành mới văn bản pháp luật "
        "bảo đảm cơ sở pháp lý cho mô hình chính quyền 02 cấp?",
    )
    assert not outcome.abstained
    assert "Hoàn thành việc sửa đổi" in outcome.text
    assert "1. Đến năm 2030" in outcome.text
    assert any(c.lines == (215, 215) for c in outcome.citations)  # the heading is cited where it stands


def test_an_item_that_says_its_own_time_gets_no_heading(view):
    _, _, outcome = ask_view(
        view, "Vĩnh Long tổ chức tập huấn chuyên sâu cho đội ngũ pháp chế trước ngày nào?"
    )
    assert "30/9/2025" in outcome.text
    assert "Đến năm 2030" not in outcome.text


def test_a_submission_is_the_number_coded_ttr(view):
    _, _, outcome = ask_view(
        view,
        "Which submission from the Department of Justice did Hà Tĩnh's People's Committee act on when issuing "
        "this implementation plan?",
    )
    assert not outcome.abstained
    assert "2208/TTr-STP" in outcome.text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("What specific 2030 targets does Resolution 57-NQ/TW set for digital transformation?",
         "Resolution 57-NQ/TW"),
        ("Nghị quyết 197/2025/QH15 quy định mức thù lao cho chuyên gia là bao nhiêu?", "Nghị quyết 197/2025/QH15"),
        ("What support levels does Decree 80/2021/NĐ-CP set for small enterprises?", "Decree 80/2021/NĐ-CP"),
    ],
)  # fmt: skip
def test_what_an_unindexed_document_lays_down_is_not_answered_from_those_citing_it(view, question, subject):
    _, _, outcome = ask_view(view, question)
    assert outcome.abstained
    assert outcome.strategy == "unindexed_subject"
    assert subject in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        # the plan implementing it is asked, not the resolution
        "Kế hoạch thực hiện Nghị quyết 66 của Vĩnh Long quy định mốc hoàn thành nào?",
        "What does Vĩnh Long's plan on Resolution 57-NQ/TW require?",
        # an indexed document
        "What does Decree 302/2025/NĐ-CP set as the charter capital?",
        # the resolution named as what the plan implements, no verb of its own
        "Which plan implements Resolution 57-NQ/TW?",
    ],
)
def test_an_indexed_or_implemented_document_is_no_unindexed_subject(question):
    own = {"1218/qd-ubnd", "150/kh-ubnd", "160/kh-ubnd", "302/2025/nd-cp"}
    assert special.unindexed_subject(question, own) is None


@pytest.mark.parametrize(
    "question",
    [
        "Văn bản của cấp ủy mà kế hoạch Phú Thọ và kế hoạch Hải Phòng triển khai khác nhau thế nào, văn bản nào "
        "ban hành trước?",
        "Which provincial Party document does Phú Thọ's plan implement, compared with the one Hải Phòng's plan "
        "implements, and which was issued earlier?",
        "Which provincial Party committee plans do Phú Thọ's and Hải Phòng's plans implement, and how do their "
        "dates compare?",
    ],
)
def test_the_party_documents_two_plans_implement_are_compared_by_their_dates(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.intent == "compare"
    assert "168-KH/TU ngày 06/6/2025" in outcome.text
    assert "95-CTr/TU ngày 09/6/2025" in outcome.text
    first = outcome.text.splitlines()[0]
    assert "06/6/2025" in first and "09/6/2025" in first  # the verdict: which came first
    assert "30/4/2025" not in first  # not the resolution both implement


def test_an_english_body_may_hold_its_place():
    said = {term.vi[0] for _, term in english_terms(
        "What must the Party Committee of Hà Tĩnh's Provincial People's Committee lead the People's Committee to do?"
    )}  # fmt: skip
    assert "Đảng ủy Ủy ban nhân dân tỉnh" in said
    plain = {
        term.vi[0] for _, term in english_terms("What does the Office of the Provincial Party Committee do?")
    }
    assert "Văn phòng Tỉnh ủy" in plain


@pytest.mark.parametrize(
    "question",
    [
        "In Hải Phòng's financial-mechanism tasks, how do the two tasks differ in lead body and timing?",
        "Hai nhiệm vụ về cơ chế tài chính trong kế hoạch Hải Phòng khác nhau thế nào về cơ quan chủ trì và thời gian?",
    ],
)
def test_the_two_tasks_of_a_group_are_set_side_by_side(view, question):
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained
    assert outcome.meta.get("count") == 2
    for said in ("Hàng năm", "Thường xuyên", "Bố trí ngân sách"):
        assert said in outcome.text
    assert "hội nghị quán triệt" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Quyết định 1218/QĐ-UBND của Vĩnh Long được ban hành dựa trên những căn cứ và văn bản nào?",
        "What legal bases and Party documents are cited in the preamble of Vĩnh Long's Decision 1218/QĐ-UBND?",
    ],
)
def test_bases_and_documents_asked_together_quote_both(view, question):
    _, _, outcome = ask_view(view, question)
    assert "Căn cứ Luật Tổ chức Chính quyền địa phương" in outcome.text
    assert "390-KH/TU" in outcome.text


def test_minimum_is_a_word_of_the_topic():
    from assistant.understand import understand

    query = understand("Do Vĩnh Long and Phú Thọ set the same minimum spending level for law-making work?")
    assert "tối thiểu" in query.topic
    # "at least 30 conditions": a frame of the number, not a thing asked
    assert "ít nhất" not in understand("Which plan cuts at least 30 business conditions?").topic


def test_a_rule_is_quoted_with_the_exception_after_it(view):
    _, _, outcome = ask_view(
        view,
        "Khi Hiệu trưởng Trường Đại học Luật Hà Nội cử viên chức đi đào tạo ở nước ngoài, trường hợp nào phải "
        "lấy ý kiến Vụ Hợp tác quốc tế?",
    )
    assert "quyết định cử đi đào tạo" in outcome.text
    assert "chủ quyền quốc gia, an ninh, quốc phòng" in outcome.text


def test_a_total_budget_asked_is_a_sum():
    from assistant.understand import understand

    asked = understand("What total budget does Resolution 394/NQ-CP allocate to the nationwide movement?")
    assert asked.answer_type == "money"
    # the sources of a budget are no sum
    assert understand("What budget sources fund Bắc Ninh's plan?").answer_type != "money"


def test_a_cited_documents_date_is_no_time_limit_to_issue():
    from assistant.evidence import has_answer_type

    cited = "- Căn cứ Quyết định số 333-QĐ/TW, ngày 24/6/2025 của Ban Bí thư về việc ban hành Kiến trúc;"
    header = "Số 384-QĐ/TW Hà Nội, ngày 19 tháng 11 năm 2025 QUY ĐỊNH VỀ KẾT NỐI, CHIA SẺ DỮ LIỆU"
    must = "By what date must the Central Party Office issue the data architecture framework?"
    assert not has_answer_type(cited, "date", question=must)
    assert not has_answer_type(header, "date", question=must)
    assert has_answer_type("Văn phòng Trung ương Đảng ban hành khung kiến trúc trước ngày 31/12/2025.", "date",
                           question=must)  # fmt: skip
    # the document's own date asked: its header answers
    assert has_answer_type(header, "date", question="Quy định 384-QĐ/TW được ban hành ngày nào?")


def test_signed_by_the_same_person_asks_the_signer():
    from assistant.compare import _ASKS_SIGNER
    from indexer.text import fold

    assert _ASKS_SIGNER.search(
        fold("Resolution 394/NQ-CP and Dispatch 227/CĐ-TTg were both signed by the same person. Who, and which is "
             "more recent?")
    )  # fmt: skip
    assert not _ASKS_SIGNER.search(fold("Which of the two was signed earlier?"))


PROCEDURES = (
    "A. LĨNH VỰC BÁO CHÍ, XUẤT BẢN (02 TTHC) Quy trình số 01 1. Quy trình nội bộ giải quyết nhóm TTHC: 1.1. Thủ tục "
    "cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong lĩnh vực báo chí, xuất bản (Mã TTHC: "
    "1.014464); 1.2. Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận lưu hành tự do (CFS) Bước 3 Thẩm định, thụ lý "
    "hồ sơ Công chức phòng QLTTBCXB 0,5 ngày làm việc"
)


@pytest.mark.parametrize(
    "question",
    [
        "Thời hạn giải quyết thủ tục cấp giấy phép xuất bản bản tin tại Sở VHTTDL Cao Bằng là bao nhiêu ngày?",
        "thoi han giai quyet thu tuc cap giay phep to chuc le hoi o cao bang la bao nhieu ngay",
    ],
)
def test_a_procedure_the_tables_do_not_list_is_not_answered_by_another(question):
    assert special.procedure_unlisted(question, PROCEDURES)


@pytest.mark.parametrize(
    "question",
    [
        "Thời hạn giải quyết thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu là bao lâu?",
        "thu tuc cap giay chung nhan luu hanh tu do cfs doi voi hang hoa xuat khau mat bao lau",
        # no procedure named, or an evidence that names none
        "Bước thẩm định hồ sơ mất bao lâu?",
        "Quy trình nội bộ số 04 áp dụng cho những thủ tục hành chính nào?",
    ],
)
def test_a_listed_procedure_or_none_named_is_answered(question):
    assert special.procedure_unlisted(question, PROCEDURES) is None
    assert (
        special.procedure_unlisted("Thủ tục cấp giấy phép xuất bản bản tin mất bao lâu?", "Bước 3 Thẩm định")
        is None
    )


def test_a_reporting_regime_compared_says_how_often(view):
    query, _, outcome = ask_view(
        view, "How does the reporting regime in Vĩnh Long's plan differ from that in Hà Tĩnh's plan?"
    )
    assert query.intent == "compare"
    assert "định kỳ 6 tháng" in outcome.text
    assert "định kỳ và đột xuất" in outcome.text


def test_an_inventory_team_is_a_to_kiem_ke():
    said = [term.vi[0] for _, term in english_terms("By when must each entity set up its inventory team?")]
    assert "tổ kiểm kê" in said
    assert "đội ngũ" not in said  # "team" alone is a workforce; an inventory team is a body of its own
