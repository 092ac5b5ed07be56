"""What a question asks, read from its own words: "phân công những việc gì" asks what is assigned (not to
whom); "… để triển khai những nghị quyết nào" asks what a piece of work serves (not what the plan
implements); "thời gian … là bao nhiêu" asks a length of time; "chia … thành những nhóm nào" asks a table's
groups however long the thing divided; "văn bản của Tỉnh ủy mà … cùng thực hiện là văn bản nào" asks what
the plans implement."""

from __future__ import annotations

import pytest

from assistant.evidence import has_answer_type
from assistant.listing import asks_groups
from assistant.understand import understand


@pytest.mark.parametrize(
    "question",
    [
        "Phần tổ chức thực hiện trong kế hoạch của Phú Thọ phân công những việc gì?",
        "Kế hoạch phân công Sở Tư pháp làm gì?",
        "Kế hoạch phân công nhiệm vụ gì cho các xã?",
    ],
)
def test_what_is_assigned_is_not_who_leads(question):
    assert understand(question).intent != "lead_agency"


def test_to_whom_work_is_assigned_still_asks_the_lead():
    assert understand("Kế hoạch Phú Thọ phân công cơ quan nào rà soát văn bản?").intent == "lead_agency"


def test_what_a_piece_of_work_serves_is_not_what_the_plan_implements():
    work = understand(
        "Vĩnh Long yêu cầu rà soát, ban hành chính sách đặc thù để triển khai những nghị quyết nào?"
    )
    assert work.answer_type != "implements"
    plan = understand("Kế hoạch của Vĩnh Long triển khai những nghị quyết nào?")
    assert plan.answer_type == "implements"
    issued = understand("Kế hoạch của Vĩnh Long được ban hành để thực hiện những văn bản nào?")
    assert issued.answer_type == "implements"


def test_the_party_document_two_plans_implement():
    query = understand(
        "Văn bản của Tỉnh ủy mà kế hoạch của Hà Tĩnh và kế hoạch của Phú Thọ cùng thực hiện là văn bản nào, "
        "ban hành ngày nào?"
    )
    assert query.answer_type == "implements"


def test_a_total_time_asks_a_length_of_time_not_any_number():
    query = understand(
        "Tổng thời gian giải quyết theo quy trình nội bộ số 04 (lĩnh vực phát thanh) là bao nhiêu?"
    )
    assert query.answer_type == "duration"
    caption = "D. LĨNH VỰC PHÁT THANH, TRUYỀN HÌNH VÀ THÔNG TIN ĐIỆN TỬ (05 TTHC) Quy trình số 04"
    assert not has_answer_type(caption, query.answer_type, query.count_noun, query.question)
    assert has_answer_type("Tổng thời gian giải quyết 04 ngày làm việc", query.answer_type)
    # a count of things is still a count
    assert understand("Thời gian qua tỉnh đã ban hành bao nhiêu văn bản?").answer_type != "duration"


def test_groups_of_a_long_named_table():
    query = understand(
        "Phụ lục Quyết định 2597/QĐ-TTg chia các nhiệm vụ trọng tâm chuyển đổi số kết cấu hạ tầng xây dựng "
        "thành những nhóm nào?"
    )
    assert asks_groups(query)


def test_a_document_asked_what_it_itself_sets_is_the_subject():
    from assistant.special import unindexed_subject

    ask = "What targets for 2030 does Politburo Resolution 57-NQ/TW itself set for science and technology?"
    assert unindexed_subject(ask, {"66-nq/tw"}) == "Resolution 57-NQ/TW"
    assert unindexed_subject(ask, {"57-nq/tw"}) is None  # an indexed document answers for itself


def test_a_plan_drawn_up_to_implement_asks_what_it_implements():
    assert understand(
        "Kế hoạch của Vĩnh Long được xây dựng để thực hiện kế hoạch nào của Tỉnh ủy?"
    ).answer_type == ("implements")
