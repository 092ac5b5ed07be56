"""Rules of the thirtieth session, on hand-made records and questions: two documents asked when each enters
into force are compared by their own provisions and the answer says which is first ("Nghị định 302 và Luật
74 có hiệu lực từ khi nào?"), also when the question offers them as a choice ("Which takes effect first:
Decree 302 or Law 74?"); "được ban hành khi nào" asks each document's date of issue; a signer asked of two
documents is said once for each ("who signed each?"), not twice when the passage found is the signature;
"những loại văn bản nào, số lượng bao nhiêu" asks a count, not a document number, and "bao nhiêu để triển
khai" names no thing counted; "KH 144" names a document in scope and is no word asked; the glossary reads
"who receives the reports" as "nhận báo cáo" (not an unemployment benefit); a task group asked "like the Hà Tĩnh plan" is about its subject, not about the other plan.
"""

from __future__ import annotations

import pytest

from assistant.glossary import english_terms
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

ND, LAW, QD = "nd_quynhao.txt", "luat_vieclam.txt", "qd_chuyendoiso.txt"
CV, BN, HT, PT = "cv_bovanhoa.txt", "kh_bacninh.txt", "kh_hatinh.txt", "kh_phutho.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(ND, "Nghị định quy định chi tiết về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 national=True, issuer="Chính phủ", date="2025-11-19"),
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", national=True, issuer="Quốc hội"),
        Document(QD, "Quyết định phê duyệt Đề án chuyển đổi số trong hoạt động xây dựng", "Quyết định",
                 number="2597/QĐ-TTg", national=True, issuer="Thủ tướng Chính phủ", date="2025-11-27"),
        Document(CV, "Công văn về đẩy mạnh thực hiện nhiệm vụ chuyển đổi số", "Công văn", number="6225/BVHTTDL-VP",
                 national=True, issuer="Bộ Văn hóa, Thể thao và Du lịch"),
        Document(BN, "Kế hoạch phát triển kinh tế số và xã hội số", "Kế hoạch", number="144/KH-UBND",
                 province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh"),
        Document(HT, "Kế hoạch triển khai Nghị quyết 66-NQ/TW", "Kế hoạch", number="200/KH-UBND",
                 province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh", date="2025-08-12"),
        Document(PT, "Kế hoạch thực hiện Nghị quyết 66-NQ/TW", "Kế hoạch", number="150/KH-UBND",
                 province="Phú Thọ", issuer="UBND tỉnh Phú Thọ", date="2025-06-20"),
    ]  # fmt: skip
    clauses = [
        Clause(ND, "preamble", "Phần mở đầu", (), (2, 12),
               "CHÍNH PHỦ Số: 302/2025/NĐ-CP Hà Nội, ngày 19 tháng 11 năm 2025 NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT VỀ QUỸ NHÀ "
               "Ở QUỐC GIA Theo đề nghị của Bộ trưởng Bộ Xây dựng;", kind="preamble"),
        Clause(ND, "Điều 27.1", "Điều 27, khoản 1", ("Điều 27. Hiệu lực thi hành",), (907, 908),
               "1. Nghị định này có hiệu lực thi hành từ ngày 19 tháng 11 năm 2025."),
        Clause(ND, "signature", "Chữ ký", (), (941, 944),
               "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà", kind="signature"),
        Clause(LAW, "Điều 54", "Điều 54", (), (875, 880),
               "Điều 54. Hiệu lực thi hành 1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026."),
        Clause(QD, "preamble", "Phần mở đầu", (), (2, 10),
               "THỦ TƯỚNG CHÍNH PHỦ Số: 2597/QĐ-TTg Hà Nội, ngày 27 tháng 11 năm 2025 QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN "
               "Theo đề nghị của Bộ trưởng Bộ Xây dựng;", kind="preamble"),
        Clause(QD, "signature", "Chữ ký", (), (501, 503),
               "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà", kind="signature"),
        Clause(BN, "VI.9", "Mục VI, khoản 9", ("VI. TỔ CHỨC THỰC HIỆN",), (1189, 1193),
               "9. Sở Xây dựng Chủ trì nghiên cứu triển khai tích hợp IoT vào một số hạ tầng quan trọng của tỉnh."),
        Clause(HT, "preamble", "Phần mở đầu", (), (1, 8),
               "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH Số: 200/KH-UBND Hà Tĩnh, ngày 12 tháng 8 năm 2025 KẾ HOẠCH",
               kind="preamble"),
        Clause(PT, "preamble", "Phần mở đầu", (), (1, 6),
               "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ Số: 150/KH-UBND Phú Thọ, ngày 20 tháng 6 năm 2025 KẾ HOẠCH",
               kind="preamble"),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Tổ chức hội nghị quán triệt Nghị quyết 66", ["Sở Tư pháp"], line=200,
                  group="I", group_title="Công tác quán triệt, tuyên truyền"),
        make_task(HT, "1", "Tăng cường hợp tác với các tỉnh của Lào về pháp luật", ["Sở Tư pháp"], line=300,
                  group="IV", group_title="Nâng cao hiệu quả công tác hợp tác quốc tế, pháp luật quốc tế"),
        make_task(PT, "1", "Tổ chức hội nghị quán triệt Nghị quyết 66", ["Sở Tư pháp"], line=100,
                  group="1", group_title="Công tác quán triệt, tuyên truyền"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Nghị định 302/2025/NĐ-CP và Luật Việc làm 74/2025/QH15 có hiệu lực từ khi nào?",
        "When do Decree 302/2025/NĐ-CP and the Employment Law 74/2025/QH15 take effect?",
        "Which takes effect first: Decree 302/2025/NĐ-CP or the Employment Law 74/2025/QH15?",
    ],
)
def test_two_documents_entry_into_force_says_which_is_first(view, question):
    query, scope, outcome = ask_view(view, question)
    assert query.intent == "compare" and scope == {ND, LAW}
    first_line = outcome.text.splitlines()[0]
    assert first_line.index("302/2025/NĐ-CP") < first_line.index("74/2025/QH15")
    assert "19 tháng 11 năm 2025" in first_line and "01 tháng 01 năm 2026" in first_line
    assert {c.lines for c in outcome.citations} == {(907, 908), (875, 880)}


def test_or_without_a_choice_is_no_comparison(view):
    query = understand(
        "Is the National Housing Fund defined in Decree 302/2025/NĐ-CP or Law 74/2025/QH15?",
        documents=view.docs.values(),
    )
    assert query.intent != "compare"


def test_ban_hanh_khi_nao_asks_each_documents_date(view):
    _, _, outcome = ask_view(view, "Kế hoạch của Hà Tĩnh và kế hoạch của Phú Thọ được ban hành khi nào?")
    assert not outcome.abstained
    assert "20 tháng 6 năm 2025" in outcome.text and "12 tháng 8 năm 2025" in outcome.text
    assert outcome.text.splitlines()[0].startswith("Phú Thọ")  # which came first


def test_a_signer_asked_of_two_documents_is_said_once_each(view):
    _, _, proposed = ask_view(
        view,
        "Who proposed both Decree 302/2025/NĐ-CP and Decision 2597/QĐ-TTg, and who signed each?",
    )
    assert proposed.text.count("Trần Hồng Hà") == 2
    assert "Bộ trưởng Bộ Xây dựng" in proposed.text
    _, _, signed = ask_view(view, "Who signed Decree 302/2025/NĐ-CP and Decision 2597/QĐ-TTg?")
    assert signed.text.count("Trần Hồng Hà") == 2
    assert len(signed.citations) == 2


def test_kinds_of_documents_and_how_many_is_a_count():
    query = understand(
        "Theo Công văn 6225/BVHTTDL-VP, Bộ đã ban hành những loại văn bản nào, số lượng bao nhiêu để triển "
        "khai chỉ đạo của cấp trên?"
    )
    assert query.answer_type == "count"
    assert query.count_noun == ""  # "bao nhiêu để triển khai": no thing counted after it
    assert understand("Bộ đã ban hành những văn bản nào?").answer_type == "doc_number"
    assert understand("Có bao nhiêu người được tuyển dụng?").count_noun.startswith("nguoi")


def test_a_short_reference_to_a_document_in_scope_is_no_word_asked(view):
    query = understand(
        "What does the Bắc Ninh digital economy plan (KH 144) ask the provincial Department of Construction "
        "to do?",
        documents=view.docs.values(),
    )
    assert "KH" not in query.topic.split()
    _, _, outcome = ask_view(
        view, "What does Bắc Ninh's plan (KH 144) ask the Department of Construction to do?"
    )
    assert not outcome.abstained and "IoT" in outcome.text


@pytest.mark.parametrize(
    "question, vietnamese, not_vietnamese",
    [
        ("How do the reporting deadlines differ, and who receives the reports?", "nhận báo cáo", "mức hưởng"),
        ("How much does a worker receive per month?", "mức hưởng", "nhận báo cáo"),
    ],
)
def test_glossary_reads_receiving_reports(question, vietnamese, not_vietnamese):
    forms = {form for _, term in english_terms(question) for form in term.vi}
    assert vietnamese in forms and not_vietnamese not in forms


@pytest.mark.parametrize(
    "question",
    [
        "Does the Phú Thọ plan have a task group on international cooperation and international law like the "
        "Hà Tĩnh plan?",
        "Kế hoạch Phú Thọ có nhóm nhiệm vụ về hợp tác quốc tế, pháp luật quốc tế giống như kế hoạch Hà Tĩnh "
        "không?",
    ],
)
def test_a_task_group_asked_like_another_plan_is_about_its_subject(view, question):
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained
    assert "Nâng cao hiệu quả công tác hợp tác quốc tế" in outcome.text
    assert [c.doc for c in outcome.citations] == [HT]


def test_articles_set_aside_are_not_asked():
    query = understand(
        "Ngoài dữ liệu tại Điều 8, Điều 9, Quy định 384-QĐ/TW cho phép 4 Văn phòng Trung ương chia sẻ với nhau "
        "những loại dữ liệu nào?"
    )
    assert query.articles == () and "Điều" not in query.topic and "Ngoài" not in query.topic
    assert understand("Điều 10 quy định những dữ liệu nào ngoài Điều 8 và Điều 9?").articles == ("10",)
    assert understand("Điều 8 quy định gì ngoài việc chia sẻ?").articles == ("8",)


def test_a_national_document_named_beside_a_places_own_stays_in_scope(view):
    from assistant.matching import documents_in_scope

    query = understand(
        "Which legal bases are cited in Decision 2597/QĐ-TTg and in Bắc Ninh's plan 144/KH-UBND?",
        documents=view.docs.values(),
    )
    scope, _ = documents_in_scope(view, query, None)
    assert scope == {QD, BN}
    alone = understand("What does Bắc Ninh's plan 144/KH-UBND say about IoT?", documents=view.docs.values())
    assert documents_in_scope(view, alone, None)[0] == {BN}


def test_items_of_one_list_compared_are_quoted_together():
    from assistant.compare import _siblings
    from assistant.matches import SentenceMatch

    lead_in = ("Điều 33. Đóng bảo hiểm thất nghiệp", "1. Mức đóng và trách nhiệm đóng như sau:")
    items = [
        Clause(LAW, f"Điều 33.1.{letter}", f"Điều 33, khoản 1, điểm {letter}", lead_in, (line, line), text)
        for letter, line, text in (
            ("a", 554, "a) Người lao động đóng tối đa bằng 1% tiền lương tháng;"),
            ("b", 556, "b) Người sử dụng lao động đóng tối đa bằng 1% quỹ tiền lương tháng;"),
            ("c", 558, "c) Nhà nước hỗ trợ tối đa 1% quỹ tiền lương tháng."),
        )
    ]
    other = Clause(LAW, "Điều 34.1", "Điều 34, khoản 1", (), (570, 570), "1. Quỹ bảo hiểm thất nghiệp gồm:")
    docs = [Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", national=True)]
    law = IndexView(RecordSearcher(docs, [*items, other], []))
    chosen = next(c for c in law.clause_chunks if c.path.endswith(".b"))
    siblings = _siblings(law, SentenceMatch(0.6, chosen, chosen.text))
    assert [s.chunk.lines for s in siblings] == [(554, 554), (558, 558)]
    alone = next(c for c in law.clause_chunks if c.path == "Điều 34.1")
    assert _siblings(law, SentenceMatch(0.6, alone, alone.text)) == []


def test_the_number_of_a_part_or_group_is_no_count():
    from assistant.evidence import has_answer_type

    assert not has_answer_type("3. Đối tượng thuê nhà ở quy định tại khoản 2 Điều này.", "count")
    assert not has_answer_type("Chế độ áp dụng cho các đơn vị thuộc nhóm 1 và nhóm 2.", "count")
    assert has_answer_type("Tuyển dụng 05 cán bộ trong năm 2026.", "count")
    assert has_answer_type("Kế hoạch gồm 3 nhóm nhiệm vụ.", "count")
    # (a group of three; a list of two)
    assert has_answer_type("Đưa môi trường đầu tư vào nhóm 3 nước dẫn đầu ASEAN.", "count")
    assert has_answer_type("Công bố danh mục 02 thủ tục hành chính mới.", "count", "thu tuc")


def test_what_an_attachment_holds_is_not_answered_by_the_line_that_names_it():
    docs = [Document(HT, "Kế hoạch Tháng hành động vì bình đẳng giới", "Kế hoạch", number="174/KH-UBND",
                     province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh")]  # fmt: skip
    kit = Clause(HT, "II.2.c", "Mục II, khoản 2, điểm c", ("2. Tháng hành động",), (238, 239),
                 "c) Bộ nhận diện và các thông điệp truyền thông (kèm Phụ lục).")  # fmt: skip
    theme = Clause(HT, "II.2.a", "Mục II, khoản 2, điểm a", ("2. Tháng hành động",), (230, 231),
                   "a) Chủ đề Tháng hành động năm 2025 “Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái”.")  # fmt: skip
    plan = IndexView(RecordSearcher(docs, [kit, theme], []))
    for question in (
        "Bộ nhận diện Tháng hành động kèm Kế hoạch 174 gồm những thông điệp truyền thông cụ thể nào?",
        "What messages are included in the identity kit (bộ nhận diện) annexed to Plan 174?",
    ):
        _, _, outcome = ask_view(plan, question)
        assert outcome.abstained, question
    from assistant.matches import SentenceMatch
    from assistant.strategies import _only_its_attachment

    line = next(c for c in plan.clause_chunks if c.lines == (238, 239))
    named = [SentenceMatch(0.9, line, line.text)]
    # (whether the plan has one, or where it is, the line answers)
    for question in ("Kế hoạch 174 có bộ nhận diện không?", "What is annexed to Plan 174?"):
        assert not _only_its_attachment(understand(question), plan, named), question


def test_a_rank_asked_needs_a_rank_printed():
    from assistant.evidence import has_answer_type

    for question in (
        "Hải Phòng đặt mục tiêu đến năm 2028 xếp hạng chỉ số PCI thứ mấy cả nước?",
        "Which exact PCI ranking (e.g. top 5 or top 10) does Hải Phòng aim to reach by 2028?",
    ):
        assert understand(question).answer_type == "rank", question
    assert understand("What PCI ranking does Hải Phòng aim for by 2028?").answer_type is None
    top = "Năm 2028, đưa Hải Phòng duy trì trong top đầu về chỉ số PCI, đưa Việt Nam vào nhóm 3 nước dẫn đầu ASEAN."
    assert not has_answer_type(top, "rank")
    assert has_answer_type("Phấn đấu đến năm 2028 chỉ số PCI của tỉnh nằm trong top 10 cả nước.", "rank")
    # (the number of an event is no rank: "lần thứ XX")
    assert (
        understand("Năm 2026 là năm đầu tiên triển khai Nghị quyết Đại hội lần thứ mấy?").answer_type
        != "rank"
    )
