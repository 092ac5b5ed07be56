"""Rules of the thirty-third session, on hand-made records and questions: a body no task row assigns anything,
named in a task question, owns the task through the document it issued ("the MOCST task to build …"); a
listing question may name a cell's value after its column word without quotes and without tone marks ("… có
tiến độ theo ket qua ra soat …"), and the value is shown as printed; "What is the period / duration of …" and
"How long do X have for the task …" ask a time; "how many positions (biên chế)" counts the glossed word; "On
which Department of Finance document was … issued?" asks for the proposal, not a lead; "What does the plan
assign to X?" asks X's duties; a sentence that names the department asked of is quoted before one that does
not; "the draft resolution" does not name a draft letter; a row that prints the document number asked of
answers before a like passage; a named institution ("tại Bệnh viện …") says where; "những nhiệm vụ trọng tâm
nào" lists; "… của A và của B lần lượt là …" asks one thing of each; two rows named by the resolutions they
amend are asked one by one; "examine the amendment" is "thẩm tra".
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

PLAN, CV, NQ = "kh_hcm.txt", "cv_bvhttdl.txt", "nq_ubtvqh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(PLAN, "Kế hoạch thực hiện công tác bình đẳng giới năm 2025", "Kế hoạch", number="174/KH-UBND",
                 province="Hồ Chí Minh", issuer="UBND Thành phố Hồ Chí Minh"),
        Document(CV, "Công văn về nhiệm vụ chuyển đổi số", "Công văn", number="6225/BVHTTDL-VP",
                 national=True, issuer="Bộ Văn hóa, Thể thao và Du lịch"),
        Document(NQ, "Nghị quyết ban hành Kế hoạch sửa đổi các nghị quyết", "Nghị quyết",
                 number="1339/NQ-UBTVQH15", national=True, issuer="Ủy ban Thường vụ Quốc hội"),
    ]  # fmt: skip
    goals = ("II. MỤC TIÊU",)
    money = ("VI. KINH PHÍ THỰC HIỆN",)
    clauses = [
        Clause(PLAN, "II.1", "Mục II, khoản 1", goals, (40, 42),
               "- Chỉ tiêu 1: Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống "
               "giáo dục quốc dân theo Kế hoạch này."),
        Clause(PLAN, "VI.1", "Mục VI, khoản 1", money, (443, 445),
               "1. Các sở, ban, ngành xây dựng dự toán kinh phí từ ngân sách hằng năm để triển khai thực hiện "
               "Kế hoạch này."),
    ]  # fmt: skip
    tasks = [
        make_task(CV, "5", "Triển khai xây dựng 03 nền tảng, trong đó có Nền tảng số du lịch Việt Nam",
                  ["Trung tâm Chuyển đổi số VHTTDL"], ["Vụ Khoa học công nghệ, Đào tạo và Môi trường"],
                  deadline="Tháng 12/2025", output="Kế hoạch xây dựng và triển khai cụ thể", line=257),
        make_task("kh_quangngai.txt", "1.5", "Hướng dẫn kiểm kê tài sản kết cấu hạ tầng văn hóa, thể thao và du lịch",
                  ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"], deadline="Trước ngày 30/11/2025",
                  output="Văn bản hướng dẫn", line=375),
        replace(make_task(NQ, "1", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 29/2022/QH15",
                          ["Tổng Thư ký Quốc hội"], deadline="Theo kết quả rà soát, đề xuất của các cơ quan", line=68),
                extra=(("Cơ quan thẩm tra", "Ủy ban Pháp luật chủ trì thẩm tra"),)),
        replace(make_task(NQ, "2", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 44/2024/UBTVQH15",
                          ["Ban Công tác đại biểu"], deadline="Theo kết quả rà soát, đề xuất của các cơ quan", line=71),
                extra=(("Cơ quan thẩm tra", "Ủy ban Xã hội chủ trì thẩm tra"),)),
        make_task(NQ, "3", "Nghị quyết về việc giải thể Viện Nghiên cứu lập pháp",
                  ["Ban Công tác đại biểu"], deadline="Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025", line=54),
    ]  # fmt: skip
    return IndexView(RecordSearcher([*docs, Document("kh_quangngai.txt", "Kế hoạch kiểm kê tài sản công",
                                                      "Kế hoạch", province="Quảng Ngãi")], clauses, tasks))  # fmt: skip


def test_a_body_no_row_assigns_owns_the_task_through_its_document(view):
    query, scope, outcome = ask_view(
        view,
        "What is the deliverable of the MOCST task to build three platforms, including the tourism platform?",
    )
    assert scope == {CV}
    assert "Kế hoạch xây dựng và triển khai cụ thể" in outcome.text, outcome.text
    # a body that rows do assign is the one asked to do the task, not an owner
    query, scope, _ = ask_view(
        view, "Who coordinates the Department of Culture, Sports and Tourism's inventory guidance?"
    )
    assert scope != {CV}


@pytest.mark.parametrize(
    "question, value",
    [
        ("nhung nghi quyet nao trong ke hoach co tien do theo ket qua ra soat de xuat cua cac co quan",
         "theo ket qua ra soat de xuat cua cac co quan"),
        ("Những nhiệm vụ nào có thời hạn trình UBTVQH xem xét, thông qua?", "trinh ubtvqh xem xet thong qua"),
        ("Những nhiệm vụ nào có thời hạn năm 2025?", ""),  # two words: a period, read as one
        ("Nghị quyết nào có tiến độ chậm nhất", ""),  # no "nào/gì" before the column word … and no value
    ],
)  # fmt: skip
def test_a_cell_value_named_after_its_column_word(question, value):
    from assistant.listing import column_value

    assert column_value(question) == value


def test_rows_are_listed_by_an_unquoted_unaccented_cell_value_shown_as_printed(view):
    _, _, outcome = ask_view(
        view,
        "nhung nghi quyet nao trong ke hoach kem theo nghi quyet 1339 co tien do theo ket qua ra soat de xuat",
    )
    assert outcome.strategy == "cell_listing", outcome.text
    assert "“Theo kết quả rà soát, đề xuất”" in outcome.text
    assert "29/2022/QH15" in outcome.text and "44/2024/UBTVQH15" in outcome.text
    assert "Viện Nghiên cứu lập pháp" not in outcome.text


@pytest.mark.parametrize(
    "question, intent",
    [
        ("What is the period of HCMC's 2025 Action Month for gender equality?", "deadline"),
        ("What is the implementation period of the plan?", "deadline"),
        ("What is the duration of the unemployment benefit?", "deadline"),
        ("What is the purpose of the plan?", "general"),
    ],
)
def test_a_period_or_duration_asks_a_time(question, intent):
    assert understand(question).intent == intent


def test_a_count_glossed_in_vietnamese_counts_the_documents_word():
    query = understand(
        "How many civil-servant positions (biên chế) does Circular 23/2025/TT-BTP allocate to each department?"
    )
    assert (query.answer_type, query.count_noun) == ("count", "biên chế")


@pytest.mark.parametrize(
    "question, intent, answer_type",
    [
        ("On which Department of Finance document was Quảng Ngãi's Decision 1627/QĐ-UBND issued?", "general",
         "proposal"),
        ("Which department reports to the Provincial People's Committee on the inventory results?", "lead_agency",
         None),
        ("How long do Phú Thọ's departments have for the task of cutting investment conditions?", "deadline", None),
        ("How long do employers have to notify the employment service centre?", "general", "duration"),
    ],
)  # fmt: skip
def test_what_the_question_asks_for(question, intent, answer_type):
    query = understand(question)
    assert (query.intent, query.answer_type) == (intent, answer_type)


def test_what_a_plan_assigns_to_a_body_asks_its_duties():
    from assistant.duties import asks_duties

    assert asks_duties(
        understand("What does Bac Ninh's Plan 144 assign to the provincial Department of Construction?")
    )
    assert asks_duties(understand("What is assigned to the Department of Health in the plan?"))
    assert not asks_duties(understand("Which department is assigned the inventory task?"))


def test_a_sentence_that_names_the_department_asked_of_is_quoted():
    doc = "qd_quangngai.txt"
    docs = [Document(doc, "Quyết định ban hành Kế hoạch kiểm kê", "Quyết định", number="1627/QĐ-UBND",
                     province="Quảng Ngãi", issuer="UBND tỉnh Quảng Ngãi")]  # fmt: skip
    clauses = [
        Clause(doc, "preamble", "Phần mở đầu", (), (10, 14),
               "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025. Căn cứ Luật Quản lý, sử dụng "
               "tài sản công ngày 21 tháng 6 năm 2017. Căn cứ Quyết định số 3531/QĐ-BTC ngày 17 tháng 10 năm 2025 "
               "của Bộ trưởng Bộ Tài chính về ban hành Kế hoạch tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn "
               "vị. Theo đề nghị của Sở Tài chính tại Công văn số 3679/STC-QLGCS ngày 05 tháng 11 năm 2025. Quyết "
               "định này có hiệu lực kể từ ngày ký."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(view, "Quyết định 1627 nêu văn bản nào của Sở Tài chính?", 0.2)
    assert "3679/STC-QLGCS" in outcome.text and "3531/QĐ-BTC" not in outcome.text, outcome.text


def test_a_draft_of_another_kind_does_not_name_the_draft_letter():
    from assistant.matching import hinted_docs

    docs = {
        "cv.txt": Document("cv.txt", "Dự thảo công văn về Nghị quyết 66", "Công văn", draft=True, province="Hà Tĩnh"),
        "nq.txt": Document("nq.txt", "Nghị quyết ban hành Kế hoạch", "Nghị quyết", national=True),
    }  # fmt: skip
    asked = understand(
        "What dossier is submitted for the draft resolution amending Resolution 1156/2016/UBTVQH13?"
    )
    assert hinted_docs(asked, set(docs), docs) != {"cv.txt"}
    letter = understand("What does the draft letter ask the commune Party committees to do?")
    assert hinted_docs(letter, set(docs), docs) == {"cv.txt"}


def test_the_row_that_prints_the_document_number_asked_of_answers():
    from assistant.matches import Found, SentenceMatch, TaskMatch
    from indexer.records import Chunk

    row = make_task(NQ, "4", "Nghị quyết sửa đổi Nghị quyết số 1156/2016/UBTVQH13 về Ban Dân nguyện", ["Ban Dân nguyện"],
                    output="Hồ sơ trình UBTVQH gồm có: (1) Tờ trình; (2) Dự thảo Nghị quyết; (3) Báo cáo thẩm tra")  # fmt: skip
    other = Chunk(doc=NQ, kind="clause", lines=(68, 70), section="Phụ lục", context="",
                  text="- Hồ sơ trình UBTVQH gồm có: (1) Tờ trình về dự thảo Nghị quyết; (2) Dự thảo Nghị quyết")  # fmt: skip
    found = Found(tasks=[TaskMatch(0.72, row)], sentences=[SentenceMatch(0.74, other, other.text)])
    asked = (
        "Hồ sơ trình UBTVQH đối với dự thảo Nghị quyết sửa đổi Nghị quyết 1156/2016/UBTVQH13 gồm những gì?"
    )
    assert isinstance(found.choose("general", None, "", asked), TaskMatch)
    assert isinstance(found.choose("general", None, "", "Hồ sơ trình UBTVQH gồm những gì?"), SentenceMatch)


@pytest.mark.parametrize(
    "text, where",
    [
        ("Tổng kết mô hình một cửa triển khai thí điểm tại Bệnh viện Hùng Vương.", True),
        ("Tổ chức tập huấn ở các trường trên địa bàn.", True),
        ("Tổng kết mô hình một cửa và nhân rộng trong năm 2026.", False),
    ],
)
def test_a_named_institution_says_where(text, where):
    from assistant.evidence import has_answer_type

    assert has_answer_type(text, "location") is where


def test_the_words_of_the_documents_for_english_asks():
    from assistant.glossary import english_terms

    vi = {
        p: t.vi[0] for p, t in english_terms("the one-stop model; badly damaged homes; building new houses")
    }
    assert vi.get("one-stop") == "một cửa"
    assert vi.get("badly damaged") == "hư hỏng"
    assert vi.get("building new") == "xây mới"


@pytest.mark.parametrize(
    "question, intent",
    [
        ("Những nhiệm vụ trọng tâm nào trong Phụ lục phải hoàn thành trong Quí IV-2025?", "period_tasks"),
        ("Hạn báo cáo của đối tượng kiểm kê gửi cơ quan cấp trên và của UBND xã gửi Sở Tài chính lần lượt là khi nào?",
         "compare"),
        ("The deadlines of the inventory report and of the audit report, respectively?", "compare"),
        ("Các bước của quy trình lần lượt là gì?", "general"),  # steps in order: no two things
        # (a body's specific duties may be its part of the text: not read as a listing of rows)
        ("Trong phần Tổ chức thực hiện, Sở Nội vụ được giao những nhiệm vụ cụ thể nào?", "general"),
    ],
)  # fmt: skip
def test_describing_words_and_respectively(question, intent):
    assert understand(question).intent == intent


def test_respectively_ends_the_second_thing():
    from assistant.compare_items import halves

    parts = halves(
        "Hạn báo cáo của đối tượng kiểm kê gửi cơ quan cấp trên và của UBND xã gửi Sở Tài chính lần lượt là khi nào?"
    )
    assert parts is not None and parts.second == "của UBND xã gửi Sở Tài chính"


def test_two_rows_of_a_drafting_table_named_by_the_resolutions_they_amend():
    from assistant.strategies import CompareItems

    two = "In the NQ 1339 plan, which committees examine the amendment of Resolution 730/2004 and of Resolution 44/2024?"
    assert CompareItems().applies(understand(two))
    one = "In the NQ 1339 plan, which committee examines the amendment of Resolution 730/2004 on salaries?"
    assert not CompareItems().applies(understand(one))


def test_a_committee_that_examines_a_draft_is_tham_tra():
    from assistant.glossary import english_terms

    vi = {
        p: t.vi[0] for p, t in english_terms("Which committee examines the amendment? Who inspects the fund?")
    }
    assert "thẩm tra" in vi.values()
    assert vi.get("inspects") == "kiểm tra"


def test_what_a_plan_asks_a_body_to_do_in_its_implementation_section_is_its_part_of_the_text():
    from assistant.strategies import Listing

    doc = "kh_hatinh.txt"
    docs = [
        Document(doc, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number="12/KH-UBND", province="Hà Tĩnh")
    ]
    section = ("III. TỔ CHỨC THỰC HIỆN",)
    clauses = [
        Clause(doc, "III.2", "Mục III, khoản 2", section, (80, 81),
               "2. Sở Tài chính chủ trì bảo đảm nguồn kinh phí thực hiện hằng năm theo Nghị quyết số 66-NQ/TW."),
    ]  # fmt: skip
    tasks = [make_task(doc, "14", "Xây dựng cơ chế, chính sách ưu đãi phát triển kinh tế tư nhân", ["Sở Tài chính"],
                       line=300)]  # fmt: skip
    asked = "What does Hà Tĩnh's plan ask the Department of Finance to do in its implementation section?"
    query, scope, outcome = ask_view(IndexView(RecordSearcher(docs, clauses, tasks)), asked)
    assert Listing().run(query, IndexView(RecordSearcher(docs, clauses, tasks)), scope, 0.45) is None
    assert "bảo đảm nguồn kinh phí" in outcome.text and "kinh tế tư nhân" not in outcome.text, outcome.text


@pytest.mark.parametrize(
    "question, cited",
    [
        ("which committee examines the amendment of Resolution 730/2004 (salary tables)?", True),
        ("Hồ sơ đối với Nghị quyết 1156/2016/UBTVQH13 gồm những gì?", True),
        ("Nhiệm vụ nào phải xong trước ngày 15/11/2025?", False),  # a day
        ("Nhiệm vụ nào phải xong trong tháng 11/2025?", False),  # a month
    ],
)
def test_a_document_number_with_its_year_names_the_row_that_prints_it(question, cited):
    from assistant.matches import prints_cited_number

    row = make_task(NQ, "3", "Nghị quyết sửa đổi Nghị quyết số 730/2004/NQ-UBTVQH11 và Nghị quyết số "
                    "1156/2016/UBTVQH13; hoàn thành tháng 11/2025, trước ngày 15/11/2025", ["Ban Công tác đại biểu"])  # fmt: skip
    assert prints_cited_number(question, row) is cited
