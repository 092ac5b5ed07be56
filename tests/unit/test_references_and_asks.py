"""Rules of the eighteenth session, on hand-made text and records: a sub-item number printed alone on its
line ("*3.1." with its title on the next line) opens an item; cross-references inside a document ("các
nhiệm vụ tại mục (IV)(3.4)(a)", "điểm c, g mục 1 … Phần III Điều 1") are followed and the items they point
to quoted; and a few ways of asking: "Kế hoạch số bao nhiêu …" (a number, not a count), "bao nhiêu … và
bao nhiêu người chết" (what is counted), "'X' được hiểu là đơn vị nào" (a definition, not a lead agency),
"… nêu những văn bản nào ở phần căn cứ" (the legal bases), "List the … tasks of … that are led by …"."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.references import references
from assistant.understand import understand
from indexer.clean import clean_lines
from indexer.outline import parse_outline
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

BN = "kehoach_bacninh.txt"
QD = "quyetdinh_de_an.txt"
TT = "thongtu_phancap.txt"


def test_a_sub_item_number_alone_on_its_line_opens_the_item() -> None:
    text = """I. PHÁT TRIỂN NGÀNH, LĨNH VỰC
1. Nông nghiệp
1.1. Trồng trọt
a) Nội dung thứ nhất.
2. Thương mại
2.1.
Thương mại điện tử
a) Thúc đẩy thương mại điện tử.
b) Đào tạo lực lượng thương mại điện tử.
2.2.
Logistics
a) Phát triển hải quan số:
- Số hóa hoàn toàn chứng từ.
"""
    outline = parse_outline("t.txt", list(enumerate(clean_lines(text.split("\n")), 1)))
    paths = {c.path: c for c in outline.clauses}
    assert "I.2.1.b" in paths and "I.2.2.a" in paths
    assert paths["I.2.2"].lines[0] == 10  # "2.2." alone, its title on the next line
    assert paths["I.2.2.a"].text.startswith("a) Phát triển hải quan số")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a) Chủ trì triển khai các nhiệm vụ tại mục (IV)(3.4)(a);", [["IV", "3", "4", "a"]]),
        ("Chủ trì các nhiệm vụ tại mục (IV) (4.1) (4.2) và Phụ lục của Kế hoạch.", [["IV", "4", "1"], ["IV", "4", "2"]]),
        (
            "Phối hợp thực hiện các nhiệm vụ quy định tại các điểm c, g mục 1, điểm d mục 3 Phần III Điều 1 Quyết định này.",
            [["Điều 1", "III", "1", "c"], ["Điều 1", "III", "1", "g"], ["Điều 1", "III", "3", "d"]],
        ),
        ("theo quy định tại điểm a khoản 2 Điều 5 của Luật này", [["Điều 5", "2", "a"]]),
        ("theo khoản 2 Điều 7 Nghị định số 302/2025/NĐ-CP", []),  # another document's
        ("khoản 3 Điều 9 của Luật Đất đai", []),
        ("thực hiện các nhiệm vụ tại mục 3", []),  # which part's item 3 is not said
        ("theo quy định tại điểm d, điểm đ khoản 1 Điều này", [["?", "1", "d"], ["?", "1", "đ"]]),
        ("khoản 2 Điều 7 và khoản 3 Điều 8 Nghị định số 15/2020/NĐ-CP", []),  # a chained tail names another
        ("điểm a khoản 1 Điều 2, điểm b khoản 3 Điều 4 Luật Đất đai", []),
        ("khoản 1 Điều 5 Hiến pháp năm 2013", []),
        ("các nhiệm vụ tại mục (c)(d)", [["c", "d"]]),  # two points, not part C
    ],
)  # fmt: skip
def test_references_are_read_from_the_texts_numbering_words(text, expected) -> None:
    assert references(text) == expected


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(BN, "Kế hoạch phát triển kinh tế số tỉnh Bắc Ninh", "Kế hoạch", number="144/KH-UBND",
                 province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh"),
        Document(QD, "Quyết định phê duyệt Đề án chuyển đổi số hạ tầng", "Quyết định", number="2597/QĐ-TTg",
                 issuer="Thủ tướng Chính phủ"),
        Document(TT, "Thông tư về phân cấp quản lý cán bộ", "Thông tư", number="23/2025/TT-BTP", issuer="Bộ Tư pháp"),
    ]  # fmt: skip
    clauses = [
        Clause(BN, "IV.3.4", "Mục IV, khoản 3, tiểu mục 3.4", ("IV. PHÁT TRIỂN",), (773, 782),
               "3.4. Lĩnh vực logistics Ứng dụng công nghệ số nhằm tối ưu hóa chi phí logistics."),
        Clause(BN, "IV.3.4.a", "Mục IV, khoản 3, tiểu mục 3.4, điểm a", ("IV. PHÁT TRIỂN", "3.4. Lĩnh vực logistics"),
               (784, 784), "a) Phát triển hải quan số:"),
        Clause(BN, "IV.3.4.a.-1", "Mục IV, khoản 3, tiểu mục 3.4, điểm a, ý 1", ("3.4. Lĩnh vực logistics",),
               (786, 787), "- Số hóa hoàn toàn chứng từ, tiến tới phi giấy tờ trong thủ tục hải quan."),
        Clause(BN, "IV.3.4.a.-2", "Mục IV, khoản 3, tiểu mục 3.4, điểm a, ý 2", ("3.4. Lĩnh vực logistics",),
               (789, 791), "- Nghiên cứu, đề xuất thí điểm khu thương mại tự do (FTZ)."),
        Clause(BN, "VI.17", "Mục VI, khoản 17", ("VI. TỔ CHỨC THỰC HIỆN",), (1275, 1276),
               "17. Chi cục Hải quan khu vực V"),
        Clause(BN, "VI.17.a", "Mục VI, khoản 17, điểm a", ("VI. TỔ CHỨC THỰC HIỆN", "17. Chi cục Hải quan khu vực V"),
               (1278, 1279), "a) Chủ trì triển khai các nhiệm vụ tại mục (IV)(3.4)(a);"),
        Clause(QD, "III.1.c", "Mục III, khoản 1, điểm c", ("III. NHIỆM VỤ",), (198, 203),
               "c) Xây dựng và ban hành các tiêu chuẩn quốc gia về cơ sở dữ liệu số công trình hạ tầng;"),
        Clause(QD, "III.6.b", "Mục III, khoản 6, điểm b", ("III. NHIỆM VỤ",), (363, 365),
               "b) Xây dựng khung năng lực và tổ chức đào tạo, bồi dưỡng cán bộ về chuyển đổi số hạ tầng."),
        Clause(QD, "V.2.b", "Mục V, khoản 2, điểm b", ("V. TỔ CHỨC THỰC HIỆN", "2. Bộ Khoa học và Công nghệ"),
               (443, 445), "b) Phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ quy định tại các điểm c mục 1, "
               "điểm b mục 6 Phần III Điều 1 Quyết định này."),
        Clause(TT, "Điều 2.2.b", "Điều 2, khoản 2, điểm b", ("Điều 2. Đối tượng áp dụng",), (69, 70),
               "b) Đơn vị sự nghiệp công lập thuộc Bộ tự bảo đảm chi thường xuyên (sau đây gọi là đơn vị sự "
               "nghiệp thuộc Bộ nhóm 2);"),
    ]  # fmt: skip
    tasks = [
        make_task(BN, "1", "Xây dựng nền tảng dữ liệu số nông nghiệp", ["Sở Nông nghiệp và Môi trường"], line=900),
        make_task(BN, "2", "Phát triển hạ tầng số dùng chung", ["Sở Khoa học và Công nghệ"], line=910),
        make_task(BN, "3", "Xây dựng chính sách phát triển khoa học, công nghệ", ["Sở Khoa học và Công nghệ"], line=920),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _followed(view, doc: str, path: str):
    from assistant.references import follow
    from assistant.statement import citations

    cites = citations(view, understand("Cơ quan nào làm gì?"))
    clause = next(c for c in view.clauses(doc) if c.path == path)
    n = cites.clause(clause)
    return follow(view, f"“{clause.text}” [{n}]", list(cites.items), "vi")


def test_a_referenced_item_is_quoted_with_its_own_items(view) -> None:
    text, cited = _followed(view, BN, "VI.17.a")
    assert "Số hóa hoàn toàn chứng từ" in text and "(FTZ)" in text
    assert [c.lines for c in cited] == [(1278, 1279), (784, 791)]
    assert text.count("[2]") == 1


def test_references_inner_to_outer_resolve_under_the_part_they_name(view) -> None:
    text, cited = _followed(view, QD, "V.2.b")
    assert "khung năng lực" in text and "tiêu chuẩn quốc gia" in text
    assert {c.lines for c in cited} == {(443, 445), (198, 203), (363, 365)}


def test_a_plan_asked_by_its_number_is_a_number_not_a_count() -> None:
    q = understand("Kế hoạch số bao nhiêu là kế hoạch của UBND tỉnh Hà Tĩnh triển khai Nghị quyết 66-NQ/TW?")
    assert q.answer_type == "doc_number"


def test_what_is_counted_skips_the_conjunction_of_two_asks() -> None:
    q = understand("Đợt mưa lũ gây thiệt hại ước tính bao nhiêu và bao nhiêu người chết, mất tích?")
    assert q.answer_type == "count" and q.count_noun == "nguoi chet"


def test_a_defined_term_asked_as_which_unit_is_a_definition(view) -> None:
    question = "Trong Thông tư 23/2025/TT-BTP, 'đơn vị sự nghiệp thuộc Bộ nhóm 2' được hiểu là đơn vị nào?"
    query, _, outcome = ask_view(view, question)
    assert query.intent == "fact"
    assert not outcome.abstained and "tự bảo đảm chi thường xuyên" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Quyết định của tỉnh Vĩnh Long nêu những văn bản nào ở phần căn cứ?",
        "Phần căn cứ của Quyết định 1218 gồm những văn bản nào?",
    ],
)
def test_the_bases_asked_as_the_preamble_part(question) -> None:
    assert understand(question).answer_type == "legal_basis"


def test_list_the_tasks_led_by_an_agency_is_a_listing(view) -> None:
    query, _, outcome = ask_view(
        view, "List the tasks of the Bac Ninh plan that are led by the Department of Science and Technology."
    )
    assert query.intent == "agency_tasks"
    assert "Phát triển hạ tầng số dùng chung" in outcome.text and "Xây dựng chính sách" in outcome.text
    assert understand(
        "In the ministry's list of priority tasks, which agency leads the smart-tourism task?"
    ).intent != ("agency_tasks")


def test_an_item_no_one_is_named_for_is_answered_by_the_body_given_it_by_reference(view) -> None:
    _, _, outcome = ask_view(view, "Ở Bắc Ninh, đơn vị nào chủ trì phát triển hải quan số?", threshold=0.3)
    assert not outcome.abstained
    assert "Chi cục Hải quan khu vực V" in outcome.text and "(IV)(3.4)(a)" in outcome.text
    assert (1278, 1279) in {c.lines for c in outcome.citations}


def test_a_dash_inside_a_sentence_joins_and_a_dash_after_punctuation_opens_an_item() -> None:
    from assistant.evidence import split_sentences

    joined = "Phát triển du lịch, dịch vụ, logistics gắn với cảng biển nước sâu Vũng Áng - Sơn Dương. Kịp thời xem xét."
    assert split_sentences(joined)[0].endswith("Vũng Áng - Sơn Dương.")
    listed = "Các nội dung hỗ trợ thi hành Luật bao gồm như sau: - Hướng dẫn áp dụng các văn bản quy phạm pháp luật; - Tổ chức tiếp nhận kiến nghị của cá nhân."
    assert split_sentences(listed)[-1] == "- Tổ chức tiếp nhận kiến nghị của cá nhân."


def test_the_law_a_plan_implements_says_which_plan_not_which_task() -> None:
    from assistant.matching import without_document_names

    doc = Document(
        "kh_laichau.txt",
        "Kế hoạch TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT",
        "Kế hoạch",
        province="Lai Châu",
    )
    q = understand(
        "Cơ quan phối hợp kiểm tra việc thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật ở Lai Châu là ai?"
    )
    topic = without_document_names(q, {doc.name: doc}, {doc.name}).topic
    assert "kiểm tra" in topic and "Tiêu chuẩn" not in topic


def test_an_english_party_standing_committee_letter_names_the_party_document() -> None:
    q = understand(
        "Who signed the Hà Tĩnh Provincial Party Standing Committee's letter on Resolution 66-NQ/TW?"
    )
    assert {"tỉnh ủy", "công văn"} <= set(q.doc_hints)


def test_a_shared_row_quotes_the_asked_bodys_own_part() -> None:
    hcm = "kehoach_hcm.txt"
    docs = [
        Document(hcm, "Kế hoạch Tháng hành động", "Kế hoạch", number="174/KH-UBND", province="Hồ Chí Minh")
    ]
    clauses = [
        Clause(hcm, "III.1.c", "Mục III, khoản 1, điểm c", ("III. NHIỆM VỤ",), (313, 313), "c) Hoạt động 3"),
        Clause(hcm, "III.1.c.-2.+1", "Mục III, khoản 1, điểm c, ý 2, ý 1", ("c) Hoạt động 3",), (321, 323),
               "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành Thành phố."),
        Clause(hcm, "III.1.c.-2.+2", "Mục III, khoản 1, điểm c, ý 2, ý 2", ("c) Hoạt động 3",), (325, 328),
               "+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng quang báo thông tin giao thông."),
    ]  # fmt: skip
    task = make_task(hcm, "c", "Hoạt động 3: Tuyên truyền, giáo dục về phòng ngừa bạo lực trên cơ sở giới",
                     ["Sở Văn hóa và Thể thao", "Sở Xây dựng"], ["các sở, ban, ngành Thành phố"], line=313)  # fmt: skip
    task = dataclasses.replace(task, lines=(313, 328))
    view = IndexView(RecordSearcher(docs, clauses, [task]))
    _, _, outcome = ask_view(view, "Sở Xây dựng TP.HCM chủ trì những nhiệm vụ nào?")
    assert "bảng quang báo thông tin giao thông" in outcome.text
    assert (325, 328) in {c.lines for c in outcome.citations}
    _, _, other = ask_view(view, "Sở Văn hóa và Thể thao TP.HCM chủ trì những nhiệm vụ nào?")
    assert "bảng quang báo" not in other.text


def test_a_period_asked_of_a_named_section_lists_that_sections_sentences() -> None:
    vl = "kehoach_vinhlong.txt"
    docs = [
        Document(
            vl, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number="1218/QĐ-UBND", province="Vĩnh Long"
        )
    ]
    clauses = [
        Clause(vl, "IV.1", "Mục IV, khoản 1", ("IV. GIẢI PHÁP",), (500, 503),
               "1. Hoàn thiện thể chế về kinh tế số trong năm 2025."),
        Clause(vl, "V.1", "Mục V, khoản 1", ("V. TỔ CHỨC THỰC HIỆN",), (568, 578),
               "1. Các sở, ban, ngành tỉnh xây dựng kế hoạch thực hiện Nghị quyết trong tháng 6 năm 2025."),
        Clause(vl, "V.2", "Mục V, khoản 2", ("V. TỔ CHỨC THỰC HIỆN",), (580, 590),
               "2. Các sở, ban, ngành tỉnh rà soát các chương trình, kế hoạch hành động, hoàn thành trong năm 2025."),
        Clause(vl, "V.3", "Mục V, khoản 3", ("V. TỔ CHỨC THỰC HIỆN",), (592, 595),
               "3. Các sở, ban, ngành tỉnh báo cáo kết quả thực hiện hằng năm."),
    ]  # fmt: skip
    tasks = [
        make_task(
            vl,
            "15",
            "Sửa đổi văn bản quy phạm pháp luật",
            ["Các sở, ban, ngành tỉnh"],
            deadline="Quý III/2025",
            line=1113,
        )
    ]
    view = IndexView(RecordSearcher(docs, clauses, tasks))
    _, _, outcome = ask_view(
        view,
        "Theo phần Tổ chức thực hiện của Kế hoạch Vĩnh Long, những việc nào phải hoàn thành trong năm 2025?",
    )
    assert not outcome.abstained
    assert {c.lines for c in outcome.citations} == {(568, 578), (580, 590)}


def test_a_body_given_an_item_only_to_coordinate_is_no_lead(view) -> None:
    from assistant.matches import SentenceMatch
    from assistant.whom import given_by_reference

    chunk = next(c for c in view.clause_chunks_by_doc[QD] if c.lines[0] == 198)
    chosen = SentenceMatch(0.5, chunk, chunk.text, 0.5)
    assert given_by_reference(view, chosen, lead_asked=True) == []
    given = given_by_reference(view, chosen, lead_asked=False)
    assert [m.chunk.lines for m in given][-1] == (443, 445)


def test_an_items_subject_is_read_from_an_item_not_from_a_header() -> None:
    from assistant.whom import opens_with_body

    assert opens_with_body("2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo, chỉ đạo rà soát văn bản")
    assert not opens_with_body("b) Phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ")
    assert not opens_with_body("a) Chủ trì triển khai các nhiệm vụ tại mục (IV)(3.4)(a);")


@pytest.mark.parametrize(
    ("question", "intent", "answer_type"),
    [
        ("By what dates must the departments send their periodic reports?", None, "date"),
        (
            "Which sectors does the letter ask the Party delegation to prioritise when issuing policies?",
            "general",
            None,
        ),
        ("When is the plan implemented?", "deadline", None),
    ],
)
def test_english_dates_plural_and_when_with_a_gerund(question, intent, answer_type) -> None:
    q = understand(question)
    assert q.answer_type == answer_type
    assert intent is None or q.intent == intent


def test_promptly_in_a_sentence_is_no_time_limit() -> None:
    from assistant.matches import SentenceMatch
    from assistant.strategies import _says_when
    from indexer.records import Chunk

    q = understand("Hạn các sở gửi báo cáo về Sở Tư pháp là khi nào?")
    text = "Các sở, ngành kịp thời phản ánh về Sở Tư pháp để tổng hợp báo cáo."
    chunk = Chunk(doc="kh.txt", path="III.4", section="Mục III, khoản 4", lines=(180, 182), text=text, kind="clause",
                  context="Kế hoạch — UBND tỉnh\nIII. TỔ CHỨC THỰC HIỆN")  # fmt: skip
    assert q.intent == "deadline"
    assert not _says_when(q, SentenceMatch(0.5, chunk, text, 0.5))
    dated = text.replace("kịp thời phản ánh", "trước ngày 15/11 hằng năm gửi báo cáo")
    assert _says_when(q, SentenceMatch(0.5, chunk, dated, 0.5))
