"""Rules of the twenty-fourth session, on hand-made text and records: the steps of one procedure's table are
listed and counted; an item under a list's opening that says what is asked brings the whole list; a row asked
for a sum, a name or a telephone number it does not print abstains; "which is more recent: A or B", two
documents each named with its issuer, and two indicators are comparisons; "which agency leads the
coordinated …" asks the lead; a "to" in brackets and "A khác thế nào so với B" part two things as they should.
"""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.evidence import has_answer_type
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

QT = "quyetdinh_quytrinh.txt"
ND = "nghidinh_quynhao.txt"
CV = "congvan_chuyendoiso.txt"
HP = "kehoach_haiphong.txt"

_CAPTION_1 = "A. LĨNH VỰC BÁO CHÍ (01 TTHC) Quy trình số 01 1. Quy trình nội bộ: Thủ tục cấp giấy phép xuất bản bản tin"
_CAPTION_2 = (
    "B. LĨNH VỰC DI SẢN VĂN HÓA (01 TTHC) Quy trình số 02 2. Quy trình nội bộ: Thủ tục cấp lại giấy chứng nhận "
    "đủ điều kiện hành nghề tu bổ di tích"
)
_PRIORITY = "4. Thứ tự ưu tiên cho thuê nhà ở đối với các đối tượng quy định tại khoản 2 Điều này như sau:"


@pytest.fixture(scope="module")
def view():
    from assistant.index_view import IndexView, RecordSearcher

    docs = [
        Document(QT, "Quyết định phê duyệt quy trình nội bộ giải quyết thủ tục hành chính", "Quyết định",
                 number="2031/QĐ-UBND", province="Cao Bằng", issuer="UBND tỉnh Cao Bằng", date="2025-11-28"),
        Document(ND, "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 province="Trung ương", issuer="Chính phủ", date="2025-11-19"),
        Document(CV, "Công văn về đẩy nhanh chuyển đổi số", "Công văn", number="6225/BVHTTDL-VP",
                 province="Trung ương", issuer="Bộ Văn hóa, Thể thao và Du lịch", date="2025-11-18"),
        Document(HP, "Kế hoạch hành động thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Hải Phòng",
                 issuer="UBND thành phố Hải Phòng"),
    ]  # fmt: skip
    article = "Điều 19. Đối tượng được thuê nhà ở"
    clauses = [
        Clause(ND, "Điều 19.4", "Điều 19, khoản 4", (article,), (675, 677), _PRIORITY),
        Clause(ND, "Điều 19.4.a", "Điều 19, khoản 4, điểm a", (article, _PRIORITY), (679, 681),
               "a) Cán bộ, công chức chịu tác động bởi việc tổ chức, sắp xếp lại đơn vị hành chính;"),
        Clause(ND, "Điều 19.4.b", "Điều 19, khoản 4, điểm b", (article, _PRIORITY), (683, 685),
               "b) Chuyên gia, nhà khoa học được hưởng ưu đãi về nhà ở;"),
        Clause(ND, "Điều 19.4.c", "Điều 19, khoản 4, điểm c", (article, _PRIORITY), (687, 689),
               "c) Đối tượng đã trả nhà công vụ theo quy định pháp luật về nhà ở;"),
        Clause(HP, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (93, 96),
               "1. Năm 2028, hoàn thiện hệ thống pháp luật về đầu tư, kinh doanh, đưa Hải Phòng duy trì trong top "
               "đầu các tỉnh, thành phố về chỉ số năng lực cạnh tranh cấp tỉnh (PCI)."),
    ]  # fmt: skip

    def step(n, name, unit, caption, line):
        return make_task(QT, f"Bước {n}", name, [unit], deadline="0,25 ngày làm việc", line=line, group="",
                         group_title=caption)  # fmt: skip

    tasks = [
        step(1, "Tiếp nhận hồ sơ", "Bộ phận một cửa", _CAPTION_1, 600),
        step(2, "Thẩm định hồ sơ", "Phòng Báo chí", _CAPTION_1, 610),
        step(3, "Trả kết quả", "Bộ phận một cửa", _CAPTION_1, 620),
        step(1, "Tiếp nhận hồ sơ", "Bộ phận một cửa", _CAPTION_2, 700),
        step(2, "Thẩm định hồ sơ", "Phòng Di sản", _CAPTION_2, 710),
        step(3, "Phê duyệt kết quả", "Lãnh đạo Sở", _CAPTION_2, 720),
        step(4, "Trả kết quả", "Bộ phận một cửa", _CAPTION_2, 730),
        make_task(CV, "5", "Triển khai xây dựng 03 nền tảng số của Bộ", ["Trung tâm Chuyển đổi số"],
                  deadline="Tháng 12/2025", line=40, group="", group_title="Phụ lục"),
        make_task(CV, "6", "Số hóa dữ liệu di sản văn hóa", ["Cục Di sản văn hóa"], deadline="Năm 2026",
                  line=50, group="", group_title="Phụ lục"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_the_steps_of_one_procedures_table_are_counted(view) -> None:
    _, _, outcome = ask_view(view, "Quy trình số 02 của Cao Bằng có mấy bước?")
    assert not outcome.abstained and "Quy trình số 02" in outcome.text.splitlines()[0]
    assert outcome.text.splitlines()[0].endswith("có 4 bước:")
    # by the procedure's name, typed without marks
    _, _, named = ask_view(
        view, "quy trinh cap lai giay chung nhan hanh nghe tu bo di tich gom bao nhieu buoc"
    )
    assert not named.abstained and "4 bước" in named.text.splitlines()[0]
    _, _, english = ask_view(view, "How many steps does procedure No. 1 of Cao Bằng have?")
    assert english.text.startswith("The table") and "has 3 steps" in english.text.splitlines()[0]
    # one step asked ("which step takes longest") is no listing of them all
    from assistant.listing import asks_steps

    assert not asks_steps(understand("Bước nào trong quy trình số 01 mất nhiều thời gian nhất?"))


def test_an_item_under_an_opening_that_says_the_ask_brings_the_whole_list(view) -> None:
    from assistant.matches import SentenceMatch
    from assistant.statement import _listed

    question = "Theo Nghị định 302/2025/NĐ-CP, thứ tự ưu tiên cho thuê nhà ở được quy định như thế nào?"
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained
    for item in ("a) Cán bộ", "b) Chuyên gia", "c) Đối tượng đã trả nhà công vụ"):
        assert item in outcome.text
    # the best passage one item of the list: the opening says what is asked, so the whole list answers
    item = next(c for c in view.clause_chunks if c.path == "Điều 19.4.c")
    chosen = SentenceMatch(0.7, item, item.text, 0.7)

    def read(text):
        return understand(text, documents=view.docs.values(), agency_names=view.printed_agencies)

    listed = _listed(view, read(question), None, chosen)
    assert listed is not None and len(listed[1]) == 3
    # an item the question names itself is answered alone
    assert _listed(view, read("Đối tượng đã trả nhà công vụ có được thuê nhà ở không?"), None, chosen) is None


def test_a_row_asked_for_a_sum_it_does_not_print_abstains(view) -> None:
    _, _, outcome = ask_view(view, "How much budget is allocated to task 5 in the appendix of Công văn 6225?")
    assert outcome.abstained
    _, _, lead = ask_view(view, "Nhiệm vụ 5 trong phụ lục Công văn 6225 do ai chủ trì?")
    assert not lead.abstained and "Trung tâm Chuyển đổi số" in lead.text


def test_a_telephone_number_a_title_holders_name_and_a_sum_in_dong_must_be_printed() -> None:
    q = understand("Địa chỉ và số điện thoại của Trung tâm Phục vụ hành chính công tỉnh là gì?")
    assert q.answer_type == "contact"
    assert not has_answer_type("Địa điểm: Trung tâm Phục vụ hành chính công tỉnh Cao Bằng", "contact")
    assert has_answer_type("Điện thoại: 0206.3852.123; email: tthcc@caobang.gov.vn", "contact")
    for phone in ("Đường dây nóng: 1900 9095", "ĐT: +84 218 3852 777", "(0218) 3.852.999"):
        assert has_answer_type(phone, "contact")
    assert not has_answer_type("Tổng kinh phí hỗ trợ là 2.050.000.000 đồng", "contact")
    # a hotline spoken of is no number asked
    assert understand("Bộ vận hành đường dây nóng để tiếp nhận thông tin gì?").answer_type != "contact"
    asked = "Họ tên Vụ trưởng Vụ Tổ chức cán bộ Bộ Tư pháp là gì?"
    assert not has_answer_type("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thanh Tịnh", "person", question=asked)
    # the title after the name
    member = "- Bà Lê Thị Hoa, Chánh Văn phòng UBND tỉnh - Ủy viên;"
    assert has_answer_type(member, "person", question="Họ tên Chánh Văn phòng UBND tỉnh là gì?")
    rate = "tối đa không quá 05 lần mức lương tối thiểu tháng theo vùng"
    assert has_answer_type(rate, "money", question="Mức hưởng trợ cấp thất nghiệp tối đa là bao nhiêu?")
    assert not has_answer_type(
        rate, "money", question="What is the regional minimum wage amount (in VND) that caps the allowance?"
    )


def test_more_recent_two_documents_with_their_issuers_and_two_indicators_are_comparisons() -> None:
    assert understand("Which is more recent: Decision 2597 or Resolution 394?").intent == "compare"
    assert understand("Văn bản nào mới hơn: Quyết định 2597 hay Nghị quyết 394?").intent == "compare"
    assert (
        understand(
            "Khi gặp khó khăn, vướng mắc, Kế hoạch của UBND tỉnh Hà Tĩnh và công văn của Tỉnh ủy Hà Tĩnh hướng "
            "dẫn phản ánh về đâu?"
        ).intent
        == "compare"
    )
    assert (
        understand(
            "Chỉ tiêu kinh tế số chiếm 45% GRDP và chỉ tiêu tỷ lệ hồ sơ trực tuyến đạt 80% do cơ quan nào chủ trì?"
        ).intent
        == "compare"
    )
    # which tasks are newer is no comparison of two documents; nor a plan whose title names what it implements
    assert understand("Which tasks are the most recent?").intent != "compare"
    assert (
        understand(
            "Kế hoạch của UBND tỉnh Phú Thọ về triển khai Nghị quyết của Bộ Chính trị và kế hoạch của Tỉnh ủy có "
            "bao nhiêu nhiệm vụ?"
        ).intent
        != "compare"
    )


def test_which_agency_leads_a_coordinated_task_asks_the_lead() -> None:
    q = understand("Which agency leads the coordinated inspection of the law's enforcement in Lai Châu?")
    assert q.intent == "lead_agency"
    both = understand("Which agency leads the inspection and which agencies coordinate with it?")
    assert both.intent != "lead_agency"


def test_two_things_parted_where_they_should_be() -> None:
    parts = halves(
        "In the Đồng Tháp plan 617 appendix, compare task 4 (building the criteria) and task 5 (supporting "
        "businesses to trade online): who leads each and when are they due?"
    )
    assert parts is not None
    assert parts.first.startswith("task 4") and parts.second.startswith("task 5")
    parts = halves(
        "Theo Quy định 384-QĐ/TW, thời hạn thông báo khi tạm ngừng dịch vụ để nâng cấp, bảo trì khác thế nào so "
        "với trường hợp bất khả kháng?"
    )
    assert parts is not None and parts.context == "Theo Quy định 384-QĐ/TW"
    assert parts.first.startswith("thời hạn thông báo") and parts.second == "trường hợp bất khả kháng"
    parts = halves(
        "Under the Employment Law, how does the contribution condition for unemployment allowance differ from "
        "the one for training support?"
    )
    assert parts is not None
    assert parts.first == "the contribution condition for unemployment allowance"
    assert parts.second == "the contribution condition for training support"


def test_a_cited_documents_number_and_a_dated_reference() -> None:
    from assistant.matching import _asks_own_number, says_when
    from indexer.text import fold

    plan = Document("kh.txt", "Kế hoạch triển khai Nghị quyết 66", "Kế hoạch", province="Phú Thọ")
    asked = fold(
        "What is the number and date of the Party Committee plan that the People's Committee plan implements?"
    )
    assert not _asks_own_number(asked, plan)
    assert _asks_own_number(fold("What is the number of the Phú Thọ plan?"), plan)

    class _Chunk:
        context = ""

    class _Match:
        chunk = _Chunk()
        quote = "Phụ lục (Ban hành kèm theo Kế hoạch số /KH- UBND ngày tháng 6 năm 2025 của UBND tỉnh)"

    assert not says_when(_Match())
    _Match.quote = "Báo cáo kết quả trước ngày 15/12/2025."
    assert says_when(_Match())
    # the word "số" (digital), "Sở", "hồ sơ" before a date: the date stays a time
    for said in ("Hoàn thành chuyển đổi số trước ngày 30/9/2026.", "Gửi Sở Tài chính trước ngày 15/01/2027."):
        _Match.quote = said
        assert says_when(_Match())


def test_a_target_does_not_say_how_things_stand_now(view) -> None:
    _, _, now = ask_view(
        view, "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Hải Phòng hiện nay xếp thứ mấy?"
    )
    assert now.abstained
    _, _, english = ask_view(
        view, "What is Hải Phòng's current provincial competitiveness index (PCI) ranking?"
    )
    assert english.abstained
    _, _, target = ask_view(
        view, "Đến năm 2028 Hải Phòng đặt mục tiêu gì về chỉ số năng lực cạnh tranh cấp tỉnh?"
    )
    assert not target.abstained and "top đầu" in target.text
