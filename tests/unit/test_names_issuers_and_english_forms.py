"""Names and forms that generalise: an English body name whose head comes last ("the Digital Transformation
Centre") is read head first as Vietnamese prints it ("Trung tâm Chuyển đổi số"); a plan's issuer is no body asked
(an action plan's, one before a bracket) nor a topic of a body's duties; English forms of the addressees, of orders due
on a date, of "in order" (a sequence, not a purchase order)."""

from __future__ import annotations

from assistant.glossary import translate_question
from assistant.understand import PrintedAgencies, understand


def test_a_head_printed_last_in_english_comes_first_in_vietnamese():
    assert "trung tâm chuyển đổi số" in translate_question(
        "Which tasks does the Digital Transformation Centre lead?"
    )
    assert "quỹ nhà ở quốc gia" in translate_question("What does the National Housing Fund finance?")
    # a name inside a name: the outer head first, the inner one too ("Land Fund" → "quỹ đất")
    assert "trung tâm phát triển quỹ đất" in translate_question(
        "What does the Land Fund Development Centre do?"
    )
    # a coordination of words stays in its order, its "and" in Vietnamese
    assert "trung tâm chuyển đổi số văn hóa, thể thao và du lịch" in translate_question(
        "Which tasks does the Culture, Sports and Tourism Digital Transformation Centre coordinate?"
    )


def test_only_a_capitalised_name_is_reordered():
    # a lower-case "centre" or "office" after other words is no body's name
    assert "dữ liệu trung tâm" in translate_question("Which tasks build the data centre?")
    assert translate_question("Who leads the Office tasks?") == "Who chủ trì the cơ quan nhiệm vụ?"
    # a name the glossary knows whole keeps its own form
    assert "Sở Tư pháp" in translate_question("Which tasks does the Justice Department lead?")


def test_an_english_name_finds_the_body_a_task_row_prints():
    names = PrintedAgencies(["Trung tâm Chuyển đổi số VHTTDL", "Sở Văn hóa", "Văn phòng Bộ"])
    query = understand(
        "Which tasks does the Culture, Sports and Tourism Digital Transformation Centre coordinate?",
        agency_names=names,
    )
    # (not "Sở Văn hóa": "số văn hóa" inside the longer name folds alike)
    assert query.agencies == ("Trung tâm Chuyển đổi số VHTTDL",)
    assert query.role == "coordinating"
    assert understand(
        "Which tasks does the Digital Transformation Centre lead?", agency_names=names
    ).agencies == ("Trung tâm Chuyển đổi số VHTTDL",)


def test_an_action_plans_issuer_is_not_the_body_asked():
    from assistant.understand import understand

    assert (
        understand(
            "Kế hoạch hành động của UBND thành phố Hải Phòng về Nghị quyết 66 đặt ra những yêu cầu gì?"
        ).agencies
        == ()
    )
    # (a body the plan gives work to still is)
    assert understand("Chương trình hành động của Tỉnh ủy giao Sở Tư pháp những nhiệm vụ gì?").agencies == (
        "Sở Tư pháp",
    )


def test_the_issuer_of_a_plan_is_no_topic_of_a_bodys_duties():
    query = understand(
        "What specific duties does the Hải Phòng City People's Committee's action plan assign to the city "
        "Department of Justice in its implementation section?"
    )
    assert query.agencies == ("Sở Tư pháp",)
    assert "Ủy ban nhân dân" not in query.topic


def test_assigns_tasks_to_which_bodies_asks_the_addressees():
    from assistant.addressees import asks_addressees

    assert asks_addressees(
        understand(
            "The Hà Tĩnh Provincial Party Committee's draft dispatch assigns tasks to which bodies? Name them all."
        )
    )
    assert not asks_addressees(
        understand("Which tasks does the dispatch assign to the Department of Justice?")
    )


def test_orders_carrying_a_deadline_of_a_date_ask_what_is_due():
    from assistant.due_bodies import asks_tasks_due

    assert asks_tasks_due(understand("Which orders in Dispatch 227 carry a deadline of 30 November 2025?"))
    assert not asks_tasks_due(understand("Which orders in Dispatch 227 concern schools?"))


def test_a_bracket_after_a_plans_issuer_describes_the_plan():
    query = understand(
        "nhom III phu luc ke hoach ubnd tinh phu tho (tao dot pha) co nhiem vu nao khong ghi co quan phoi hop"
    )
    assert query.agencies == ()


def test_in_order_is_a_sequence_not_a_purchase_order():
    from assistant.glossary import translate_question

    said = translate_question("List, in order, the priority groups for renting housing.")
    assert "thứ tự" in said and "đặt hàng" not in said
    assert "thứ tự" not in translate_question("What must be done in order to receive benefits?")


def test_responsible_for_enforcing_a_ban_is_no_decisions_closing_article():
    from assistant.glossary import translate_question

    assert "chịu trách nhiệm thi hành" not in translate_question(
        "Who is responsible for enforcing the ban on new groundwater wells in Can Tho?"
    )
