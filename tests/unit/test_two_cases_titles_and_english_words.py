"""Rules of the thirty-fifth session, on hand-made records and questions: "… trong thời hạn nào khi A so với
khi B?" and "ai kỷ luật A và ai kỷ luật B?" ask one thing of two cases (not "ai chủ trì và ai phối hợp X?");
two laws or resolutions named by their titles ("Luật sửa đổi … và Nghị quyết sửa đổi …") are two things;
"ai kỷ luật" asks no signer and "thu gom" lists nothing; "legal grounds" and "cited as a basis" ask the
legal bases; "a draft document" a task is about names no draft in the index; an English verb with its
object before its particle ("carry it out") is read as the verb; "public service" is "dịch vụ công",
"non-cash" "không dùng tiền mặt", "funded" "kinh phí", "treatment" of waste "xử lý"; "what data does X
manage" lists X's rows; a list item under a short opening ("1. Cục trưởng quyết định kỷ luật đối với:") is
quoted with it; "Which Party action programme …" asks the programme, whose issuer the text names otherwise;
the Party committee's plans two provinces carry out, asked with "ban hành ngày nào", are dated as cited.
"""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.glossary import translate_question
from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import COMPARE, any_match
from assistant.strategies import run_plan
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view

ABSTAIN_THRESHOLD = 0.45


@pytest.mark.parametrize(
    "question",
    [
        "Chủ quản dữ liệu phải thông báo trong thời hạn nào khi nâng cấp, bảo trì so với khi gặp sự cố bất khả "
        "kháng?",
        "Theo Thông tư 23, ai có thẩm quyền kỷ luật Lãnh đạo đơn vị sự nghiệp thuộc Cục và ai kỷ luật viên chức "
        "của đơn vị sự nghiệp thuộc Cục nhóm 1?",
        "Who leads the indicator on non-cash transactions and who leads the indicator on online dossiers?",
        "Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội được trình thông qua "
        "tại kỳ họp nào?",
    ],
)
def test_one_thing_asked_of_two_cases_or_two_titled_laws_compares(question):
    assert any_match(COMPARE, fold(question)), question


@pytest.mark.parametrize(
    "question",
    [
        "Ai chủ trì và ai phối hợp nhiệm vụ xây dựng Cổng pháp luật?",
        "Who leads and who coordinates the task of building the legal portal?",
        "Nghị quyết 66 và Nghị quyết 140 được ban hành ngày nào?",
        "Ai là người chủ trì và ai là người phối hợp thực hiện nhiệm vụ chuyển đổi số?",
        "Ai chịu trách nhiệm chủ trì nhiệm vụ 3 và ai chịu trách nhiệm phối hợp?",
        "Ai có thẩm quyền kỷ luật viên chức và ai có thẩm quyền khen thưởng?",
        "Who is the lead agency for task 3 and who is the coordinating agency?",
        "Who must submit the report and who must approve it?",
        "Mức phạt tăng bao nhiêu so với khi chưa sửa đổi?",
        "Luật quy định ai được cấp thẻ và nghị định quy định hồ sơ gồm giấy tờ gì?",
    ],
)
def test_two_fields_of_one_thing_or_two_numbered_documents_are_no_comparison_of_cases(question):
    assert not any_match(COMPARE, fold(question)), question


def test_the_outer_title_is_the_first_thing():
    parts = halves(
        "Nghị định sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai và Thông tư "
        "sửa đổi Thông tư 09 có hiệu lực từ ngày nào?"
    )
    assert parts is not None and parts.first.startswith("Nghị định sửa đổi, bổ sung"), parts


def test_two_laws_named_by_their_titles_are_the_two_things():
    parts = halves(
        "Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội được dự kiến trình "
        "Quốc hội thông qua tại kỳ họp nào?"
    )
    assert parts is not None
    assert (parts.first, parts.second) == (
        "Luật sửa đổi Luật Tổ chức Quốc hội",
        "Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội",
    )


def test_who_disciplines_asks_no_signer_and_collecting_lists_nothing():
    assert understand("Ai kỷ luật viên chức của đơn vị sự nghiệp thuộc Cục?").answer_type != "signer"
    assert understand("Ai là người có thẩm quyền kỷ luật viên chức?").answer_type != "signer"
    assert understand("Ai ký Quyết định 1218?").answer_type == "signer"
    assert understand("Ai ký Luật sửa đổi Luật Tổ chức Quốc hội?").answer_type == "signer"
    assert not understand("Mục tiêu đến năm 2030 về thu gom, xử lý rác thải sinh hoạt là gì?").plural
    assert understand("Hồ sơ trình Ủy ban Thường vụ Quốc hội gồm những gì?").plural


@pytest.mark.parametrize(
    "question",
    [
        "What legal grounds are cited in Vĩnh Long's Decision 1218/QĐ-UBND?",
        "Which report of the Law Committee is cited as a basis for Resolution 1339/NQ-UBTVQH15?",
    ],
)
def test_grounds_and_a_basis_cited_ask_the_legal_bases(question):
    assert understand(question).answer_type == "legal_basis"


@pytest.mark.parametrize(
    "question",
    [
        "What are listed as grounds for revoking a certificate?",
        "What are the legal grounds for refusing a licence?",
    ],
)
def test_grounds_for_an_act_are_its_conditions_not_the_legal_bases(question):
    assert understand(question).answer_type != "legal_basis"


def test_a_draft_a_task_is_about_names_no_draft_of_the_index():
    assert (
        "dự thảo"
        not in understand(
            "When should departments survey social relations related to a draft document?"
        ).doc_hints
    )
    assert "dự thảo" not in understand("Who reviews draft documents before they are issued?").doc_hints
    assert (
        "dự thảo"
        in understand("What does the draft letter ask the Provincial Party Committee to do?").doc_hints
    )


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("which bodies carry it out", "thực hiện"),
        ("which body set them up", "thành lập"),
        ("the target that 80% of public service dossiers are handled end-to-end", "dịch vụ công"),
        ("heads of public service units under the Ministry", "đơn vị sự nghiệp"),
        ("the indicator on non-cash transactions", "không dùng tiền mặt"),
        ("How is the inventory funded?", "kinh phí"),
        ("waste collection and treatment targets", "xử lý"),
    ],
)
def test_english_words_read_as_the_documents_say_them(english, vietnamese):
    assert vietnamese in translate_question(english)


def test_public_service_is_not_a_career_and_carry_alone_is_still_transport():
    assert "sự nghiệp" not in translate_question("the target for public service dossiers")
    assert "vận chuyển" in translate_question("vehicles that carry waste")


def test_what_data_a_body_manages_lists_its_rows():
    assert (
        understand("What data does Ban Nội chính Trung ương manage according to the appendix?").intent
        == "agency_tasks"
    )
    assert understand("What data does Bộ Công an collect on its own?").intent != "agency_tasks"


DECREE = "thong_tu.txt"
ARTICLE = "Điều 10. Thẩm quyền xử lý kỷ luật"
OPENING = "1. Cục trưởng quyết định kỷ luật đối với:"


def test_a_long_item_under_a_short_opening_is_quoted_with_it():
    docs = [Document(DECREE, "Thông tư về phân cấp", "Thông tư", number="23/2025/TT-BTP", national=True)]
    clauses = [
        Clause(DECREE, "Điều 10.1", "Điều 10, khoản 1", (ARTICLE,), (216, 216), OPENING),
        Clause(DECREE, "Điều 10.1.a", "Điều 10, khoản 1, điểm a", (ARTICLE, OPENING), (218, 221),
               "a) Công chức là Lãnh đạo cấp Phòng và tương đương trở xuống của đơn vị, trừ hình thức buộc thôi "
               "việc và trừ trường hợp quy định tại khoản 4 Điều 19 Nghị định số 172/2025/NĐ-CP;"),
        Clause(DECREE, "Điều 10.1.b", "Điều 10, khoản 1, điểm b", (ARTICLE, OPENING), (223, 227),
               "b) Viên chức là Lãnh đạo đơn vị sự nghiệp thuộc Cục, trừ trường hợp quy định tại khoản 6 Điều 36 "
               "Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 về xử lý kỷ luật cán bộ, công chức, viên chức (sửa "
               "đổi, bổ sung tại Nghị định số 71/2023/NĐ-CP ngày 20/9/2023 của Chính phủ)."),
        Clause(DECREE, "Điều 10.3", "Điều 10, khoản 3", (ARTICLE,), (238, 240),
               "3. Người đứng đầu đơn vị sự nghiệp thuộc Cục nhóm 1, nhóm 2 quyết định kỷ luật đối với viên chức "
               "của đơn vị."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(
        view, "Ai có thẩm quyền kỷ luật Viên chức là Lãnh đạo đơn vị sự nghiệp thuộc Cục?"
    )
    assert not outcome.abstained
    assert "“b) Viên chức là Lãnh đạo đơn vị sự nghiệp thuộc Cục" in outcome.text, outcome.text
    assert "“1. Cục trưởng quyết định kỷ luật đối với:”" in outcome.text, outcome.text
    assert (216, 216) in {c.lines for c in outcome.citations}


def test_the_kind_of_document_is_asked_and_its_issuers_english_name_need_not_be_printed():
    plan = "kehoach_haiphong.txt"
    docs = [Document(plan, "Kế hoạch hành động", "Kế hoạch", number="120/KH-UBND", province="Hải Phòng")]
    clauses = [
        Clause(plan, "preamble", "Phần mở đầu", (), (20, 24),
               "Chương trình hành động số 95-CTr/TU ngày 09/6/2025 của Ban Thường vụ Thành ủy về việc thực hiện "
               "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; Để triển khai thực hiện hiệu quả các nội "
               "dung của Chương trình hành động số 95-CTr/TU, Ủy ban nhân dân thành phố ban hành Kế hoạch triển "
               "khai thực hiện, cụ thể như sau:", "preamble"),
        Clause(plan, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH",), (40, 41),
               "1. Nâng cao chất lượng công tác xây dựng pháp luật."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(view, "Which Party action programme does the Hải Phòng plan implement?")
    assert not outcome.abstained, outcome.text
    assert "95-CTr/TU" in outcome.text
    # a qualifier of a thing that is no kind of document is still asked: "disciplinary" of "sanction"
    _, _, other = ask_view(view, "What disciplinary sanction does the Hải Phòng plan set for late reports?")
    assert other.abstained, other.text


def test_the_party_plans_two_provinces_carry_out_are_dated_as_they_cite_them():
    docs = [
        Document("vl.txt", "Kế hoạch thực hiện Nghị quyết 66", "Quyết định", number="1218/QĐ-UBND",
                 province="Vĩnh Long", date="2025-06-25", issuer="UBND tỉnh Vĩnh Long"),
        Document("pt.txt", "Kế hoạch triển khai Nghị quyết 66", "Kế hoạch", number="148/KH-UBND",
                 province="Phú Thọ", issuer="UBND tỉnh Phú Thọ"),
    ]  # fmt: skip
    clauses = [
        Clause("vl.txt", "preamble", "Phần mở đầu", (), (1, 3),
               "Số: 1218/QĐ-UBND Vĩnh Long, ngày 25 tháng 6 năm 2025 QUYẾT ĐỊNH", "preamble"),
        Clause("vl.txt", "preamble.2", "Phần mở đầu", (), (20, 22),
               "Thực hiện Kế hoạch số 390-KH/TU ngày 20 tháng 5 năm 2025 của Tỉnh ủy thực hiện Nghị quyết số "
               "66-NQ/TW;", "preamble"),
        Clause("pt.txt", "preamble", "Phần mở đầu", (), (1, 3),
               "Phú Thọ, ngày tháng 6 năm 2025 KẾ HOẠCH", "preamble"),
        Clause("pt.txt", "preamble.2", "Phần mở đầu", (), (13, 15),
               "Thực hiện Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy Phú Thọ về triển khai Nghị quyết số "
               "66-NQ/TW;", "preamble"),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    q = understand(
        "Kế hoạch của Tỉnh ủy mà Vĩnh Long và Phú Thọ thực hiện là những kế hoạch số mấy, ban hành ngày nào?",
        documents=docs,
    )
    out = run_plan(q, view, None, ABSTAIN_THRESHOLD)
    assert "390-KH/TU" in out.text and "168-KH/TU" in out.text, out.text
    assert "25 tháng 6 năm 2025" not in out.text, out.text


def test_the_openings_last_sentence_lists_the_documents_numbered_parts():
    from assistant import special

    letter = "cong_van.txt"
    docs = [Document(letter, "Công văn về thực hiện Nghị quyết 66", "Công văn", province="Hà Tĩnh")]
    clauses = [
        Clause(letter, "preamble", "Phần mở đầu", (), (1, 20), "TỈNH ỦY HÀ TĨNH Kính gửi: các ban Đảng", "preamble"),
        Clause(letter, "preamble", "Phần mở đầu", (), (29, 29),
               "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tập trung thực hiện một số nhiệm vụ trọng tâm sau:",
               "preamble"),
        Clause(letter, "1", "Mục 1", (), (30, 30), "1. Các cấp ủy tiếp tục quán triệt Nghị quyết."),
        Clause(letter, "2", "Mục 2", (), (33, 33), "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo rà soát văn bản."),
        Clause(letter, "3", "Mục 3", (), (34, 34), "3. Đảng ủy các xã, phường lãnh đạo tổ chức thực hiện."),
        Clause(letter, "ket-luan", "Kết luận", (), (46, 46), "Quá trình thực hiện nếu có vướng mắc, báo cáo."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    opening = next(c for c in view.clause_chunks if c.lines == (29, 29))
    assert [c.lines for c in special.opening_parts(view, opening)] == [(30, 30), (33, 33), (34, 34)]
    # (an opening that ends no sentence with a colon lists nothing; nor does one over a plan's sections)
    first = next(c for c in view.clause_chunks if c.lines == (1, 20))
    assert special.opening_parts(view, first) == []
    sections = IndexView(
        RecordSearcher(
            docs,
            [
                clauses[1],
                Clause(letter, "I", "Mục I", (), (30, 30), "I. MỤC ĐÍCH, YÊU CẦU"),
                Clause(letter, "II", "Mục II", (), (40, 40), "II. NHIỆM VỤ"),
            ],
            [],
        )
    )
    assert (
        special.opening_parts(sections, next(c for c in sections.clause_chunks if c.lines == (29, 29))) == []
    )


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("may the Minister take back the powers", "thu hồi"),
        ("codes for infrastructure works", "công trình hạ tầng"),
    ],
)
def test_more_english_words_read_as_printed(english, vietnamese):
    assert vietnamese in translate_question(english)
    # ("works" are no factory; a body that works with another does work, "làm việc")
    assert "công trình" in translate_question("which works must apply BIM")
    # ("works with" a body is the coordinating role; "works" of a building is công trình)
    assert "phối hợp" in translate_question("Which agency works with the Department of Justice?")
    assert "công trình" not in translate_question("Which agency works with the Department of Justice?")


def test_an_expected_outcome_asks_the_output():
    question = (
        "What is the expected outcome of deploying unified identification codes for infrastructure works?"
    )
    assert understand(question).intent == "output"


def test_a_time_asked_after_each_of_two_things_is_two_asks():
    from assistant.strategies import two_asks

    parts = two_asks(
        understand(
            "Đối tượng thực hiện kiểm kê phải thành lập Tổ kiểm kê trước ngày nào, và tiến hành kiểm kê tài sản "
            "trong khoảng thời gian nào?"
        )
    )
    assert parts is not None and len(parts) == 2
    assert "Tổ kiểm kê" in parts[0].question and "tiến hành kiểm kê" in parts[1].question


def test_how_does_a_compare_with_b_names_both_before_a_to_inside_b():
    parts = halves(
        "How does the Hà Tĩnh plan's deadline for departments to issue implementing documents compare with Vĩnh "
        "Long's deadline for departments to draw up their own implementation plans?"
    )
    assert parts is not None
    assert parts.first == "the Hà Tĩnh plan's deadline for departments to issue implementing documents"
    assert parts.second == "Vĩnh Long's deadline for departments to draw up their own implementation plans"
