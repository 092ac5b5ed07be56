"""Rules of the twentieth session, on hand-made text and records: a draft whose header leaves the day
blank ("ngày   tháng 12 năm 2025") dated by its month in a comparison, and no order claimed within one
month; each place's document told by the question's kind and issuer words; "dated earlier", "came first";
two numbered rows described in brackets ("tasks I.4 (…) and I.5 (…)"); a law named with its title before its
number; "whose" opens a second ask; "late 2025" adds no topic word; a definition asked "define a '…'";
"what tasks does … assign to X"; "theo những cách nào" asks the "Cách thức" column; short forms
(DNNVV, HTX, HKD) read as their words; "bao nhiêu người" is not answered by "02 lớp"; the name of "the
director" is one printed after that title; and the cases a review of the change found.
"""

from __future__ import annotations

import pytest

from assistant.compare import _date_printed, _date_said, _same_month_unsaid
from assistant.compare_items import halves
from assistant.duties import asks_duties
from assistant.evidence import has_answer_type, terms
from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import _asked_column
from assistant.question_rules import defined_term
from assistant.strategies import two_asks
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view

VL = "quyetdinh_vinhlong.txt"
PT = "kehoach_phutho.txt"
HT = "kehoach_hatinh.txt"
HT_CV = "congvan_tinhuy_hatinh.txt"
LAW = "luat_vieclam.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(VL, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết 66", "Quyết định", number="1218/QĐ-UBND",
                 province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long", date="2025-06-25"),
        Document(PT, "Kế hoạch triển khai Nghị quyết 66", "Kế hoạch", province="Phú Thọ",
                 issuer="UBND tỉnh Phú Thọ"),
        Document(HT, "Kế hoạch triển khai Nghị quyết 66", "Kế hoạch", province="Hà Tĩnh",
                 issuer="UBND tỉnh Hà Tĩnh", date="2025-07-10"),
        Document(HT_CV, "Dự thảo công văn của Ban Thường vụ Tỉnh ủy Hà Tĩnh về thực hiện Nghị quyết 66",
                 "Công văn", province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh (Ban Thường vụ)", draft=True),
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", issuer="Quốc hội", date="2025-06-16",
                 national=True),
    ]  # fmt: skip
    clauses = [
        Clause(VL, "preamble", "Phần mở đầu", (), (1, 8),
               "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG Số: 1218/QĐ-UBND Vĩnh Long, ngày 25 tháng 6 năm 2025 QUYẾT ĐỊNH "
               "ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "preamble"),
        Clause(PT, "preamble", "Phần mở đầu", (), (1, 9),
               "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ Số: /KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
               "Hạnh phúc --------------- Phú Thọ, ngày      tháng 6 năm 2025 KẾ HOẠCH triển khai Nghị quyết "
               "số 66-NQ/TW", "preamble"),
        Clause(HT, "preamble", "Phần mở đầu", (), (1, 9),
               "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH Số: 12/KH-UBND Hà Tĩnh, ngày 10 tháng 7 năm 2025 KẾ HOẠCH triển "
               "khai Nghị quyết số 66-NQ/TW", "preamble"),
        Clause(HT_CV, "preamble", "Phần mở đầu", (), (1, 28),
               "TỈNH ỦY HÀ TĨNH * Số CV/TU V/v thực hiện Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị "
               "DỰ THẢO ĐẢNG CỘNG SẢN VIỆT NAM Hà Tĩnh, ngày       tháng 12 năm 2025 Kính gửi - Các ban Đảng",
               "preamble"),
        Clause(LAW, "art54", "Điều 54", ("Chương VII. ĐIỀU KHOẢN THI HÀNH",), (875, 880),
               "Điều 54. Hiệu lực thi hành 1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026. "
               "2. Luật Việc làm số 38/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.", "body"),
        Clause(LAW, "closing", "Điều 55", ("Chương VII. ĐIỀU KHOẢN THI HÀNH",), (893, 893),
               "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 9 thông qua "
               "ngày 16 tháng 6 năm 2025.", "body"),
        Clause(LAW, "signature", "Chữ ký", (), (895, 899), "CHỦ TỊCH QUỐC HỘI (Đã ký) Trần Thanh Mẫn",
               "signature"),
    ]  # fmt: skip
    tasks = []
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_blank_day_dates_a_draft_by_its_month() -> None:
    quote = "Hà Tĩnh, ngày       tháng 12 năm 2025"
    assert _date_said(quote, None) == (2025, 12, 0)
    assert _date_printed(quote) == "tháng 12 năm 2025"
    assert _same_month_unsaid((2025, 6, 25), (2025, 6, 0))
    assert not _same_month_unsaid((2025, 6, 25), (2025, 12, 0))


def test_a_draft_dated_by_its_month_comes_after_an_earlier_month(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Quyết định 1218 của Vĩnh Long và công văn dự thảo của Tỉnh ủy Hà Tĩnh, văn bản nào đề ngày sớm hơn?",
    )
    assert not outcome.abstained
    first = outcome.text.splitlines()[0]
    assert first.index("Vĩnh Long") < first.index("Hà Tĩnh")  # the June decision came first
    assert "tháng 12 năm 2025" in outcome.text
    assert "12/KH-UBND" not in outcome.text  # the province's other document is not the one asked
    assert any(c.doc == HT_CV for c in outcome.citations)


def test_no_order_is_claimed_within_one_month_when_a_day_is_blank(view) -> None:
    _, _, outcome = ask_view(
        view, "Kế hoạch của UBND tỉnh Phú Thọ và Quyết định 1218 của Vĩnh Long, văn bản nào ban hành trước?"
    )
    assert outcome.text.startswith("Không xác định được")
    assert "ban hành trước (" not in outcome.text


def test_two_numbered_rows_described_in_brackets_are_two_things() -> None:
    parts = halves(
        "In the appendix of Decision 2597, how do tasks I.4 (integration mechanism for infrastructure data) "
        "and I.5 (monitoring and evaluation mechanism) differ in lead and coordinating agencies?"
    )
    assert parts is not None
    assert parts.first.startswith("task I.4 (") and parts.second.startswith("task I.5 (")


def test_a_law_named_with_its_title_before_its_number(view) -> None:
    q = understand("luat viec lam so 74/2025 duoc quoc hoi thong qua ngay nao", documents=view.docs.values())
    assert q.docs == (LAW,)
    assert "74/2025" not in q.topic
    _, _, outcome = ask_view(view, "luat viec lam so 74/2025 duoc quoc hoi thong qua ngay nao va ai ky")
    assert "16 tháng 6 năm 2025" in outcome.text and "Trần Thanh Mẫn" in outcome.text


def test_whose_opens_a_second_ask() -> None:
    parts = two_asks(
        understand("Which legal bases does Resolution 394/NQ-CP cite, and on whose proposal was it issued?")
    )
    assert parts is not None and len(parts) == 2


def test_a_split_that_finds_neither_half_reads_the_question_whole(view) -> None:
    _, _, outcome = ask_view(
        view,
        "When does Employment Law 74/2025/QH15 take effect, and which earlier law ceases to be in force?",
    )
    assert not outcome.abstained
    assert "38/2013/QH13" in outcome.text


def test_a_part_of_a_year_is_no_topic_word() -> None:
    late = understand("Which tasks are due in late 2025?")
    assert late.years == (2025,) and "chậm" not in late.topic and "chậm" not in late.expansions
    assert "đầu" not in understand("Which tasks must be finished by early 2026?").expansions


def test_definitions_asked_with_an_article_and_duties_asked_as_assignments() -> None:
    assert defined_term("How does regulation 384-QĐ/TW define a 'Chủ quản dữ liệu' (data custodian)?") == (
        "Chủ quản dữ liệu"
    )
    assert asks_duties(
        understand("What specific tasks does the Hải Phòng plan assign to the Department of Home Affairs?")
    )
    assert not asks_duties(understand("Which agency leads the review of legal documents?"))


def test_the_ways_to_submit_are_the_method_column() -> None:
    asked = fold("Người dân có thể nộp hồ sơ theo những cách nào, ở đâu?")
    assert _asked_column("Cách thức thực hiện: - Trực tiếp; - Qua dịch vụ bưu chính công ích", asked)
    assert _asked_column("Địa điểm thực hiện: - Trung tâm Phục vụ hành chính công", asked)
    assert not _asked_column("Phí, lệ phí: Không", asked)


def test_short_forms_read_as_their_words() -> None:
    printed = terms("Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.")
    assert {"doanh", "nghiep", "hop", "tac", "xa", "ho", "kinh"} <= printed.unigrams
    assert "hop tac" in printed.bigrams


def test_a_count_of_people_is_not_a_count_of_classes() -> None:
    assert not has_answer_type(
        "Lựa chọn cán bộ đào tạo tại nước ngoài. Thời gian: 02 lớp/năm", "count", "người"
    )
    assert has_answer_type("Mỗi lớp gồm 25 học viên", "count", "người")
    assert has_answer_type("Mở 02 lớp/năm", "count", "lớp")


def test_review_cases_stay_as_they_were() -> None:
    # a relative "whose" is no second ask
    assert two_asks(understand("Who signed the Vĩnh Long decision, whose number is 1218/QĐ-UBND?")) is None
    # "comes later" of two deadlines is no order of issue
    from assistant.compare import _ISSUE_ORDER

    assert not _ISSUE_ORDER.search(
        fold("Between the Vĩnh Long and Bắc Ninh plans, whose deadline for training officials comes later?")
    )
    assert _ISSUE_ORDER.search(
        fold("Which came first: Hải Phòng's programme 95-CTr/TU or Hà Tĩnh's 45-CTr/TU?")
    )
    # people typed with tone marks ("tình nguyện viên" folds to the letters of "tỉnh")
    assert has_answer_type("Huy động 50 tình nguyện viên tham gia.", "count", "người")
    # a pair in brackets is still a pair
    assert halves("Hai nhiệm vụ (nhiệm vụ 1 và nhiệm vụ 4) có cùng cơ quan chủ trì không?") is not None


def test_a_title_that_names_another_kind_credits_that_kind() -> None:
    from assistant.understand import _NAMED_REFERENCE

    m = _NAMED_REFERENCE.search(fold("ke hoach thuc hien nghi quyet ve viec lam so 140/2025 giao gi"))
    assert m is not None and m.group(1) == "nghi quyet"  # not the plan: it implements the resolution


def test_a_name_asked_by_title_is_printed_after_that_title() -> None:
    cited = "Kế hoạch triển khai Thông báo kết luận của Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương"
    asked = "What is the name of the director of the Digital Transformation Centre?"
    assert not has_answer_type(cited, "person", "", asked)
    assert has_answer_type("GIÁM ĐỐC (Đã ký) Nguyễn Văn An", "person", "", asked)
    assert has_answer_type(cited, "person", "", "Ai là người chủ trì hội nghị?")  # no title asked
