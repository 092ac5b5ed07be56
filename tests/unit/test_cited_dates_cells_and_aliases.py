"""Rules of the seventeenth session, on hand-made records: the date of a document another one cites
("… căn cứ Luật X ban hành ngày nào?") is read where the text prints it with that document, each way it
is printed; tasks listed by a value the question quotes from their other cells; a long name a document
gives a short one to is matched by the short one; the footnote a row's cell points to is read with the
row; and "the first" of things listed in order is the first item."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

VL = "quyetdinh_vinhlong.txt"
HCM = "kehoach_hcm.txt"
NQ = "nghiquyet_kehoach.txt"

_HEADER = "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG Số: 1218/QĐ-UBND Vĩnh Long, ngày 25 tháng 6 năm 2025"
_BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; "
    "Thực hiện Kế hoạch số 390-KH/TU ngày 20 tháng 5 năm 2025 của Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW; "
    "Theo đề nghị của Giám đốc Sở Tư pháp."
)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(VL, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết 66", "Quyết định",
                 number="1218/QĐ-UBND", province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long", date="2025-06-25"),
        Document(HCM, "Kế hoạch tổ chức các hoạt động năm 2025", "Kế hoạch", number="174/KH-UBND",
                 province="Hồ Chí Minh", issuer="UBND Thành phố Hồ Chí Minh"),
    ]  # fmt: skip
    clauses = [
        Clause(VL, "preamble", "Phần mở đầu", (), (1, 20), f"{_HEADER} {_BASES}", kind="preamble"),
        Clause(VL, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH",), (100, 104),
               "1. Triển khai Kế hoạch số 390-KH/TU ngày 20/5/2025 của Tỉnh ủy về thực hiện Nghị quyết số "
               "66-NQ/TW trên địa bàn tỉnh."),
        Clause(HCM, "preamble", "Phần mở đầu", (), (2, 10),
               "Thực hiện hướng dẫn của Bộ Nội vụ về việc hướng dẫn triển khai “Tháng hành động vì bình đẳng giới "
               "và phòng ngừa, ứng phó với bạo lực trên cơ sở giới” năm 2025 (sau đây gọi tắt là Tháng hành "
               "động), Ủy ban nhân dân Thành phố ban hành Kế hoạch tổ chức các hoạt động năm 2025 như sau:",
               kind="preamble"),
        Clause(HCM, "II.2.a", "Mục II, khoản 2, điểm a", ("II. NỘI DUNG", "2. Tháng hành động"), (229, 233),
               "a) Chủ đề Tháng hành động năm 2025 “Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ "
               "nguyên số”."),
        Clause(HCM, "II.2.b", "Mục II, khoản 2, điểm b", ("II. NỘI DUNG", "2. Tháng hành động"), (235, 236),
               "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025."),
    ]  # fmt: skip
    tasks = [
        make_task(VL, "7", "Chủ động rà soát quy hoạch, kiện toàn cơ cấu lãnh đạo có kiến thức pháp luật",
                  ["Các sở, ban, ngành tỉnh"], deadline="Theo quy định của trung ương", line=877),
        make_task(VL, "8", "Điều động, luân chuyển cán bộ, công chức của Sở Tư pháp đi làm việc ở cơ sở",
                  ["Sở Nội vụ"], deadline="Theo quy định của trung ương", line=926),
        make_task(VL, "9", "Tập huấn nghiệp vụ xây dựng văn bản quy phạm pháp luật", ["Sở Tư pháp"],
                  deadline="Hằng năm", line=950),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_cited_law_is_dated_where_the_decision_cites_it(view):
    _, _, outcome = ask_view(
        view, "Quyết định 1218 của Vĩnh Long căn cứ Luật Tổ chức chính quyền địa phương ban hành ngày nào?"
    )
    assert not outcome.abstained
    assert "16 tháng 6 năm 2025" in outcome.text and "25 tháng 6" not in outcome.text


def test_a_cited_plan_is_dated_each_way_the_text_prints_it(view):
    _, _, outcome = ask_view(view, "Kế hoạch 390-KH/TU của Tỉnh ủy Vĩnh Long ban hành ngày nào?")
    assert not outcome.abstained
    assert "Kế hoạch số 390-KH/TU ngày 20 tháng 5 năm 2025" in outcome.text
    assert "20/5/2025" in outcome.text
    assert {c.lines for c in outcome.citations} == {(1, 20), (100, 104)}


def test_a_document_named_as_what_it_implements_is_not_the_one_dated(view):
    _, _, outcome = ask_view(
        view,
        "Quyết định ban hành Kế hoạch thực hiện Nghị quyết 66-NQ/TW của tỉnh Vĩnh Long ban hành ngày nào?",
    )
    assert not outcome.abstained
    assert "25 tháng 6 năm 2025" in outcome.text


def test_tasks_are_listed_by_a_value_their_time_cell_prints(view):
    _, _, outcome = ask_view(
        view,
        "Trong Phụ lục của Vĩnh Long, những nhiệm vụ nào có thời gian thực hiện “Theo quy định của trung ương”?",
    )
    assert outcome.strategy == "cell_listing" and outcome.meta["count"] == 2
    assert "Chủ động rà soát" in outcome.text and "Điều động, luân chuyển" in outcome.text
    assert "Tập huấn" not in outcome.text


def test_a_quoted_value_no_cell_prints_is_not_a_listing_by_cells(view):
    _, _, outcome = ask_view(view, "Những nhiệm vụ nào có thời gian thực hiện “Quý IV năm 2027”?")
    assert outcome.strategy != "cell_listing"


def test_a_short_name_the_document_gives_stands_for_the_long_one(view):
    assert view.aliases[HCM] == (
        (
            "thang hanh dong vi binh dang gioi va phong ngua ung pho voi bao luc tren co so gioi nam 2025",
            "thang hanh dong",
        ),
    )
    _, _, outcome = ask_view(
        view,
        "Chủ đề Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025 "
        "ở TP.HCM là gì?",
    )
    assert not outcome.abstained
    assert outcome.citations[0].lines == (229, 233)
    assert "trẻ em gái trong kỷ nguyên số" in outcome.text


def test_the_footnote_a_cell_points_to_is_read_with_the_row():
    docs = [Document(NQ, "Nghị quyết ban hành Kế hoạch sửa đổi các luật, nghị quyết", "Nghị quyết",
                     number="99/NQ-UBTVQH15", issuer="Ủy ban Thường vụ Quốc hội", national=True)]  # fmt: skip
    row = make_task(
        NQ, "70", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 730/2004/NQ-UBTVQH11 về việc phê "
        "chuẩn bảng lương chức vụ", ["Ban Công tác đại biểu"], deadline="Theo kết quả rà soát", line=70,
    )  # fmt: skip
    row = dataclasses.replace(
        row, lines=(70, 70), extra=(("Cơ quan thẩm tra", "Ủy ban Tài chính, Ngân sách chủ trì thẩm tra [1]"),)
    )
    other = make_task(NQ, "71", "Nghị quyết sửa đổi Quy chế làm việc mẫu của các Ủy ban", ["Ban Công tác đại biểu"],
                      deadline="Năm 2025", line=71)  # fmt: skip
    clauses = [
        Clause(NQ, "Điều 3.1", "Điều 3, ý 1", ("Điều 3.",), (72, 75),
               "- Hồ sơ trình gồm có: (1) Tờ trình; (2) Dự thảo Nghị quyết. [1] Sau khi sửa đổi, bổ sung Luật Tổ "
               "chức Quốc hội thì nội dung này sẽ do Ủy ban Kinh tế và Ngân sách thực hiện."),
    ]  # fmt: skip
    small = IndexView(RecordSearcher(docs, clauses, [row, other]))
    _, _, outcome = ask_view(
        small,
        "Cơ quan nào chủ trì thẩm tra dự thảo Nghị quyết sửa đổi Nghị quyết 730/2004/NQ-UBTVQH11 về bảng lương, "
        "và sau khi sửa Luật Tổ chức Quốc hội thì nội dung này do cơ quan nào thực hiện?",
    )
    assert not outcome.abstained
    assert outcome.citations[0].lines == (70, 70)
    assert "Ủy ban Tài chính, Ngân sách chủ trì thẩm tra" in outcome.text
    assert "Ủy ban Kinh tế và Ngân sách" in outcome.text


def test_the_first_of_things_listed_in_order_is_the_first_item():
    decree = "nghidinh_nhao.txt"
    lead_in = "Điều 19. Cho thuê nhà ở › 4. Thứ tự ưu tiên cho thuê nhà ở đối với các đối tượng được quy định như sau:"
    docs = [Document(decree, "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                     issuer="Chính phủ", national=True)]  # fmt: skip
    clauses = [
        Clause(decree, "Điều 19.4.a", "Điều 19, khoản 4, điểm a", (lead_in,), (679, 681),
               "a) Cán bộ, công chức chịu tác động bởi việc sắp xếp lại đơn vị hành chính;"),
        Clause(decree, "Điều 19.4.d", "Điều 19, khoản 4, điểm d", (lead_in,), (691, 692),
               "d) Đối tượng đã trả nhà công vụ theo quy định pháp luật về nhà ở;"),
    ]  # fmt: skip
    small = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(
        small,
        "Theo Nghị định 302, đối tượng nào được ưu tiên đầu tiên khi thuê nhà ở của Quỹ nhà ở quốc gia?",
        threshold=0.3,  # (a two-passage index weighs its words otherwise: the order is what is tested)
    )
    assert not outcome.abstained
    assert outcome.citations[0].lines == (679, 681)


def test_the_two_tasks_of_a_group_are_compared_row_by_row():
    hp = "kehoach_haiphong.txt"
    docs = [Document(hp, "Kế hoạch hành động thực hiện Nghị quyết 66", "Kế hoạch", province="Hải Phòng",
                     issuer="UBND thành phố Hải Phòng")]  # fmt: skip
    title = "CƠ CHẾ TÀI CHÍNH ĐẶC BIỆT"
    tasks = [
        make_task(hp, "1", "Người đứng đầu cơ quan được giao nhiệm vụ được quyền chủ động phân bổ kinh phí",
                  ["Các sở, ban, ngành và địa phương"], deadline="Hàng năm", line=1292, group="VII",
                  group_title=title),
        make_task(hp, "2", "Bố trí ngân sách phù hợp, tương xứng cho công tác tổ chức thi hành pháp luật",
                  ["Sở Tài chính"], deadline="Thường xuyên", line=1319, group="VII", group_title=title),
        make_task(hp, "1", "Tiếp tục nâng cao năng lực thực hiện nghĩa vụ pháp lý quốc tế", ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=1092, group="IV", group_title="HỢP TÁC QUỐC TẾ"),
    ]  # fmt: skip
    small = IndexView(RecordSearcher(docs, [], tasks))
    _, _, outcome = ask_view(
        small,
        "Trong Phụ lục Hải Phòng, hai nhiệm vụ thuộc nhóm cơ chế tài chính đặc biệt có cùng cơ quan chủ trì không?",
    )
    assert outcome.strategy == "compare_items" and not outcome.abstained
    assert {c.lines[0] for c in outcome.citations} == {1292, 1319}
    assert "Sở Tài chính" in outcome.text.splitlines()[0]  # the verdict says the leads differ


def test_a_document_named_by_words_of_its_title_in_order_is_no_part_of_the_topic():
    from assistant.matching import _without_title

    plan = Document(
        "kh617.txt", "CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA", "Kế hoạch"
    )
    assert _without_title(plan, "báo cáo kết quả thực hiện Kế hoạch chuyển đổi số doanh nghiệp gửi đâu") == (
        "báo cáo kết quả thực hiện gửi đâu"
    )
    # the ask after the kind, and title words out of the title's order, are kept
    assert _without_title(plan, "Kế hoạch ban hành ngày nào") == "Kế hoạch ban hành ngày nào"
    resolution = Document("nq.txt", "ban hành Kế hoạch sửa đổi, bổ sung các luật phục vụ sắp xếp tổ chức bộ máy "
                          "của Quốc hội", "Nghị quyết")  # fmt: skip
    topic = "kèm Nghị quyết Luật sửa đổi Luật Tổ chức Quốc hội trình khi nào"
    assert _without_title(resolution, topic) == topic


def test_a_section_named_by_its_title_answers_with_the_sentence_that_says_what_is_asked():
    vl = "kehoach_vinhlong.txt"
    docs = [Document(vl, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Vĩnh Long",
                     issuer="UBND tỉnh Vĩnh Long")]  # fmt: skip
    clauses = [
        Clause(vl, "preamble", "Phần mở đầu", (), (1, 5), "Kế hoạch gồm các phần: quan điểm, mục tiêu, nhiệm vụ.",
               kind="preamble"),
        Clause(vl, "II", "Mục II", (), (162, 183),
               "II. QUAN ĐIỂM 1. Bảo đảm sự lãnh đạo toàn diện của Đảng trong công tác xây dựng pháp luật; tăng "
               "cường sự lãnh đạo của Đảng đối với công tác thi hành pháp luật. 2. Công tác xây dựng và thi hành "
               "pháp luật là “đột phá của đột phá” trong hoàn thiện thể chế phát triển đất nước."),
        Clause(vl, "IV.1", "Mục IV, khoản 1, ý 2", ("IV. TỔ CHỨC THỰC HIỆN",), (290, 306),
               "- Xác định công tác xây dựng, ban hành văn bản quy phạm pháp luật và kiểm tra việc tổ chức thi "
               "hành pháp luật là nhiệm vụ trọng tâm, xuyên suốt, thường xuyên."),
    ]  # fmt: skip
    small = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(
        small,
        "Phần Quan điểm trong Kế hoạch của Vĩnh Long xác định công tác xây dựng và thi hành pháp luật là gì?",
        threshold=0.3,
    )
    assert not outcome.abstained
    assert outcome.citations[0].lines == (162, 183)
    assert outcome.text.split("\n")[0].count("đột phá của đột phá") == 1


def test_a_place_inside_an_institution_name_is_no_scope():
    from assistant.understand import understand

    assert (
        understand("Hiệu trưởng Trường Đại học Luật Hà Nội có được cử viên chức đi đào tạo không?").provinces
        == ()
    )
    assert understand("What may the Rector of Hanoi Law University decide on training?").provinces == ()
    assert understand("Sở Tư pháp Hà Nội chủ trì những nhiệm vụ nào?").provinces == ("Hà Nội",)
    # (read with tone marks: "bảo đảm", "trường hợp" fold like "Báo", "Trường")
    assert understand("Kinh phí bảo đảm ở Hà Tĩnh bao nhiêu?").provinces == ("Hà Tĩnh",)
    assert understand("Trong trường hợp ở Hà Tĩnh có vướng mắc thì báo cáo ai?").provinces == ("Hà Tĩnh",)


def test_compare_with_parts_two_things():
    from assistant.compare_items import halves

    parts = halves("So sánh thời hạn báo cáo của Sở Tư pháp với thời hạn báo cáo của Sở Nội vụ")
    assert (parts.first, parts.second) == (
        "thời hạn báo cáo của Sở Tư pháp",
        "thời hạn báo cáo của Sở Nội vụ",
    )
    parts = halves(
        "Under the Employment Law, compare the contribution condition for the allowance with the one for training"
    )
    assert parts.context == "Under the Employment Law" and parts.first.endswith("for the allowance")


def test_plural_deadlines_ask_a_time_and_parallel_asks_keep_their_own_words():
    from assistant.strategies import two_asks
    from assistant.understand import understand

    asked = understand(
        "How do Vĩnh Long and Hải Phòng differ in the deadlines for departments to report results?"
    )
    assert asked.aspect == "deadline"
    parts = two_asks(
        understand(
            "Theo Kế hoạch Hải Phòng, năm nào hoàn thành việc sửa đổi văn bản QPPL của thành phố và năm nào "
            "hoàn thiện hệ thống pháp luật về đầu tư, kinh doanh?"
        )
    )
    assert parts is not None and "đầu tư" not in parts[0].topic and "đầu tư" in parts[1].topic
    # two kinds of ask of one subject: each reads the whole question's topic
    parts = two_asks(
        understand("Kế hoạch triển khai Nghị quyết 66 của Hà Tĩnh có số hiệu là gì và được ký ngày nào?")
    )
    assert parts is not None and parts[0].topic == parts[1].topic
