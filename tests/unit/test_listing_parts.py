"""Listings of the fiftieth session, on hand-made records: two groups named by their markers at once ("nhóm II và
III", "groups II and III"); a group named in the asker's own words ("nhóm nhiệm vụ về bảo đảm sự lãnh đạo của
Đảng" of "Bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng …"); rows of any of three things listed ("những
nhiệm vụ nào về chuyển đổi số, ứng dụng trí tuệ nhân tạo và dữ liệu lớn"); a part of the text named by its
words and asked of a collective ("Phần tổ chức thực hiện … giao những gì cho các sở, ngành và địa phương?"),
that part whole, not the collective's rows; a group named whole right after "nhóm" though the document's title
prints its words ("Nhóm chỉ tiêu Kinh tế số" of a "Kế hoạch phát triển kinh tế số, xã hội số"); a year the title
prints after three of its words ("tổng kiểm kê tài sản công 2026") names the document, no period; one passage that
gives a body the lead quoted at length; "specific targets", "overall objective" read as "mục tiêu cụ thể", "mục tiêu
tổng quát".
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import group_markers, topic_alternatives
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

PT = "kh_nq66_phutho.txt"
VL = "qd_nq66_vinhlong.txt"
HT = "kh_nq66_hatinh.txt"
PARTY = "Bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng trong công tác xây dựng pháp luật"
THINKING = "Đổi mới tư duy, định hướng xây dựng pháp luật theo hướng vừa bảo đảm yêu cầu quản lý nhà nước"
ORG = "III. TỔ CHỨC THỰC HIỆN"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(PT, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="209/KH-UBND",
                 province="Phú Thọ"),
        Document(VL, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp "
                 "luật, đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới và chuyển đổi số", "Quyết định",
                 number="1218/QĐ-UBND", province="Vĩnh Long"),
        Document(HT, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW của Bộ Chính trị, Chương trình hành động của "
                 "Ban Thường vụ Tỉnh ủy về đổi mới công tác xây dựng và thi hành pháp luật", "Kế hoạch",
                 province="Hà Tĩnh"),
    ]  # fmt: skip
    clauses = [
        Clause(PT, "III", "Mục III", (), (163, 163), ORG),
        Clause(PT, "III.1", "Mục III, khoản 1", (ORG,), (164, 166),
               "1. Các sở, ngành, địa phương theo chức năng, nhiệm vụ xây dựng và tổ chức thực hiện Kế hoạch."),
        Clause(PT, "III.2", "Mục III, khoản 2", (ORG,), (171, 175),
               "2. Các sở, ngành có trách nhiệm rà soát các chương trình, kế hoạch hành động đã ban hành."),
        Clause(PT, "III.3", "Mục III, khoản 3", (ORG,), (177, 178),
               "3. Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương bảo đảm nguồn kinh phí thực hiện "
               "hàng năm."),
        Clause(PT, "III.4", "Mục III, khoản 4", (ORG,), (180, 182),
               "4. Sở Tư pháp chủ trì, phối hợp với các sở, ngành, địa phương theo dõi, đôn đốc việc triển khai "
               "Kế hoạch này."),
    ]  # fmt: skip
    tasks = [
        make_task(PT, "4", "Tổ chức quán triệt Nghị quyết số 66-NQ/TW", ["Các sở, ngành, địa phương"],
                  ["Sở Tư pháp"], line=280, group="I", group_title=PARTY),
        make_task(PT, "5", "Chủ động kiểm tra, rà soát các quy định của pháp luật", ["Các sở, ngành, địa phương"],
                  ["Sở Tư pháp"], line=306, group="II", group_title=THINKING),
        make_task(PT, "7", "Rà soát cắt giảm, đơn giản hóa điều kiện đầu tư, kinh doanh",
                  ["Các sở, ngành, địa phương"], ["Các cơ quan, tổ chức liên quan"], line=345, group="II",
                  group_title=THINKING),
        make_task(PT, "12", "Tăng cường đối thoại, tiếp nhận, lắng nghe phản ánh, kiến nghị",
                  ["Các sở, ngành, địa phương"], ["Sở Tư pháp"], line=484, group="III",
                  group_title="Tạo đột phá trong công tác thi hành pháp luật"),
        make_task(PT, "16", "Thu hút chuyên gia, nhà khoa học pháp lý vào khu vực công", ["Sở Nội vụ"],
                  ["Sở Tư pháp"], line=571, group="IV", group_title="Nâng cao chất lượng nguồn nhân lực"),
        make_task(VL, "26", "Ưu tiên nguồn lực phát triển hạ tầng công nghệ thông tin, cơ sở dữ liệu lớn, ứng dụng "
                  "trí tuệ nhân tạo phục vụ đổi mới công tác xây dựng pháp luật", ["Sở Tư pháp"], line=1482),
        make_task(VL, "27", "Ứng dụng công nghệ số, chuyển đổi số đồng bộ trong phổ biến, giáo dục pháp luật",
                  ["Sở Tư pháp"], line=1533),
        make_task(VL, "28", "Áp dụng cơ chế đặc biệt đối với hoạt động chuyển đổi số, ứng dụng trí tuệ nhân tạo, "
                  "dữ liệu lớn trong công tác xây dựng pháp luật", ["Sở Khoa học và Công nghệ"], line=1565),
        make_task(VL, "29", "Tăng cường hợp tác quốc tế về pháp luật", ["Sở Ngoại vụ"], line=1600),
        make_task(HT, "1", "Phổ biến, quán triệt thường xuyên, sâu rộng về nội dung Nghị quyết số 66-NQ/TW",
                  ["Các sở, ban, ngành cấp tỉnh"], ["Sở Tư pháp"], line=466, group="I", group_title=PARTY),
        make_task(HT, "2", "Ban hành văn bản triển khai thực hiện Nghị quyết số 66-NQ/TW",
                  ["Các sở, ban, ngành cấp tỉnh"], line=505, group="I", group_title=PARTY),
        make_task(HT, "4", "Tổ chức thực hiện nghiêm túc, hiệu quả các Điều ước quốc tế; Bản án và phán quyết",
                  ["Sở Tư pháp"], line=560, group="II", group_title=THINKING),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_groups_named_together_by_their_markers_are_each_named():
    assert group_markers("Trong nhóm nhiệm vụ II và III của phụ lục") == {"II", "III"}
    assert group_markers("nhóm 1, 2 và 4 gồm những gì") == {"1", "2", "4"}
    assert group_markers("the tasks of groups II and III") == {"II", "III"}
    # (a number of another kind, a year or a clause number is no group)
    assert group_markers("nhóm II và 3 nhiệm vụ") == {"II"}
    assert group_markers("nhóm 2 và 2025") == {"2"}
    assert group_markers("nhóm 2 và 3.5") == {"2"}


def test_a_bodys_rows_in_two_groups_named_by_marker_are_the_rows_of_both(view):
    _, _, outcome = ask_view(
        view, "Trong nhóm nhiệm vụ II và III của phụ lục kế hoạch Phú Thọ, Sở Tư pháp là cơ quan phối hợp ở những "
        "nhiệm vụ nào?"
    )  # fmt: skip
    assert _lines(outcome) == {(306, 309), (484, 487)}, outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Nhóm nhiệm vụ về bảo đảm sự lãnh đạo của Đảng trong phụ lục kế hoạch Hà Tĩnh có bao nhiêu nhiệm vụ?",
        "Nhóm nhiệm vụ về bảo đảm sự lãnh đạo của Đảng trong phụ lục kế hoạch Hà Tĩnh gồm những nhiệm vụ nào?",
    ],
)
def test_a_group_named_in_the_askers_words_is_that_group(view, question):
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained, outcome.text
    assert {(466, 469), (505, 508)} <= _lines(outcome), outcome.text
    assert (560, 563) not in _lines(outcome), outcome.text


def test_the_things_a_listing_lists_are_each_read():
    ask = "Phụ lục kế hoạch Vĩnh Long có những nhiệm vụ nào về chuyển đổi số, ứng dụng trí tuệ nhân tạo và dữ liệu lớn?"
    assert topic_alternatives(understand(ask)) == [
        "chuyen doi so",
        "ung dung tri tue nhan tao",
        "du lieu lon",
    ]
    english = "Which tasks in the Vinh Long appendix concern digital transformation, artificial intelligence or big data?"
    assert len(topic_alternatives(understand(english))) == 3
    # (two things joined by "và" are one: "xây dựng và thi hành pháp luật")
    assert topic_alternatives(understand("Những nhiệm vụ nào về xây dựng và thi hành pháp luật?")) == []


def test_rows_of_any_of_three_things_listed(view):
    _, _, outcome = ask_view(
        view,
        "Phụ lục kế hoạch Vĩnh Long có những nhiệm vụ nào về chuyển đổi số, ứng dụng trí tuệ nhân tạo và dữ liệu lớn?",
    )
    assert _lines(outcome) == {(1482, 1485), (1533, 1536), (1565, 1568)}, outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Phần tổ chức thực hiện của kế hoạch Phú Thọ phân công những gì cho các sở, ngành và địa phương?",
        "Phần tổ chức thực hiện của kế hoạch Phú Thọ giao những nhiệm vụ gì cho các sở, ngành?",
        # (typed without tone marks nor "của": the kind of document ends the part's words)
        "phan to chuc thuc hien ke hoach phu tho giao gi cho cac so nganh dia phuong",
    ],
)
def test_a_part_named_by_its_words_and_asked_of_a_collective_is_that_part_whole(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.agencies, query
    assert outcome.strategy == "section", outcome
    assert {(171, 175), (177, 178), (180, 182)} <= _lines(outcome), outcome.text
    assert not any(c.kind == "task" for c in outcome.citations), outcome.text


def test_a_groups_title_holds_the_askers_word_pairs_it_says_apart():
    from assistant.evidence import terms
    from assistant.listing import _said_apart

    # "bảo đảm sự lãnh đạo" asked, its filler word left out: "đảm lãnh" is a pair the title says apart
    asked, title = terms("nhom bao dam lanh dao"), terms(PARTY)
    assert "dam lanh" in asked.bigrams and "dam lanh" not in title.bigrams
    assert {"dam lanh", "bao dam", "lanh dao"} <= _said_apart(asked, title).bigrams
    # (a pair one of whose words the title never prints is not said)
    assert "nhom bao" not in _said_apart(asked, title).bigrams


BN = "kh144_bacninh.txt"
QN = "qd1627_quangngai.txt"
CD = "cd227_ttg.txt"
_LONG_DUTY = (
    "5. Bộ trưởng Bộ Tài chính chủ trì: (1) Phối hợp với Bộ Nông nghiệp và Môi trường tiếp tục rà soát, tổng hợp "
    "tình hình thiệt hại do mưa lũ, có phương án cụ thể xử lý những vấn đề cấp bách và lâu dài, báo cáo Chính phủ, "
    "Thủ tướng Chính phủ theo quy định. (2) Khẩn trương rà soát, cập nhật, hoàn thiện dự thảo Nghị quyết của Chính "
    "phủ về các giải pháp khắc phục hậu quả thiên tai, phục hồi sản xuất tại các địa phương khu vực Trung Bộ, trình "
    "Chính phủ trước ngày 26/11/2025. (3) Triển khai các chính sách giãn, hoãn, miễn, giảm thuế, phí, lệ phí, ... "
    "đối với các tổ chức, cá nhân, doanh nghiệp bị thiệt hại do thiên tai theo quy định; chỉ đạo doanh nghiệp kinh "
    "doanh bảo hiểm khẩn trương thực hiện bồi thường tổn thất cho bên mua bảo hiểm nhanh chóng, đầy đủ, kịp thời theo "
    "quy định; kịp thời xử lý xuất cấp hàng dự trữ quốc gia để hỗ trợ địa phương theo thẩm quyền."
)


@pytest.fixture(scope="module")
def view2() -> IndexView:
    docs = [
        Document(BN, "Kế hoạch phát triển kinh tế số, xã hội số tỉnh Bắc Ninh đến năm 2030", "Kế hoạch",
                 number="144/KH-UBND", province="Bắc Ninh"),
        Document(QN, "Kế hoạch kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh "
                 "Quảng Ngãi thời điểm 0h00 ngày 01 tháng 01 năm 2026", "Quyết định", number="1627/QĐ-UBND",
                 province="Quảng Ngãi"),
        Document(CD, "Tập trung khắc phục hậu quả sau mưa lũ tại khu vực Nam Trung Bộ", "Công điện",
                 number="227/CĐ-TTg", province="Trung ương", issuer="Thủ tướng Chính phủ"),
    ]  # fmt: skip
    clauses = [Clause(CD, "5", "Mục 5", (), (113, 127), _LONG_DUTY)]
    tasks = [
        make_task(BN, "1", "Kinh tế số chiếm 45% GRDP tỉnh", ["Sở Tài chính"], line=1386, group="I",
                  group_title="Kinh tế số"),
        make_task(BN, "2", "Tỷ lệ doanh nghiệp ứng dụng nền tảng số đạt 60%", ["Sở Công Thương"], line=1406,
                  group="I", group_title="Kinh tế số"),
        make_task(BN, "1", "Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số", ["Sở Khoa học và Công nghệ"],
                  line=1456, group="II", group_title="Xã hội số"),
        make_task(QN, "1", "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã", ["UBND cấp xã"],
                  deadline="Trước ngày 30/11/2025", line=309, group="1.4", group_title="Ủy ban nhân dân cấp xã"),
        make_task(QN, "2", "Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi về Sở Tài chính", ["UBND cấp xã"],
                  deadline="Trước ngày 15/4/2026", line=349, group="1.4", group_title="Ủy ban nhân dân cấp xã"),
        make_task(QN, "1", "Hướng dẫn kiểm kê tài sản công", ["Sở Tài chính"], deadline="Tháng 12/2025", line=290,
                  group="1.1", group_title="Sở Tài chính"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_group_named_whole_after_the_word_for_group_is_that_group(view2):
    # ("Kinh tế số" is also in the document's own title: said right after "nhóm", it names the group)
    _, _, outcome = ask_view(
        view2, "Nhóm chỉ tiêu Kinh tế số trong phụ lục Kế hoạch 144 Bắc Ninh gồm những chỉ tiêu gì?"
    )
    assert _lines(outcome) == {(1386, 1389), (1406, 1409)}, outcome.text
    # (the title in quotes)
    _, _, outcome = ask_view(view2, "Nhóm “Xã hội số” của Kế hoạch 144 Bắc Ninh có những chỉ tiêu nào?")
    assert _lines(outcome) == {(1456, 1459)}, outcome.text


def test_a_year_the_title_prints_after_three_of_its_words_names_the_document(view2):
    from assistant.listing import document_years

    question = "ubnd cac phuong xa o quang ngai phai lam gi trong tong kiem ke tai san cong 2026"
    query, scope, outcome = ask_view(view2, question)
    assert query.years == (2026,) and document_years(view2, query, scope, listing=True) == (2026,), query
    assert _lines(outcome) >= {(309, 312), (349, 352)}, outcome.text
    # (a year after words the title does not print together is a period asked)
    query, scope, _ = ask_view(view2, "ubnd cac phuong xa o quang ngai phai lam gi trong nam 2026")
    assert document_years(view2, query, scope, listing=True) == (), query


def test_one_passage_that_gives_a_body_the_lead_is_quoted_at_length(view2):
    _, _, outcome = ask_view(
        view2, "Bộ trưởng Bộ Tài chính được giao chủ trì những nhiệm vụ nào trong Công điện 227?"
    )
    assert "hàng dự trữ quốc gia" in outcome.text, outcome.text


def test_specific_and_general_objectives_said_in_english_are_read_as_the_vietnamese_phrase():
    assert "mục tiêu cụ thể" in understand("What are the specific targets of Resolution 394/NQ-CP?").topic
    assert "mục tiêu tổng quát" in understand("What is the overall objective of Resolution 394/NQ-CP?").topic
