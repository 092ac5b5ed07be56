"""Rules of the thirty-ninth session, on hand-made records and questions: two things asked alike — each in
quotation marks ("the 'discipline data' and the 'data on disciplinary decisions'"), or each after the same
ask ("who is in charge of A and who of B", "ai phụ trách chỉ tiêu A và ai phụ trách chỉ tiêu B") — are each
answered; two documents named by number, one without its issuer's code ("Luật Việc làm 74/2025 và Thông tư
23/2025/TT-BTP"), are compared; "whose … are …" asks for the items of a list; English words of this domain
("Personnel and Organization Department", "the Law on Organization of …", "bill", "for passage", "put into
operation", "specialised database", "dead or missing") read as the documents print them.
"""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.glossary import translate_question
from assistant.index_view import IndexView, RecordSearcher
from assistant.strategies import _two_alike
from assistant.understand import understand
from indexer.records import Document
from tests.records import ask_view, make_task

QD = "qd384.txt"


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("In the appendix of Regulation 384-QĐ/TW, which bodies own the 'discipline data' and the "
         "'data on disciplinary decisions'?", "the 'discipline data'", "the 'data on disciplinary decisions'"),
        ("Theo Quy định 384, cơ quan nào chủ quản “Dữ liệu kỷ luật” và “Dữ liệu Quyết định thi hành kỷ luật”?",
         "“Dữ liệu kỷ luật”", "“Dữ liệu Quyết định thi hành kỷ luật”"),
    ],
)  # fmt: skip
def test_two_quoted_things_are_the_two_halves(question, first, second):
    parts = halves(question)
    assert parts is not None and (parts.first, parts.second) == (first, second)
    assert _two_alike(question)


@pytest.mark.parametrize(
    ("question", "alike"),
    [
        ("In Bắc Ninh's indicators, who is in charge of the adult digital-signature rate and who of the "
         "cashless-transaction rate?", True),
        ("Ai phụ trách chỉ tiêu chữ ký số và ai phụ trách chỉ tiêu giao dịch không dùng tiền mặt?", True),
        # two asks of one thing, not one ask of two things
        ("Who leads the legal portal task and who coordinates it?", False),
        ("Cơ quan nào chủ trì nhiệm vụ xây dựng và vận hành Cổng pháp luật?", False),
    ],
)  # fmt: skip
def test_the_same_ask_before_each_of_two_things(question, alike):
    assert _two_alike(question) is alike


def _data_view() -> IndexView:
    docs = [
        Document(QD, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", national=True)
    ]
    tasks = [
        make_task(QD, "1", "Dữ liệu kỷ luật", ["Ban Tổ chức Trung ương"], line=651, group="",
                  group_title="Phụ lục"),
        make_task(QD, "6", "Dữ liệu Quyết định thi hành kỷ luật", ["Ủy ban Kiểm tra Trung ương"], line=799,
                  group="", group_title="Phụ lục"),
        make_task(QD, "7", "Dữ liệu tài sản", ["Văn phòng Trung ương Đảng"], line=689, group="",
                  group_title="Phụ lục"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def test_each_of_two_quoted_rows_is_answered_with_its_own_lead():
    _, _, outcome = ask_view(
        _data_view(),
        "Theo Quy định 384-QĐ/TW, cơ quan nào chủ quản “Dữ liệu kỷ luật” và “Dữ liệu Quyết định thi hành kỷ "
        "luật”?",
    )
    assert not outcome.abstained and outcome.strategy == "compare_items"
    assert "Ban Tổ chức Trung ương" in outcome.text and "Ủy ban Kiểm tra Trung ương" in outcome.text
    assert {c.lines[0] for c in outcome.citations} == {651, 799}


def test_a_number_without_its_issuers_code_names_the_document_it_opens():
    docs = [
        Document("luat.txt", "Luật Việc làm", "Luật", number="74/2025/QH15", national=True),
        Document("tt.txt", "Thông tư về phân cấp", "Thông tư", number="23/2025/TT-BTP", national=True),
    ]
    q = understand("Luật Việc làm 74/2025 và Thông tư 23/2025/TT-BTP có hiệu lực từ khi nào?", documents=docs)
    assert q.intent == "compare" and set(q.docs) == {"luat.txt", "tt.txt"}
    # one document named twice is no comparison
    one = understand("Luật 74/2025 và Luật 74/2025/QH15 có hiệu lực từ khi nào?", documents=docs)
    assert one.intent != "compare"


def test_whose_items_are_asked_as_a_list():
    assert understand("Whose personnel files are kept by the Personnel and Organization Department?").plural
    assert not understand("Whose proposal was the decision issued on?").plural


@pytest.mark.parametrize(
    ("english", "printed"),
    [
        ("the Personnel and Organization Department of the Ministry of Justice", "Vụ Tổ chức cán bộ"),
        ("the bill amending the Law on Organization of the National Assembly", "Luật Tổ chức"),
        ("the bill amending the law", "dự án luật"),
        ("submitted to the National Assembly for passage", "thông qua"),
        ("databases put into operation", "đưa vào vận hành"),
        ("three specialised databases", "cơ sở dữ liệu chuyên ngành"),
        ("how many people were dead or missing", "chết, mất tích"),
    ],
)  # fmt: skip
def test_english_words_read_as_the_documents_print_them(english, printed):
    assert printed in translate_question(english)


def test_english_coordinated_inspection_is_the_rows_phoi_hop_kiem_tra():
    assert "phối hợp kiểm tra" in translate_question("when is the coordinated inspection to be carried out")


CV = "cv6225.txt"


def _letter_view() -> IndexView:
    from indexer.records import Clause

    docs = [Document(CV, "Công văn về triển khai nhiệm vụ chuyển đổi số", "Công văn", number="6225/BVHTTDL-VP",
                     national=True)]  # fmt: skip
    clauses = [
        Clause(CV, "1", "Mục 1", (), (30, 33),
               "1. Các cơ quan, đơn vị thực hiện nghiêm công văn này; công văn này thay thế công văn số "
               "100/BVHTTDL-VP của Bộ."),
        Clause(CV, "2", "Mục 2", (), (40, 41), "2. Văn phòng Bộ"),
        Clause(CV, "2.1", "Mục 2, ý 1", ("2. Văn phòng Bộ",), (42, 43),
               "- Tổng hợp kết quả thực hiện nhiệm vụ chuyển đổi số, báo cáo Bộ trưởng hằng quý."),
        Clause(CV, "3", "Mục 3", (), (44, 45), "3. Vụ Tổ chức cán bộ"),
        Clause(CV, "3.1", "Mục 3, ý 1", ("3. Vụ Tổ chức cán bộ",), (46, 51),
               "- Quán triệt, hướng dẫn các cơ quan, đơn vị đưa nội dung kết quả thực hiện nhiệm vụ chuyển đổi số "
               "vào công tác thi đua, khen thưởng."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def test_what_a_letter_asks_a_body_no_row_names_is_read_in_its_passages():
    query, _, outcome = ask_view(
        _letter_view(),
        "What does Official Letter 6225 ask the Department of Organisation and Personnel to do?",
    )
    assert query.intent == "agency_tasks" and query.agencies == ("Vụ Tổ chức cán bộ",)
    assert not outcome.abstained and "công tác thi đua, khen thưởng" in outcome.text


def test_what_follows_a_colon_and_asks_names_no_things():
    parts = halves(
        "Trong Kế hoạch 144, chỉ tiêu tỷ lệ người dân có Sổ sức khỏe điện tử và chỉ tiêu tỷ lệ dân số tiếp cận "
        "dịch vụ số: chỉ tiêu nào đặt mức cao hơn, và cơ quan nào chủ trì mỗi chỉ tiêu?"
    )
    assert parts is not None
    assert parts.first == "chỉ tiêu tỷ lệ người dân có Sổ sức khỏe điện tử"
    assert parts.second == "chỉ tiêu tỷ lệ dân số tiếp cận dịch vụ số"
    # the things after a colon that asks before it stay the things
    after = halves("Which starts earlier: the dissemination and training task or the inspection of the Law?")
    assert after is not None and after.first == "the dissemination and training task"


def test_what_two_bodies_must_do_is_asked_of_each():
    from assistant.strategies import CompareItems

    question = (
        "Official Dispatch 227/CĐ-TTg sets two deadlines for ministries: what must the Ministry of Finance do "
        "by 26/11/2025 and what must the Ministry of Education and Training do by 30/11/2025?"
    )
    query = understand(question)
    assert query.intent == "agency_tasks" and _two_alike(question) and CompareItems().applies(query)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("what is due before 31 December 2025?", {"December"}),
        ("what is due before 15 December every year?", {"December"}),
        ("what was signed on December 5, 2025?", {"December"}),
        # a month without its day is what the evidence must print ("ngày tháng 6 năm 2025" leaves it blank)
        ("on exactly which day in June 2025 was it issued?", set()),
    ],
)  # fmt: skip
def test_the_month_of_an_english_date_with_its_day_is_a_time(text, dated):
    from assistant.matching import _EN_DAY_MONTH, _EN_MONTH_DAY

    found = {m.group(1) for m in _EN_DAY_MONTH.finditer(text)} | {
        m.group(1) for m in _EN_MONTH_DAY.finditer(text)
    }
    assert found == dated


def test_agencies_as_the_text_prints_them():
    from assistant.duties import said_names
    from indexer.agencies import find_agencies, printed_agencies

    text = (
        "Chỉ thị giao Thanh tra thành phố, Công an thành phố và Ban Quản lý các khu chế xuất và công nghiệp"
    )
    assert printed_agencies(text) == [
        "Thanh tra thành phố",
        "Công an thành phố",
        "Ban Quản lý các khu chế xuất và công nghiệp",
    ]
    assert find_agencies(text) == ["Thanh tra tỉnh", "Công an tỉnh", "Ban Quản lý Khu kinh tế tỉnh"]
    query = understand(f"{text} làm những việc gì?")
    assert said_names(query) == ", ".join(printed_agencies(text))
    # the names are no words of the topic, as printed or as canonical
    assert "phố" not in query.topic and "xuất" not in query.topic
    # typed without marks, the canonical names are said
    bare = understand("giao thanh tra thanh pho va cong an thanh pho lam nhung viec gi")
    assert said_names(bare) == "Thanh tra tỉnh, Công an tỉnh"


def test_a_first_issue_is_not_the_procedure_of_a_reissue():
    from assistant.special import procedure_unlisted

    reissue = (
        "Quy trình số 02: 2.1. Thủ tục cấp lại giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật; "
        "2.2. Thủ tục cấp lại giấy chứng nhận đủ điều kiện hành nghề tu bổ di tích"
    )
    asked = "Thủ tục cấp mới giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật gồm mấy bước?"
    assert procedure_unlisted(asked, reissue)
    assert procedure_unlisted(asked.replace("cấp mới", "cấp lại"), reissue) is None
    both = reissue + "; 2.3. Thủ tục cấp giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật"
    assert procedure_unlisted(asked, both) is None


@pytest.mark.parametrize(
    "question",
    [
        "Cơ quan nào chủ trì nhiệm vụ rà soát văn bản và cơ quan nào phối hợp nhiệm vụ rà soát văn bản?",
        "What is the deadline for the review of land prices and what is the lead agency for the review of land prices?",
    ],
)
def test_one_thing_asked_two_ways_is_no_pair(question):
    assert not _two_alike(question)


def test_an_apostrophe_inside_a_word_opens_no_quotation():
    assert (
        halves("Which bodies own the 'People's Council data' and the 'data on disciplinary decisions'?")
        is None
    )


def test_an_issuer_set_aside_keeps_its_words_out_of_the_bodys_and_in_the_topic():
    topic = understand(
        "Theo Thông tư của Bộ Tài chính, Sở Tư pháp có những nhiệm vụ gì về báo cáo tài chính?"
    ).topic
    assert "báo cáo tài chính" in topic


@pytest.mark.parametrize(
    "evidence",
    [
        "Thủ tục cấp, cấp lại Giấy phép hoạt động",
        "1. Cấp giấy phép hoạt động; 2. Cấp lại giấy phép hoạt động",
    ],
)
def test_a_first_issue_said_otherwise_is_listed(evidence):
    from assistant.special import procedure_unlisted

    assert procedure_unlisted("Thủ tục cấp mới giấy phép hoạt động gồm mấy bước?", evidence) is None


def test_a_modal_may_is_no_month():
    from assistant.matching import _EN_DAY_MONTH

    assert not _EN_DAY_MONTH.search("Clause 3 may apply to the Fund")
    assert _EN_DAY_MONTH.search("before 1 May 2026")
