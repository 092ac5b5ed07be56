"""English month names in one place (`assistant.en_months`): full and short names ("Nov", "Sept.") read beside a
day or a year; a bounding date written out ("December 31, 2025", "ngày 31 tháng 12 năm 2025") is the period asked,
not a word the listed rows must print."""

from __future__ import annotations

import pytest

from assistant.due_bodies import asked_dates
from assistant.en_months import month_number, months_named
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from tests.records import ask_view, ha_tinh_plan, make_task

HT = "kh_ha_tinh.txt"


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("January", 1),
        ("nov", 11),
        ("Nov.", 11),
        ("sept", 9),
        ("Sep", 9),
        ("may", 5),
        ("monday", None),
        ("ma", None),
    ],
)
def test_month_number(word, number):
    assert month_number(word) == number


def test_short_names_are_months_only_beside_a_day_or_a_year():
    assert months_named("which tasks are due by 26 nov 2025") == [11]
    assert months_named("due by dec. 15") == [12]
    assert months_named("what is due in march") == [3]
    # ("may" alone asks what is allowed; "mar", "dec" alone are no months)
    assert months_named("which tasks may slip") == []
    assert months_named("which body may decide on the mar project") == []
    assert months_named("due by 15 may 2026") == [5]


@pytest.mark.parametrize(
    "question",
    [
        "Which tasks are due by Nov 30, 2025?",
        "Which tasks are due by 30 Nov. 2025?",
        "Which tasks are due by November 30, 2025?",
        "Những nhiệm vụ nào phải xong trước ngày 30 tháng 11 năm 2025?",
    ],
)
def test_a_written_date_bounds_the_listing_and_is_no_topic(question):
    query = understand(question)
    assert query.until == "2025-11-30"
    assert "30" not in query.topic.split() and "11" not in query.topic.split()


def test_the_dates_a_question_names_in_short_english():
    assert [d.isoformat() for d in asked_dates("What is due on 26 Nov 2025 and on Dec. 1, 2025?")] == [
        "2025-11-26",
        "2025-12-01",
    ]


@pytest.fixture(scope="module")
def view() -> IndexView:
    tasks = [
        make_task(
            HT, "1", "Ban hành kế hoạch truyền thông", ["Sở Tư pháp"], deadline="Tháng 11/2025", line=600
        ),
        make_task(
            HT, "2", "Tổ chức hội thảo trao đổi các giải pháp", ["Sở Tư pháp"], deadline="Năm 2026", line=648
        ),
        make_task(HT, "3", "Rà soát văn bản QPPL", ["Công an tỉnh"], deadline="Năm 2025-2026", line=904),
    ]
    return IndexView(RecordSearcher([ha_tinh_plan(HT)], [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Which Ha Tinh tasks are due by December 31, 2025?",
        "Which Ha Tinh tasks are due by Dec. 31, 2025?",
        "Nhiệm vụ nào của Hà Tĩnh phải xong trước ngày 31 tháng 12 năm 2025?",
    ],
)
def test_what_falls_due_by_a_written_day(view, question):
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "listing" and not outcome.abstained, outcome.text
    assert "kế hoạch truyền thông" in outcome.text
    assert "hội thảo" not in outcome.text and "Rà soát" not in outcome.text
