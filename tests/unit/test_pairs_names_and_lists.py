"""Rules of the thirteenth session, on hand-made records: two rows of one table compared by their time
("Giữa A và B, văn bản nào được trình thông qua trước?"), which document comes into force first (a full
number and a short reference together, "hiệu lực thi hành sớm hơn", "kể từ ngày ký" dated by the header),
a person's name asked for, a time asked of a listing-shaped question, an enumeration "(1) …; (2) …" quoted
whole, English glosses placed after a printed list instead of inside it, rows grouped by a merged group
column, two parallel asks each in its own words, a bracketed Vietnamese gloss checked against a row,
parallel sentences of one clause quoted together, a passage's own title over all its sentences, and the
words of a document's title that are no listing topic."""

from __future__ import annotations

from dataclasses import replace

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
REG = "quydinh.txt"
LAW = "nghidinh_quy.txt"
CB = "caobang.txt"


def _data_row(name: str, group: str, lead: str, line: int):
    row = make_task(REG, "4", name, [lead], line=line, group_title="", group="")
    return replace(row, extra=(("Nhóm lĩnh vực dữ liệu", group),))


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
        Document(REG, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", issuer="Ban Bí thư",
                 national=True),
        Document(LAW, "Nghị định về Quỹ nhà ở", "Nghị định", number="777/2025/NĐ-CP", issuer="Chính phủ",
                 national=True),
        Document(CB, "Quyết định công bố thủ tục hành chính", "Quyết định", number="2031/QĐ-UBND",
                 province="Cao Bằng", issuer="UBND tỉnh Cao Bằng"),
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
        Clause(LAW, "Điều 24.2.a", "Điều 24, khoản 2, điểm a", ("Điều 24.", "2. Trách nhiệm của Bộ Tài chính"),
               (828, 830), "a) Chủ trì, phối hợp với Bộ Xây dựng báo cáo cấp có thẩm quyền cấp vốn điều lệ cho Quỹ "
               "nhà ở trung ương;"),
        Clause(LAW, "Điều 24.1.d", "Điều 24, khoản 1, điểm đ", ("Điều 24.", "1. Trách nhiệm của Bộ Xây dựng"),
               (816, 818), "đ) Chủ trì, phối hợp với Bộ Tài chính kiểm tra, đánh giá tình hình hoạt động của Quỹ;"),
        Clause(CB, "Điều 3", "Điều 3", (), (79, 92),
               "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Quyết định này bãi bỏ danh mục "
               "01 thủ tục hành chính có số thứ tự 10 tại Phụ lục 1 ban hành kèm theo Quyết định số 530/QĐ-UBND ngày "
               "16 tháng 5 năm 2023 về việc công bố Danh mục thủ tục hành chính. Quyết định này bãi bỏ danh mục 01 "
               "thủ tục hành chính có số thứ tự 09 tại Phụ lục ban hành kèm theo Quyết định số 480/QĐ-UBND ngày 22 "
               "tháng 4 năm 2024 về việc công bố Danh mục thủ tục hành chính."),
        Clause(CIRC, "Điều 2.2.b", "Điều 2, khoản 2, điểm b", ("Điều 2.", "2. Các đơn vị sự nghiệp công lập, bao gồm:"),
               (69, 70), "b) Đơn vị sự nghiệp công lập thuộc Bộ tự bảo đảm chi thường xuyên (sau đây gọi là đơn vị "
               "sự nghiệp thuộc Bộ nhóm 2);"),
        Clause(CIRC, "Điều 10.2", "Điều 10, khoản 2", ("Điều 10.",), (231, 236),
               "2. Người đứng đầu đơn vị sự nghiệp thuộc Bộ nhóm 1, nhóm 2 quyết định kỷ luật đối với Lãnh đạo cấp "
               "Phòng."),
        Clause(CB, "Điều 3", "Điều 3", (), (93, 100),
               "Quyết định này bãi bỏ danh mục 05 thủ tục hành chính có số thứ tự 2, 3 tại phần I, Phụ lục ban hành "
               "kèm theo Quyết định số 361/QĐ-UBND ngày 27 tháng 3 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh."),
    ]  # fmt: skip
    tasks = [
        make_task(PLAN, "1", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội",
                  ["Ban soạn thảo do UBTVQH thành lập"],
                  deadline="Trình Quốc hội xem xét, thông qua tại Kỳ họp bất thường lần thứ 9 (cuối tháng 02/2025)",
                  line=45),
        make_task(PLAN, "2", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 71/2022/QH15 ban hành "
                  "Nội quy kỳ họp Quốc hội", ["Ban soạn thảo do UBTVQH thành lập"],
                  deadline="Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ 9 (tháng 5/2025)", line=48),
        _data_row("Dữ liệu tổ chức đảng", "Dữ liệu lĩnh vực tổ chức xây dựng Đảng", "Ban Tổ chức Trung ương", 631),
        _data_row("Dữ liệu khen thưởng", "Dữ liệu lĩnh vực tổ chức xây dựng Đảng", "Ban Tổ chức Trung ương", 648),
        _data_row("Dữ liệu hoạt động của các cơ quan nội chính", "Dữ liệu lĩnh vực nội chính",
                  "Ban Nội chính Trung ương", 757),
        _data_row("Dữ liệu về các vụ án", "Dữ liệu lĩnh vực nội chính", "Ban Nội chính Trung ương", 766),
        make_task(PROV, "1", "Tổ chức các hoạt động tuyên truyền pháp luật trên địa bàn", ["Sở Tư pháp"],
                  deadline="Năm 2025", line=700),
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


def test_rows_of_a_group_column_are_listed(view):
    # a column of merged group cells ("Nhóm lĩnh vực dữ liệu") groups the rows as a numbered group would
    _, _, out = ask_view(view, "Nhóm dữ liệu lĩnh vực nội chính trong Quy định 384-QĐ/TW gồm những dữ liệu nào và do cơ "
                               "quan nào chủ quản?")  # fmt: skip
    assert out.strategy == "topic_listing", out.text
    assert "Dữ liệu hoạt động của các cơ quan nội chính" in out.text and "Dữ liệu về các vụ án" in out.text
    assert "Dữ liệu khen thưởng" not in out.text and "Ban Nội chính Trung ương" in out.text


def test_two_parallel_asks_each_with_its_own_words(view):
    _, _, out = ask_view(
        view,
        "Under Decree 777, which ministry leads reporting on the charter capital of the central housing fund, "
        "and which ministry leads inspecting and evaluating the fund's operations?",
    )
    assert {c.lines for c in out.citations} >= {(828, 830), (816, 818)}, out.text
    # a second half that leans on the first ("… thì nội dung này do ai …") is not asked on its own
    from assistant.strategies import _parallel_asks

    assert not _parallel_asks(
        "Ai chủ trì thẩm tra dự thảo", "sau khi sửa luật thì nội dung này do ai thực hiện?"
    )
    # a second half that opens with its verb goes on with the first half's subject
    assert _parallel_asks("Luật Việc làm có hiệu lực từ ngày nào", "được Quốc hội thông qua ngày nào?")


def test_an_english_gloss_must_be_printed_in_the_row(view):
    _, _, out = ask_view(view, "Which agency leads the organisation of Vietnam Law Day (Ngày Pháp luật) events in "
                               "Vĩnh Long?")  # fmt: skip
    assert out.abstained, out.text


def test_several_things_asked_quote_the_parallel_sentences(view):
    _, _, out = ask_view(view, "Quyết định 2031 của Cao Bằng bãi bỏ danh mục thủ tục hành chính tại những quyết "
                               "định nào trước đó?")  # fmt: skip
    for number in ("530/QĐ-UBND", "480/QĐ-UBND", "361/QĐ-UBND"):
        assert number in out.text, out.text
    assert "có hiệu lực thi hành" not in out.text  # a sentence that opens otherwise is not one of them
    assert understand("Which earlier Cao Bang decisions are repealed by Decision 2031?").plural


def test_a_passage_title_stands_over_its_sentences():
    from assistant.matching import _own_title

    assert _own_title("II. QUAN ĐIỂM 1. Bảo đảm sự lãnh đạo") == ("II. QUAN ĐIỂM", "QUAN ĐIỂM")
    assert _own_title("IV. NHIỆM VỤ, GIẢI PHÁP Các sở") == ("IV. NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ, GIẢI PHÁP")
    assert _own_title("1. UBND tỉnh chỉ đạo") == ("", "")  # an acronym opens a sentence
    assert _own_title("2. Công tác xây dựng") == ("", "")


def test_a_pair_of_title_words_is_no_listing_topic():
    from assistant.listing import _topic_terms

    docs = [Document("kk.txt", "Kế hoạch kiểm kê tài sản công", "Kế hoạch", province="Quảng Ngãi",
                     issuer="UBND tỉnh Quảng Ngãi")]  # fmt: skip
    tasks = [
        make_task("kk.txt", "", "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã", ["UBND cấp xã"],
                  deadline="Trước ngày 15/11/2025", line=318),
        make_task("kk.txt", "", "Xây dựng, ban hành kế hoạch kiểm kê", ["UBND cấp xã"],
                  deadline="Trước ngày 15/11/2025", line=325),
    ]  # fmt: skip
    small = IndexView(RecordSearcher(docs, [], tasks))
    question = "UBND cấp xã ở Quảng Ngãi có những việc gì phải xong trước ngày 15/11/2025 trong đợt tổng kiểm kê tài sản công?"
    query = understand(question, documents=docs)
    # "tổng kiểm" pairs one row word with the title's: no topic, both rows of the agency and the period
    assert not _topic_terms(small, query, {"kk.txt"})
    _, _, out = ask_view(small, question)
    assert "Thành lập Ban Chỉ đạo" in out.text and "ban hành kế hoạch kiểm kê" in out.text, out.text


def test_a_defined_term_is_answered_by_its_definition(view):
    from assistant.question_rules import defined_term

    question = "Theo Thông tư 23/2025/TT-BTP, 'đơn vị sự nghiệp thuộc Bộ nhóm 2' là loại đơn vị nào?"
    assert defined_term(question) == "đơn vị sự nghiệp thuộc Bộ nhóm 2"
    assert defined_term("Cơ quan nào chủ trì nhiệm vụ này?") is None
    query, _, out = ask_view(view, question)
    assert query.intent == "fact" and not out.abstained, out.text
    assert "tự bảo đảm chi thường xuyên (sau đây gọi là" in out.text
    assert {c.lines for c in out.citations} >= {(69, 70)}


def test_or_parts_two_alternatives_before_an_inner_and():
    parts = halves(
        "In Lai Chau's plan, which starts earlier: the dissemination and training task (task 1) or the inspection "
        "of law implementation (task 4)?"
    )
    assert parts is not None
    assert parts.first == "the dissemination and training task (task 1)"
    assert parts.second == "the inspection of law implementation (task 4)"


def test_review_cases_of_the_new_rules():
    import time

    from assistant.compose import finish_english
    from assistant.question_rules import defined_term
    from assistant.strategies import _parallel_asks

    # no backtracking on a long gap between two names
    start = time.perf_counter()
    finish_english(
        "- Appendix, task 5: lead Sở Tư pháp, responsible for reviewing legal documents by 31/12/2025; Sở Nội vụ "
        "coordinates [1]."
    )
    assert time.perf_counter() - start < 1.0
    # "an ninh" is Vietnamese, not English prose: the list stays whole
    glossed = gloss_names("Lead: Sở Tư pháp, các cơ quan an ninh, Sở Nội vụ [1].")
    assert "Sở Tư pháp, các cơ quan an ninh, Sở Nội vụ (" in glossed
    # a document's name is no person's
    assert understand("Thủ tướng Chính phủ ban hành Quyết định 2597 có tên là gì?").answer_type != "person"
    assert understand("What is the full name of the Prime Minister's decision 2597?").answer_type != "person"
    for place in ("đặc khu Lý Sơn", "đường Võ Văn Kiệt", "trường Lê Quý Đôn", "Bảo tàng Hồ Chí Minh"):
        assert not has_answer_type(place, "person"), place
    # "giữa A và B, cơ quan nào chủ trì …" asks who leads, not which comes first
    assert (
        understand("Giữa Sở Tư pháp và Sở Nội vụ, cơ quan nào chủ trì nhiệm vụ rà soát?").intent != "compare"
    )
    # a one-word term the text names, quoted
    assert defined_term("Theo Nghị định 302, 'Quỹ' là gì?") == "Quỹ"
    # the same ask after each thing
    assert _parallel_asks("việc A phải hoàn thành trước ngày nào", "việc B phải hoàn thành trước ngày nào?")
