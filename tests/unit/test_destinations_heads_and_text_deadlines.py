"""Rules of the twenty-fifth session, on hand-made text and records: "phản ánh về đâu" / "where should … send"
asks the body something goes to; a short form in capitals the documents never print is read as the words
they print ("BHTN"); the second of two compared things takes the first one's head ("điều kiện … để A và để
B"); a document with no task table lists the sentences that set a time in the period asked; what a document
implements, asked by number or by the body that carries it out; the Party committee's plans each side cites
are dated when their order is asked; two documents named by their kinds are compared as documents.
"""

from __future__ import annotations

import pytest

from assistant.abstain import ABSTAIN_THRESHOLD
from assistant.compare_items import halves
from assistant.evidence import has_answer_type
from assistant.glossary import english_term_spans
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view

CD = "congdien_baolu.txt"
LAW = "luat_vieclam.txt"
PT = "kehoach_phutho.txt"
VL = "quyetdinh_vinhlong.txt"
HT = "kehoach_hatinh.txt"
TU = "congvan_tinhuy.txt"


@pytest.fixture(scope="module")
def view():
    from assistant.index_view import IndexView, RecordSearcher

    docs = [
        Document(CD, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 province="Trung ương", issuer="Thủ tướng Chính phủ", date="2025-11-24"),
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương", issuer="Quốc hội",
                 date="2025-06-16"),
        Document(PT, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW và Kế hoạch số 168-KH/TU của Tỉnh ủy Phú Thọ",
                 "Kế hoạch", province="Phú Thọ", issuer="UBND tỉnh Phú Thọ", date="2025-06"),
        Document(VL, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Quyết định",
                 number="1218/QĐ-UBND", province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long", date="2025-06-25"),
        Document(HT, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Hà Tĩnh",
                 issuer="UBND tỉnh Hà Tĩnh"),
        Document(TU, "Dự thảo công văn về đẩy mạnh thực hiện Nghị quyết số 66-NQ/TW", "Công văn",
                 province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh (Ban Thường vụ)"),
    ]  # fmt: skip
    law_37 = "Điều 37. Hỗ trợ người lao động tham gia đào tạo, nâng cao trình độ kỹ năng nghề"
    clauses = [
        Clause(CD, "1", "Mục 1", (), (72, 76),
               "1. Chủ tịch Ủy ban nhân dân các tỉnh: (1) Huy động lực lượng khôi phục các dịch vụ thiết yếu trước "
               "ngày 30/11/2025. (2) Hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 31/01/2026."),
        Clause(CD, "2", "Mục 2", (), (80, 82),
               "2. Bộ trưởng Bộ Y tế khẩn trương khôi phục hoạt động của các cơ sở y tế, hoàn thành trước ngày "
               "25/11/2025."),
        Clause(CD, "3", "Mục 3", (), (84, 85),
               "3. Bộ Tài chính tổng kết việc thực hiện Nghị quyết số 12/NQ-CP ngày 30/11/2025 của Chính phủ."),
        Clause(CD, "4", "Mục 4", (), (86, 87),
               "4. Bộ Xây dựng hướng dẫn xây mới nhà ở cho các hộ bị sập đổ, hoàn thành trước ngày 31/01/2026."),
        Clause(LAW, "Điều 37.2.d", "Điều 37, khoản 2, điểm d", (law_37,), (630, 630),
               "d) Đã đóng bảo hiểm thất nghiệp từ đủ 09 tháng trở lên trong thời gian 36 tháng."),
        Clause(LAW, "Điều 38.1.b", "Điều 38, khoản 1, điểm b", ("Điều 38. Điều kiện hưởng trợ cấp thất nghiệp",),
               (652, 652), "b) Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng."),
        Clause(LAW, "Điều 39.1", "Điều 39, khoản 1", ("Điều 39. Mức hưởng trợ cấp thất nghiệp",), (664, 664),
               "1. Mức hưởng trợ cấp thất nghiệp hằng tháng bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm "
               "thất nghiệp."),
        Clause(PT, "preamble", "Phần mở đầu", (), (1, 15),
               "KẾ HOẠCH Triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; Kế hoạch số 168-KH/TU "
               "ngày 06/6/2025 của Tỉnh ủy Phú Thọ thực hiện Nghị quyết số 66-NQ/TW", "preamble"),
        Clause(VL, "preamble", "Phần mở đầu", (), (39, 53),
               "Thực hiện Kế hoạch số 390-KH/TU ngày 20 tháng 5 năm 2025 của Tỉnh ủy thực hiện Nghị quyết số "
               "66-NQ/TW; Thực hiện Kế hoạch số 09-KH/ĐUUB ngày 04/6/2025 của Đảng ủy Ủy ban nhân dân tỉnh thực hiện "
               "Nghị quyết số 66-NQ/TW;", "preamble"),
        Clause(HT, "III.6", "Mục III, khoản 6", ("III. TỔ CHỨC THỰC HIỆN",), (381, 392),
               "Quá trình triển khai thực hiện Kế hoạch, trường hợp có khó khăn, vướng mắc, các cơ quan, đơn vị, "
               "địa phương kịp thời phản ánh về Sở Tư pháp để được hướng dẫn, tổng hợp."),
        Clause(TU, "2", "Mục 2", (), (33, 33),
               "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo, chỉ đạo rà soát, sửa đổi, bổ sung hệ thống văn bản "
               "quy phạm pháp luật."),
        Clause(TU, "3", "Mục 3", (), (34, 34), "3. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh"),
        Clause(TU, "4", "Mục 4", (), (40, 41),
               "4. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền."),
        Clause(TU, "6", "Mục 6", (), (44, 44),
               "6. Các đồng chí Trưởng đoàn công tác của Ban Thường vụ Tỉnh ủy tăng cường chỉ đạo, kiểm tra; kịp "
               "thời xử lý, giải quyết những khó khăn, vướng mắc phát sinh trong quá trình triển khai."),
        Clause(TU, "ket-luan", "Phần kết", (), (46, 46),
               "Quá trình thực hiện nếu có vướng mắc, các cơ quan, đơn vị, địa phương tổng hợp gửi Văn phòng Tỉnh "
               "ủy để kịp thời tham mưu Ban Thường vụ Tỉnh ủy xem xét, quyết định."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def test_where_something_is_sent_needs_the_body_it_goes_to(view) -> None:
    for question in (
        "Theo dự thảo công văn của Tỉnh ủy Hà Tĩnh, vướng mắc phản ánh về đâu?",
        "According to the Hà Tĩnh Tỉnh ủy draft letter, where should agencies send problems that arise?",
    ):
        assert understand(question).answer_type == "destination"
    assert has_answer_type(
        "các địa phương tổng hợp gửi Văn phòng Tỉnh ủy để kịp thời tham mưu", "destination"
    )
    assert has_answer_type("kịp thời phản ánh về Sở Tư pháp để được hướng dẫn", "destination")
    # "về" of what something is about is no body it goes to
    assert not has_answer_type("Báo cáo về Nghị quyết số 66-NQ/TW và kết quả thực hiện", "destination")
    _, _, outcome = ask_view(
        view,
        "According to the Hà Tĩnh Tỉnh ủy draft dispatch, where should agencies send problems that arise?",
    )
    assert not outcome.abstained and "Văn phòng Tỉnh ủy" in outcome.text
    assert "Trưởng đoàn" not in outcome.text
    # each of two documents of one place, named by their kinds and issuers, on its own side
    _, _, both = ask_view(
        view,
        "Khi có vướng mắc, Kế hoạch của UBND tỉnh Hà Tĩnh và công văn của Tỉnh ủy Hà Tĩnh yêu cầu gửi về đâu?",
        threshold=ABSTAIN_THRESHOLD,
    )
    assert "Sở Tư pháp" in both.text and "Văn phòng Tỉnh ủy" in both.text


def test_a_short_form_the_documents_never_print_is_read_as_their_words(view) -> None:
    assert view.spelled_out("BHTN") == "bảo hiểm thất nghiệp"
    assert view.spelled_out("BHXH") is None  # nothing printed spells it
    assert view.spelled_out("UBND") is None  # a short form the gazetteer reads
    assert view.spelled_out("CĐS") is None  # three letters match common runs of words
    assert view.spelled_out("Bhtn") is None  # not in capitals


def test_the_second_thing_takes_the_first_ones_head() -> None:
    parts = halves(
        "Điều kiện về thời gian đóng BHTN để được hưởng trợ cấp thất nghiệp khác gì với điều kiện để người lao "
        "động được hỗ trợ đào tạo?"
    )
    assert parts is not None
    assert parts.second.startswith("điều kiện về thời gian đóng BHTN để người lao động")
    parts = halves(
        "Compare the contribution condition for receiving unemployment benefit with the condition for "
        "training support."
    )
    assert parts is not None and parts.second == "the contribution condition for training support"
    # the first thing's words before the relation hold a relation of their own: no head of the second
    parts = halves(
        "Which deadline comes first: communes reporting their results to the Department of Finance, or the "
        "Department of Finance reporting to the Ministry of Finance?"
    )
    assert (
        parts is not None and parts.second == "the Department of Finance reporting to the Ministry of Finance"
    )
    # "A khác gì B": the two things; "A và B khác gì nhau": still parted at "và"
    parts = halves(
        "Luật Việc làm: điều kiện đóng bảo hiểm thất nghiệp để được hỗ trợ đào tạo khác gì điều kiện để hưởng "
        "trợ cấp thất nghiệp?"
    )
    assert parts is not None and parts.first.endswith("để được hỗ trợ đào tạo")
    assert parts.second == "điều kiện đóng bảo hiểm thất nghiệp để hưởng trợ cấp thất nghiệp"
    parts = halves("Nhiệm vụ lập danh mục và nhiệm vụ rà soát văn bản khác gì nhau?")
    assert parts is not None and parts.first == "Nhiệm vụ lập danh mục"


def test_a_document_with_no_task_table_lists_the_sentences_due_in_the_period(view) -> None:
    _, _, outcome = ask_view(
        view, "Công điện 227 yêu cầu những việc gì phải hoàn thành trước ngày 30/11/2025?"
    )
    assert not outcome.abstained
    assert "dịch vụ thiết yếu" in outcome.text and "cơ sở y tế" in outcome.text
    # another month's time limit and a cited document's date are not due then (a short passage is quoted whole)
    assert "Nghị quyết số 12/NQ-CP" not in outcome.text
    assert {c.lines for c in outcome.citations} == {(72, 76), (80, 82)}


def test_what_a_document_implements_asked_by_its_number_or_by_who_carries_it_out(view) -> None:
    for question in (
        "Quyết định 1218 của Vĩnh Long được ban hành thực hiện kế hoạch của Đảng ủy UBND tỉnh số mấy, ngày nào?",
        "Which provincial Party plans does Vĩnh Long's Decision 1218/QĐ-UBND implement?",
        "Kế hoạch của Tỉnh ủy Phú Thọ mà UBND tỉnh Phú Thọ triển khai có số hiệu và ngày ban hành thế nào?",
    ):
        assert understand(question).answer_type == "implements", question
    # the plan's own number asked is no such question
    assert (
        understand("Kế hoạch thực hiện Nghị quyết 66 của Phú Thọ có số hiệu là gì?").answer_type
        != "implements"
    )
    _, _, outcome = ask_view(
        view,
        "Quyết định 1218 của Vĩnh Long được ban hành thực hiện kế hoạch của Đảng ủy UBND tỉnh số mấy, ngày nào?",
    )
    assert "09-KH/ĐUUB ngày 04/6/2025" in outcome.text


def test_the_party_plans_each_side_cites_are_dated_when_their_order_is_asked(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Kế hoạch Phú Thọ và Quyết định 1218 của Vĩnh Long đều dựa trên kế hoạch của Tỉnh ủy; kế hoạch Tỉnh ủy "
        "nào được ban hành sớm hơn?",
    )
    assert not outcome.abstained
    first = outcome.text.splitlines()[0]
    assert first.startswith("Vĩnh Long") and "20 tháng 5 năm 2025" in first and "06/6/2025" in first


def test_the_appendix_is_where_task_rows_are_and_hyphenated_words_are_read() -> None:
    q = understand("Do the Vĩnh Long plan and the Phú Thọ appendix set the same deadline for issuing plans?")
    assert "phụ lục" not in q.topic.lower()
    assert "phụ lục" in understand("Phụ lục của Kế hoạch Phú Thọ gồm những gì?").topic.lower()
    found = [term.vi[0] for _, _, term in english_term_spans("the personnel-management authority")]
    assert found and found[0].startswith("quản lý cán bộ")
    found = [term.vi[0] for _, _, term in english_term_spans("a long-awaited cyber-security review")]
    assert "an toàn thông tin" in found or "an ninh mạng" in found


def test_the_bodies_a_document_gives_work_to_are_its_numbered_paragraphs(view) -> None:
    _, _, outcome = ask_view(
        view, "Which bodies does the Hà Tĩnh Provincial Party Committee's draft dispatch assign tasks to?"
    )
    assert not outcome.abstained and outcome.strategy == "addressees"
    assert "Đảng đoàn Hội đồng nhân dân tỉnh" in outcome.text and "Đảng ủy UBND tỉnh" in outcome.text
    assert {c.lines for c in outcome.citations} == {(33, 33), (34, 34), (40, 41), (44, 44)}
    # a task named is asked of its own row, not of the document's paragraphs
    _, _, task = ask_view(view, "Nhiệm vụ rà soát, sửa đổi văn bản của Hà Tĩnh giao cho những cơ quan nào?")
    assert task.strategy != "addressees"


def test_signing_a_contract_a_preposition_of_the_first_thing_and_a_kinds_code() -> None:
    import re

    from assistant.special import cited_reference
    from indexer.text import fold

    # signing a contract or a record is no document's signature
    assert understand("Ai đã ký kết hợp đồng lao động theo Luật Việc làm?").answer_type != "signer"
    assert understand("Ai đã ký Quyết định 1218/QĐ-UBND của Vĩnh Long?").answer_type == "signer"
    # "về" after the first thing's head is its own; "trong Kế hoạch …" is shared
    parts = halves(
        "Nhiệm vụ về chuyển đổi số khác gì nhiệm vụ về cải cách hành chính trong Kế hoạch Hà Tĩnh?"
    )
    assert parts is not None and parts.second == "nhiệm vụ về cải cách hành chính"
    assert parts.after == "trong Kế hoạch Hà Tĩnh"
    # a number and year without the issuer's code: the kind asked says the code
    decree = cited_reference("Nghị định 80/2025 ban hành ngày nào?", set(), set())
    resolution = cited_reference("Nghị quyết 80/2025 ban hành ngày nào?", set(), set())
    printed = fold("Nghị định số 80/2025/NĐ-CP ngày 01/4/2025")
    assert re.search(decree, printed) and not re.search(resolution, printed)
