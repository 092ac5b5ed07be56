"""Rules of the forty-fifth session, on hand-made records: a "Căn cứ …" line answers a question that asks a
document's bases, not one of what the document itself does; a directive's item named "Mục 8" is stated
whole; a listing's topic of syllables the rows use only in other words is no topic; a decision named by its
title's opening words is no part of the topic; a section titled by the bodies it addresses is named by
them all; "so" typed without marks after "nền tảng", "chuyển đổi" is "số", no department; a list whose
opening the question names word for word is read with what all its items say.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.duties import asks_duties
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import listing_topic
from assistant.matching import documents_in_scope, without_document_names
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

QD = "qd_thutuc.txt"
CT = "ct_nuocduoidat.txt"
LAW = "luat_vieclam.txt"
PLAN = "kh_nq66.txt"
KH = "kh_kinhteso.txt"
GROUNDS = (
    "Căn cứ Quyết định số 682/QĐ-BVHTTDL ngày 14 tháng 3 năm 2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du "
    "lịch về việc công bố thủ tục hành chính mới ban hành, bị bãi bỏ trong lĩnh vực văn hóa;"
)
REPEALS = (
    "Quyết định này bãi bỏ danh mục 01 thủ tục hành chính có số thứ tự 10 tại Phụ lục 1 ban hành kèm theo "
    "Quyết định số 530/QĐ-UBND ngày 16 tháng 5 năm 2023 về việc công bố danh mục thủ tục hành chính."
)
DIRECTORS = "8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành thành phố"
SOURCES = "2. Nguồn vốn cho vay giải quyết việc làm bao gồm:"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(QD, "Quyết định công bố thủ tục hành chính", "Quyết định", number="2031/QĐ-UBND",
                 province="Cao Bằng"),
        Document(CT, "Chỉ thị về tăng cường quản lý tài nguyên nước dưới đất", "Chỉ thị", number="09/CT-UBND",
                 province="Cần Thơ"),
        Document(PLAN, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Vĩnh Long"),
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương", issuer="Quốc hội"),
    ]  # fmt: skip
    clauses = [
        Clause(QD, "preamble", "Phần mở đầu", (), (50, 58), GROUNDS),
        Clause(QD, "Điều 3", "Điều 3", (), (79, 87), f"Điều 3. Quyết định này có hiệu lực kể từ ngày ký. {REPEALS}"),
        Clause(CT, "7", "Mục 7", (), (190, 191), "7. Báo, Đài Phát thanh và Truyền hình thành phố"),
        Clause(CT, "7.a", "Mục 7, điểm a", (), (193, 195),
               "a) Thường xuyên đưa tin về công tác bảo vệ tài nguyên nước dưới đất."),
        Clause(CT, "8", "Mục 8", (), (206, 207), DIRECTORS),
        Clause(CT, "8.a", "Mục 8, điểm a", (), (209, 214),
               "a) Phối hợp Sở Nông nghiệp và Môi trường tuyên truyền, phổ biến quy định về tài nguyên nước."),
        Clause(CT, "8.b", "Mục 8, điểm b", (), (216, 224),
               "b) Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành pháp luật về tài nguyên nước."),
        Clause(CT, "8.c", "Mục 8, điểm c", (), (226, 228),
               "c) Giao Công an thành phố kịp thời phát hiện và xử lý các hành vi vi phạm."),
        Clause(PLAN, "II", "Mục II", (), (162, 162), "II. QUAN ĐIỂM"),
        Clause(PLAN, "II.1", "Mục II, khoản 1", ("II. QUAN ĐIỂM",), (164, 175),
               "1. Bảo đảm sự lãnh đạo toàn diện của Đảng trong công tác xây dựng pháp luật."),
        Clause(PLAN, "II.2", "Mục II, khoản 2", ("II. QUAN ĐIỂM",), (177, 183),
               "2. Công tác xây dựng và thi hành pháp luật là “đột phá của đột phá”."),
        Clause(PLAN, "III", "Mục III", (), (213, 213), "III. MỤC TIÊU"),
        Clause(PLAN, "III.1", "Mục III, khoản 1", ("III. MỤC TIÊU",), (215, 218),
               "1. Đến năm 2030, hoàn thiện hệ thống văn bản về xây dựng và thi hành pháp luật."),
        Clause(LAW, "Điều 8", "Điều 8", (), (106, 106), "Điều 8. Tín dụng chính sách về giải quyết việc làm"),
        Clause(LAW, "Điều 8.1", "Điều 8, khoản 1", ("Điều 8. Tín dụng chính sách về giải quyết việc làm",),
               (108, 108),
               "1. Nhà nước thực hiện tín dụng chính sách để hỗ trợ tạo việc làm thông qua Ngân hàng Chính sách "
               "xã hội từ nguồn vốn cho vay giải quyết việc làm."),
        Clause(LAW, "Điều 8.2", "Điều 8, khoản 2", ("Điều 8. Tín dụng chính sách về giải quyết việc làm",),
               (110, 110), SOURCES),
        *[
            Clause(LAW, f"Điều 8.2.{c}", f"Điều 8, khoản 2, điểm {c}",
                   ("Điều 8. Tín dụng chính sách về giải quyết việc làm", SOURCES), (112 + 2 * i, 112 + 2 * i), text)
            for i, (c, text) in enumerate([
                ("a", "a) Ngân sách trung ương cấp cho Ngân hàng Chính sách xã hội;"),
                ("b", "b) Ngân sách địa phương ủy thác cho Ngân hàng Chính sách xã hội;"),
                ("c", "c) Nguồn vốn tổ chức, cá nhân ủy thác cho Ngân hàng Chính sách xã hội."),
            ])
        ],
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_a_basis_line_answers_a_question_of_bases_not_one_of_what_the_document_does(view):
    _, _, done = ask_view(
        view, "Quyết định 2031/QĐ-UBND bãi bỏ thủ tục hành chính trong những quyết định nào?"
    )
    assert done.citations and tuple(done.citations[0].lines) == (79, 87), done.text
    assert "530/QĐ-UBND" in done.text
    _, _, based = ask_view(view, "Quyết định 2031/QĐ-UBND căn cứ vào những quyết định nào?")
    assert (50, 58) in _lines(based), based.text


def test_documents_asked_beside_another_kind_of_text_ask_for_document_numbers():
    query = understand("Kế hoạch yêu cầu thực hiện nghiêm những văn bản, điều ước nào về hợp tác quốc tế?")
    assert query.answer_type == "doc_number"
    assert understand("Kế hoạch ban hành những văn bản nào, số lượng bao nhiêu?").answer_type != "doc_number"


def test_an_item_of_a_directive_named_by_its_number_is_stated_whole(view):
    _, _, outcome = ask_view(view, "Mục 8 của Chỉ thị 09/CT-UBND Cần Thơ nói gì?")
    assert {(206, 207), (209, 214), (216, 224), (226, 228)} <= _lines(outcome), outcome.text
    assert (193, 195) not in _lines(outcome)


def test_a_section_titled_by_the_bodies_it_addresses_is_named_by_all_of_them(view):
    _, _, outcome = ask_view(
        view,
        "Theo Chỉ thị 09 của Cần Thơ, Giám đốc sở, thủ trưởng cơ quan, ban, ngành thành phố có trách nhiệm gì?",
    )
    assert {(206, 207), (209, 214), (216, 224)} <= _lines(outcome), outcome.text
    assert outcome.strategy == "section", outcome.strategy


def test_so_typed_without_marks_after_a_digital_compound_is_no_department():
    from indexer.agencies import find_agencies

    assert find_agencies("nen tang so du lich Viet Nam") == []
    assert find_agencies("chuyen doi so du lich") == []
    assert find_agencies("giao so du lich chu tri") == ["Sở Du lịch"]
    assert find_agencies("phoi hop voi so tu phap") == ["Sở Tư pháp"]


def test_a_titled_section_is_named_with_words_its_items_say(view):
    _, _, outcome = ask_view(
        view,
        "Kế hoạch của Vĩnh Long nêu những quan điểm chỉ đạo nào về công tác xây dựng và thi hành pháp luật?",
    )
    assert {(164, 175), (177, 183)} <= _lines(outcome), outcome.text
    assert (215, 218) not in _lines(outcome)


def test_a_list_the_question_names_word_for_word_is_read_with_what_all_its_items_say(view):
    _, _, outcome = ask_view(
        view, "Nguồn vốn cho vay giải quyết việc làm qua Ngân hàng Chính sách xã hội gồm những nguồn nào?"
    )
    assert outcome.citations and tuple(outcome.citations[0].lines) == (110, 110), outcome.text
    assert {(112, 112), (114, 114), (116, 116)} <= _lines(outcome), outcome.text


def test_what_a_body_is_responsible_for_asks_its_duties_and_what_a_body_is_made_of_no_lead():
    duties = understand("In the implementation section, what is the Department of Justice responsible for?")
    assert duties.intent == "general" and asks_duties(duties)
    assert understand("Who is responsible for building the legal portal?").intent == "lead_agency"
    members = understand("Cơ cấu tổ chức của Quỹ gồm những chức danh, đơn vị nào?")
    assert members.intent == "general"
    assert understand("Đơn vị nào chủ trì xây dựng cổng pháp luật?").intent == "lead_agency"


def test_a_listing_topic_of_syllables_the_rows_use_only_in_other_words_is_no_topic():
    docs = [Document(KH, "Kế hoạch phát triển kinh tế số, xã hội số", "Kế hoạch", number="144/KH-UBND",
                     province="Bắc Ninh")]  # fmt: skip
    bank = "Ngân hàng nhà nước khu vực XII"
    tasks = [
        make_task(KH, "5", "Tỷ lệ dân số có tài khoản giao dịch tại ngân hàng đạt 95%", [bank], line=900,
                  group_title="Xã hội số"),
        make_task(KH, "6", "Tỉ lệ giao dịch không dùng tiền mặt đạt 80%", [bank], line=910, group_title="Xã hội số"),
        make_task(KH, "7", "Chi ngân sách cho mục đích chuyển đổi số đạt 2%", ["Sở Tài chính"], line=920,
                  group_title="Kinh tế số"),
    ]  # fmt: skip
    # (the gazetteer's name of the branch is the State Bank's)
    tasks = [replace(t, lead_ids=("Ngân hàng Nhà nước Việt Nam",)) if t.lead == (bank,) else t for t in tasks]
    view = IndexView(RecordSearcher(docs, [], tasks))
    question = f"Which targets in Bac Ninh's plan 144 are assigned to the regional branch ({bank})?"
    query, _, outcome = ask_view(view, question)
    assert query.intent == "agency_tasks"
    assert {(900, 903), (910, 913)} <= _lines(outcome), (listing_topic(query), outcome.text)


def test_a_decision_named_by_its_titles_opening_words_is_no_part_of_the_topic():
    doc = Document(
        "qd_1218.txt",
        "Quyết định số 1218/QĐ-UBND ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị trên "
        "địa bàn tỉnh Vĩnh Long",
        "Quyết định",
        number="1218/QĐ-UBND",
        province="Vĩnh Long",
    )
    docs = {doc.name: doc}
    question = (
        "Những ai chịu trách nhiệm thi hành Quyết định ban hành kế hoạch thực hiện Nghị quyết 66 của UBND "
        "tỉnh Vĩnh Long?"
    )
    query = understand(question, documents=docs.values())
    scope, _ = documents_in_scope(IndexView(RecordSearcher([doc], [], [])), query, None)
    topic = without_document_names(query, docs, scope).topic
    # the decision carried out stays ("thi hành Quyết định"); the words naming it by its title go
    assert "thi hành Quyết định" in topic and "kế hoạch" not in topic.lower(), topic


def test_the_person_answerable_for_a_row_is_read_from_its_own_column():
    from dataclasses import replace as with_fields

    from assistant.row_columns import asked_columns

    head = ("Người đứng đầu chịu trách nhiệm", "Giám đốc Trung tâm Chuyển đổi số VHTTDL")
    task = with_fields(
        make_task("cv.txt", "6", "Xây dựng Đề án chuyển đổi số", ["Trung tâm Chuyển đổi số VHTTDL"]),
        extra=(head, ("Ghi chú", "")),
    )
    assert asked_columns(task, "Ai chịu trách nhiệm xây dựng Đề án chuyển đổi số?") == [head]
    assert asked_columns(task, "Which unit leads it, and who is personally responsible?") == [head]
    assert asked_columns(task, "Cơ quan nào chủ trì xây dựng Đề án chuyển đổi số?") == []


def test_an_agency_typed_without_marks_is_understood_not_an_unknown_name():
    doc = Document(KH, "Kế hoạch hành động thực hiện Nghị quyết 66", "Kế hoạch", number="70/KH-UBND",
                   province="Hải Phòng")  # fmt: skip
    duty = "2. Đối với các sở: Tư pháp, Tài chính, Nội vụ thực hiện các nội dung sau:"
    clauses = [
        Clause(KH, "IV", "Mục IV", (), (300, 300), "IV. TỔ CHỨC THỰC HIỆN"),
        Clause(KH, "IV.2", "Mục IV, khoản 2", ("IV. TỔ CHỨC THỰC HIỆN",), (310, 310), duty),
        Clause(KH, "IV.2.a", "Mục IV, khoản 2, điểm a", ("IV. TỔ CHỨC THỰC HIỆN", duty), (312, 313),
               "a) Nhiệm vụ riêng được giao trong tổ chức thực hiện Kế hoạch ở Hải Phòng: hướng dẫn trình tự, "
               "thủ tục xây dựng văn bản quy phạm pháp luật."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], clauses, []))
    for question in (
        "Trong Kế hoạch của Hải Phòng, Sở Tư pháp được giao những nhiệm vụ riêng nào ở phần Tổ chức thực hiện?",
        "Trong Ke hoach cua Hai Phong, So Tu phap duoc giao nhung nhiem vu rieng nao o phan To chuc thuc hien?",
    ):
        _, _, outcome = ask_view(view, question)
        # ("So Tu" of "So Tu phap" is no proper name the evidence must print; the passage names the
        # department as "các sở: Tư pháp, …")
        assert outcome.meta["features"]["unknown_names"] == [], outcome.meta


def test_a_document_named_by_its_kind_typed_without_marks_is_no_part_of_the_topic():
    doc = Document(KH, "Kế hoạch hành động thực hiện Nghị quyết 66", "Kế hoạch hành động", number="70/KH-UBND",
                   province="Hải Phòng")  # fmt: skip
    docs = {doc.name: doc}
    view = IndexView(RecordSearcher([doc], [], []))
    for question in (
        "Theo kế hoạch hành động của Hải Phòng, đến năm 2027 phải hoàn thành việc gì?",
        "Theo ke hoach hanh dong cua Hai Phong, den nam 2027 phai hoan thanh viec gi?",
    ):
        query = understand(question, documents=docs.values())
        scope, _ = documents_in_scope(view, query, None)
        topic = without_document_names(query, docs, scope).topic
        assert "hanh dong" not in fold(topic), topic
