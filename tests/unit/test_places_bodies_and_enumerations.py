"""Who goes to which province under a national document, bodies named bare in a list with a known one, who
carries out a task written as prose (its label's value as printed), rows "not led by X alone", a quote of two
sentences that stops inside an enumeration going on with it, the points of a short list quoted whole, a time "other
than plain …", the body whose unit is asked, and what each department does — on hand-made records and on the
question rules."""

from __future__ import annotations

import pytest

from assistant import compose
from assistant.compose import CitationList
from assistant.evidence import Terms, split_sentences
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import _printed_bodies
from assistant.matches import SentenceMatch
from assistant.special import state_items, sub_items
from assistant.statement import _enumeration
from indexer.records import Clause, Document, Task
from tests.records import ask_view, make_task, read_view

CD = "cd_227.txt"
HCM = "kh_174_hcm.txt"
QD = "qd_2597.txt"
BXD = "Bộ Xây dựng"


@pytest.fixture(scope="module")
def national() -> IndexView:
    docs = [
        Document(CD, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 issuer="Thủ tướng Chính phủ", national=True),
        Document(QD, "Quyết định phê duyệt Đề án chuyển đổi số kết cấu hạ tầng xây dựng", "Quyết định",
                 number="2597/QĐ-TTg", issuer="Thủ tướng Chính phủ", national=True),
    ]  # fmt: skip
    clauses = [
        Clause(CD, "preamble", "Phần mở đầu", (), (30, 32),
               "Vừa qua tại khu vực Nam Trung Bộ đã xảy ra mưa lũ đặc biệt lớn, nhất là tại các tỉnh Đắk Lắk, "
               "Khánh Hòa, Gia Lai và Lâm Đồng.", kind="preamble"),
        Clause(CD, "14", "Mục 14", (), (174, 179),
               "14. Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi thường xuyên tình hình, trực "
               "tiếp chỉ đạo công tác khắc phục hậu quả mưa lũ tại các địa phương, cụ thể: Phó Thủ tướng Nguyễn Hòa "
               "Bình tỉnh Đắk Lắk, Phó Thủ tướng Nguyễn Thành Long tỉnh Gia Lai."),
    ]  # fmt: skip
    tasks = [
        make_task(QD, "1", "Rà soát toàn diện các luật, nghị định về đầu tư xây dựng", [BXD], line=545),
        make_task(QD, "2", "Đầu tư hạ tầng công nghệ thông tin đồng bộ từ trung ương đến địa phương",
                  [BXD, "Các địa phương"], group="III", line=731),
        make_task(QD, "3", "Hợp tác đầu tư và tài chính, thu hút vốn ODA", ["Bộ Tài chính"], [BXD], group="VII",
                  line=1050),
        make_task(QD, "4", "Tuyên truyền, phổ biến Đề án đến cán bộ, công chức", ["Các bộ, ngành"], group="VII",
                  line=1070),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Which Deputy Prime Minister was assigned to oversee flood recovery in each province under Dispatch 227/CĐ-TTg?",
        "Under Official Dispatch 227/CĐ-TTg, which Deputy Prime Minister is assigned to oversee which province?",
    ],
)
def test_who_goes_to_each_province_of_a_national_document_asks_a_place(national, question):
    query, _ = read_view(national, question)
    assert query.answer_type == "place" and query.intent == "fact"


@pytest.mark.parametrize(
    "question",
    [
        "What must each province do to restore production under Dispatch 227/CĐ-TTg?",  # what each one must do
        "Which Deputy Prime Minister leads the inspection under Dispatch 227/CĐ-TTg?",  # no province asked
        "Which ministries must help the localities restore production in each province under Dispatch 227/CĐ-TTg?",
    ],
)
def test_what_each_province_must_do_is_no_place(national, question):
    query, _ = read_view(national, question)
    assert query.answer_type != "place"


def test_rows_not_led_by_a_body_alone_keep_its_joint_rows(national):
    question = "In the appendix of Decision 2597/QĐ-TTg, which tasks are not led by the Ministry of Construction alone?"
    _, _, outcome = ask_view(national, question)
    assert "hạ tầng công nghệ thông tin" in outcome.text and "vốn ODA" in outcome.text, outcome.text
    assert "Rà soát toàn diện" not in outcome.text
    assert "Tuyên truyền, phổ biến Đề án" in outcome.text  # (a collective's row: not the body's alone)


def test_rows_not_led_by_a_body_leave_out_its_joint_rows(national):
    _, _, outcome = ask_view(national, "In the appendix of Decision 2597/QĐ-TTg, which tasks are not led by the Ministry of Construction?")  # fmt: skip
    assert "vốn ODA" in outcome.text and "hạ tầng công nghệ thông tin" not in outcome.text, outcome.text


def _prose_task(name, lead, coordinating, lines, lead_text="") -> Task:
    return Task(
        doc=HCM, group="1", group_title="Nâng cao nhận thức", number="a", name=name, lead=tuple(lead),
        coordinating=tuple(coordinating), output=None, deadline=None, lines=lines,
        lead_text=lead_text or "; ".join(lead), coordinating_text="; ".join(coordinating), lead_ids=tuple(lead),
        coordinating_ids=tuple(coordinating), source="prose",
    )  # fmt: skip


PARTNERS = "các sở, ban, ngành, đoàn thể Thành phố và các đơn vị có liên quan"


@pytest.fixture(scope="module")
def prose() -> tuple[IndexView, list[Task]]:
    docs = [Document(HCM, "Kế hoạch tổ chức Tháng hành động", "Kế hoạch", number="174/KH-UBND",
                     province="Hồ Chí Minh")]  # fmt: skip
    clauses = [
        Clause(HCM, "III.1.a", "Mục III, khoản 1, điểm a", (), (292, 292), "a) Hoạt động 1"),
        Clause(HCM, "III.1.a.1", "Mục III, khoản 1, điểm a, ý 1", (), (294, 296),
               "- Nội dung: Triển khai Tháng hành động và hưởng ứng Ngày Quốc tế."),
        Clause(HCM, "III.1.a.2", "Mục III, khoản 1, điểm a, ý 2", (), (298, 300),
               f"- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với {PARTNERS}."),
        Clause(HCM, "III.1.c", "Mục III, khoản 1, điểm c", (), (313, 313), "c) Hoạt động 3"),
        Clause(HCM, "III.1.c.1", "Mục III, khoản 1, điểm c, ý 1", (), (315, 317),
               "- Nội dung: Tuyên truyền trên các phương tiện truyền thông đại chúng."),
        Clause(HCM, "III.1.c.2", "Mục III, khoản 1, điểm c, ý 2", (), (319, 319), "- Cơ quan thực hiện:"),
        Clause(HCM, "III.1.c.3", "Mục III, khoản 1, điểm c, ý 3", (), (321, 323),
               f"+ Sở Văn hóa và Thể thao chủ trì, phối hợp với {PARTNERS}."),
        Clause(HCM, "III.1.c.4", "Mục III, khoản 1, điểm c, ý 4", (), (325, 328),
               "+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng quang báo thông tin giao thông."),
        Clause(HCM, "III.2", "Mục III, khoản 2", (), (330, 330), "2. Hoạt động 4"),
        Clause(HCM, "III.2.1", "Mục III, khoản 2, ý 1", (), (332, 333), "- Cơ quan chủ trì: Sở Y tế."),
    ]  # fmt: skip
    tasks = [
        _prose_task("Hoạt động 1: Triển khai Tháng hành động", ["Sở Nội vụ"], [PARTNERS], (292, 300)),
        _prose_task("Hoạt động 3: Tuyên truyền", ["Sở Văn hóa và Thể thao", "Sở Xây dựng"], [PARTNERS], (313, 328)),
        _prose_task("Hoạt động 4", ["Sở Y tế"], [], (330, 333)),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks)), tasks


def test_a_prose_task_shows_who_carries_it_out_as_printed(prose):
    view, (first, third, _) = prose
    assert _printed_bodies(view, first) == f"Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với {PARTNERS}."
    both = _printed_bodies(view, third)
    assert (
        both.startswith("Cơ quan thực hiện: + Sở Văn hóa và Thể thao chủ trì")
        and "+ Sở Xây dựng đăng tải" in both
    )
    line = compose.task_line(
        first, 1, view.docs[HCM], "vi", False, printed_bodies=_printed_bodies(view, first)
    )
    assert f"— “Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với {PARTNERS}.” [1]" in line
    assert "chủ trì: Sở Nội vụ" not in line
    english = compose.task_line(
        first, 1, view.docs[HCM], "en", False, printed_bodies=_printed_bodies(view, first)
    )
    assert "(lead: Sở Nội vụ" in english


def test_a_label_that_prints_the_lead_alone_or_a_table_row_keeps_the_cells(prose):
    view, (_, _, fourth) = prose
    assert _printed_bodies(view, fourth) == ""  # "Cơ quan chủ trì: Sở Y tế." says the lead alone
    row = make_task(HCM, "1", "Hoạt động 1: Triển khai Tháng hành động", ["Sở Nội vụ"], line=292)
    assert _printed_bodies(view, row) == ""


ENUMERATION = (
    "Trong đó tập trung thể chế kịp thời các quy định pháp luật thuộc thẩm quyền của tỉnh. Rà soát, ban hành các "
    "chính sách đặc thù của tỉnh để triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
    "đột phá, phát triển khoa học, công nghệ; Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập "
    "quốc tế; Nghị quyết số 68-NQ/TW ngày 04/5/2025 về phát triển kinh tế tư nhân và Nghị quyết số 66-NQ/TW."
)


def test_a_quote_of_two_sentences_goes_on_with_the_enumeration_its_last_one_makes():
    doc = "kh_vinh_long.txt"
    clause = Clause(doc, "III.1.1", "Mục III, khoản 1, ý 1", (), (217, 239), ENUMERATION)
    view = IndexView(
        RecordSearcher([Document(doc, "Kế hoạch", "Kế hoạch", province="Vĩnh Long")], [clause], [])
    )
    chunk = view.clause_chunks[0]
    sentences = split_sentences(chunk.text)
    at = next(i for i, s in enumerate(sentences) if "57-NQ/TW" in s)
    query, _ = read_view(
        view, "Vĩnh Long rà soát, ban hành chính sách đặc thù để triển khai những nghị quyết nào?"
    )
    for quote in (sentences[at], " ".join(sentences[at - 1 : at + 1])):  # one sentence, or two
        said = _enumeration(SentenceMatch(1.0, chunk, quote), query).quote
        assert said.startswith(quote) and "68-NQ/TW" in said and said.endswith("66-NQ/TW."), said
    # (a quote that closes its sentence stays as it is)
    assert _enumeration(SentenceMatch(1.0, chunk, sentences[0]), query).quote == sentences[0]


def test_the_points_of_a_short_list_are_quoted_whole():
    doc = "kh_hp.txt"
    long_point = (
        "c) Thực hiện nghiêm quy định của Luật Ban hành văn bản quy phạm pháp luật và các văn bản hướng dẫn thi hành; "
        "thực hiện nghiêm kỷ cương, kỷ luật, các quy định về kiểm soát quyền lực, phòng, chống tham nhũng, lãng phí, "
        "tiêu cực, “lợi ích nhóm” trong xây dựng và thi hành pháp luật, gắn với triển khai thực hiện Quy định số "
        "178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị."
    )
    assert len(long_point) > 300
    clauses = [
        Clause(doc, "IV", "Mục IV", (), (431, 431), "IV. TỔ CHỨC THỰC HIỆN"),
        Clause(doc, "IV.1", "Mục IV, khoản 1", (), (433, 433), "1. Các sở, ban, ngành thành phố và chính quyền địa phương"),
        Clause(doc, "IV.1.a", "Mục IV, khoản 1, điểm a", (), (435, 436), "a) Quán triệt, tuyên truyền Nghị quyết số 66-NQ/TW."),
        Clause(doc, "IV.1.c", "Mục IV, khoản 1, điểm c", (), (448, 458), long_point),
    ]  # fmt: skip
    view = IndexView(
        RecordSearcher([Document(doc, "Kế hoạch", "Kế hoạch", province="Hải Phòng")], clauses, [])
    )
    heading = next(c for c in view.clause_chunks if c.path == "IV")
    items = sub_items(view, heading)
    cites = CitationList(docs=view.docs, question_terms=Terms(frozenset(), frozenset()))
    text = state_items(view, heading, items, cites, "vi", with_place=False)
    assert "Quy định số 178-QĐ/TW" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ thị 09 Cần Thơ giao thanh tra, công an và ban quản lý khu chế xuất làm gì?",
        "chi thi 09 can tho giao thanh tra, cong an va ban quan ly khu che xuat lam gi",
    ],
)
def test_bodies_named_bare_in_a_list_with_a_known_one_are_all_asked(national, question):
    query, _ = read_view(national, question)
    assert {"Thanh tra", "Công an"} <= set(query.agencies) and len(query.agencies) == 3, query.agencies


def test_an_activity_of_the_same_words_is_no_body(national):
    query, _ = read_view(
        national, "Sở Tư pháp tăng cường thanh tra, kiểm tra việc thi hành pháp luật thế nào?"
    )
    assert "Thanh tra" not in query.agencies


def test_a_time_other_than_plain_ongoing_sets_aside_only_the_bare_kind(national):
    query, _ = read_view(
        national, "Which tasks in the appendix have a completion time other than plain “Thường xuyên”?"
    )
    assert query.periods_aside_alone
    query, _ = read_view(
        national, "Which tasks in the appendix have a completion time other than “Thường xuyên”?"
    )
    assert not query.periods_aside_alone


def test_the_body_whose_unit_is_asked_is_no_body_asked(national):
    question = (
        "Under Circular 23/2025/TT-BTP, what is the Director of the Ministry of Justice's Department of Personnel "
        "and Organisation responsible for?"
    )
    query, _ = read_view(national, question)
    assert query.agencies == ("Vụ Tổ chức cán bộ",), query.agencies
    from assistant.duties import _residual_topic

    assert "giám đốc" not in _residual_topic(query).lower()
    # (two bodies asked side by side stay two)
    query, _ = read_view(national, "What must the Ministry of Justice and the Ministry of Finance do?")
    assert set(query.agencies) == {"Bộ Tư pháp", "Bộ Tài chính"}


@pytest.mark.parametrize(
    "question",
    [
        "Ở Quảng Ngãi, mỗi sở chuyên ngành hướng dẫn kiểm kê loại tài sản kết cấu hạ tầng nào?",
        "ke hoach kiem ke tai san cong quang ngai: moi so huong dan kiem ke loai tai san ket cau ha tang nao",
    ],
)
def test_what_each_department_does_asks_several_things(national, question):
    query, _ = read_view(national, question)
    assert query.plural


def test_to_invite_a_department_is_not_each_department(national):
    from assistant.understand import _EACH_BODY, _EACH_BODY_UNMARKED
    from indexer.text import fold

    invite = "Mời Sở Tư pháp các tỉnh bạn Lào sang làm việc thì phối hợp với ai?"
    assert not _EACH_BODY.search(invite.lower()) and not _EACH_BODY_UNMARKED.search(fold(invite))
