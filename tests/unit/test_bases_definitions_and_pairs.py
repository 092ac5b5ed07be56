"""Rules of the sixteenth session, on hand-made records: a preamble's own "Thực hiện …" clauses each
answer "implements which documents?" (the "Căn cứ" lines first when those are asked too); a definition
printed as '2. "X": Là …' and asked with the document after the ask; an issuer's letters inside a
document's number name no agency; two things compared "compared with", and the second thing given the
words the first says between its head and what sets it apart; "When …" asks a time whatever the task's
name says; a row that prints no lead answers a lead question by saying so; a body cell of a Markdown table
keeps its footnote mark; an item that completes a sentence ending in ":" is weighed with that sentence
and its article, so the item that says what the others do not wins."""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import defined_term
from assistant.understand import understand
from indexer.agencies import find_agencies
from indexer.markdown import join_cell
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

VL = "quyetdinh_vinhlong.txt"
QD = "quydinh_dulieu.txt"
HCM = "kehoach_hcm.txt"

_PREAMBLE = (
    "QUYẾT ĐỊNH Ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị trên địa bàn "
    "tỉnh Vĩnh Long ỦY BAN NHÂN DÂN TỈNH VĨNH LONG "
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; "
    "Căn cứ Nghị quyết số 140/NQ-CP ngày 17 tháng 5 năm 2025 của Chính phủ; "
    "Thực hiện Kế hoạch số 390-KH/TU ngày 20 tháng 5 năm 2025 của Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW; "
    "Thực hiện Kế hoạch số 09-KH/ĐUUB ngày 04/6/2025 của Đảng ủy Ủy ban nhân dân tỉnh; "
    "Theo đề nghị của Giám đốc Sở Tư pháp."
)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(VL, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết 66", "Quyết định",
                 number="1218/QĐ-UBND", province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long"),
        Document(QD, "Quy định về kết nối, chia sẻ dữ liệu giữa các cơ quan đảng", "Quy định",
                 number="384-QĐ/TW", issuer="Ban Bí thư", national=True),
        Document(HCM, "Kế hoạch Tháng hành động vì bình đẳng giới năm 2025", "Kế hoạch", number="174/KH-UBND",
                 province="Hồ Chí Minh", issuer="UBND Thành phố Hồ Chí Minh"),
    ]  # fmt: skip
    clauses = [
        Clause(VL, "preamble", "Phần mở đầu", (), (1, 55), _PREAMBLE, kind="preamble"),
        Clause(QD, "Điều 3", "Điều 3", ("Điều 3. Giải thích từ ngữ",), (110, 113),
               "Điều 3. Giải thích từ ngữ Trong Quy định này, các từ ngữ dưới đây được hiểu như sau:"),
        Clause(QD, "Điều 3.1", "Điều 3, khoản 1", ("Điều 3. Giải thích từ ngữ",), (115, 117),
               "1. Chủ sở hữu dữ liệu là cơ quan, tổ chức có quyền quyết định việc xây dựng, phát triển dữ liệu."),
        Clause(QD, "Điều 3.2", "Điều 3, khoản 2", ("Điều 3. Giải thích từ ngữ",), (121, 123),
               '2. "Chủ quản dữ liệu": Là cơ quan, tổ chức thực hiện hoạt động xây dựng, quản lý, vận hành, '
               "khai thác dữ liệu theo yêu cầu của chủ sở hữu dữ liệu."),
        Clause(QD, "Điều 4", "Điều 4", ("Điều 4. Nguyên tắc",), (130, 134),
               "Điều 4. Nguyên tắc kết nối, chia sẻ dữ liệu giữa các cơ quan đảng bảo đảm an toàn, bảo mật."),
    ]  # fmt: skip
    tasks = [
        make_task(HCM, "a", "Chủ đề Tháng hành động năm 2025 “Bình đẳng giới và an toàn cho phụ nữ”", [],
                  deadline="Từ ngày 15/11/2025 đến ngày 15/12/2025", line=229, group="2",
                  group_title="Tháng hành động"),
        make_task(HCM, "b", "Tổ chức Lễ phát động Tháng hành động vì bình đẳng giới", ["Sở Nội vụ"],
                  deadline="Tháng 11/2025", line=240, group="2", group_title="Tháng hành động"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_each_own_implementing_clause_answers_then_the_title(view):
    _, _, outcome = ask_view(
        view, "Quyết định 1218 của Vĩnh Long được ban hành để thực hiện những văn bản nào?"
    )
    assert not outcome.abstained
    text = outcome.text
    assert "390-KH/TU" in text and "09-KH/ĐUUB" in text
    # each clause quoted on its own, not run on into the next one
    assert "“Thực hiện Kế hoạch số 390-KH/TU" in text and "“Thực hiện Kế hoạch số 09-KH/ĐUUB" in text
    assert text.index("390-KH/TU") < text.index("09-KH/ĐUUB")


def test_bases_asked_with_what_it_implements_come_first(view):
    _, _, outcome = ask_view(
        view, "Quyết định 1218/QĐ-UBND của Vĩnh Long căn cứ và thực hiện những văn bản nào?"
    )
    text = outcome.text
    assert "Luật Tổ chức chính quyền địa phương" in text and "140/NQ-CP" in text and "390-KH/TU" in text
    assert text.index("Căn cứ Luật") < text.index("390-KH/TU")
    _, _, only = ask_view(view, "Quyết định 1218 của Vĩnh Long thực hiện những văn bản nào?")
    assert "Căn cứ Luật" not in only.text  # the bases only when asked


def test_a_definition_with_quotes_and_colon_asked_before_the_document(view):
    question = "“Chủ quản dữ liệu” được hiểu như thế nào trong Quy định số 384-QĐ/TW về chia sẻ dữ liệu?"
    assert defined_term(question) == "Chủ quản dữ liệu"
    assert defined_term("“Chủ quản dữ liệu” được hiểu như thế nào?") == "Chủ quản dữ liệu"
    assert defined_term("Dữ liệu được chia sẻ như thế nào trong Quy định 384?") is None
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained
    assert "theo yêu cầu của chủ sở hữu dữ liệu" in outcome.text
    assert outcome.citations[0].lines == (121, 123)


def test_an_issuers_letters_in_a_document_number_name_no_agency():
    assert find_agencies("Những nhiệm vụ nào trong Phụ lục Kế hoạch 617/KH-UBND tỉnh Đồng Tháp?") == []
    assert find_agencies("Nghị quyết 140/NQ-CP của Chính phủ") == ["Chính phủ"]
    assert find_agencies("Kế hoạch số 617/KH-UBND ngày 01/12/2025 của UBND tỉnh") == ["UBND tỉnh"]
    assert find_agencies("Sở Tư pháp/UBND các xã") == ["Sở Tư pháp", "UBND cấp xã"]  # a list, not a number


def test_two_things_compared_with_and_the_words_the_second_leaves_out():
    pair = halves(
        "In Cao Bang Decision 2031, how long does step 3 take in internal procedure no. 01 (press) compared "
        "with internal procedure no. 02 (heritage)?"
    )
    assert pair is not None
    assert (
        pair.first == "internal procedure no. 01 (press)"
        and pair.second == "internal procedure no. 02 (heritage)"
    )
    pair = halves(
        "Điều kiện về thời gian đóng bảo hiểm thất nghiệp để được hưởng trợ cấp thất nghiệp khác gì so với điều "
        "kiện để người lao động được hỗ trợ đào tạo?"
    )
    assert pair is not None
    assert (
        pair.second
        == "điều kiện về thời gian đóng bảo hiểm thất nghiệp để người lao động được hỗ trợ đào tạo"
    )
    # a second thing that says its own words after the head keeps them
    pair = halves(
        "Nhiệm vụ tuyên truyền pháp luật và nhiệm vụ kiểm tra văn bản, nhiệm vụ nào có hạn sớm hơn?"
    )
    assert pair is not None and pair.second == "nhiệm vụ kiểm tra văn bản"


def test_when_asks_a_time_whatever_the_task_name_says():
    q = understand(
        "When is the task of coordinating inspection of the law to be carried out, and who leads it?"
    )
    assert q.intent == "deadline"
    assert understand("Which bodies coordinate with the Department of Justice on the inspection?").intent == (
        "coordinating_agencies"
    )
    # "when" that opens a clause, not the ask
    assert (
        understand("When the plan is implemented, who leads the communication task?").intent == "lead_agency"
    )


def test_a_row_without_lead_answers_that_it_names_none(view):
    _, _, outcome = ask_view(view, "Cơ quan nào chủ trì chủ đề Tháng hành động năm 2025?")
    assert outcome.abstained
    assert "không ghi cơ quan chủ trì" in outcome.text and not outcome.text.startswith("—")
    _, _, led = ask_view(view, "Cơ quan nào chủ trì tổ chức Lễ phát động Tháng hành động vì bình đẳng giới?")
    assert not led.abstained and led.text.startswith("Sở Nội vụ")


def test_a_body_cell_keeps_its_footnote_mark():
    assert join_cell(["Ủy ban Tài chính, Ngân sách", "chủ trì thẩm tra [1]"], marks=True) == (
        "Ủy ban Tài chính, Ngân sách chủ trì thẩm tra [1]"
    )
    assert join_cell(["Cơ quan thẩm tra[1]"]) == "Cơ quan thẩm tra"


def test_an_item_is_read_with_the_sentence_it_completes():
    law = "luat_vieclam.txt"
    lead_in = (
        "Điều 37. Hỗ trợ người lao động tham gia đào tạo, nâng cao trình độ kỹ năng nghề › 2. Trường hợp "
    )
    lead_in += "người lao động không thuộc khoản 1 thì phải đáp ứng đủ các điều kiện sau đây:"
    docs = [Document(law, "Luật Việc làm", "Luật", number="74/2025/QH15", issuer="Quốc hội", national=True)]
    clauses = [
        Clause(law, "Điều 37.2.b", "Điều 37, khoản 2, điểm b", (lead_in,), (626, 626),
               "b) Đã nộp hồ sơ đề nghị hỗ trợ đào tạo, nâng cao trình độ kỹ năng nghề trong thời hạn 12 tháng;"),
        Clause(law, "Điều 37.2.d", "Điều 37, khoản 2, điểm d", (lead_in,), (630, 630),
               "d) Đã đóng bảo hiểm thất nghiệp từ đủ 09 tháng trở lên trong thời gian 36 tháng."),
        Clause(law, "Điều 35.1", "Điều 35, khoản 1", ("Điều 35. Thời gian đóng bảo hiểm thất nghiệp",), (600, 600),
               "1. Thời gian đóng bảo hiểm thất nghiệp là tổng thời gian đã đóng bảo hiểm thất nghiệp."),
    ]  # fmt: skip
    small = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(
        small,
        "Điều kiện về thời gian đóng bảo hiểm thất nghiệp để người lao động được hỗ trợ đào tạo, nâng cao "
        "kỹ năng nghề là gì?",
    )
    assert not outcome.abstained
    assert outcome.citations[0].lines == (630, 630)


def test_a_row_printed_inside_an_article_answers_as_the_row():
    nq = "nghiquyet_kehoach.txt"
    docs = [Document(nq, "Nghị quyết ban hành Kế hoạch", "Nghị quyết", number="99/NQ-UBTVQH15",
                     issuer="Ủy ban Thường vụ Quốc hội", national=True)]  # fmt: skip
    clauses = [
        Clause(nq, "Điều 3.1", "Điều 3, ý 1", ("Điều 3. Giao Tổng Thư ký Quốc hội theo dõi:",), (47, 49),
               "- Hồ sơ trình Quốc hội gồm có: (1) Tờ trình; (2) Dự thảo Luật. | | | Nghị quyết sửa đổi Nội quy "
               "kỳ họp Quốc hội về phiên họp trực tuyến | Ủy ban Thường vụ Quốc hội | Ban soạn thảo |"),
    ]  # fmt: skip
    tasks = [
        make_task(nq, "", "Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội về phiên họp trực tuyến",
                  ["Ban soạn thảo"], deadline="Trình Quốc hội thông qua tại Kỳ họp thứ 9 (tháng 5/2025)", line=48,
                  lead_text="Ban soạn thảo (Văn phòng Quốc hội phối hợp)"),
    ]  # fmt: skip
    small = IndexView(RecordSearcher(docs, clauses, tasks))
    _, _, outcome = ask_view(
        small, "Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội về phiên họp trực tuyến được trình khi nào?"
    )
    assert not outcome.abstained
    assert "Kỳ họp thứ 9 (tháng 5/2025)" in outcome.text
    assert outcome.citations[0].lines == (48, 51)
    # the lead cell names who coordinates: no blank coordinating cell to abstain on
    _, _, coord = ask_view(
        small, "Cơ quan nào phối hợp chuẩn bị Nghị quyết sửa đổi Nội quy kỳ họp về phiên họp trực tuyến?"
    )
    assert not coord.abstained and "Văn phòng Quốc hội phối hợp" in coord.text


def test_a_passage_that_prints_a_rows_cells_gives_way_to_the_row():
    from assistant.matches import Found, SentenceMatch, TaskMatch
    from indexer.records import Chunk

    nq = "nghiquyet_kehoach.txt"
    row = make_task(nq, "", "Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội", ["Ban soạn thảo"],
                    deadline="Kỳ họp thứ 9 (tháng 5/2025)", line=48)  # fmt: skip
    printed = (
        "(2) Dự thảo Luật. | | | Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội | Ủy ban Thường vụ Quốc hội |"
    )
    chunk = Chunk(nq, "clause", (47, 49), "Điều 3, ý 1", printed, "Điều 3", path="Điều 3.1")
    found = Found(tasks=[TaskMatch(0.4, row)], sentences=[SentenceMatch(0.9, chunk, printed)])
    assert found.choose("deadline", None) is found.tasks[0]
    assert found.choose("general", None) is found.tasks[0]
    plain = Found(tasks=[TaskMatch(0.4, row)], sentences=[SentenceMatch(0.9, chunk, "Hồ sơ trình Quốc hội.")])
    assert plain.choose("deadline", None) is plain.sentences[0]  # no cells printed: the better passage


def test_english_asks_read_as_a_vietnamese_one_would_be():
    plans = [
        Document("bn.txt", "Kế hoạch phát triển kinh tế số và xã hội số", "Kế hoạch", number="144/KH-UBND",
                 province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh"),
        Document("dt.txt", "Kế hoạch chuyển đổi số doanh nghiệp", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp", issuer="UBND tỉnh Đồng Tháp"),
    ]  # fmt: skip
    q = understand(
        "Compare the periodic reporting deadlines in Bac Ninh's plan 144/KH-UBND (digital economy and society) "
        "and Dong Thap's plan 617/KH-UBND (digital transformation for businesses).",
        documents=plans,
    )
    # "periodic" is what is asked about; the words in brackets only describe each plan
    assert "định kỳ" in q.topic and "kinh tế số" not in q.topic and "doanh nghiệp" not in q.topic
    assert (
        understand("What is the date of the provincial Party Committee's plan 168-KH/TU?").answer_type
        == "date"
    )
    assert understand("In what cases may the Minister revoke delegated powers under Circular 23?").plural
    assert understand("What unemployment insurance regimes (chế độ bảo hiểm) does the law provide?").plural
    assert not understand("In what way does the plan support firms?").plural
    asked = "On the basis of which document from the Department of Finance was Decision 1627 issued?"
    assert understand(asked).answer_type == "proposal"
