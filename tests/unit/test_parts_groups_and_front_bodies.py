"""A body's duties asked in the implementation part, the bodies the Front's central committee is asked to steer in a
Government resolution (the Front named without its level), a data list grouped by field with each group's owner,
rows that print some other time than "Thường xuyên", rows led by a named body and not only by the collective, and
the question forms that ask them — on hand-made records and on the question rules."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import asks_groups
from assistant.sections import asks_part_of_collective, asks_section
from assistant.strategies import two_asks
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, cited_starts, ha_tinh_plan, make_task

KH = "kh_ha_tinh.txt"
NQ = "nq_394.txt"
QD = "qd_384.txt"
HP = "kh_hai_phong.txt"
ALL = "Các sở, ban, ngành và địa phương"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        ha_tinh_plan(KH),
        Document(NQ, "Nghị quyết về phát động phong trào toàn dân tham gia bảo vệ môi trường", "Nghị quyết",
                 number="394/NQ-CP", issuer="Chính phủ", national=True),
        Document(QD, "Quy định về kết nối, chia sẻ dữ liệu giữa các cơ quan đảng", "Quy định", number="384-QĐ/TW",
                 issuer="Ban Chấp hành Trung ương", national=True),
        Document(HP, "Kế hoạch hành động thực hiện Nghị quyết số 140/NQ-CP", "Kế hoạch", number="95/KH-UBND",
                 province="Hải Phòng"),
    ]  # fmt: skip
    t2, t3 = "II. NHIỆM VỤ, GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"
    front = "c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam"
    local = "- Đề nghị Mặt trận Tổ quốc Việt Nam tại địa phương"
    clauses = [
        Clause(KH, "II.2.b", "Mục II, khoản 2, điểm b", (t2, "2. Nâng cao chất lượng đội ngũ"), (120, 122),
               "b) Sở Nội vụ chủ trì tham mưu chính sách thu hút người có tài năng vào làm công tác pháp luật."),
        Clause(KH, "III.4.-1", "Mục III, khoản 4, ý 1", (t3, "4. Sở Nội vụ"), (343, 349),
               "- Chủ trì rà soát, tham mưu bố trí, sắp xếp, kiện toàn đội ngũ công chức làm công tác pháp chế."),
        Clause(NQ, "III.1.c", "Mục III, khoản 1, điểm c", ("III. NHIỆM VỤ",), (173, 174), front),
        Clause(NQ, "III.1.c.-1", "Mục III, khoản 1, điểm c, ý 1", ("III. NHIỆM VỤ", front), (183, 189),
               "- Chỉ đạo Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức các đội hình thanh niên tình nguyện thu gom rác."),
        Clause(NQ, "III.1.c.-2", "Mục III, khoản 1, điểm c, ý 2", ("III. NHIỆM VỤ", front), (191, 195),
               "- Chỉ đạo Hội Liên hiệp Phụ nữ Việt Nam đẩy mạnh phong trào “Gia đình 5 không, 3 sạch”."),
        Clause(NQ, "III.2.d.-3", "Mục III, khoản 2, điểm d, ý 3", ("III. NHIỆM VỤ", "d) Tăng cường giám sát"),
               (464, 465), local),
        Clause(NQ, "III.2.d.-3.+1", "Mục III, khoản 2, điểm d, ý 3, ý 1", ("III. NHIỆM VỤ", local), (467, 471),
               "+ Xây dựng kế hoạch giám sát việc phân loại, thu gom rác thải sinh hoạt."),
    ]  # fmt: skip

    def data(number, name, owner, group, line):
        task = make_task(QD, number, name, [owner], line=line, group="", group_title="")
        return type(task)(**{**task.__dict__, "extra": (("Nhóm lĩnh vực dữ liệu", group),)})

    tasks = [
        data("1", "Dữ liệu tổ chức đảng", "Ban Tổ chức Trung ương", "Dữ liệu lĩnh vực tổ chức xây dựng Đảng", 631),
        data("1", "Dữ liệu đảng viên", "Ban Tổ chức Trung ương", "Dữ liệu lĩnh vực tổ chức xây dựng Đảng", 640),
        data("2", "Dữ liệu văn bản điều hành", "Văn phòng Trung ương Đảng", "Dữ liệu lĩnh vực văn phòng", 670),
        make_task(HP, "1", "Tham gia quán triệt Nghị quyết số 66-NQ/TW", [ALL], deadline="Thường xuyên", line=638),
        make_task(HP, "2", "Rà soát văn bản quy phạm pháp luật", [ALL], deadline="Năm 2025-2026", line=806),
        make_task(HP, "3", "Bố trí ngân sách phù hợp cho công tác pháp luật", ["Sở Tài chính"],
                  deadline="Hàng năm", line=1319),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_duties_in_the_implementation_part_are_the_ones_printed_there(view):
    _, _, outcome = ask_view(view, "Sở Nội vụ Hà Tĩnh được giao làm gì trong phần tổ chức thực hiện?")
    assert outcome.strategy == "duties" and cited_starts(outcome) == [343], outcome.text
    # (asked without the part: both)
    _, _, outcome = ask_view(view, "Sở Nội vụ Hà Tĩnh được giao làm gì?")
    assert {120, 343} <= set(cited_starts(outcome)), outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "nghi quyet 394 de nghi mat tran to quoc chi dao nhung to chuc nao tham gia phong trao",
        "Nghị quyết 394 đề nghị Mặt trận Tổ quốc chỉ đạo những tổ chức nào tham gia phong trào?",
    ],
)
def test_the_front_named_without_its_level_in_a_government_resolution(view, question):
    # (the central committee's items as well as the local Front's: "Mặt trận Tổ quốc" is both)
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "duties", outcome.text
    assert {183, 191} <= set(cited_starts(outcome)), outcome.text


def test_a_data_list_grouped_by_field_with_each_groups_owner(view):
    question = (
        "Danh sách dữ liệu kèm Quy định 384-QĐ/TW chia thành những nhóm lĩnh vực nào và cơ quan nào làm chủ quản "
        "từng nhóm?"
    )
    query = understand(question)
    assert asks_groups(query) and two_asks(query) is None
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "groups", outcome.text
    assert "Dữ liệu lĩnh vực văn phòng" in outcome.text and "Văn phòng Trung ương Đảng" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "What are the data field groups listed in the appendix of Regulation 384-QĐ/TW, and which body owns each "
        "group?",
        "List the data groups in the appendix of Regulation 384-QĐ/TW and the agency that owns each group.",
    ],
)
def test_data_groups_asked_in_english(question):
    assert asks_groups(understand(question))


def test_rows_of_another_time_than_thuong_xuyen(view):
    _, _, outcome = ask_view(
        view, 'Trong phụ lục kế hoạch Hải Phòng, những nhiệm vụ nào có thời gian hoàn thành khác với việc chỉ ghi '
        '"Thường xuyên"?'
    )  # fmt: skip
    assert "Rà soát văn bản" in outcome.text and "Bố trí ngân sách" in outcome.text, outcome.text
    assert "Tham gia quán triệt" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "nhung nhiem vu nao trong phu luc ke hoach hai phong co co quan chu tri la mot don vi cu the, khong chi ghi "
        "chung 'cac so, ban, nganh va dia phuong'?",
        "Những nhiệm vụ nào trong phụ lục kế hoạch Hải Phòng có cơ quan chủ trì là một đơn vị cụ thể, không chỉ ghi "
        "chung 'các sở, ban, ngành và địa phương'?",
    ],
)
def test_rows_led_by_a_named_body_not_only_the_collective(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.agencies_set_aside
    assert "Bố trí ngân sách" in outcome.text and "Rà soát văn bản" not in outcome.text, outcome.text


def test_the_implementation_part_asked_for_who_is_given_what():
    assert asks_part_of_collective(
        understand("Phần tổ chức thực hiện của kế hoạch Vĩnh Long giao những nhiệm vụ gì, cho ai?")
    )
    assert not asks_part_of_collective(understand("Kế hoạch Vĩnh Long giao những nhiệm vụ gì?"))


def test_a_numbered_point_asked_for_its_bodies_and_what_each_does():
    assert asks_section(
        understand(
            "In Can Tho's groundwater directive, which specific bodies are tasked under point 8 (heads of departments "
            "and agencies), and with what?"
        )
    )


def test_categories_an_article_shares_are_no_table_groups():
    question = (
        "Under Article 8 of Regulation 384-QĐ/TW, what categories of data do Party agencies share with other agencies "
        "in the political system?"
    )
    assert not asks_groups(understand(question))


def test_what_a_government_resolution_asks_of_the_front(view):
    # (the Front's own parts at both levels, "đề nghị" no topic word: not the local part alone)
    _, _, outcome = ask_view(view, "Nghị quyết 394 đề nghị Mặt trận Tổ quốc Việt Nam làm gì?")
    assert {183, 191, 467} <= set(cited_starts(outcome)), outcome.text


def test_asks_that_stay_as_they_were():
    from assistant.duties import asks_duties

    # (a body no gazetteer knows, asked what the text requires of it: the section so titled, not a body's duties)
    assert not asks_duties(understand("Chỉ thị 09 yêu cầu các đơn vị cấp nước sạch làm gì?"))
    # (a collective's rows of a period: a listing)
    assert not asks_duties(
        understand(
            "Kế hoạch Hà Tĩnh giao cho các sở, ban, ngành cấp tỉnh nhiệm vụ nào có thời hạn Quý I hằng năm?"
        )
    )
    # (one task's lead in the implementation part: not the part whole)
    assert not asks_part_of_collective(
        understand("Phần tổ chức thực hiện Kế hoạch 617 giao việc thẩm định dự toán kinh phí cho ai?")
    )


def test_a_body_named_without_the_level_its_name_takes():
    from assistant.matches import agency_matches

    task = make_task("kh_bac_ninh.txt", "6", "Tỉ lệ thanh niên tham gia học tập số", ["Tỉnh đoàn"])
    assert agency_matches(task, "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "lead")
    assert not agency_matches(task, "Hội Nông dân", "lead")
