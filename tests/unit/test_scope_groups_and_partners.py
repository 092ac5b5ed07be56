"""Rules of the twenty-eighth session, on hand-made records and questions: a place and a national document
named together are two sides of one question; the groups of a task table each count their own rows (the
first group is not "1 task" because its citation is [1]); "chia … thành những nhóm nào" and "the groups of
specific tasks" ask the groups; a numbered document "được gửi tới những nơi nào" asks its recipients; a
ministry a draft is submitted to ("trình Chính phủ dự thảo Nghị quyết") does not name the Government's
resolution; "the provincial People's Committees" of a national document lead the rows of "Ủy ban nhân dân
các tỉnh"; "phối hợp với Sở X trong nhiệm vụ …" reads the row with its lead cell; the fields listed aside
("(lead, coordinators, timing)") are no topic words; "List every appendix task …" is a listing.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import answer_groups, asks_groups
from assistant.matches import agency_matches
from assistant.matching import _ASKS_RECIPIENTS, _RECIPIENTS_TOO, documents_in_scope
from assistant.messages import say
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

CT, NQ, PT, CD = "ct_cantho.txt", "nq_chinhphu.txt", "kh_phutho.txt", "cd_thutuong.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(CT, "Chỉ thị về quản lý tài nguyên nước dưới đất", "Chỉ thị", number="09/CT-UBND",
                 province="Cần Thơ", issuer="UBND thành phố Cần Thơ"),
        Document(NQ, "Nghị quyết về phát động phong trào bảo vệ môi trường", "Nghị quyết", number="394/NQ-CP",
                 province=None, issuer="Chính phủ"),
        Document(PT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Phú Thọ", issuer="UBND tỉnh Phú Thọ"),
        Document(CD, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg", province=None,
                 issuer="Thủ tướng Chính phủ"),
    ]  # fmt: skip
    clauses = [
        Clause(CT, "10.b", "Mục 10, điểm b", ("10. Ủy ban nhân dân xã, phường",), (272, 278),
               "b) Thực hiện rà soát, thống kê tất cả các công trình khai thác nước dưới đất trên địa bàn, hoàn "
               "thành trước ngày 31/12/2025 và tổng hợp báo cáo về Sở Nông nghiệp và Môi trường."),
        Clause(NQ, "IV.1.c", "Mục IV, khoản 1, điểm c", ("IV. TỔ CHỨC THỰC HIỆN",), (496, 500),
               "c) Trước ngày 31 tháng 12 năm 2025, xây dựng, ban hành chương trình, kế hoạch hành động thực hiện "
               "Nghị quyết này, gửi Bộ Nông nghiệp và Môi trường để tổng hợp."),
        Clause(CD, "5", "Mục 5", ("5. Bộ trưởng Bộ Tài chính chủ trì:",), (118, 121),
               "5. Bộ trưởng Bộ Tài chính chủ trì: (2) Khẩn trương rà soát, hoàn thiện dự thảo Nghị quyết của Chính phủ về các giải pháp khắc phục "
               "hậu quả thiên tai, phục hồi sản xuất tại các địa phương khu vực Trung Bộ, trình Chính phủ trước "
               "ngày 26/11/2025."),
        Clause(NQ, "III.2", "Mục III, khoản 2", ("III. NHIỆM VỤ",), (380, 382),
               "2. Các bộ, ngành xây dựng nghị quyết về phát động phong trào trong lĩnh vực được giao."),
    ]  # fmt: skip
    tasks = [
        make_task(PT, "1", "Xây dựng, ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW",
                  ["Các sở, ngành, địa phương"], ["Cơ quan, tổ chức có liên quan"], "Tháng 6/2025", "Kế hoạch",
                  line=226, group="I", group_title="Bảo đảm sự lãnh đạo của Đảng"),
        make_task(PT, "2", "Tổ chức tuyên truyền Nghị quyết số 66-NQ/TW đến cán bộ, công chức",
                  ["Các sở, ngành, địa phương"], [], "Thường xuyên", "Kế hoạch", line=240, group="I",
                  group_title="Bảo đảm sự lãnh đạo của Đảng"),
        make_task(PT, "3", "Quán triệt việc xây dựng, hoàn thiện thể chế", ["Các sở, ngành, địa phương"], [],
                  "Thường xuyên", line=256, group="I", group_title="Bảo đảm sự lãnh đạo của Đảng"),
        make_task(PT, "4", "Phối hợp kiểm tra việc thi hành Luật và các văn bản quy định chi tiết",
                  ["Sở Khoa học và Công nghệ"], ["Các sở, ngành, UBND các xã, phường"], "Năm 2026", line=306,
                  group="II", group_title="Tổ chức thi hành pháp luật"),
        make_task(PT, "5", "Thực hiện cơ chế phân bổ ngân sách cho công tác xây dựng pháp luật",
                  ["Các sở, ngành, địa phương"], ["Sở Tài chính"], "Thường xuyên", line=643, group="III",
                  group_title="Cơ chế tài chính đặc biệt"),
        make_task(CT, "1", "Rà soát, thống kê công trình khai thác nước dưới đất", ["UBND xã, phường"], [],
                  "Trước ngày 31/12/2025", line=400, group="I", group_title="Quản lý khai thác"),
        make_task(CT, "2", "Trám lấp giếng không sử dụng", ["UBND xã, phường"], [], "Năm 2026", line=410,
                  group="II", group_title="Bảo vệ nước dưới đất"),
        make_task(NQ, "2", "Đề án xử lý các bãi chôn lấp rác thải không hợp vệ sinh",
                  ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], ["Các bộ, ngành"], "2030",
                  line=603, group="", group_title=""),
    ]  # fmt: skip
    for t in tasks:
        object.__setattr__(t, "source", "table")
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_place_and_a_national_document_are_two_sides_not_a_filter(view) -> None:
    question = (
        "Thời hạn UBND xã, phường ở Cần Thơ hoàn thành rà soát, thống kê công trình khai thác nước dưới đất có "
        "trùng với thời hạn các bộ, tỉnh ban hành chương trình hành động thực hiện Nghị quyết 394/NQ-CP không?"
    )
    query = understand(question, documents=view.docs.values())
    scope, _ = documents_in_scope(view, query, None)
    assert scope == {CT, NQ}


def test_each_group_counts_its_own_rows(view) -> None:
    query = understand("Kế hoạch của UBND tỉnh Phú Thọ chia nhiệm vụ cụ thể thành những nhóm nào?")
    assert asks_groups(query)
    listing = answer_groups(view, query, {PT})
    assert listing is not None
    first = listing.text.splitlines()[1]
    assert "(3 nhiệm vụ) [1]" in first
    assert "(1 nhiệm vụ)" in listing.text.splitlines()[2]
    # the singular line is chosen by the count, never by a citation number that happens to be 1
    assert say("vi", "group_line", number="I. ", title="A", count=4, cite=1) == "I. A (4 nhiệm vụ) [1]"
    assert asks_groups(understand("What are the groups of specific tasks in Phú Thọ's implementation plan?"))


def test_a_numbered_document_sent_to_asks_its_recipients() -> None:
    assert _ASKS_RECIPIENTS.search(fold("Quyết định 1218/QĐ-UBND của Vĩnh Long được gửi tới những nơi nào?"))
    assert _RECIPIENTS_TOO.search(
        fold("Who signed Official Letter 6225/BVHTTDL-VP and to whom is it addressed?")
    )
    assert not _RECIPIENTS_TOO.search(fold("Who signed Official Letter 6225/BVHTTDL-VP?"))


def test_a_draft_submitted_to_the_government_does_not_name_its_resolution(view) -> None:
    question = (
        "Bộ Tài chính phải trình Chính phủ dự thảo Nghị quyết về các giải pháp khắc phục hậu quả thiên tai, phục "
        "hồi sản xuất tại khu vực Trung Bộ trước ngày nào?"
    )
    query, scope, outcome = ask_view(view, question, threshold=0.3)
    assert scope is None or CD in scope
    assert "26/11/2025" in outcome.text


def test_the_provincial_peoples_committees_of_a_national_document(view) -> None:
    row = next(t for t in view.tasks if t.doc == NQ)
    assert agency_matches(row, "Ủy ban nhân dân tỉnh", "lead")
    assert agency_matches(row, "UBND tỉnh", "lead")
    assert not agency_matches(row, "Ủy ban nhân dân xã", "lead")


def test_the_partner_named_is_the_rows_lead(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Cơ quan nào phối hợp với Sở Khoa học và Công nghệ Phú Thọ trong nhiệm vụ kiểm tra việc thi hành Luật?",
        threshold=0.3,
    )
    assert not outcome.abstained
    assert "Các sở, ngành, UBND các xã, phường" in outcome.text


def test_fields_listed_aside_are_no_topic_and_every_task_is_a_listing() -> None:
    query = understand(
        "Compare how Hà Tĩnh and Hai Phong assign the task of allocating budget (lead, coordinators, timing)."
    )
    assert "điều phối" not in query.topic and "thời điểm" not in query.topic
    query = understand(
        "List every appendix task in Phú Thọ's plan where the Department of Finance (Sở Tài chính) is a "
        "coordinating body."
    )
    assert query.intent == "agency_tasks"


def test_a_row_named_by_number_in_a_document_named_by_number() -> None:
    from assistant.row_number import asked_row

    assert asked_row("Cơ quan nào chủ trì nhiệm vụ 7 trong Công văn 6225?") == (None, "7")
    assert asked_row("Who leads task 7 of Official Letter 6225/BVHTTDL-VP?") == (None, "7")
    # no table and no document named: a numbered duty of the text may be meant
    assert asked_row("Cơ quan nào chủ trì nhiệm vụ 7?") is None


def test_an_english_party_committee_plan_is_read_in_the_index_words() -> None:
    from assistant.compare import _party_words_vi

    f = _party_words_vi(
        fold(
            "Which provincial Party Committee plan on Resolution 66 was issued earlier: the one Vĩnh Long "
            "implements or the one Phú Thọ implements?"
        )
    )
    assert "ke hoach cua tinh uy nao" in f
    assert "nghi quyet 66" in f
    # (the question's own words stay as they are in Vietnamese)
    assert _party_words_vi("ke hoach cua tinh uy nao") == "ke hoach cua tinh uy nao"


def test_each_documents_own_date_asked_without_an_order() -> None:
    from assistant.compare import _ISSUE_DATES
    from assistant.matching import _RELATES_TWO

    assert _ISSUE_DATES.search(
        fold(
            "Quyết định 1218 của Vĩnh Long và dự thảo công văn của Tỉnh ủy Hà Tĩnh mang thời điểm ban hành nào?"
        )
    )
    assert _ISSUE_DATES.search(fold("When were Bắc Ninh's Plan 144 and Đồng Tháp's Plan 617 issued?"))
    assert not _ISSUE_DATES.search(fold("Hai kế hoạch giao Sở Tư pháp những nhiệm vụ nào?"))
    # "khắc phục" is no "khác": a national document and a place are then no two sides
    assert not _RELATES_TWO.search(
        fold("Công điện 227 giao tỉnh Quảng Ngãi những nhiệm vụ gì để khắc phục hậu quả?")
    )
    assert _RELATES_TWO.search(fold("Thời hạn ở Cần Thơ có trùng với thời hạn theo Nghị quyết 394 không?"))


def test_the_groups_of_two_places_side_by_side(view) -> None:
    query = understand(
        "Phần nhiệm vụ cụ thể của Phú Thọ và của Cần Thơ có bao nhiêu nhóm nhiệm vụ, khác nhau ở điểm nào?",
        documents=view.docs.values(),
    )
    assert asks_groups(query)
    listing = answer_groups(view, query, {PT, CT})
    assert listing is not None
    assert "Phú Thọ" in listing.text and "Cần Thơ" in listing.text
    assert "Bảo vệ nước dưới đất (1 nhiệm vụ)" in listing.text and "Cơ chế tài chính đặc biệt" in listing.text
    # one place asked: the groups of its own document only
    assert (
        answer_groups(view, understand("Kế hoạch Phú Thọ chia nhiệm vụ thành những nhóm nào?"), {PT, CT})
        is None
    )


def test_its_number_asked_after_another_thing_is_the_documents_own() -> None:
    from assistant.matching import _SELF_NUMBER

    query = understand("On what exact day was the Phú Thọ plan issued, and what is its number?")
    assert query.answer_type == "date"
    assert _SELF_NUMBER.search(fold("…, and what is its number?"))
    assert understand("What is its number?").answer_type == "doc_number"
