"""Rules of the fifty-first session, on hand-made records: the communes' People's Committees, a body a text
gives its own numbered part ("10. Ủy ban nhân dân xã, phường" and its points), are answered from that part
like any department ("Chỉ thị giao UBND xã, phường những nhiệm vụ gì?"); "central" or "Party" right before
"document" says the level of the document asked for, not a name the evidence must print ("Which central document
does Lai Chau's Plan 7360 implement?"); a title named by its head in the asker's order, though it goes on
("Nhóm giải pháp tạo đột phá trong thi hành pháp luật … gồm những nội dung nào?" of "3. Tạo đột phá trong công tác
thi hành pháp luật, bảo đảm …; gắn kết …"), its items whole; a question of two sentences that read together finds
nothing, each sentence asked alone; the last of three things listed up to where the question says where ("… dữ liệu
lớn trong phụ lục"); rows whose time is of a kind the question sets aside ("other than “Thường xuyên”") left out,
and rows a body is NOT named in ("không do Sở Tư pháp chủ trì", "NOT led by …"); "what is X assigned to do" asks
its duties; the bodies a plan gives the lead of a section's parts by reference ("7. Sở Nội vụ Chủ trì triển khai
các nhiệm vụ tại mục (IV) (4.3)"), asked "những sở nào được giao chủ trì … tại mục IV?"; "có thời hạn rơi vào năm
2026" asks a time."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view, letter_view, make_task

CT = "ct_nuoc_duoi_dat.txt"
LC = "kh_tieu_chuan_laichau.txt"
COMMUNES = "10. Ủy ban nhân dân xã, phường"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(CT, "Chỉ thị về tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất", "Chỉ thị",
                 number="09/CT-UBND", province="Cần Thơ"),
        Document(LC, "Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy "
                 "chuẩn kỹ thuật", "Kế hoạch", number="7360/KH-UBND", province="Lai Châu"),
    ]  # fmt: skip
    clauses = [
        Clause(CT, "9", "Mục 9", (), (255, 262),
               "9. Sở Nông nghiệp và Môi trường: tăng cường kiểm tra việc khai thác nước dưới đất."),
        Clause(CT, "10", "Mục 10", (), (265, 266), COMMUNES),
        Clause(CT, "10.a", "Mục 10, điểm a", (COMMUNES,), (268, 270),
               "a) Đẩy mạnh công tác phổ biến, tuyên truyền về tài nguyên nước."),
        Clause(CT, "10.b", "Mục 10, điểm b", (COMMUNES,), (272, 278),
               "b) Thực hiện rà soát, thống kê tất cả các công trình khai thác nước dưới đất trên địa bàn."),
        Clause(CT, "11", "Mục 11", (), (338, 342),
               "11. Yêu cầu Giám đốc sở, Chủ tịch Ủy ban nhân dân xã, phường và các tổ chức, cá nhân có liên "
               "quan tổ chức triển khai thực hiện nghiêm túc Chỉ thị này."),
        Clause(LC, "preamble", "Phần mở đầu", (), (26, 29),
               "Thực hiện Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành Kế "
               "hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ "
               "thuật.", kind="preamble"),
        Clause(LC, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (31, 33),
               "1. Xác định cụ thể nội dung công việc, thời hạn hoàn thành và trách nhiệm của các cơ quan."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ thị 09 Cần Thơ giao UBND xã, phường những nhiệm vụ gì?",
        "Chi thi 09 Can Tho giao UBND xa, phuong nhung nhiem vu gi?",
    ],
)
def test_communes_own_part_answers_their_duties(view, question):
    _, _, out = ask_view(view, question)
    assert not out.abstained
    assert "Đẩy mạnh công tác phổ biến" in out.text and "rà soát, thống kê" in out.text
    assert [c.lines for c in out.citations][:2] == [(268, 270), (272, 278)]


@pytest.mark.parametrize(
    "question",
    [
        "Which central document does Lai Chau's Plan 7360 implement?",
        "What central document is Lai Chau's Plan 7360 implementing?",
    ],
)
def test_level_before_document_is_no_name(view, question):
    _, _, out = ask_view(view, question)
    assert not out.abstained, out.text
    assert "2138/QĐ-TTg" in out.text


HP = "kh_hanh_dong_haiphong.txt"
HCM = "kh_binh_dang_gioi.txt"
BREAK = (
    "3. Tạo đột phá trong công tác thi hành pháp luật, bảo đảm pháp luật được thực hiện công bằng, nghiêm minh, nhất "
    "quán; gắn kết chặt chẽ giữa xây dựng và thi hành pháp luật"
)
HEALTH = "1.4. Mục tiêu 4: Trong lĩnh vực y tế"


@pytest.fixture(scope="module")
def plans() -> IndexView:
    docs = [
        Document(HP, "Kế hoạch hành động thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="230/KH-UBND",
                 province="Hải Phòng"),
        Document(HCM, "Kế hoạch thực hiện công tác bình đẳng giới", "Kế hoạch", number="174/KH-UBND",
                 province="Hồ Chí Minh"),
    ]  # fmt: skip
    clauses = [
        Clause(HP, "III", "Mục III", (), (200, 200), "III. NHIỆM VỤ, GIẢI PHÁP"),
        Clause(HP, "III.3", "Mục III, khoản 3", ("III. NHIỆM VỤ, GIẢI PHÁP",), (259, 263), BREAK),
        Clause(HP, "III.3.a", "Mục III, khoản 3, điểm a", ("III. NHIỆM VỤ, GIẢI PHÁP", BREAK), (265, 273),
               "a) Có giải pháp phát huy cao độ tinh thần phục vụ Nhân dân, tư duy kiến tạo phát triển."),
        Clause(HP, "III.3.b", "Mục III, khoản 3, điểm b", ("III. NHIỆM VỤ, GIẢI PHÁP", BREAK), (275, 281),
               "b) Ưu tiên bảo đảm hiệu quả thi hành pháp luật nhằm thúc đẩy phát triển kinh tế - xã hội."),
        Clause(HP, "III.4", "Mục III, khoản 4", ("III. NHIỆM VỤ, GIẢI PHÁP",), (330, 332),
               "4. Tổ chức thực hiện Nghị quyết của Quốc hội về cơ chế đặc biệt tạo đột phá trong xây dựng pháp "
               "luật."),
        Clause(HCM, "II.1.4", "Mục II, khoản 1, tiểu mục 1.4", ("II. MỤC TIÊU",), (171, 172), HEALTH),
        Clause(HCM, "II.1.4.-1", "Mục II, khoản 1, tiểu mục 1.4, ý 1", ("II. MỤC TIÊU", HEALTH), (174, 176),
               "- Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái vào năm 2025."),
        Clause(HCM, "II.1.4.-2", "Mục II, khoản 1, tiểu mục 1.4, ý 2", ("II. MỤC TIÊU", HEALTH), (178, 179),
               "- Chỉ tiêu 2: Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 trẻ sinh ra còn sống vào năm "
               "2025."),
    ]  # fmt: skip
    groups = {"group_title": "Tạo đột phá trong công tác thi hành pháp luật", "group": "III"}
    tasks = [
        make_task(HP, "1", "Quán triệt Nghị quyết số 66-NQ/TW", ["Các sở, ban, ngành và địa phương"],
                  deadline="Thường xuyên", line=640, **groups),
        make_task(HP, "2", "Rà soát, sửa đổi các văn bản quy phạm pháp luật về tinh gọn bộ máy",
                  ["Các sở, ban, ngành và địa phương"], ["Sở Tư pháp"], deadline="Năm 2025-2026", line=806, **groups),
        make_task(HP, "3", "Rà soát, hoàn thiện pháp luật về điều kiện đầu tư kinh doanh",
                  ["Các sở, ban, ngành và địa phương"], deadline="Hàng năm", line=852, **groups),
        make_task(HP, "4", "Tham mưu vận hành Hệ thống tiếp nhận phản ánh, kiến nghị về văn bản", ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=1267, **groups),
        make_task(HP, "5", "Ứng dụng trí tuệ nhân tạo trong rà soát văn bản", ["Sở Khoa học và Công nghệ"],
                  deadline="Năm 2026", line=1300, **groups),
        make_task(HP, "6", "Xây dựng cơ sở dữ liệu lớn về pháp luật của thành phố", ["Sở Tư pháp"],
                  deadline="Năm 2027", line=1320, **groups),
        make_task(HP, "7", "Đẩy mạnh chuyển đổi số trong phổ biến, giáo dục pháp luật", ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=1340, **groups),
        make_task(HCM, "a", "Tổ chức Tháng hành động vì bình đẳng giới năm 2025", ["Sở Nội vụ"],
                  deadline="Từ ngày 15/11/2025 đến ngày 15/12/2025", line=229, group_title="Nhiệm vụ"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_title_named_by_its_head(plans):
    _, _, out = ask_view(
        plans, "Nhóm giải pháp tạo đột phá trong thi hành pháp luật của Hải Phòng gồm những nội dung nào?"
    )
    assert not out.abstained and out.strategy == "section"
    assert "phát huy cao độ tinh thần phục vụ" in out.text and "Ưu tiên bảo đảm hiệu quả" in out.text


def test_two_sentences_asked_each_alone(plans):
    _, _, out = ask_view(
        plans, "Kế hoạch của Hải Phòng có nhóm riêng về hợp tác quốc tế không? Liệt kê các nội dung của nhóm "
        "giải pháp tạo đột phá trong thi hành pháp luật."
    )  # fmt: skip
    assert not out.abstained
    assert "phát huy cao độ tinh thần phục vụ" in out.text


def test_three_things_the_last_up_to_where(plans):
    _, _, out = ask_view(
        plans,
        "Hải Phòng giao những nhiệm vụ nào về chuyển đổi số, trí tuệ nhân tạo, dữ liệu lớn trong phụ lục?",
    )
    assert not out.abstained
    for name in ("Ứng dụng trí tuệ nhân tạo", "cơ sở dữ liệu lớn", "Đẩy mạnh chuyển đổi số"):
        assert name in out.text


@pytest.mark.parametrize(
    "question",
    [
        "Những nhiệm vụ nào trong phụ lục Hải Phòng có thời gian thực hiện không phải là thường xuyên?",
        'In Hai Phong\'s plan appendix, which tasks have a completion time other than "Thường xuyên" (ongoing)?',
    ],
)
def test_period_set_aside(plans, question):
    _, _, out = ask_view(plans, question)
    assert not out.abstained and out.meta["count"] == 4
    assert "Quán triệt Nghị quyết" not in out.text and "Tham mưu vận hành" not in out.text
    assert "Năm 2025-2026" in out.text and "Năm 2027" in out.text


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Trong phụ lục Hải Phòng, những nhiệm vụ nào không do các sở, ban, ngành và địa phương chủ trì?", 4),
        ("In Hai Phong's plan appendix, which tasks are NOT led by the Department of Justice?", 4),
        ("Những nhiệm vụ nào của Hải Phòng không do Sở Tư pháp chủ trì trong năm 2026?", 2),
    ],
)
def test_rows_a_body_is_not_named_in(plans, question, count):
    _, _, out = ask_view(plans, question)
    assert not out.abstained and out.meta["count"] == count, out.text


def test_time_falls_in_a_year(plans):
    from assistant.understand import understand

    question = "Trong kế hoạch tổng kiểm kê tài sản công, những việc nào có thời hạn rơi vào năm 2027?"
    assert "rơi" not in understand(question).topic  # (a time asked, no thing the rows must name)
    _, _, out = ask_view(plans, "Trong kế hoạch của Hải Phòng, những việc nào có thời hạn rơi vào năm 2027?")
    assert not out.abstained and out.meta["count"] == 1 and "cơ sở dữ liệu lớn" in out.text


def test_assigned_to_do_asks_duties():
    from assistant.duties import asks_duties
    from assistant.understand import understand

    assert asks_duties(
        understand("Under Resolution 394, what is the Ministry of Industry and Trade assigned to do?")
    )


BN = "kh_kinh_te_so_bacninh.txt"
SECTOR = "IV. PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC"
ORGANISE = "VI. TỔ CHỨC THỰC HIỆN"


@pytest.fixture(scope="module")
def sectors() -> IndexView:
    docs = [Document(BN, "Kế hoạch phát triển kinh tế số, xã hội số", "Kế hoạch", number="144/KH-UBND",
                     province="Bắc Ninh")]  # fmt: skip
    clauses = [
        Clause(BN, "IV", "Mục IV", (), (511, 516), SECTOR),
        Clause(BN, "IV.1", "Mục IV, khoản 1", (SECTOR,), (518, 520), "1. Nông nghiệp và Môi trường"),
        Clause(BN, "IV.2", "Mục IV, khoản 2", (SECTOR,), (599, 601), "2. Du lịch và Văn hóa"),
        Clause(BN, "IV.2.a", "Mục IV, khoản 2, điểm a", (SECTOR, "2. Du lịch và Văn hóa"), (603, 605),
               "a) Xây dựng hệ thống dữ liệu du lịch thống nhất toàn tỉnh."),
        Clause(BN, "VI", "Mục VI", (), (1100, 1100), ORGANISE),
        Clause(BN, "VI.3", "Mục VI, khoản 3", (ORGANISE,), (1145, 1149),
               "3. Sở Nông nghiệp và Môi trường Chủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch."),
        Clause(BN, "VI.4", "Mục VI, khoản 4", (ORGANISE,), (1151, 1155),
               "4. Sở Văn hóa, Thể thao và Du lịch Chủ trì triển khai các nhiệm vụ tại mục (IV) (2) của Kế hoạch."),
        Clause(BN, "VI.17", "Mục VI, khoản 17", (ORGANISE,), (1275, 1276), "17. Chi cục Hải quan khu vực V"),
        Clause(BN, "VI.17.a", "Mục VI, khoản 17, điểm a", (ORGANISE, "17. Chi cục Hải quan khu vực V"), (1277, 1279),
               "a) Chủ trì triển khai các nhiệm vụ tại mục (IV)(2)(a);"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Theo Kế hoạch 144 Bắc Ninh, những sở nào được giao chủ trì triển khai các nhiệm vụ tại mục IV?",
        "Which agencies does Bac Ninh's Plan 144/KH-UBND assign to lead the sector sections of Part IV?",
    ],
)
def test_leads_given_by_reference_to_a_section(sectors, question):
    _, _, out = ask_view(sectors, question)
    assert not out.abstained and out.strategy == "reference_leads" and out.meta["count"] == 3
    for body in (
        "Sở Nông nghiệp và Môi trường",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Chi cục Hải quan khu vực V",
    ):
        assert body in out.text
    assert [c.lines for c in out.citations][:3] == [(1145, 1149), (1151, 1155), (1277, 1279)]


def test_only_sentences_that_ask_are_asked_alone():
    from assistant.strategies import _sentences
    from assistant.understand import understand

    assert (
        _sentences(understand("Who signed Vĩnh Long's Decision 1218/QĐ-UBND? I need the person's name."))
        is None
    )
    parts = _sentences(
        understand(
            "Kế hoạch của Phú Thọ có nhóm riêng về hợp tác quốc tế không? Liệt kê các nhóm nhiệm vụ của kế hoạch."
        )
    )
    assert parts is not None and [p.question[:9] for p in parts] == ["Kế hoạch ", "Liệt kê c"]


QN = "qd_kiem_ke_quangngai.txt"


def test_prose_task_time_is_listed_as_printed():
    from dataclasses import replace

    docs = [Document(QN, "Kế hoạch tổng kiểm kê tài sản công", "Quyết định", number="1627/QĐ-UBND",
                     province="Quảng Ngãi")]  # fmt: skip
    text = "- Tổng hợp kết quả kiểm kê, báo cáo gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026."
    clauses = [Clause(QN, "1.2.-2", "Mục 1, tiểu mục 1.2, ý 2", ("1.2. Sở Tài chính",), (242, 244), text)]
    task = replace(
        make_task(QN, "242", "Tổng hợp kết quả kiểm kê, báo cáo gửi Bộ Tài chính.", ["Sở Tài chính"],
                  deadline="Trước ngày 31/5/2026.", line=242, group="1.2"),
        source="prose",
    )  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, [task]))
    _, _, out = ask_view(view, "Trong kế hoạch của Quảng Ngãi, những việc nào có thời hạn năm 2026?")
    assert not out.abstained and "Thời gian hoàn thành: Trước ngày 31/5/2026." in out.text
    _, _, out = ask_view(view, "Which tasks of Quang Ngai's plan are due in 2026?")
    assert "Thời gian hoàn thành: Trước ngày 31/5/2026." in out.text


def test_rows_that_leave_a_column_empty_asked_of_one_task(plans):
    _, _, out = ask_view(plans, "Trong phụ lục Hải Phòng, nhiệm vụ nào không ghi cơ quan phối hợp?")
    assert out.strategy == "cell_listing" and out.meta["count"] == 6
    assert "Rà soát, sửa đổi các văn bản" not in out.text


def test_ke_ten_is_the_form_of_the_ask():
    from assistant.understand import understand

    assert (
        "tên"
        not in understand("Nhóm tạo đột phá trong thi hành pháp luật có bao nhiêu nhiệm vụ? Kể tên.").topic
    )


def test_addressees_of_a_letter_named_by_its_issuer():
    view = letter_view()
    question = (
        "Công văn dự thảo của Ban Thường vụ Tỉnh ủy Hà Tĩnh giao nhiệm vụ cho những tổ chức, cá nhân nào?"
    )
    _, _, out = ask_view(view, question)
    assert out.strategy == "addressees" and out.meta["count"] == 3
    assert "Đảng đoàn Hội đồng nhân dân tỉnh" in out.text and "Ban Tuyên giáo và Dân vận Tỉnh ủy" in out.text


def test_the_plan_named_by_what_it_carries_out():
    from assistant.matching import without_document_names
    from assistant.understand import understand

    doc = Document(HP, "Kế hoạch hành động thực hiện Nghị quyết số 140/NQ-CP", "Kế hoạch", province="Hải Phòng",
                   implements=("140/NQ-CP", "66-NQ/TW"))  # fmt: skip
    docs = {HP: doc}
    named = understand(
        "Hải Phòng đặt mục tiêu gì đến năm 2028 trong kế hoạch hành động thực hiện Nghị quyết 140/NQ-CP?"
    )
    assert "140" not in without_document_names(named, docs, {HP}).topic
    made = understand("Hải Phòng giao ai ban hành kế hoạch thực hiện Nghị quyết 140/NQ-CP?")
    assert "140" in without_document_names(made, docs, {HP}).topic


def test_times_set_in_a_part_named():
    vl = "kh_vinhlong.txt"
    organise = "V. TỔ CHỨC THỰC HIỆN"
    docs = [Document(vl, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Vĩnh Long")]
    clauses = [
        Clause(vl, "V", "Mục V", (), (566, 566), organise),
        Clause(vl, "V.1", "Mục V, khoản 1", (organise,), (568, 578),
               "1. Các sở, ban, ngành tỉnh xây dựng kế hoạch thực hiện Nghị quyết trong tháng 6 năm 2025."),
        Clause(vl, "V.2", "Mục V, khoản 2", (organise,), (580, 590),
               "2. Các sở, ban, ngành tỉnh rà soát các chương trình đã ban hành, hoàn thành trong năm 2025."),
        Clause(vl, "V.3", "Mục V, khoản 3", (organise,), (592, 600),
               "3. Định kỳ 6 tháng báo cáo kết quả về Sở Tư pháp trước ngày 05/6 và trước ngày 25/11."),
        Clause(vl, "V.4", "Mục V, khoản 4", (organise,), (602, 604),
               "4. Sở Tư pháp theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    question = "Theo phần tổ chức thực hiện kế hoạch của Vĩnh Long, các sở, ban, ngành phải đáp ứng những mốc thời gian nào?"
    _, _, out = ask_view(view, question)
    assert not out.abstained and out.meta["count"] == 3
    assert [c.lines for c in out.citations] == [(568, 578), (580, 590), (592, 600)]


def test_things_named_with_no_question_word_are_several():
    from assistant.understand import understand

    assert understand("cac thu tuc hanh chinh linh vuc bao chi duoc sua doi theo QD 2031 cao bang").plural
    assert understand("Các nhiệm vụ Sở Tư pháp chủ trì năm 2026").plural
    assert not understand("Thủ tục cấp giấy phép xuất bản bản tin mất bao lâu?").plural


def test_every_step_asked_lists_the_steps():
    from assistant.listing import asks_steps
    from assistant.understand import understand

    assert asks_steps(
        understand("In procedure no. 01, which unit performs each step and how long does each take?")
    )
    assert asks_steps(understand("Quy trình số 01: từng bước do đơn vị nào thực hiện?"))


def test_review_findings_of_the_fifty_first_session():
    """A review of the forty-eighth to fiftieth sessions' changes found these; each is checked here."""
    from assistant.listing import deadline_fits, group_markers, output_values, topic_alternatives
    from assistant.understand import understand

    # groups typed in small letters, and a group named after a range
    assert group_markers("trong nhom nhiem vu ii va iii cua phu luc") == {"II", "III"}
    assert group_markers("nhóm I đến III và V") == {"I", "II", "III", "V"}
    # "Quý I/năm 2026" is a quarter of one year, not a yearly time
    yearly = understand("Những nhiệm vụ nào được thực hiện hằng năm?")
    assert not deadline_fits("Quý I/năm 2026", yearly) and not deadline_fits("Tháng 6/năm 2025", yearly)
    assert deadline_fits("Hằng năm", yearly)
    # "results" names no output
    assert output_values("Which Ha Tinh plan tasks deliver results in 2026?") == ()
    assert output_values("Which Ha Tinh appendix tasks produce a report?") == ("bao cao",)
    # three things listed before the question says where
    asked = understand(
        "Những nhiệm vụ nào về chuyển đổi số, ứng dụng trí tuệ nhân tạo và dữ liệu lớn trong kế hoạch Vĩnh Long?"
    )
    assert topic_alternatives(asked) == ["chuyen doi so", "ung dung tri tue nhan tao", "du lieu lon"]


def test_count_comparison_of_a_topic(plans):
    from dataclasses import replace

    from assistant.count_compare import answer_count_compare, asks_count_compare
    from assistant.understand import understand

    query = understand(
        "Số nhiệm vụ về trí tuệ nhân tạo trong kế hoạch của Hải Phòng và Hồ Chí Minh là bao nhiêu?"
    )
    query = replace(query, intent="compare", provinces=("Hải Phòng", "Hồ Chí Minh"))
    counted = answer_count_compare(plans, query, None)
    assert counted is not None and "Hải Phòng: 1 nhiệm vụ" in counted.text, counted
    digital = understand("So sánh nhiệm vụ chuyển đổi số hoạt động tư pháp của Hà Tĩnh và Vĩnh Long")
    assert not asks_count_compare(digital)


def test_spans_set_aside_stay_out():
    from assistant.listing import deadline_fits
    from assistant.understand import understand

    exact = understand(
        "Những nhiệm vụ nào ghi đúng là năm 2025 hoặc năm 2026 (không tính các mốc kéo dài 2025-2026)?"
    )
    assert not deadline_fits("Năm 2025-2026", exact) and deadline_fits("Năm 2026", exact)
    span = understand("Những nhiệm vụ nào thuộc giai đoạn 2025-2026?")
    assert deadline_fits("Năm 2025-2026", span)
