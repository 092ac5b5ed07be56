"""Rules of the fifty-ninth session, on hand-made records: a body's rows that leave a column empty ("Sở Tư pháp
chủ trì những nhiệm vụ nào không ghi cơ quan phối hợp?", "… carry out on its own, with no coordinating body
listed"), the role it leads in not read from the column asked empty; "không có / chưa xác định thời gian cụ
thể" is no specific time (which "Thường xuyên" is too), not an empty time cell.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import blank_column
from assistant.understand import understand
from indexer.records import Document
from indexer.text import fold
from tests.records import ask_view, make_task

HT = "kh_ha_tinh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(HT, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="280/KH-UBND",
                 province="Hà Tĩnh"),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Hướng dẫn, kiểm soát chặt chẽ quy trình ban hành văn bản", ["Sở Tư pháp"],
                  deadline="Thường xuyên", output="Văn bản", line=100),
        make_task(HT, "2", "Ban hành Kế hoạch xây dựng văn bản hằng năm", ["Sở Tư pháp"],
                  coordinating=["Sở Nội vụ"], deadline="Quý I hằng năm", output="Kế hoạch", line=110),
        make_task(HT, "3", "Tổ chức đoàn kiểm tra công tác thi hành văn bản", ["Sở Tư pháp"],
                  deadline="Năm 2026", output="Báo cáo", line=120),
        make_task(HT, "4", "Rà soát văn bản phục vụ sắp xếp bộ máy", ["Sở Nội vụ"],
                  coordinating=["Sở Tư pháp"], deadline="Năm 2026", output="Báo cáo", line=130),
        make_task(HT, "5", "Tổ chức hội nghị tuyên truyền pháp luật", ["Sở Văn hóa"],
                  deadline="Hằng năm", line=140),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def _listed(outcome) -> str:
    return outcome.text if outcome else ""


@pytest.mark.parametrize(
    "question",
    [
        "Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào không có cơ quan phối hợp?",
        "Which tasks in the Hà Tĩnh plan does the Department of Justice carry out on its own, with no "
        "coordinating body listed?",
        "so tu phap ha tinh chu tri nhiem vu nao khong ghi co quan phoi hop",
    ],
)
def test_a_bodys_rows_that_leave_the_coordinating_cell_empty(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.role == "lead"
    text = _listed(outcome)
    assert "kiểm soát chặt chẽ" in text and "đoàn kiểm tra" in text
    # its row with a coordinating body, and the row it coordinates on, are not listed
    assert "Ban hành Kế hoạch xây dựng" not in text and "sắp xếp bộ máy" not in text
    assert text.splitlines()[0].split()[1:3] in (["2", "nhiệm"], ["are", "2"])


def test_none_of_a_bodys_rows_leaves_the_cell_empty(view):
    _, _, outcome = ask_view(view, "Sở Nội vụ Hà Tĩnh chủ trì nhiệm vụ nào không ghi cơ quan phối hợp?")
    assert outcome.abstained
    assert "Không có nhiệm vụ nào do Sở Nội vụ chủ trì" in outcome.text and "(1)" in outcome.text
    # (not the row it coordinates on, offered instead)
    assert "ban hành" not in outcome.text.lower()


def test_a_bodys_rows_with_no_output(view):
    _, _, outcome = ask_view(view, "Which tasks led by the Department of Justice of Hà Tĩnh give no output?")
    # (every row of its own prints an output: none, said so)
    assert outcome.abstained and "every one of those rows (3)" in outcome.text


@pytest.mark.parametrize(
    "question, field",
    [
        ("những nhiệm vụ nào không ghi cơ quan phối hợp?", "coordinating"),
        ("Which tasks have no deadline?", "deadline"),
        ("nhiệm vụ nào chưa có thời hạn?", "deadline"),
        # no specific time is not an empty time cell
        ("nhiệm vụ nào không có thời hạn cụ thể?", ""),
        ("nhiệm vụ nào chưa xác định thời gian thực hiện cụ thể?", ""),
    ],
)
def test_blank_column_and_no_specific_time(question, field):
    assert blank_column(question) == field


@pytest.mark.parametrize(
    "question",
    [
        "nhiệm vụ nào của Hà Tĩnh chưa xác định thời gian cụ thể?",
        "Sở Tư pháp Hà Tĩnh chủ trì nhiệm vụ nào không có thời hạn cụ thể?",
    ],
)
def test_no_specific_time_sets_specific_years_aside(view, question):
    query = understand(question, documents=view.docs.values(), agency_names=view.printed_agencies)
    assert "năm cụ thể" in query.periods_set_aside and "năm cụ thể" not in query.periods


def test_a_body_with_no_specific_time_lists_its_ongoing_and_yearly_rows(view):
    _, _, outcome = ask_view(view, "Sở Tư pháp Hà Tĩnh chủ trì nhiệm vụ nào không có thời hạn cụ thể?")
    text = _listed(outcome)
    assert "kiểm soát chặt chẽ" in text and "Ban hành Kế hoạch xây dựng" in text
    assert "đoàn kiểm tra" not in text  # (Năm 2026)


# --- reading of the question ------------------------------------------------------------------------------


def _read(view, question):
    return understand(question, documents=view.docs.values(), agency_names=view.printed_agencies)


@pytest.mark.parametrize(
    "question",
    [
        "Which tasks in the Ha Tinh plan does the Department of Justice handle on its own, with no coordinating "
        "agency named?",
        "Which tasks does the Department of Justice of Ha Tinh handle?",
    ],
)
def test_a_bodys_doing_is_no_topic(view, question):
    query = _read(view, question)
    assert query.intent == "agency_tasks" and "xử lý" not in query.topic
    assert query.role == "lead"  # ("… agency named": the column asked empty, not a role)


def test_everyday_deadline_words_are_no_topic(view):
    query = _read(view, "Những việc nào trong phụ lục kế hoạch của Hà Tĩnh có hạn chót là Quý III/2025?")
    assert query.intent == "period_tasks" and "hạn chót" not in query.topic
    _, _, outcome = ask_view(view, "Những việc nào của Hà Tĩnh có hạn chót là năm 2026?")
    assert "đoàn kiểm tra" in outcome.text and "sắp xếp bộ máy" in outcome.text


def test_a_kind_of_time_set_aside_with_ngoai(view):
    query = _read(
        view, "Trong phụ lục của Hà Tĩnh, ngoài các việc làm thường xuyên thì nhiệm vụ nào có mốc thời gian?"
    )
    assert query.periods_set_aside == ("thường xuyên",)
    _, _, outcome = ask_view(view, "Ngoài các việc thường xuyên, Hà Tĩnh có những nhiệm vụ nào?")
    assert "đoàn kiểm tra" in outcome.text and "kiểm soát chặt chẽ" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "How many priority tasks in the Ha Tinh plan are due in 2026, and which are they?",
        "Which of the priority schemes in the Ha Tinh plan are led by the Department of Justice?",
    ],
)
def test_tasks_or_schemes_with_a_word_before_them_are_listed(view, question):
    assert _read(view, question).intent in ("period_tasks", "agency_tasks")


@pytest.mark.parametrize(
    "question, plural",
    [
        ("Give me the overall solutions that the plan puts forward.", True),
        ("Show me all the measures of the plan.", True),
        ("Give me the status of the plan.", False),
    ],
)
def test_give_me_a_plural_noun_asks_several(question, plural):
    assert understand(question).plural is plural


def test_a_particle_verb_inflects_on_its_verb():
    from assistant.glossary import english_to_vietnamese

    assert "gửi" not in english_to_vietnamese("the solutions the plan puts forward")
    assert "đề xuất" in english_to_vietnamese("the solutions the plan puts forward")


@pytest.mark.parametrize(
    "question",
    [
        "For the task of building the culture sector scheme, what is supposed to come out of it in the end?",
        "What comes out of the task of building the culture sector scheme?",
    ],
)
def test_the_output_asked_in_plain_words(question):
    assert understand(question).intent == "output"


# --- an article named, a count of a section's groups, a year that names the document ------------------------

QD = "qd_du_lieu.txt"
BN = "kh_kinh_te_so.txt"
HCM = "kh_binh_dang_gioi.txt"
SOLUTIONS = "V. GIẢI PHÁP"
HCM_SOLUTIONS = "IV. GIẢI PHÁP THỰC HIỆN"


@pytest.fixture(scope="module")
def texts() -> IndexView:
    from indexer.records import Clause

    docs = [
        Document(QD, "Quy định về chia sẻ dữ liệu trong các cơ quan đảng", "Quy định", number="384-QĐ/TW",
                 province="Trung ương", issuer="Ban Bí thư"),
        Document(BN, "Kế hoạch phát triển kinh tế số, xã hội số tỉnh Bắc Ninh giai đoạn 2026-2030", "Kế hoạch",
                 number="144/KH-UBND", province="Bắc Ninh"),
        Document(HCM, "Kế hoạch triển khai các nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực bình đẳng giới",
                 "Kế hoạch", number="174/KH-UBND", province="Hồ Chí Minh"),
    ]  # fmt: skip
    art = "Điều 18. Trách nhiệm của các cơ quan, tổ chức"
    office = "2. Văn phòng Trung ương Đảng có trách nhiệm:"
    clauses = [
        Clause(QD, "Điều 18", "Điều 18", (), (508, 509), art),
        Clause(QD, "Điều 18.2", "Điều 18, khoản 2", (art,), (521, 521), office),
        Clause(QD, "Điều 18.2.a", "Điều 18, khoản 2, điểm a", (art, office), (523, 527),
               "a) Chủ trì, phối hợp với các cơ quan đảng tổ chức triển khai việc chia sẻ dữ liệu."),
        Clause(QD, "Điều 18.2.b", "Điều 18, khoản 2, điểm b", (art, office), (529, 531),
               "b) Chủ trì xây dựng, ban hành Khung kiến trúc dữ liệu trong các cơ quan đảng."),
        Clause(BN, "V", "Mục V", (), (922, 922), SOLUTIONS),
        *[
            Clause(BN, f"V.{i}", f"Mục V, khoản {i}", (SOLUTIONS,), (920 + 10 * i, 921 + 10 * i), text)
            for i, text in enumerate(["1. Tổ chức, bộ máy", "2. Hợp tác trong nước", "3. Bảo đảm kinh phí"], start=1)
        ],
        Clause(HCM, "IV", "Mục IV", (), (364, 365), HCM_SOLUTIONS),
        *[
            Clause(HCM, f"IV.{i}", f"Mục IV, khoản {i}", (HCM_SOLUTIONS,), (360 + 6 * i, 364 + 6 * i), text)
            for i, text in enumerate([
                "1. Đẩy mạnh công tác truyền thông nâng cao nhận thức về bình đẳng giới.",
                "2. Ưu tiên bố trí ngân sách cho các hoạt động của Kế hoạch.",
            ], start=1)
        ],
    ]  # fmt: skip
    tasks = [
        make_task(QD, "2", "Dữ liệu văn bản điều hành tác nghiệp", ["Văn phòng Trung ương Đảng"], line=679),
        make_task(QD, "3", "Dữ liệu lịch làm việc", ["Văn phòng Trung ương Đảng"], line=682),
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Điều 18 QĐ 384 giao Văn phòng Trung ương Đảng chủ trì những việc gì?",
        "Dieu 18 QD 384 giao Van phong Trung uong Dang chu tri nhung viec gi?",
    ],
)
def test_an_article_named_gives_its_own_duties_not_the_rows(texts, question):
    _, _, outcome = ask_view(texts, question)
    assert "Khung kiến trúc dữ liệu" in outcome.text
    assert "Dữ liệu lịch làm việc" not in outcome.text


def test_without_the_article_the_rows_are_listed(texts):
    _, _, outcome = ask_view(texts, "QĐ 384 giao Văn phòng Trung ương Đảng chủ trì những nhiệm vụ nào?")
    assert "Dữ liệu lịch làm việc" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "KH 144 Bắc Ninh có mấy nhóm giải pháp?",
        "KH 144 Bac Ninh ve kinh te so, xa hoi so co may nhom giai phap, ke ra giup minh",
    ],
)
def test_how_many_groups_of_a_section(texts, question):
    _, _, outcome = ask_view(texts, question)
    assert "3" in outcome.text.splitlines()[0]
    assert "Hợp tác trong nước" in outcome.text and "Bảo đảm kinh phí" in outcome.text


def test_an_english_year_before_the_documents_kind_names_it(texts):
    _, _, outcome = ask_view(
        texts,
        "Give me the overall solutions that Ho Chi Minh City's end-2025 gender equality plan puts forward.",
    )
    assert "Ưu tiên bố trí ngân sách" in outcome.text and "truyền thông" in outcome.text


def test_a_half_asked_apart_keeps_only_its_own_years():
    from assistant.strategies import _years_of_half

    whole = understand("Đến năm nào phải hoàn thành sửa đổi văn bản QPPL, và mục tiêu cho năm 2028 là gì?")
    first = understand("Đến năm nào phải hoàn thành sửa đổi văn bản QPPL")
    second = "mục tiêu cho năm 2028 là gì?"
    assert whole.years == (2028,)
    assert _years_of_half(whole, first, second).years == ()
    assert _years_of_half(whole, understand(second), "Đến năm nào phải hoàn thành").years == (2028,)


def test_name_all_the_data_sets_a_body_manages_lists_them(texts):
    question = (
        "Name all the data sets for which the Central Internal Affairs Commission is the managing body."
    )
    assert understand(question).intent == "agency_tasks"


# --- rows not led only by a collective ---------------------------------------------------------------------

HP = "kh_hai_phong.txt"
ALL = "Các sở, ban, ngành và địa phương"


@pytest.fixture(scope="module")
def collective() -> IndexView:
    docs = [Document(HP, "Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch",
                     number="123/KH-UBND", province="Hải Phòng")]  # fmt: skip
    tasks = [
        make_task(HP, "1", "Tham gia quán triệt Nghị quyết số 66-NQ/TW", [ALL], deadline="Thường xuyên", line=638),
        make_task(HP, "2", "Quán triệt, phổ biến Nghị quyết theo từng nhóm đối tượng",
                  ["Trung tâm báo chí và Truyền thông thành phố", ALL], coordinating=["Sở Tư pháp"], line=659),
        make_task(HP, "3", "Vận hành hệ thống tiếp nhận phản ánh, kiến nghị về văn bản", ["Sở Tư pháp"], line=1267),
        make_task(HP, "4", "Rà soát văn bản quy phạm pháp luật", [ALL], coordinating=["Sở Tư pháp"], line=700),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Which Hải Phòng appendix tasks are led by a named body rather than only by the generic 'departments, "
        "agencies and localities'?",
        "Những nhiệm vụ nào trong phụ lục Hải Phòng không chỉ do các sở, ban, ngành và địa phương chủ trì?",
    ],
)
def test_rows_led_by_someone_besides_a_collective(collective, question):
    query, _, outcome = ask_view(collective, question)
    assert query.role == "lead" and query.agencies_set_aside
    assert "theo từng nhóm đối tượng" in outcome.text and "tiếp nhận phản ánh" in outcome.text
    assert "Tham gia quán triệt" not in outcome.text and "Rà soát văn bản" not in outcome.text


def test_rows_not_led_by_a_collective_said_in_another_of_its_forms(collective):
    # ("departments, agencies and localities" is glossed "các sở, ngành, địa phương", a variant of the name)
    _, _, outcome = ask_view(
        collective, "Which Hải Phòng tasks are not led by the departments, agencies and localities?"
    )
    assert "tiếp nhận phản ánh" in outcome.text
    assert "theo từng nhóm đối tượng" not in outcome.text and "Rà soát văn bản" not in outcome.text


def test_led_by_is_the_lead_role():
    from assistant.understand import _role

    assert _role("which tasks are led by a named body") == "lead"


# --- a compared document named by the words of its title after "về", or in English before "plan" -----------------

BNK = "kh_bac_ninh.txt"
DT = "kh_dong_thap.txt"


@pytest.fixture(scope="module")
def two_plans() -> IndexView:
    docs = [
        Document(BNK, "Kế hoạch phát triển kinh tế số, xã hội số giai đoạn 2026-2030", "Kế hoạch",
                 number="144/KH-UBND", province="Bắc Ninh"),
        Document(DT, "Kế hoạch hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa, hợp tác xã", "Kế hoạch",
                 number="617/KH-UBND", province="Đồng Tháp"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], []))


@pytest.mark.parametrize(
    "question",
    [
        "Thời hạn báo cáo hằng năm của Kế hoạch 144 Bắc Ninh về kinh tế số và Kế hoạch 617 Đồng Tháp về chuyển đổi "
        "số doanh nghiệp nhỏ và vừa khác nhau thế nào?",
        "How do the annual reporting deadlines compare between Bac Ninh's digital economy plan (KH 144/KH-UBND) and "
        "Dong Thap's SME digital transformation plan (KH 617/KH-UBND)?",
    ],
)
def test_the_words_naming_each_compared_plan_are_no_topic_of_either_side(two_plans, question):
    from assistant.compare import _side_topic

    query = _read(two_plans, question)
    both = {BNK, DT}
    for side in (BNK, DT):
        topic = fold(_side_topic(two_plans, query.topic, {side}, both, query))
        assert "bao cao" in topic and "hang nam" in topic
        assert "doanh nghiep" not in topic and "kinh te" not in topic


# --- near misses the review found: each must read as it did before the session's rules -------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which tasks does the Department of Justice lead in the Ha Tinh plan? Leave out the coordinating ones.",
        "Which tasks led by the Department of Justice in Ha Tinh lack a deadline in years?",
        "Which Ha Tinh tasks does the Department of Justice lead with no support from the Department of Home Affairs?",
        "Sở Tư pháp Hà Tĩnh không được giao chủ trì những nhiệm vụ nào?",
    ],
)
def test_a_bodys_role_words_that_ask_no_empty_cell(question):
    assert blank_column(question, of_body=True) == ""


def test_a_bodys_own_column_named_empty_is_read():
    assert blank_column("Sở Tư pháp chủ trì những nhiệm vụ nào không ghi cơ quan phối hợp?", of_body=True)
    assert blank_column("… does it handle on its own, with no coordinating agency named?", of_body=True)


@pytest.mark.parametrize(
    "question, aside",
    [
        (
            "Which Ha Tinh tasks are led by the Department of Finance rather than the Department of Justice?",
            False,
        ),
        ("Những nhiệm vụ nào không chỉ do Sở Tư pháp chủ trì mà còn có cơ quan khác cùng chủ trì?", False),
        ("Những nhiệm vụ nào không chỉ do các sở, ban, ngành và địa phương chủ trì?", True),
    ],
)
def test_only_a_collective_is_set_aside_by_rather_than_or_khong_chi(question, aside):
    assert understand(question).agencies_set_aside is aside


def test_a_listing_that_says_khong_chi_elsewhere_is_no_only_ask(view):
    _, _, outcome = ask_view(
        view, "Liệt kê các nhiệm vụ không do Sở Tư pháp Hà Tĩnh chủ trì, không chỉ tên mà cả thời gian."
    )
    assert "sắp xếp bộ máy" in outcome.text and "đoàn kiểm tra" not in outcome.text
    assert "không chỉ" not in outcome.text.splitlines()[0]


def test_led_by_with_a_coordinating_role_reads_as_before():
    from assistant.understand import _role

    assert _role(
        "which tasks does the department of justice coordinate that are led by the department of finance"
    ) == ("coordinating")


def test_a_year_said_as_a_period_before_the_plan_is_no_name_of_it(texts):
    from assistant.listing import document_years

    query = _read(texts, "Which tasks are due in 2025 under the Ho Chi Minh City gender equality plan?")
    assert document_years(texts, query, {HCM}) == ()


@pytest.mark.parametrize(
    "question",
    [
        "Theo Điều 18 Quy định 384, Văn phòng Trung ương Đảng là cơ quan chủ quản những dữ liệu nào?",
        "Theo Điều 18 QĐ 384, Văn phòng Trung ương Đảng chủ trì những nhiệm vụ nào trong phụ lục?",
    ],
)
def test_an_article_named_beside_rows_or_data_asked_lists_the_rows(texts, question):
    _, _, outcome = ask_view(texts, question)
    assert "Dữ liệu lịch làm việc" in outcome.text


def test_tell_me_who_does_is_no_plural_ask():
    assert not understand(
        "Tell me who drafts the resolution dissolving the Institute for Legislative Studies."
    ).plural


@pytest.mark.parametrize(
    "question, aside",
    [
        ("Ngoài các việc thường xuyên, Hà Tĩnh có những nhiệm vụ nào?", ("thường xuyên",)),
        ("Ngoài tập huấn hằng năm, Sở Tư pháp Hà Tĩnh còn chủ trì những nhiệm vụ nào?", ()),
    ],
)
def test_ngoai_sets_aside_a_kind_of_time_not_one_activity(question, aside):
    assert understand(question).periods_set_aside == aside


@pytest.mark.parametrize(
    "question, kind",
    [
        ("bao lau thi cac cap uy phai ra soat, danh gia va bao cao ket qua thuc hien NQ 66?", None),
        ("Bao lâu thì phải hoàn thành việc rà soát văn bản?", "duration"),
        ("Phải thông báo trước bao lâu?", "duration"),
    ],
)
def test_how_often_a_recurring_duty_is_no_length_of_time(question, kind):
    assert understand(question).answer_type == kind


def test_help_out_on_is_the_coordinating_role_not_a_topic():
    query = understand(
        "Which tasks of Decision 2597 does the Ministry of Science and Technology help out on?"
    )
    assert query.role == "coordinating" and "hỗ trợ" not in query.topic
