"""Rules of the twenty-second session, on hand-made text and records: a question that names an appendix and
asks for nothing but what its title calls its rows lists them all; a plan's horizon year ("2030
indicators" of a 2026–2030 plan whose rows print no time) filters nothing; "the two tasks under section
VII" and "nhiệm vụ A và nhiệm vụ B do ai chủ trì" answer each row; "A differ from B" names two things; a
short sentence that closes a duty ("…; hoàn thành trước ngày 30/11/2025.") is quoted with the one before;
an English answer keeps a printed cell whole and glosses it after; "Ban" of "Ban Nội chính" is no English
word; "which department proposed …, and in which document?" is one proposal.
"""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.glossary import english_to_vietnamese, translate_question
from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import LISTING, any_match
from assistant.strategies import two_asks
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

NQ = "nghiquyet_dean.txt"
KH = "kehoach_chitieu.txt"
CD = "congdien_lu.txt"
APPENDIX_TITLE = "PHỤ LỤC DANH MỤC ĐỀ ÁN ƯU TIÊN TRIỂN KHAI PHONG TRÀO BẢO VỆ MÔI TRƯỜNG"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(NQ, "Nghị quyết về phát động phong trào toàn dân bảo vệ môi trường", "Nghị quyết",
                 number="394/NQ-CP", province="Trung ương", issuer="Chính phủ", date="2025-12-03"),
        Document(KH, "Kế hoạch phát triển kinh tế số và xã hội số tỉnh Bắc Ninh giai đoạn 2026 - 2030",
                 "Kế hoạch", number="144/KH-UBND", province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh",
                 date="2025-11-24"),
        Document(CD, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 province="Trung ương", issuer="Thủ tướng Chính phủ", date="2025-11-24"),
    ]  # fmt: skip
    clauses = [
        Clause(NQ, "IV.1", "Mục IV, khoản 1", (), (40, 42),
               "1. Các bộ, ngành tổ chức triển khai các đề án ưu tiên tại Phụ lục kèm theo Nghị quyết này.",
               "clause"),
        Clause(NQ, "PL.1", "Phụ lục, đoạn 1", ("Phụ lục",), (60, 64), APPENDIX_TITLE, "clause"),
        Clause(CD, "7", "Mục 7", (), (20, 26),
               "7. Bộ trưởng Bộ Y tế chỉ đạo các địa phương khẩn trương khôi phục hoạt động của các cơ sở y "
               "tế, bảo đảm công tác khám chữa bệnh cho Nhân dân. Không để người dân thiếu nơi điều trị; "
               "hoàn thành trước ngày 30/11/2025.", "clause"),
    ]  # fmt: skip
    tasks = [
        make_task(NQ, "1", "Đề án triển khai phong trào toàn dân tham gia bảo vệ môi trường",
                  ["Trung ương Mặt trận Tổ quốc Việt Nam"], deadline="2030", line=70, group="",
                  group_title=""),
        make_task(NQ, "2", "Đề án xử lý, cải tạo, phục hồi môi trường các bãi chôn lấp",
                  ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], deadline="2030", line=80,
                  group="", group_title=""),
        make_task(NQ, "3", "Đề án đầu tư hạ tầng kỹ thuật phân loại, thu gom rác thải",
                  ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], deadline="2030", line=90,
                  group="", group_title=""),
        make_task(KH, "3", "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản đạt 80%.", ["Công an tỉnh"],
                  line=200, group="II", group_title="Xã hội số"),
        make_task(KH, "4", "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%.", ["Công an tỉnh"],
                  line=210, group="II", group_title="Xã hội số"),
        make_task(KH, "5", "Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số.", ["Sở Khoa học và Công nghệ"],
                  line=220, group="II", group_title="Xã hội số"),
        make_task(KH, "1", "Bố trí ngân sách cho công tác thi hành pháp luật", ["Sở Tài chính"],
                  coordinating=["Sở Tư pháp"], line=300, group="VII", group_title="Cơ chế tài chính đặc biệt"),
        make_task(KH, "2", "Ưu tiên nguồn lực cho trợ giúp pháp lý", ["Sở Tư pháp"],
                  coordinating=["Sở Tài chính"], line=310, group="VII", group_title="Cơ chế tài chính đặc biệt"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_the_appendix_named_whole_lists_its_rows(view) -> None:
    _, _, outcome = ask_view(view, "Phụ lục Nghị quyết 394/NQ-CP liệt kê những đề án ưu tiên nào?")
    assert not outcome.abstained
    assert outcome.text.startswith("Có 3 nhiệm vụ trong phụ lục")
    for name in ("bảo vệ môi trường", "bãi chôn lấp", "thu gom rác thải"):
        assert name in outcome.text
    # a word the appendix's title does not say picks rows by their names, not all of them
    _, _, narrowed = ask_view(view, "Phụ lục Nghị quyết 394/NQ-CP có những đề án về bãi chôn lấp nào?")
    assert "bãi chôn lấp" in narrowed.text and "thu gom rác thải" not in narrowed.text


def test_a_plans_horizon_year_filters_no_rows(view) -> None:
    _, _, outcome = ask_view(
        view, "Which 2030 indicators in the appendix of Bắc Ninh plan 144 are assigned to Công an tỉnh?"
    )
    assert "kết nối mạng" in outcome.text and "VNeID" in outcome.text
    assert "5G" not in outcome.text


def test_the_two_rows_of_a_group_are_each_answered(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Compare who leads the two Bắc Ninh appendix tasks under section VII (special financial mechanism).",
    )
    assert "Bố trí ngân sách" in outcome.text and "Ưu tiên nguồn lực" in outcome.text
    _, _, vi = ask_view(
        view, "Trong phụ lục Bắc Ninh mục VII, cơ quan chủ trì của hai nhiệm vụ khác nhau thế nào?"
    )
    assert "Sở Tài chính" in vi.text and "Sở Tư pháp" in vi.text


def test_two_named_rows_asked_one_field_are_compared() -> None:
    q = understand(
        "Phụ lục KH 617: nhiệm vụ biểu dương doanh nghiệp có thành tích chuyển đổi số và nhiệm vụ hỗ trợ "
        "doanh nghiệp kinh doanh trên môi trường số do ai chủ trì, thời hạn thế nào?"
    )
    assert q.intent == "compare"
    parts = halves(q.question)
    assert parts is not None and parts.second.endswith("trên môi trường số")
    # a listing is no pair ("những nhiệm vụ nào …")
    assert understand("Sở Tư pháp chủ trì những nhiệm vụ nào và nhiệm vụ nào đã xong?").intent != "compare"


def test_differ_from_names_two_things() -> None:
    parts = halves(
        "In Lai Châu plan 7360, how does the timeframe of task 1 (dissemination and training on the Law) "
        "differ from task 4 (inspection of law enforcement)?"
    )
    assert parts is not None
    assert parts.first.startswith("task 1") and parts.second.startswith("task 4")


def test_a_closing_sentence_is_quoted_with_the_duty_before_it(view) -> None:
    _, _, outcome = ask_view(
        view, "Những nhiệm vụ nào trong Công điện 227/CĐ-TTg phải hoàn thành trước ngày 30/11/2025?"
    )
    assert "cơ sở y tế" in outcome.text


def test_a_vietnamese_name_keeps_its_first_word() -> None:
    question = "What data is Ban Nội chính Trung ương the custodian of?"
    assert "cấm" not in english_to_vietnamese(question)
    assert "Ban Nội chính Trung ương" in translate_question(question)
    # the English word on its own still reads as English
    assert "cấm" in english_to_vietnamese("Is there a ban on karaoke?")
    assert any_match(LISTING, fold(question))


def test_a_proposal_names_its_body_and_document_at_once() -> None:
    q = understand("Which department proposed Quảng Ngãi Decision 1627/QĐ-UBND, and in which document?")
    assert q.intent == "fact" and q.answer_type == "proposal"
    assert two_asks(q) is None
    # "on whose proposal …, and which decree …": two asks, a proposal and a legal basis
    both = two_asks(
        understand(
            "Circular 23/2025/TT-BTP was issued on whose proposal, and which decree on the Ministry of "
            "Justice's functions is cited in its preamble?"
        )
    )
    assert both is not None and len(both) == 2
    # a relative "whose" is still no ask
    assert two_asks(understand("Who signed the Vĩnh Long decision, whose number is 1218/QĐ-UBND?")) is None


def test_a_question_naming_the_appendix_prefers_a_close_row() -> None:
    from assistant.matches import Found, SentenceMatch, TaskMatch
    from indexer.records import Chunk

    row = make_task(KH, "3", "Rà soát, cắt giảm ít nhất 30 điều kiện đầu tư kinh doanh", ["Sở Tài chính"])
    body = Chunk(
        KH, "clause", (10, 12), "Mục III, khoản 2", "Triệt để cắt giảm điều kiện đầu tư, kinh doanh.", ""
    )
    found = Found(tasks=[TaskMatch(0.65, row)], sentences=[SentenceMatch(0.72, body, body.text)])
    asked = "How does the task on cutting business investment conditions differ between the plan appendices?"
    assert isinstance(found.choose("general", None, "", asked), TaskMatch)
    # not named: the passage that holds more of the question answers
    assert isinstance(
        found.choose("general", None, "", "How does the plan cut business conditions?"), SentenceMatch
    )


def test_a_quoted_term_after_a_possessive_is_defined() -> None:
    from assistant.question_rules import defined_term

    assert defined_term('How does the Secretariat\'s Regulation 384-QĐ/TW define a "Chủ quản dữ liệu"?') == (
        "Chủ quản dữ liệu"
    )
    assert defined_term("What is meant by 'việc làm công' in the Employment Law?") == "việc làm công"


def test_what_a_text_says_about_is_no_topic_word() -> None:
    q = understand("What does the Hà Tĩnh plan appendix say about cooperation with Lao provinces?")
    assert "nói" not in q.topic.split()


def test_review_cases_of_the_twenty_second_session(view) -> None:
    # a task that proposes something is a task's lead, not the preamble's proposal
    assert understand(
        "Which agency proposed amending the rules on electronic data in Decision 2597?"
    ).intent == ("lead_agency")
    # a year inside the plan's span is a time the rows do not say, not its horizon
    _, _, inside = ask_view(view, "Which indicators must Bắc Ninh achieve in 2027 under plan 144?")
    assert "VNeID" not in inside.text
    # "và nhiệm vụ đó …", "and which task …": one task asked twice, not two compared
    assert (
        understand("Sở Tài chính được giao nhiệm vụ bố trí ngân sách và nhiệm vụ này có kết quả gì?").intent
        != "compare"
    )
    assert (
        understand(
            "Which task does Sở Nội vụ lead and which task does Sở Công Thương lead in Đồng Tháp?"
        ).intent
        != "compare"
    )
    # "… theo đề nghị của ai và thực hiện văn bản nào?": two asks, the second with its own verb
    parts = two_asks(
        understand("Quyết định 1218 Vĩnh Long ban hành theo đề nghị của ai và thực hiện văn bản nào?")
    )
    assert parts is not None and len(parts) == 2
    # Vietnamese names that open or hold an English-looking word
    for name in ("Ban Bí thư", "Ủy ban Kiểm tra Trung ương", "Ban Kinh tế Trung ương"):
        assert "cấm" not in english_to_vietnamese(f"What does {name} lead?")
    # an English word after a Vietnamese place is English ("the Phú Thọ plan")
    assert "kế hoạch" in english_to_vietnamese("What sanctions does the Phú Thọ plan impose?")
    # a year asked as a time reads as the documents print it
    assert (
        "năm 2026"
        in understand("According to the Hà Tĩnh Party Committee's letter, why is 2026 special?").topic
    )


def test_a_documents_number_names_no_agency_and_other_rows_are_due() -> None:
    from assistant.due_bodies import asks_tasks_due

    q = understand(
        "Những nhiệm vụ nào trong Phụ lục Kế hoạch 617/KH-UBND tỉnh Đồng Tháp có thời gian Quí IV-2025?"
    )
    assert not q.agencies and q.intent == "period_tasks"
    assert understand("UBND tỉnh Đồng Tháp chủ trì những nhiệm vụ nào?").agencies
    assert asks_tasks_due(
        understand("Những văn bản nào phải trình UBTVQH xem xét, thông qua trước ngày 10/01/2025?")
    )
    assert asks_tasks_due(
        understand("Which resolutions must be submitted to the Standing Committee before 10/01/2025?")
    )
    assert not asks_tasks_due(understand("Văn bản nào được ban hành ngày 10/01/2025?"))


def test_the_appendix_rows_asked_by_another_noun_and_with_their_lead(view) -> None:
    # (sixty-first session: "projects", glossed "dự án", of a list of "đề án"; "Liệt kê các đề án …")
    for question in (
        "List the priority projects in the appendix of Resolution 394/NQ-CP and the body that leads each.",
        "Liệt kê các đề án ưu tiên trong phụ lục Nghị quyết 394/NQ-CP.",
    ):
        _, _, outcome = ask_view(view, question)
        for name in ("bảo vệ môi trường", "bãi chôn lấp", "thu gom rác thải"):
            assert name in outcome.text, (question, outcome.text)
