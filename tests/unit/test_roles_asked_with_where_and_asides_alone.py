"""Rules of the sixty-fifth session, on hand-made records (from the dev parts of sets 193–196): "where does X act as a
coordinating body / only play a supporting role" (its rows, in that role); "không ghi đơn thuần là “Thường xuyên”"
(a time that is that kind alone is set aside, "Thường xuyên, định kỳ" is not); "tasks … that the Ministry does not
lead" (the rows of others); "Which of Bac Ninh's 2030 digital economy and society indicators …" (a long name of
the rows); "Which orders in Dispatch 227 must be completed before …" (the passages due by that day); short English
capitals the vocabulary prints ("HR") are no unknown names; "…, and what is the core job of each?" after the
bodies a letter gives work to."""

from __future__ import annotations

import pytest

from assistant.glossary import english_words
from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import LISTING, any_match
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, ha_tinh_plan, hai_phong_plan, letter_view, make_task

HT = "kh_ha_tinh.txt"
HP = "kh_hai_phong.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    hai_phong = hai_phong_plan(HP)
    tasks = [
        make_task(HP, "1", "Quán triệt Nghị quyết số 66-NQ/TW", ["Các sở, ban, ngành và địa phương"],
                  deadline="Thường xuyên", line=638),
        make_task(HP, "2", "Rà soát, sửa đổi văn bản đáp ứng yêu cầu tinh gọn bộ máy", ["Sở Tư pháp"],
                  ["Sở Nội vụ"], deadline="Năm 2025-2026", line=806),
        make_task(HP, "3", "Kiểm tra, xử lý, hệ thống hóa văn bản quy phạm pháp luật", ["Sở Tư pháp"],
                  deadline="Thường xuyên, định kỳ", line=1010),
        make_task(HP, "4", "Thu hút chuyên gia, nhà khoa học pháp lý vào khu vực công", ["Sở Nội vụ"],
                  ["Sở Tư pháp"], deadline="Thực hiện thường xuyên", line=1179),
        make_task(HP, "5", "Phân bổ kinh phí cho hoạt động xây dựng pháp luật", ["Sở Tài chính"],
                  deadline="Hàng năm", line=1292),
        make_task(HT, "1", "Tổ chức các cuộc truyền thông chính sách", ["Các sở, ban, ngành cấp tỉnh"], ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=664),
        make_task(HT, "2", "Tổ chức hội thảo trao đổi các giải pháp", ["Sở Tư pháp"], deadline="Năm 2026", line=648),
    ]  # fmt: skip
    return IndexView(RecordSearcher([ha_tinh_plan(HT), hai_phong], [], tasks))


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        (
            "In Hải Phòng's task table, where does the Department of Home Affairs (Sở Nội vụ) act as a coordinating body?",
            "tinh gọn bộ máy",
            "Thu hút chuyên gia",
        ),
        (
            "In the Hà Tĩnh plan's task list, where does the Department of Justice only play a supporting (coordinating)"
            " role rather than lead?",
            "truyền thông chính sách",
            "hội thảo",
        ),
    ],
)
def test_where_a_body_acts_in_a_role_lists_its_rows(view, question, present, absent):
    assert any_match(LISTING, fold(question))
    query = understand(question)
    assert query.intent == "agency_tasks" and query.role == "coordinating"
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "listing" and present in outcome.text and absent not in outcome.text


def test_where_a_body_is_located_is_still_a_place():
    assert understand("Where is the Department of Justice located?").answer_type == "location"


def test_a_kind_set_aside_alone_keeps_a_time_that_says_more(view):
    question = 'Trong phụ lục kế hoạch Hải Phòng, những nhiệm vụ nào có thời gian không ghi đơn thuần là "Thường xuyên"?'
    query = understand(question)
    assert query.periods_set_aside == ("thường xuyên",) and query.periods_aside_alone
    _, _, outcome = ask_view(view, question)
    assert "hệ thống hóa" in outcome.text  # ("Thường xuyên, định kỳ")
    assert "Phân bổ kinh phí" in outcome.text and "tinh gọn bộ máy" in outcome.text
    assert (
        "Quán triệt" not in outcome.text and "Thu hút chuyên gia" not in outcome.text
    )  # ("Thực hiện thường xuyên")
    # (without "đơn thuần", any time of the kind is set aside)
    plain = "Trong phụ lục kế hoạch Hải Phòng, những nhiệm vụ nào có thời gian không phải là Thường xuyên?"
    assert not understand(plain).periods_aside_alone
    _, _, outcome = ask_view(view, plain)
    assert "hệ thống hóa" not in outcome.text and "Phân bổ kinh phí" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Are there any tasks in the Hải Phòng appendix that the Department of Justice does not lead? Which ones?",
        "Trong phụ lục kế hoạch Hải Phòng, nhiệm vụ nào mà Sở Tư pháp không chủ trì?",
    ],
)
def test_rows_a_body_does_not_lead(view, question):
    assert understand(question).agencies_set_aside
    _, _, outcome = ask_view(view, question)
    assert "Thu hút chuyên gia" in outcome.text and "Phân bổ kinh phí" in outcome.text
    assert "hệ thống hóa" not in outcome.text


def test_a_body_that_takes_part_but_does_not_lead_is_its_other_role():
    question = "Which Hải Phòng tasks does the Department of Justice take part in but does not lead?"
    assert not understand(question).agencies_set_aside


def test_a_long_name_of_the_rows_after_which_of():
    question = (
        "Which of Bac Ninh's 2030 digital economy and society indicators in Plan 144/KH-UBND are assigned to the"
        " provincial police?"
    )
    assert any_match(LISTING, fold(question))


def test_orders_of_a_text_due_by_a_day_are_listed():
    name = "cd_227.txt"
    docs = [Document(name, "Về tập trung khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg")]
    clauses = [
        Clause(
            name,
            "1",
            "Mục 1",
            (),
            (72, 75),
            "1. Huy động lực lượng khôi phục sản xuất trước ngày 30/11/2025.",
        ),
        Clause(
            name,
            "2",
            "Mục 2",
            (),
            (76, 78),
            "2. Bộ Y tế khôi phục cơ sở y tế, hoàn thành trước ngày 15/12/2025.",
        ),
        Clause(name, "3", "Mục 3", (), (80, 82), "3. Bộ Tài chính trình Chính phủ trước ngày 26/11/2025."),
    ]
    dispatch = IndexView(RecordSearcher(docs, clauses, []))
    question = "Which orders in Dispatch 227/CĐ-TTg must be completed before 30 November 2025?"
    assert any_match(LISTING, fold(question))
    _, _, outcome = ask_view(dispatch, question)
    assert not outcome.abstained, outcome.text
    assert "khôi phục sản xuất" in outcome.text and "trình Chính phủ" in outcome.text
    assert "cơ sở y tế" not in outcome.text


def test_short_capitals_of_the_vocabulary_are_english():
    assert {"hr", "it", "ai"} <= english_words()


@pytest.mark.parametrize(
    "question",
    [
        "Which bodies are given specific assignments in the Hà Tĩnh Provincial Party Committee's letter, and what is"
        " the core job of each?",
        "Công văn của Tỉnh ủy Hà Tĩnh giao nhiệm vụ cho những cơ quan nào, và nhiệm vụ chính của mỗi cơ quan là gì?",
    ],
)
def test_the_bodies_a_letter_gives_work_with_what_each_does(question):
    _, _, outcome = ask_view(letter_view(), question)
    assert outcome.strategy == "addressees", outcome.text
    assert "Đảng đoàn Hội đồng nhân dân tỉnh" in outcome.text and "Ban Tuyên giáo" in outcome.text
