"""Rules added for questions written by others: names the index prints, periods and document numbers
understood as such, "Trung ương" only as a scope of its own, counts, listing topics, title words."""

from __future__ import annotations

import pytest

from assistant.abstain import ABSTAIN_THRESHOLD
from assistant.evidence import has_answer_type
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import answer_listing
from assistant.strategies import Evidence
from assistant.understand import DOC_NUMBER, PrintedAgencies, understand
from indexer.agencies import looks_like_agency
from indexer.records import Clause, Document
from tests.records import make_task

D, N = "dongthap.txt", "quyetdinh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(D, "Kế hoạch chuyển đổi số doanh nghiệp", "Kế hoạch", province="Đồng Tháp"),
        Document(N, "Quyết định phê duyệt đề án chuyển đổi số hạ tầng", "Quyết định", national=True),
    ]
    clauses = [
        Clause(
            D,
            "preamble",
            "Phần mở đầu",
            (),
            (1, 3),
            "KẾ HOẠCH Chuyển đổi số doanh nghiệp năm 2025.",
            "preamble",
        ),
        Clause(
            D,
            "III.1",
            "Mục III, khoản 1",
            ("III. TỔ CHỨC THỰC HIỆN",),
            (40, 41),
            "Hằng năm mở 02 lớp/năm bồi dưỡng kỹ năng quản trị cho chủ cơ sở tại các xã.",
        ),
        Clause(
            N,
            "IV.2",
            "Mục IV, khoản 2",
            ("IV. TỔ CHỨC THỰC HIỆN",),
            (80, 81),
            "Ủy ban nhân dân tỉnh Gia Lai khẩn trương hoàn thành việc sửa chữa nhà ở cho người dân.",
        ),
    ]
    tasks = [
        make_task(
            D,
            "1",
            "Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp",
            ["Sở Khoa học và Công nghệ"],
            deadline="Quí IV-2025",
            line=100,
        ),
        make_task(
            D,
            "2",
            "Hỗ trợ doanh nghiệp kinh doanh trên môi trường số",
            ["Sở Công Thương"],
            deadline="Năm 2026",
            line=110,
        ),
        make_task(
            N,
            "1",
            "Rà soát quy trình thủ tục hành chính",
            ["Cục Báo chí"],
            ["Văn phòng Bộ"],
            deadline="Tháng 11/2025",
            line=200,
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_document_numbers_with_a_session_code_are_one_number():
    assert [m.group() for m in DOC_NUMBER.finditer("Luật Việc làm số 74/2025/QH15 có hiệu lực")] == [
        "74/2025/QH15"
    ]


def test_quarter_spelled_qui_with_a_dashed_year():
    q = understand("Những nhiệm vụ nào phải hoàn thành trong Quí IV-2025?")
    assert q.quarters == ("IV",) and q.years == (2025,) and q.intent == "period_tasks"


def test_central_scope_only_on_its_own(view):
    docs = list(view.docs.values())
    assert understand("Văn bản Trung ương nào giao việc sửa chữa nhà ở?", documents=docs).provinces == (
        "Trung ương",
    )
    beside = understand(
        "Đồng Tháp cắt giảm điều kiện kinh doanh theo chỉ tiêu của Trung ương thế nào?", documents=docs
    )
    assert beside.provinces == ("Đồng Tháp",) and beside.intent != "compare"


def test_printed_office_names_are_agencies_of_the_question(view):
    printed = PrintedAgencies(["Văn phòng Bộ", "Tài chính", "Cục Du lịch Quốc gia Việt Nam"])
    assert printed.find("Van phong Bo phoi hop nhung nhiem vu nao?") == ["Văn phòng Bộ"]
    assert printed.find("Kinh phí tài chính là bao nhiêu?") == []  # a fragment of a cell is no name
    assert looks_like_agency("Công chức phòng QLTTBCXB") and not looks_like_agency("Tài chính")
    q = understand("Văn phòng Bộ phối hợp trong những nhiệm vụ nào?", agency_names=view.printed_agencies)
    assert q.agencies == ("Văn phòng Bộ",) and q.role == "coordinating"
    out = answer_listing(view, q, None)
    assert not out.abstained and out.count == 1


def test_listing_topic_drops_title_words_and_phrasing(view):
    docs = list(view.docs.values())
    q = understand(
        "Trong phụ lục Kế hoạch chuyển đổi số doanh nghiệp của Đồng Tháp, những nhiệm vụ nào ghi đúng là Quí IV-2025?",
        documents=docs,
    )
    out = answer_listing(view, q, view.allowed_docs(provinces=q.provinces))
    assert not out.abstained and out.count == 1 and "Bộ tiêu chí" in out.text


def test_counts_after_a_slash_and_counting_classifiers():
    assert has_answer_type("mở 02 lớp/năm", "count", "lớp đào tạo")
    assert has_answer_type("có ít nhất một lãnh đạo có kiến thức pháp luật", "count", "người")
    assert not has_answer_type("bồi dưỡng kỹ năng số", "count", "lớp")


def test_title_words_weigh_less_inside_their_document(view):
    from assistant.evidence import terms
    from assistant.matching import TITLE_WEIGHT, _DocWeights

    weights = _DocWeights(view, terms("chuyển đổi số doanh nghiệp kỹ năng quản trị"))
    own, other = weights[D], weights[N]
    assert own["doanh"] == pytest.approx(TITLE_WEIGHT * weights.base["doanh"])  # in Đồng Tháp's title
    assert other["doanh"] == weights.base["doanh"]  # not in the other document's title
    assert own["quan tri"] == weights.base["quan tri"]


def test_a_place_without_documents_is_looked_for_in_national_ones(view):
    from assistant.answer import Assistant

    class _Settings:  # the assistant reads only these through its searcher, which is given
        pass

    assistant = Assistant(_Settings(), searcher=view.searcher)
    answer = assistant.ask("Tỉnh Gia Lai phải khẩn trương hoàn thành việc gì về nhà ở?")
    assert not answer.abstained and any(c.lines == (80, 81) for c in answer.citations)
    missing = assistant.ask("Tỉnh Kon Tum phải khẩn trương hoàn thành việc gì về nhà ở?")
    assert missing.abstained


def test_evidence_strategy_runs_on_the_record_view(view):
    q = understand(
        "Hằng năm Đồng Tháp mở bao nhiêu lớp bồi dưỡng kỹ năng quản trị?", documents=list(view.docs.values())
    )
    out = Evidence().run(q, view, {D}, ABSTAIN_THRESHOLD)
    assert not out.abstained and "02 lớp/năm" in out.text


def test_two_asks_are_answered_each():
    from assistant.strategies import two_asks

    parts = two_asks(understand("Quy định 384-QĐ/TW do ai ký và có hiệu lực khi nào?"))
    assert parts is not None and [p.answer_type for p in parts] == ["signer", None]
    # (when a document takes effect is a fact of the document, not a task's time)
    assert [p.intent for p in parts] == ["fact", "fact"]
    # two fields of one task row: the row's answer already gives both
    assert (
        two_asks(understand("Cơ quan nào chủ trì và cơ quan nào phối hợp xây dựng Cổng pháp luật?")) is None
    )
    assert two_asks(understand("Sở Khoa học và Công nghệ chủ trì nhiệm vụ nào?")) is None
    # a comma parts two asks when the second opens with its own ask, typed with or without tone marks
    comma = two_asks(
        understand("chi tieu ty le giao dich khong dung tien mat la bao nhieu, don vi nao chu tri")
    )
    assert comma is not None and [p.intent for p in comma][1] == "lead_agency"
    assert two_asks(understand("Sở Tư pháp, Sở Nội vụ chủ trì nhiệm vụ nào?")) is None


def test_two_asks_number_their_citations_on(view):
    from assistant.strategies import run_plan

    q = understand(
        "Đồng Tháp mở bao nhiêu lớp bồi dưỡng kỹ năng quản trị và ai chủ trì xây dựng Bộ tiêu chí?"
    )
    out = run_plan(q, view, {D}, ABSTAIN_THRESHOLD)
    assert out.meta.get("asks") and [c.n for c in out.citations] == list(range(1, len(out.citations) + 1))
    assert "[2]" in out.text and "02 lớp/năm" in out.text and "Sở Khoa học và Công nghệ" in out.text


def test_shared_head_cells_name_each_office():
    from assistant.index_view import shared_head
    from assistant.listing import agency_matches

    cell = "Các Cục: Báo chí, Di sản văn hóa, Phát thanh truyền hình và Thông tin điện tử; Văn phòng Bộ"
    assert shared_head(cell) == [
        "Cục Báo chí",
        "Cục Di sản văn hóa",
        "Cục Phát thanh truyền hình và Thông tin điện tử",
    ]
    task = make_task(N, "9", "Rà soát thủ tục", ["Các Cục: Báo chí, Di sản văn hóa"])
    assert agency_matches(task, "Cục Báo chí", "lead") and not agency_matches(task, "Cục Xuất bản", "lead")


def test_a_place_inside_an_agency_name_is_no_scope():
    printed = PrintedAgencies(["Trường Đại học Luật Hà Nội"])
    q = understand("Trường Đại học Luật Hà Nội chủ trì những nhiệm vụ nào?", agency_names=printed)
    assert q.provinces == () and q.agencies == ("Trường Đại học Luật Hà Nội",)
    assert understand("Sở Tư pháp Hà Nội chủ trì những nhiệm vụ nào?", agency_names=printed).provinces == (
        "Hà Nội",
    )
    assert understand("ke hoach 174 tphcm giao so tai chinh nhiem vu gi").provinces == ("Hồ Chí Minh",)


def test_year_ranges_abbreviations_and_bare_numbers():
    from assistant.evidence import terms

    assert understand("Những nhiệm vụ nào có thời gian triển khai 2026-2028?").years == (2026, 2027, 2028)
    assert (
        "Nghị quyết 66"
        in understand("Vĩnh Long xây dựng kế hoạch thực hiện NQ 66 trong thời gian nào?").topic
    )
    assert {"66", "302"} <= terms("Nghị quyết số 66-NQ/TW và Nghị định 302/2025/NĐ-CP").unigrams
    assert "30" not in terms("ngày 30/4/2025").unigrams  # a date is not a document number


def test_two_named_documents_are_compared_one_by_one(view):
    from assistant.compare import sides

    docs = [
        Document("a.txt", "Nghị định về quỹ", "Nghị định", number="302/2025/NĐ-CP", national=True),
        Document("b.txt", "Thông tư về phân cấp", "Thông tư", number="23/2025/TT-BTP", national=True),
    ]
    q = understand(
        "Nghị định 302/2025/NĐ-CP và Thông tư 23/2025/TT-BTP, văn bản nào có hiệu lực sớm hơn?",
        documents=docs,
    )
    assert q.intent == "compare" and q.answer_type == "date" and len(q.docs) == 2
    small = IndexView(RecordSearcher(docs, [], []))
    assert [label for label, _ in sides(small, q, None)] == [
        "Nghị định 302/2025/NĐ-CP",
        "Thông tư 23/2025/TT-BTP",
    ]


def test_a_place_right_after_a_local_body_is_its_place():
    assert understand("Sở Nội vụ Hồ Chí Minh chủ trì những nhiệm vụ nào?").provinces == ("Hồ Chí Minh",)
    assert understand("Which tasks does Sở Xây dựng lead in Hồ Chí Minh?").provinces == ("Hồ Chí Minh",)
    assert understand("Học viện Chính trị quốc gia Hồ Chí Minh chủ trì những nhiệm vụ nào?").provinces == ()


def test_vietnamese_names_inside_an_english_question_do_not_make_it_vietnamese():
    from assistant.glossary import detect_language

    assert (
        detect_language("Which tasks does Báo và Phát thanh Truyền hình Lai Châu lead in Lai Châu?") == "en"
    )
    assert detect_language("Which tasks does Bộ phận tiếp nhận và trả kết quả của Sở VHTTDL lead?") == "en"
    assert detect_language("Sở Nội Vụ Hà Tĩnh Chủ Trì Những Nhiệm Vụ Nào?") == "vi"
    assert detect_language("SỞ TƯ PHÁP CHỦ TRÌ NHIỆM VỤ NÀO?") == "vi"
    assert detect_language("Do Sở Tư pháp chủ trì những nhiệm vụ nào?") == "vi"


def test_who_leads_is_not_answered_by_a_passage_that_names_nobody(view):
    q = understand(
        "Cơ quan nào chủ trì bồi dưỡng kỹ năng quản trị cho chủ cơ sở?", documents=list(view.docs.values())
    )
    out = Evidence().run(q, view, {D}, ABSTAIN_THRESHOLD)
    assert q.intent == "lead_agency" and out.abstained and out.meta["abstain"] == "no_agency"


def test_which_province_in_a_national_document_is_a_place_it_names(view):
    docs = [
        Document(
            N,
            "Quyết định phê duyệt đề án chuyển đổi số hạ tầng",
            "Quyết định",
            number="2597/QĐ-TTg",
            national=True,
        )
    ]
    q = understand(
        "Theo Quyết định 2597/QĐ-TTg, trung tâm thí điểm đặt tại tỉnh, thành phố nào?", documents=docs
    )
    assert q.intent == "fact" and q.answer_type == "place"
    assert has_answer_type("thí điểm tại tỉnh Gia Lai", "place") and not has_answer_type(
        "thí điểm tại một tỉnh", "place"
    )
    assert understand("Tỉnh nào giao Sở Tư pháp chủ trì xây dựng Cổng pháp luật?").intent == "compare"


def test_a_listing_topic_keeps_the_rows_that_hold_all_of_it(view):
    from dataclasses import replace

    from assistant.listing import rows

    q = understand(
        "Sở Khoa học và Công nghệ chủ trì những nhiệm vụ nào về bộ tiêu chí đánh giá chuyển đổi số?"
    )
    tasks = [
        make_task(
            D,
            "1",
            "Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp",
            ["Sở Khoa học và Công nghệ"],
        ),
        make_task(
            D, "2", "Tập huấn bộ tiêu chí đánh giá cho doanh nghiệp", ["Sở Khoa học và Công nghệ"], line=120
        ),
    ]
    small = IndexView(RecordSearcher(list(view.docs.values()), [], tasks))
    from assistant.evidence import terms as terms_of
    from assistant.listing import _topic_terms

    topic = _topic_terms(small, q, None)
    assert small.stats.coverage(topic, terms_of(tasks[1].name)) >= 0.5  # it shares most of the topic
    kept = rows(small, replace(q, provinces=()), None, "lead", topic)
    assert [t.number for t in kept] == ["1"]


def test_an_english_question_naming_a_printed_office_is_understood():
    printed = PrintedAgencies(["Văn phòng Bộ", "Ủy ban Đối ngoại"])
    q = understand(
        "Which tasks does Văn phòng Bộ coordinate under the Ministry's dispatch?", agency_names=printed
    )
    assert q.lang == "en" and q.agencies == ("Văn phòng Bộ",) and q.role == "coordinating"


def test_review_findings_on_question_patterns():
    from assistant.glossary import find_provinces
    from assistant.matching import _ASKS_IN_FORCE, _ASKS_RECIPIENTS, _ISSUE_DATE
    from assistant.strategies import two_asks
    from indexer.text import fold

    # a body's name before a place does not hide another place, and "cơ sở" is no body
    assert [p for p, _, _ in find_provinces("Sở Nội vụ Đồng Tháp và Hồ Chí Minh phối hợp gì?")] == [
        "Đồng Tháp"
    ]
    assert find_provinces("Các cơ sở học tập tư tưởng Hồ Chí Minh gồm những gì?") == []
    # "định kỳ", "kỷ niệm", "kỳ họp" are not "ký"
    assert not _ISSUE_DATE.search(fold("Theo Kế hoạch 617/KH-UBND, báo cáo định kỳ trước ngày nào?"))
    assert not _ISSUE_DATE.search(fold("Kỳ họp thứ 10 khai mạc ngày nào?"))
    assert _ISSUE_DATE.search(fold("Quyết định được ký vào ngày nào?"))
    # where a report is sent is not the document's recipients
    assert not _ASKS_RECIPIENTS.search(
        fold("Kế hoạch yêu cầu báo cáo kết quả gửi đến Sở Tư pháp trước ngày nào?")
    )
    assert not _ASKS_RECIPIENTS.search(fold("Who are the recipients of the support under the decree?"))
    # "effective implementation" and "hết hiệu lực" do not ask when a document enters into force
    assert not _ASKS_IN_FORCE.search(fold("When should the plan be reviewed for effective implementation?"))
    assert not _ASKS_IN_FORCE.search(fold("Luật Việc làm hết hiệu lực khi nào?"))
    # two asks joined by "va" typed without tone marks
    parts = two_asks(understand("Ke hoach 617 do ai ky va co hieu luc khi nao"))
    assert parts is not None and parts[0].answer_type == "signer"


def test_an_english_question_is_read_through_the_lexicon():
    q = understand("What is the expected result of building a smart tourism model under Project 06?")
    for word in ("thông minh", "mô hình", "du lịch", "06"):
        assert word in q.topic
    assert "mô hình" in q.search_text
    # a place's words are the place's, not money ("Dong") or a unit ("Ha")
    q = understand("What share of cooperatives in Dong Thap should apply digital technology?")
    assert q.provinces == ("Đồng Tháp",)
    assert "đồng" not in q.search_text.lower()


def test_the_lexicon_does_not_override_the_glossary():
    from assistant.glossary import english_terms

    # "fee" is the glossary's "phí", not a general word of the lexicon
    found = {phrase.lower(): term for phrase, term in english_terms("What is the fee and the time limit?")}
    assert found["fee"].kind != "word"


def test_retrieval_agreement_stands_in_for_a_translated_topic():
    from assistant.abstain import TRANSLATED_RETRIEVED_THRESHOLD, decide

    low = (ABSTAIN_THRESHOLD + TRANSLATED_RETRIEVED_THRESHOLD) / 2
    assert decide(low, ABSTAIN_THRESHOLD, [], True, translated=True).abstain is False
    assert decide(low, ABSTAIN_THRESHOLD, [], False, translated=True).abstain is True
    assert decide(low, ABSTAIN_THRESHOLD, [], True, translated=False).abstain is True
    assert decide(TRANSLATED_RETRIEVED_THRESHOLD / 2, ABSTAIN_THRESHOLD, [], True, translated=True).abstain


def test_a_document_named_by_kind_and_leading_number():
    docs = [
        Document("nq394.txt", "Nghị quyết …", "Nghị quyết", "394/NQ-CP", "Chính phủ", national=True),
        Document("tt23.txt", "Thông tư …", "Thông tư", "23/2025/TT-BTP", "Bộ Tư pháp", national=True),
        Document("kh1339.txt", "Nghị quyết …", "Nghị quyết", "1339/NQ-UBTVQH15", "UBTVQH", national=True),
    ]
    assert understand("nq 394 cac bo phai ban hanh truoc ngay nao", (), docs).docs == ("nq394.txt",)
    assert understand("Under Decree 302, how much?", (), docs).docs == ()  # no such document
    assert understand("So sánh Nghị quyết 394 và Thông tư 23", (), docs).docs == ("nq394.txt", "tt23.txt")
    # the only document with that number, named by another kind word ("kế hoạch 1339": its attached plan)
    assert understand("Kế hoạch 1339 do ai soạn thảo?", (), docs).docs == ("kh1339.txt",)
    # a cited document no index holds ("Nghị quyết 66" for 66-NQ/TW) names none
    assert understand("Nghị quyết 66 nói gì?", (), docs).docs == ()


def test_drafts_an_agency_prepares_are_a_listing():
    q = understand("Những dự thảo nghị quyết nào do Sở Tư pháp làm cơ quan soạn thảo?")
    assert q.intent == "agency_tasks"
    assert understand("Sở Nội vụ là cơ quan soạn thảo những văn bản nào?").intent == "agency_tasks"
    # which documents a plan rests on is a fact, not a listing of rows
    assert understand("Kế hoạch căn cứ những văn bản nào?").intent != "agency_tasks"


def test_what_an_english_question_counts():
    # the head noun that ends the counted phrase, in the documents' words
    assert understand("How many overseas English training classes per year are planned?").count_noun == "lớp"
    assert understand("How many tasks does the plan assign?").count_noun == "nhiệm vụ"


def test_english_listings_of_some_kind_of_rows_and_document_numbers():
    q = understand("Which appendix tasks in the Ha Tinh Resolution 66 plan are scheduled for 2027?")
    assert q.intent == "period_tasks" and q.years == (2027,)
    assert (
        understand("Which indicators is the State Bank of Vietnam responsible for?").intent == "agency_tasks"
    )
    assert understand("What is the official document number of Hai Phong's action plan?").answer_type == (
        "doc_number"
    )
    assert understand("Which two tasks take the longest?").intent != "period_tasks"


def test_share_as_a_verb_asks_for_no_percentage():
    assert (
        understand("What categories of data do Party agencies share with other agencies?").answer_type is None
    )
    assert understand("What is the minimum share of annual spending for law-making?").answer_type == "percent"


def test_english_number_words_and_enumerations():
    q = understand("What does the 'six clear' principle in letter 6225 consist of?")
    assert "6" in q.topic.split() and q.plural
    assert understand("What categories of data are shared?").plural
    assert "1" not in understand("Which one is earlier?").topic.split()


def test_the_scoped_documents_number_and_issuer_leave_the_topic():
    from assistant.matching import _without_words

    assert _without_words(
        "Bộ Văn hóa Thể thao Du lịch nêu nguyên tắc 6 rõ", "Bộ Văn hóa, Thể thao và Du lịch"
    ) == ("nêu nguyên tắc 6 rõ")
    assert _without_words("công văn số 6225 nêu gì", "6225") == "công văn số nêu gì"
    assert _without_words("Sở Tư pháp chủ trì", "Bộ Tư pháp") == "Sở Tư pháp chủ trì"


def test_an_ask_for_a_time_wins_over_an_output_word_of_the_topic():
    assert understand("Đồng Tháp báo cáo kết quả chuyển đổi số vào thời điểm nào?").intent == "deadline"
    assert understand("Kho dữ liệu BIM quốc gia được triển khai trong giai đoạn nào?").intent == "deadline"
    assert understand("When must the results be reported?").intent == "deadline"
    assert understand("Kết quả của nhiệm vụ xây dựng Cổng pháp luật là gì?").intent == "output"


@pytest.mark.parametrize(
    ("question", "scoped"),
    [
        ("At the Ministry of Culture, Sports and Tourism, which unit drafts the code of conduct?", True),
        ("What is the deadline for closing the portal at the Ministry of Culture, Sports and Tourism?", True),
        ("Tại Bộ Văn hóa, Thể thao và Du lịch, đơn vị nào chủ trì xây dựng bộ quy tắc ứng xử?", True),
        # one of the body's own units is asked for
        ("Which unit of the Culture ministry leads drafting the code of conduct?", True),
        ("Cục nào thuộc Bộ Văn hóa, Thể thao và Du lịch chủ trì xây dựng bộ quy tắc ứng xử?", True),
        # the ministry as the one who acts, or as a partner, is an agency asked about
        ("Bộ Văn hóa, Thể thao và Du lịch chủ trì xây dựng bộ quy tắc ứng xử khi nào?", False),
        ("Đơn vị nào phối hợp với Bộ Văn hóa, Thể thao và Du lịch xây dựng bộ quy tắc ứng xử?", False),
    ],
)
def test_a_body_that_issued_documents_places_the_question(question, scoped):
    docs = [
        Document("cv.txt", "Công văn về chuyển đổi số", "Công văn", issuer="Bộ Văn hóa, Thể thao và Du lịch"),
        Document("kh.txt", "Kế hoạch chuyển đổi số", "Kế hoạch", province="Đồng Tháp"),
    ]
    q = understand(question, documents=docs)
    assert (q.docs == ("cv.txt",)) is scoped, q.docs
    assert ("Bộ Văn hóa, Thể thao và Du lịch" in q.agencies) is not scoped, q.agencies


def test_when_a_document_was_issued_asks_for_its_date():
    """ "When was Resolution 1339 issued?" asks for a document's date, not for a task's deadline; "NA" and
    "MOJ" are the National Assembly and the Ministry of Justice."""
    q = understand("When was Resolution 1339 issued?")
    assert (q.intent, q.answer_type) == ("fact", "date")
    assert understand("When will the department issue the guideline?").intent == "deadline"
    assert "Quốc hội" in understand("Which NA bodies are reorganised?").search_text
    assert "Bộ Tư pháp" in understand("Who signed the MOJ circular?").search_text


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("When did the department issue the guideline for schools?", "deadline"),
        ("When was the deadline for the land plan to be adopted?", "deadline"),
        ("When was Circular 23 signed?", "fact"),
    ],
)
def test_only_a_documents_passive_asks_for_its_date(question, intent):
    assert understand(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Chỉ thị 09 giao Sở Xây dựng chủ trì những việc gì?", "agency_tasks"),
        ("Trong nhóm nhiệm vụ tạo đột phá thi hành pháp luật, những việc nào làm hàng năm?", "period_tasks"),
        ("nghi quyet 394 giao bo cong thuong nhung viec gi?", "agency_tasks"),
        # no agency, no period: plain words are no listing
        ("Những việc nào cần ưu tiên trong chuyển đổi số?", "general"),
    ],
)
def test_plain_words_list_an_agencys_or_a_periods_work(question, intent):
    assert understand(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "Which international-cooperation decree does the plan require to be strictly implemented?",
        "Which earlier Cao Bang decisions have entries repealed?",
    ],
)
def test_which_document_is_a_fact_not_an_agency_role(question):
    assert understand(question).intent == "fact"


@pytest.mark.parametrize(
    ("question", "intent", "agency"),
    [
        # "nhiệm vụ của Bộ X" asks about the ministry; "the units of the Ministry" do not place the question
        ("Nhiệm vụ của Bộ Tư pháp là gì?", None, "Bộ Tư pháp"),
        ("Which tasks do the units of the Ministry of Justice lead?", None, "Bộ Tư pháp"),
        # a document named beside a role word is no fact question; an extension is no deadline
        ("Which agency leads the directive's implementation?", "lead_agency", None),
        ("What deadline does the decision set for the report?", "deadline", None),
        ("Kết quả đầu ra của việc gia hạn nộp hồ sơ là gì?", "output", None),
    ],
)
def test_review_cases_keep_their_reading(question, intent, agency):
    docs = [Document("tt.txt", "Thông tư về phân cấp", "Thông tư", issuer="Bộ Tư pháp")]
    q = understand(question, documents=docs)
    if intent:
        assert q.intent == intent, q.intent
    if agency:
        assert agency in q.agencies and not q.docs, (q.agencies, q.docs)


def test_reporting_on_results_asks_no_output_and_ngay_may_asks_a_date():
    assert understand("Kết quả của nhiệm vụ xây dựng Cổng pháp luật là gì?").intent == "output"
    assert understand("Chế độ báo cáo kết quả thực hiện kế hoạch của Vĩnh Long thế nào?").intent != "output"
    assert understand("Kế hoạch 144 của Bắc Ninh ký ngày mấy?").answer_type == "date"


def test_a_document_named_by_a_year_like_number_is_no_year():
    from indexer.records import Document

    docs = [
        Document(
            "cb.txt", "Quyết định công bố thủ tục", "Quyết định", number="2031/QĐ-UBND", province="Cao Bằng"
        )
    ]
    q = understand("Quyết định 2031 của Cao Bằng công bố những thủ tục nào?", documents=docs)
    assert q.years == ()
    assert understand("Sở Tư pháp có nhiệm vụ nào trong kế hoạch 2026?", documents=docs).years == (2026,)


def test_an_english_listing_of_tasks_in_which_an_agency_has_a_role():
    q = understand(
        "List the Hai Phong appendix tasks in which the Department of Home Affairs is a coordinating agency."
    )
    assert q.intent == "agency_tasks" and q.role == "coordinating"
