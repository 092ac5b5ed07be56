"""Rules of the fifty-eighth session, on hand-made records: a title's closing period and label number qualify
it ("Mục tiêu cụ thể đến năm 2030", "Mục tiêu 4: Trong lĩnh vực y tế"), so a question names it without them, in
English too; targets to reach by a year are the section's, not the rows due that year; a group of rows that are
documents is named by its title; "nhằm mục đích gì" asks the purposes; a document's kind in its short form asks
its recipients; "plan for Resolution 66" names the plan; "… và luật nào hết hiệu lực" asks the same article;
a collective of provinces, "main task areas", "được giao thêm những nhiệm vụ riêng nào" and a long title of no
sentence said in English are read as they are meant.
"""

from __future__ import annotations

import pytest

from assistant.duties import asks_duties
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import asks_groups
from assistant.special import unindexed_subject
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

NQ = "nq_moi_truong.txt"
HCM = "kh_binh_dang_gioi.txt"
UB = "nq_sua_luat.txt"
LC = "kh_tieu_chuan.txt"
VL = "qd_vinh_long.txt"
CT = "ct_nuoc_duoi_dat.txt"
LAW = "luat_viec_lam.txt"

AIMS = "II. MỤC TIÊU"
HEALTH = "1.4. Mục tiêu 4: Trong lĩnh vực y tế"
HCM_AIMS = "II. MỤC TIÊU CỦA KẾ HOẠCH"
HEADS = "8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành"
DIRECTIVE = "II. NHIỆM VỤ, GIẢI PHÁP"


def _items(doc, path, label, titles, first, texts):
    return [
        Clause(doc, f"{path}.{t[0]}", f"{label}, điểm {t[0]}", titles, (first + 3 * i, first + 3 * i + 1), t)
        for i, t in enumerate(texts)
    ]


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(NQ, "Nghị quyết về phát động phong trào toàn dân tham gia bảo vệ môi trường", "Nghị quyết",
                 number="394/NQ-CP", province="Trung ương", issuer="Chính phủ"),
        Document(HCM, "Kế hoạch thực hiện bình đẳng giới năm 2025", "Kế hoạch", number="174/KH-UBND",
                 province="Hồ Chí Minh"),
        Document(UB, "Kế hoạch sửa đổi các luật, nghị quyết phục vụ sắp xếp bộ máy các cơ quan của Quốc hội, cơ "
                 "quan thuộc Ủy ban Thường vụ Quốc hội", "Nghị quyết", number="1339/NQ-UBTVQH15",
                 province="Trung ương", issuer="Ủy ban Thường vụ Quốc hội"),
        Document(LC, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Kế hoạch",
                 number="7360/KH-UBND", province="Lai Châu"),
        Document(VL, "Ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Quyết định", number="1218/QĐ-UBND",
                 province="Vĩnh Long"),
        Document(CT, "Chỉ thị về tăng cường quản lý tài nguyên nước dưới đất", "Chỉ thị", number="09/CT-UBND",
                 province="Cần Thơ"),
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương", issuer="Quốc hội"),
    ]  # fmt: skip
    general = "2. Mục tiêu cụ thể đến năm 2030"
    clauses = [
        Clause(NQ, "II", "Mục II", (), (76, 76), AIMS),
        Clause(NQ, "II.1", "Mục II, khoản 1", (AIMS,), (78, 84),
               "1. Mục tiêu tổng quát Phát động phong trào toàn dân tham gia bảo vệ môi trường trên phạm vi toàn quốc."),
        Clause(NQ, "II.2", "Mục II, khoản 2", (AIMS,), (86, 87), general),
        *_items(NQ, "II.2", "Mục II, khoản 2", (AIMS, general), 89, [
            "a) 100% các phường, xã tổ chức ngày cuối tuần ra quân tổng vệ sinh công cộng.",
            "b) 100% chính quyền địa phương tổ chức phân loại rác thải sinh hoạt tại hộ gia đình.",
            "c) 95% rác thải sinh hoạt đô thị được thu gom, xử lý theo quy định.",
        ]),
        Clause(HCM, "II", "Mục II", (), (105, 106), HCM_AIMS),
        Clause(HCM, "II.1", "Mục II, khoản 1", (HCM_AIMS,), (108, 109),
               "1. Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:"),
        Clause(HCM, "II.1.1.1", "Mục II, khoản 1, tiểu mục 1.1", (HCM_AIMS,), (111, 112),
               "1.1. Mục tiêu 1. Lĩnh vực chính trị"),
        Clause(HCM, "II.1.1.4", "Mục II, khoản 1, tiểu mục 1.4", (HCM_AIMS,), (171, 172), HEALTH),
        *[
            Clause(HCM, f"II.1.1.4.-{i}", f"Mục II, khoản 1, tiểu mục 1.4, ý {i}", (HCM_AIMS, HEALTH),
                   (170 + 4 * i, 171 + 4 * i), text)
            for i, text in enumerate([
                "- Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái vào năm 2025.",
                "- Chỉ tiêu 2: Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 vào năm 2025.",
            ], start=1)
        ],
        Clause(LC, "I", "Mục I", (), (33, 34), "I. MỤC ĐÍCH, YÊU CẦU"),
        Clause(LC, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (36, 36), "1. Mục đích"),
        *[
            Clause(LC, f"I.1.-{i}", f"Mục I, khoản 1, ý {i}", ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"),
                   (34 + 4 * i, 36 + 4 * i), text)
            for i, text in enumerate([
                "- Bảo đảm sự chỉ đạo thống nhất của UBND tỉnh trong triển khai thi hành Luật.",
                "- Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành.",
            ], start=1)
        ],
        Clause(LC, "I.2", "Mục I, khoản 2", ("I. MỤC ĐÍCH, YÊU CẦU",), (50, 52),
               "2. Yêu cầu Bảo đảm tính kịp thời, đồng bộ, thống nhất."),
        Clause(VL, "noi-nhan", "Nơi nhận", (), (80, 95),
               "Nơi nhận: - Như Điều 3; - Chính phủ; - TT. Tỉnh ủy, TT. HĐND tỉnh; - Lưu: VT."),
        Clause(VL, "tail", "Phần kết", (), (620, 626),
               "Các cơ quan, đơn vị đề xuất phương án gửi Sở Tư pháp để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."),
        Clause(CT, "II", "Mục II", (), (60, 60), DIRECTIVE),
        Clause(CT, "II.8", "Mục II, khoản 8", (DIRECTIVE,), (206, 207), HEADS),
        *_items(CT, "II.8", "Mục II, khoản 8", (DIRECTIVE, HEADS), 209, [
            "a) Phối hợp Sở Nông nghiệp và Môi trường tuyên truyền, phổ biến quy định của pháp luật về tài nguyên nước.",
            "b) Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành các quy định pháp luật về tài nguyên nước.",
            "c) Giao Công an thành phố kịp thời phát hiện và xử lý các hành vi vi phạm.",
        ]),
        Clause(LAW, "D54", "Điều 54", (), (875, 880),
               "Điều 54. Hiệu lực thi hành 1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026. Luật Việc "
               "làm số 38/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành."),
        Clause(LAW, "D55", "Điều 55", (), (882, 890),
               "Điều 55. Quy định chuyển tiếp 1. Người lao động đang hưởng trợ cấp thất nghiệp tiếp tục hưởng."),
    ]  # fmt: skip
    national = "Văn bản thuộc thẩm quyền ban hành của Quốc hội"
    standing = "Văn bản thuộc thẩm quyền ban hành của Ủy ban Thường vụ Quốc hội"
    tasks = [
        make_task(HCM, "a", "Tổ chức Tháng hành động vì bình đẳng giới năm 2025", ["Sở Nội vụ"],
                  deadline="Từ ngày 15/11/2025 đến ngày 15/12/2025", line=229),
        make_task(UB, "1", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội", ["Ủy ban Pháp luật"],
                  group="I", group_title=national, line=45),
        make_task(UB, "2", "Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội", ["Văn phòng Quốc hội"],
                  group="I", group_title=national, line=48),
        make_task(UB, "3", "Nghị quyết về việc giải thể Viện Nghiên cứu lập pháp", ["Ban Công tác đại biểu"],
                  group="II", group_title=standing, line=54),
        make_task(UB, "4", "Nghị quyết sửa đổi chức năng của Ban Dân nguyện", ["Ban Dân nguyện"],
                  group="II", group_title=standing, line=57),
        make_task(UB, "5", "Nghị quyết sửa đổi chức năng của Văn phòng Quốc hội", ["Văn phòng Quốc hội"],
                  group="II", group_title=standing, line=59),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "What are the specific targets to 2030 set by Government Resolution 394/NQ-CP on the nationwide "
        "environmental protection movement?",
        "What are the specific targets of Resolution 394/NQ-CP?",
        "Nghị quyết 394/NQ-CP đặt ra những mục tiêu cụ thể nào đến năm 2030?",
    ],
)
def test_a_title_named_without_its_period(view, question):
    _, _, out = ask_view(view, question)
    assert out.strategy == "section"
    assert out.meta["count"] == 3
    assert "Mục tiêu cụ thể đến năm 2030" in out.text and "95% rác thải" in out.text
    assert "Mục tiêu tổng quát" not in out.text


@pytest.mark.parametrize(
    "question",
    [
        "What health-sector targets does Ho Chi Minh City's plan 174/KH-UBND set?",
        "What health-sector targets for 2025 does Ho Chi Minh City's plan 174/KH-UBND set?",
        # (a year the items print, not the rows due that year)
        "Kế hoạch 174/KH-UBND của TP Hồ Chí Minh đặt những chỉ tiêu nào trong lĩnh vực y tế đến năm 2025?",
    ],
)
def test_a_labelled_title_named_by_its_label_and_name(view, question):
    _, _, out = ask_view(view, question)
    assert out.strategy in ("section", "evidence")  # (the section's items quoted whole either way)
    assert "107 trẻ sơ sinh trai" in out.text and "dưới 4/100.000" in out.text
    assert "Tháng hành động" not in out.text


@pytest.mark.parametrize(
    "question",
    [
        "Nghị quyết 1339: nhóm văn bản thuộc thẩm quyền ban hành của Quốc hội gồm những văn bản nào?",
        "nghi quyet 1339 UBTVQH: nhom van ban thuoc tham quyen ban hanh cua Quoc hoi gom nhung van ban nao",
        "Which documents are in the group of texts under the National Assembly's power in Resolution 1339?",
    ],
)
def test_a_group_of_documents_named_by_its_title(view, question):
    # (both groups' titles hold the topic alike; the one whose title the question says the most of is meant, its
    # "Quốc hội" naming the document too)
    _, _, out = ask_view(view, question)
    assert out.strategy == "topic_listing"
    assert out.meta["count"] == 2
    assert "Luật Tổ chức Quốc hội" in out.text and "Nội quy kỳ họp" in out.text
    assert "Viện Nghiên cứu lập pháp" not in out.text


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch triển khai Luật Tiêu chuẩn và quy chuẩn kỹ thuật của Lai Châu nhằm mục đích gì?",
        "ke hoach trien khai luat tieu chuan va quy chuan ky thuat cua lai chau nham muc dich gi",
    ],
)
def test_what_a_plan_aims_at_is_its_purposes(view, question):
    _, _, out = ask_view(view, question)
    assert out.strategy == "section"
    assert "Bảo đảm sự chỉ đạo thống nhất" in out.text and "Xác định cụ thể nội dung" in out.text
    assert "Yêu cầu" not in out.text


def test_the_use_a_thing_is_put_to_stays_out_of_the_topic(view):
    query = understand("Quỹ bảo hiểm thất nghiệp được sử dụng vào những mục đích nào?")
    assert "mục đích" not in query.topic
    # (a document with no part titled "Mục đích": the purpose asked is no topic word that any passage may hold)
    _, _, out = ask_view(view, "Chỉ thị 09 của Cần Thơ được ban hành nhằm mục đích gì?")
    assert out.strategy != "section"


@pytest.mark.parametrize(
    "question",
    ["QĐ 1218 của UBND tỉnh Vĩnh Long được gửi cho những ai?", "qd 1218 vinh long gui cho nhung ai"],
)
def test_a_short_kind_before_a_number_asks_the_recipients(view, question):
    _, _, out = ask_view(view, question)
    assert "Nơi nhận" in out.text and "Chính phủ" in out.text
    assert "Phần kết" not in out.text


def test_a_plan_for_a_resolution_is_the_plan():
    own = {"1218/qđ-ubnd"}
    assert unindexed_subject("What viewpoints does Vĩnh Long's plan for Resolution 66 set out?", own) is None
    assert unindexed_subject("What targets does Resolution 57-NQ/TW set?", own) == "Resolution 57-NQ/TW"


@pytest.mark.parametrize(
    "question",
    [
        "Luật Việc làm 74/2025 có hiệu lực từ ngày nào và luật nào hết hiệu lực?",
        "luat viec lam 74/2025 co hieu luc tu ngay nao va luat nao het hieu luc",
    ],
)
def test_in_force_and_what_ends_with_it(view, question):
    _, _, out = ask_view(view, question)
    assert not out.abstained
    assert "01 tháng 01 năm 2026" in out.text and "38/2013/QH13" in out.text
    assert "chuyển tiếp" not in out.text


@pytest.mark.parametrize(
    "question",
    [
        "Trong phụ lục NQ 394, Ủy ban nhân dân các tỉnh, thành phố chủ trì những đề án nào?",
        "Trong phụ lục NQ 394, UBND các tỉnh, thành phố đứng ra chủ trì những đề án nào?",
    ],
)
def test_the_provinces_collective_by_its_short_names(question):
    query = understand(question)
    assert query.agencies == ("UBND các tỉnh, thành phố trực thuộc trung ương",)
    assert "đứng ra" not in query.topic


@pytest.mark.parametrize(
    "question, asked",
    [
        ("What are the main task areas in Phú Thọ's plan to implement Resolution 66?", True),
        ("Kế hoạch của Phú Thọ gồm những mảng nhiệm vụ nào?", True),
        ("Which areas of tasks does the plan cover?", True),
        ("What are the main areas of cooperation in the plan?", False),
    ],
)
def test_task_areas_are_its_groups(question, asked):
    assert asks_groups(understand(question)) is asked


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "Theo KH hành động của UBND TP Hải Phòng, Sở Tư pháp được giao thêm những nhiệm vụ riêng nào?",
            True,
        ),
        ("Sở Tư pháp được giao những nhiệm vụ khác nào?", True),
        ("Sở Tư pháp chủ trì những nhiệm vụ nào?", False),
    ],
)
def test_own_and_further_duties(question, asked):
    query = understand(question)
    assert asks_duties(query) is asked
    assert "thêm" not in query.topic and "riêng" not in query.topic


def test_a_long_title_said_in_english(view):
    _, _, out = ask_view(
        view, "What does Can Tho's groundwater directive ask of department directors and heads of agencies?"
    )
    assert out.strategy == "section"
    assert out.meta["count"] == 3
    assert "Giao Thanh tra thành phố" in out.text and "Giao Công an thành phố" in out.text


@pytest.mark.parametrize(
    "question",
    [
        "Sở Tư pháp Hải Phòng có những trách nhiệm riêng nào trong tổ chức thực hiện kế hoạch?",
        "Theo kế hoạch Hải Phòng, Sở Nội vụ có những nhiệm vụ riêng nào trong phần tổ chức thực hiện?",
    ],
)
def test_own_duties_asked_in_the_implementation_section(question):
    assert asks_duties(understand(question))


def test_city_departments_in_english():
    query = understand(
        "What does Hải Phòng's action plan require city departments and local authorities to do?"
    )
    assert "các sở, ban, ngành cấp tỉnh" in query.agencies


@pytest.mark.parametrize(
    "english, vietnamese",
    [
        ("the task of drawing up a scheme", "lập"),  # (the verb before its particle takes the endings)
        ("who draws up the plan", "lập"),
        ("the stated aims of the plan", "nêu"),  # (not "nhà nước", the State)
    ],
)
def test_english_verbs_glossed_in_their_forms(english, vietnamese):
    from assistant.glossary import translate_question

    out = translate_question(english)
    assert vietnamese in out
    assert "thu hút" not in out and "nhà nước" not in out


@pytest.mark.parametrize(
    "question",
    [
        "For the culture ministry's task of drawing up a digital transformation scheme, what is supposed to be "
        "delivered at the end?",
        "What is expected to be produced by the task of reviewing legal documents?",
    ],
)
def test_the_output_asked_in_plain_words(question):
    assert understand(question).aspect == "output"


def test_the_groups_counted():
    assert asks_groups(
        understand("How many tasks are in the Hải Phòng annex, and how many fall under each group?")
    )
    assert asks_groups(understand("Phụ lục kế hoạch Hải Phòng: mỗi nhóm có bao nhiêu nhiệm vụ?"))


def test_the_implementation_section_named_in_english():
    from assistant.matching import section_named

    query = understand(
        "In the implementation section of Vĩnh Long's plan, which duties carry a deadline set within 2025?"
    )
    assert section_named(query) == "to chuc thuc hien"
    assert query.intent == "period_tasks"
    assert section_named(understand("Which tasks does the plan set?")) == ""


def test_provinces_named_one_by_one_are_no_collective():
    query = understand("UBND các tỉnh Đắk Lắk, Khánh Hòa phải làm gì theo Công điện 227?")
    assert "UBND các tỉnh, thành phố trực thuộc trung ương" not in query.agencies


def test_a_title_keeps_its_period_unless_it_is_of_targets():
    from assistant.sections import _unqualified

    assert _unqualified("Mục tiêu cụ thể đến năm 2030", ()) == "Mục tiêu cụ thể"
    assert _unqualified("Mục tiêu cụ thể đến năm 2030", (2025,)) == "Mục tiêu cụ thể đến năm 2030"
    assert _unqualified("Phát triển kinh tế số đến năm 2030", ()) == "Phát triển kinh tế số đến năm 2030"
    assert _unqualified("Mục tiêu 4: Trong lĩnh vực y tế", ()) == "Mục tiêu y tế"
    # (one item asked by its label and number: the label's title is not what is asked)
    assert (
        _unqualified("Mục tiêu 4: Trong lĩnh vực y tế", (), item_asked=True)
        == "Mục tiêu 4: Trong lĩnh vực y tế"
    )


def test_groups_counted_only_of_groups():
    assert not asks_groups(understand("How many tasks are in each section of Lai Chau's plan?"))
