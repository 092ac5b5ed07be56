"""Rules of the sixty-fifth session, on hand-made records (from the dev parts of sets 197–204): an article titled by
the bodies' responsibilities ("Điều 18. Trách nhiệm của các cơ quan, tổ chức") gives them their work; "…, và nhiệm vụ
chính của mỗi cơ quan là gì" is what each does, not two tasks compared; "phụ trách chỉ tiêu nào" (a body's rows);
"sau khi có văn bản khác được ban hành" (any issuing a time waits for), alone or as one of two things a time
"phụ thuộc vào"; an English quote that renders a time cell in its own words; one thing asked "theo kế hoạch của …,
và theo công văn của …" (two documents compared); "có những đề án ưu tiên nào, mỗi đề án do ai chủ trì?" (the rows
of the appendix its title names), "What are the priority projects …"; "the first priority scheme" (a row by its
place); "… do cơ quan cụ thể chủ trì chứ không phải chung chung 'các sở, …'" (rows of a specific body, joint ones
too); "not led (or co-led) by", "không cầm trịch"; "actually spell out an expected output" (the rows that give
one); "What are the provincial People's Committees responsible for under Decree 302 with regard to …" (the points
under "5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:")."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import COMPARE, LISTING, any_match
from assistant.row_number import asked_row
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, hai_phong_plan, make_task

LC = "kh_lai_chau.txt"
NQ = "nq_394.txt"
HP = "kh_hai_phong.txt"


def _clause(doc, path, label, titles, lines, text) -> Clause:
    return Clause(doc, path, label, titles, lines, text)


@pytest.fixture(scope="module")
def lai_chau() -> IndexView:
    doc = Document(LC, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Kế hoạch",
                   number="7360/KH-UBND", province="Lai Châu")  # fmt: skip
    tasks = [
        make_task(LC, "a", "Góp ý dự thảo Nghị định quy định chi tiết", ["Sở Khoa học và Công nghệ"],
                  deadline="Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.", line=114),
        make_task(LC, "b", "Triển khai Nghị định quy định chi tiết", ["Sở Khoa học và Công nghệ"],
                  deadline="Sau khi Nghị định quy định chi tiết thi hành Luật ban hành.", line=142),
        make_task(LC, "6", "Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia", ["Sở Khoa học và Công nghệ"],
                  deadline="sau khi Chiến lược tiêu chuẩn quốc gia được ban hành.", line=209),
        make_task(LC, "4", "Phối hợp kiểm tra việc thi hành Luật", ["Sở Khoa học và Công nghệ"],
                  deadline="Năm 2026 và các năm tiếp theo.", line=180),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], [], tasks))


def test_a_question_that_names_another_document_is_no_comparison():
    question = (
        "Trong kế hoạch thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật của Lai Châu, nhiệm vụ nào chỉ bắt đầu sau"
        " khi có văn bản khác được ban hành?"
    )
    assert not any_match(COMPARE, fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Trong kế hoạch 7360 của Lai Châu, nhiệm vụ nào chỉ bắt đầu sau khi có văn bản khác được ban hành?",
        "In Lai Chau's plan 7360, which tasks can only start once another document is issued?",
    ],
)
def test_rows_that_wait_for_any_issuing(lai_chau, question):
    _, _, outcome = ask_view(lai_chau, question)
    assert not outcome.abstained, outcome.text
    assert "Triển khai Nghị định" in outcome.text and "Chiến lược tiêu chuẩn" in outcome.text
    assert "Góp ý dự thảo" not in outcome.text and "Phối hợp kiểm tra" not in outcome.text


def test_a_time_that_waits_on_either_of_two_things(lai_chau):
    question = (
        "Những nhiệm vụ nào trong Kế hoạch 7360 của Lai Châu có thời gian thực hiện phụ thuộc vào tiến độ hoặc việc"
        " ban hành văn bản khác?"
    )
    _, _, outcome = ask_view(lai_chau, question)
    assert "Góp ý dự thảo" in outcome.text and "Triển khai Nghị định" in outcome.text
    assert "Chiến lược tiêu chuẩn" in outcome.text and "Phối hợp kiểm tra" not in outcome.text


def test_an_english_quote_that_renders_a_time_cell():
    name = "nq_1339.txt"
    doc = Document(name, "Kế hoạch sửa đổi luật, nghị quyết", "Nghị quyết", number="1339/NQ-UBTVQH15")
    tasks = [
        make_task(name, "1", "Nghị quyết sửa đổi Quy chế làm việc", ["Ủy ban Thường vụ Quốc hội"],
                  deadline="Theo kết quả rà soát, đề xuất của các cơ quan", line=68),
        make_task(name, "2", "Nghị quyết giải thể Viện Nghiên cứu lập pháp", ["Ban Công tác đại biểu"],
                  deadline="Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025", line=54),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], [], tasks))
    question = (
        "Which documents in the NQ 1339 plan have no fixed timeline, only 'according to the results of agencies'"
        " review and proposals'?"
    )
    _, _, outcome = ask_view(view, question)
    assert "Quy chế làm việc" in outcome.text and "giải thể" not in outcome.text
    assert "Theo kết quả rà soát, đề xuất của các cơ quan" in outcome.text


@pytest.fixture(scope="module")
def resolution() -> IndexView:
    doc = Document(
        NQ, "Nghị quyết về tăng cường quản lý rác thải", "Nghị quyết", number="394/NQ-CP", issuer="Chính phủ"
    )
    clauses = [
        _clause(NQ, "PL", "Phụ lục", ("Phụ lục",), (570, 575), "PHỤ LỤC DANH MỤC CÁC ĐỀ ÁN ƯU TIÊN"),
        _clause(NQ, "IV.1", "Mục IV, khoản 1", ("IV. TỔ CHỨC THỰC HIỆN",), (480, 484),
                "1. Các bộ triển khai thực hiện các đề án ưu tiên tại Phụ lục kèm theo Nghị quyết này."),
    ]  # fmt: skip
    tasks = [
        make_task(NQ, "1", "Đề án triển khai phong trào toàn dân bảo vệ môi trường",
                  ["Trung ương Mặt trận Tổ quốc Việt Nam"], ["Đài Truyền hình Việt Nam"], deadline="2030", line=582),
        make_task(NQ, "2", "Đề án xử lý, cải tạo các bãi chôn lấp", ["Ủy ban nhân dân các tỉnh"],
                  ["Bộ Nông nghiệp và Môi trường"], deadline="2030", line=603),
        make_task(NQ, "3", "Đề án đầu tư hạ tầng kỹ thuật thu gom rác thải", ["Bộ Xây dựng"], deadline="2030",
                  line=616),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Nghị quyết 394/NQ-CP có những đề án ưu tiên nào, mỗi đề án do ai chủ trì?",
        "What are the priority projects listed in the appendix of Government Resolution 394/NQ-CP, and who leads each?",
    ],
)
def test_the_rows_the_appendix_title_names_each_with_its_lead(resolution, question):
    _, _, outcome = ask_view(resolution, question)
    assert not outcome.abstained, outcome.text
    assert (
        "phong trào toàn dân" in outcome.text
        and "bãi chôn lấp" in outcome.text
        and "hạ tầng kỹ thuật" in outcome.text
    )
    assert "Trung ương Mặt trận Tổ quốc Việt Nam" in outcome.text


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("For the first priority scheme in Resolution 394, which bodies coordinate?", "1"),
        ("Đề án ưu tiên thứ hai trong Nghị quyết 394 do cơ quan nào chủ trì?", "2"),
        ("Which body leads the third task in the appendix of Plan 144?", "3"),
    ],
)
def test_a_row_named_by_its_place(question, row):
    assert asked_row(question) == (None, row)


def test_the_first_row_by_its_place_answers(resolution):
    _, _, outcome = ask_view(
        resolution, "For the first priority scheme in Resolution 394, which bodies coordinate?"
    )
    assert "Đài Truyền hình Việt Nam" in outcome.text and "Bộ Nông nghiệp" not in outcome.text


def test_a_body_in_charge_of_indicators_is_a_listing():
    question = "Ngân hàng nhà nước khu vực XII phụ trách chỉ tiêu nào trong kế hoạch kinh tế số Bắc Ninh?"
    assert any_match(LISTING, fold(question))


def test_one_thing_asked_of_two_documents_each_named_with_its_issuer_is_compared():
    question = (
        "Khi gặp vướng mắc thì phản ánh về đâu theo kế hoạch của UBND tỉnh Hà Tĩnh, và theo công văn của Tỉnh ủy Hà"
        " Tĩnh?"
    )
    assert understand(question).intent == "compare"


@pytest.fixture(scope="module")
def hai_phong() -> IndexView:
    doc = hai_phong_plan(HP)
    tasks = [
        make_task(HP, "1", "Quán triệt Nghị quyết số 66-NQ/TW", ["Các sở, ban, ngành và địa phương"],
                  deadline="Thường xuyên", line=638),
        make_task(HP, "2", "Quán triệt, phổ biến Nghị quyết số 140/NQ-CP",
                  ["Trung tâm Báo chí và Truyền thông thành phố", "Các sở, ban, ngành và địa phương"],
                  deadline="Thường xuyên", line=659),
        make_task(HP, "3", "Tham mưu vận hành Hệ thống thông tin tiếp nhận phản ánh", ["Sở Tư pháp"],
                  ["Các sở, ban, ngành và các địa phương"], deadline="Thường xuyên", line=1267),
        make_task(HP, "4", "Rà soát văn bản đáp ứng yêu cầu tinh gọn bộ máy", ["Các sở, ban, ngành và địa phương"],
                  output="Báo cáo rà soát", deadline="Năm 2025-2026", line=806),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Trong bảng phân công của Hải Phòng, nhiệm vụ nào do cơ quan cụ thể chủ trì chứ không phải chung chung 'các sở,"
        " ban, ngành và các địa phương'?",
        "In Hải Phòng's table, which tasks are led by a specific body rather than the generic 'các sở, ban, ngành và"
        " các địa phương'?",
    ],
)
def test_rows_of_a_specific_body_rather_than_the_collective(hai_phong, question):
    assert understand(question).agencies_set_aside
    _, _, outcome = ask_view(hai_phong, question)
    assert "Tham mưu vận hành" in outcome.text and "140/NQ-CP" in outcome.text  # (a joint row too)
    assert "Quán triệt Nghị quyết số 66" not in outcome.text and "tinh gọn" not in outcome.text


def test_rows_that_spell_out_an_output(hai_phong):
    question = "Which tasks in Hải Phòng's assignment annex actually spell out an expected output?"
    _, _, outcome = ask_view(hai_phong, question)
    assert "tinh gọn" in outcome.text and "Tham mưu vận hành" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "In Decision 2597, which appendix tasks are not led (or co-led) by the Ministry of Construction?",
        "Có nhiệm vụ nào trong phụ lục QĐ 2597 mà Bộ Xây dựng không cầm trịch không?",
    ],
)
def test_rows_a_body_does_not_lead_in_other_words(question):
    assert understand(question).agencies_set_aside


DECREE = "nd_302.txt"


@pytest.fixture(scope="module")
def decree() -> IndexView:
    doc = Document(DECREE, "Nghị định quy định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP")
    art = ("Chương IV", "Điều 24. Trách nhiệm của các bộ, ngành, địa phương")
    clauses = [
        _clause(DECREE, "Điều 3.4", "Điều 3, khoản 4", ("Điều 3. Thành lập Quỹ",), (106, 110),
                "4. Ủy ban nhân dân cấp tỉnh quyết định việc giao quỹ tài chính hiện có cho Quỹ nhà ở địa phương."),
        _clause(DECREE, "Điều 24.5", "Điều 24, khoản 5", art, (845, 846),
                "5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:"),
        _clause(DECREE, "Điều 24.5.a", "Điều 24, khoản 5, điểm a", art, (848, 851),
                "a) Quyết định việc thành lập mới Quỹ nhà ở địa phương;"),
        _clause(DECREE, "Điều 24.5.b", "Điều 24, khoản 5, điểm b", art, (853, 855),
                "b) Ban hành Quy chế tổ chức và hoạt động Quỹ nhà ở địa phương;"),
        _clause(DECREE, "Điều 24.6", "Điều 24, khoản 6", art, (868, 870),
                "6. Bộ Tài chính hướng dẫn chế độ kế toán của Quỹ."),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "What are the provincial People's Committees responsible for under Decree 302 with regard to the local"
        " housing fund?",
        "What are the provincial People's Committees responsible for under Decree 302?",
    ],
)
def test_the_points_under_a_level_bodys_title(decree, question):
    _, _, outcome = ask_view(decree, question)
    assert not outcome.abstained, outcome.text
    assert "Quy chế tổ chức và hoạt động" in outcome.text and "thành lập mới" in outcome.text
    assert "chế độ kế toán" not in outcome.text


QD = "qd_384.txt"


def test_an_article_of_responsibilities_gives_bodies_their_work():
    doc = Document(QD, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW")
    art = ("Chương III TỔ CHỨC THỰC HIỆN", "Điều 18. Trách nhiệm của các cơ quan, tổ chức")
    clauses = [
        _clause(QD, "Điều 18", "Điều 18", art[:1], (508, 509), "Điều 18. Trách nhiệm của các cơ quan, tổ chức"),
        _clause(QD, "Điều 18.1", "Điều 18, khoản 1", art, (511, 519),
                "1. Các cơ quan đảng có trách nhiệm chia sẻ thông tin dữ liệu với vai trò chủ quản."),
        _clause(QD, "Điều 18.2", "Điều 18, khoản 2", art, (521, 523),
                "2. Văn phòng Trung ương Đảng chủ trì triển khai việc chia sẻ dữ liệu."),
        _clause(QD, "Điều 18.3", "Điều 18, khoản 3", art, (547, 554),
                "3. Ban Cơ yếu Chính phủ chủ trì bảo đảm an toàn thông tin."),
        _clause(QD, "Điều 5.1", "Điều 5, khoản 1", ("Điều 5. Nguyên tắc chia sẻ",), (120, 122),
                "1. Văn phòng Trung ương Đảng là đầu mối kết nối."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], clauses, []))
    _, _, outcome = ask_view(view, "quy dinh 384 ve chia se du lieu giao trach nhiem cho nhung co quan nao")
    assert outcome.strategy == "addressees", outcome.text
    assert "Ban Cơ yếu Chính phủ" in outcome.text and "đầu mối kết nối" not in outcome.text


def test_what_each_does_after_the_bodies_is_no_second_task():
    question = "Công văn của Tỉnh ủy Hà Tĩnh giao nhiệm vụ cho những cơ quan nào, và nhiệm vụ chính của mỗi cơ quan là gì?"
    assert not any_match(COMPARE, fold(question))


# From the helper's review: a collective cell that names two generic bodies ("Các sở, ban, ngành cấp tỉnh; UBND cấp
# xã") is no specific body; "… does X not lead?"; a document's number is no date an order is due by; every row of a
# table filling the column asked to be filled; "có ghi kết quả, sản phẩm" (the column under two names).
HT = "kh_ha_tinh.txt"


@pytest.fixture(scope="module")
def ha_tinh() -> IndexView:
    doc = Document(
        HT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number="280/KH-UBND", province="Hà Tĩnh"
    )
    tasks = [
        make_task(HT, "1", "Phổ biến, quán triệt Nghị quyết", ["Các sở, ban, ngành cấp tỉnh", "UBND cấp xã"],
                  output="Văn bản triển khai", line=466),
        make_task(HT, "2", "Hướng dẫn quy trình ban hành văn bản QPPL", ["Sở Tư pháp"], output="Văn bản", line=628),
        make_task(HT, "3", "Rà soát các văn bản QPPL", ["Các sở, ban, ngành cấp tỉnh", "UBND cấp xã", "Sở Tư pháp"],
                  output="Báo cáo", line=1078),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], [], tasks))


def test_two_generic_bodies_are_no_specific_one(ha_tinh):
    question = "Which Ha Tinh tasks are led by a particular department rather than by the generic 'các sở, ban, ngành cấp tỉnh'?"
    _, _, outcome = ask_view(ha_tinh, question)
    assert "Hướng dẫn quy trình" in outcome.text and "Rà soát các văn bản" in outcome.text
    assert "Phổ biến, quán triệt" not in outcome.text


def test_which_rows_does_a_body_not_lead():
    assert understand(
        "Which tasks in the appendix of Decision 2597 does the Ministry of Construction not lead?"
    ).agencies_set_aside
    assert not understand(
        "Which tasks does the Department of Justice support but does not lead?"
    ).agencies_set_aside


def test_a_documents_number_is_no_date_an_order_is_due_by():
    assert not any_match(LISTING, fold("What actions must be done by the State Bank under Telegram 227?"))
    assert any_match(LISTING, fold("Which orders in Dispatch 227 must be done by 30/11/2025?"))


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Which Ha Tinh appendix tasks mention an output?", "3"),
        ("Những nhiệm vụ nào trong phụ lục Hà Tĩnh có ghi kết quả, sản phẩm?", "3"),
    ],
)
def test_every_row_fills_the_column_asked_filled(ha_tinh, question, count):
    _, _, outcome = ask_view(ha_tinh, question)
    assert not outcome.abstained, outcome.text
    assert count in outcome.text


def test_a_row_printed_over_two_lines_is_numbered_once(resolution):
    from assistant.listing import task_lines
    from assistant.statement import citations

    first = resolution.tasks_of(NQ)[0]
    again = make_task(
        NQ, "1", first.name, ["Ủy ban nhân dân các tỉnh"], ["Đài phát thanh địa phương"], line=597
    )
    rows = [first, again, resolution.tasks_of(NQ)[1]]
    query = understand("Nghị quyết 394 có những đề án ưu tiên nào?")
    lines = task_lines(resolution, rows, citations(resolution, query), "vi", query)
    assert lines[0].startswith("1. ") and lines[2].startswith("2. ")
    assert "cùng nhiệm vụ trên" in lines[1] and "Đài phát thanh địa phương" in lines[1]
    assert first.name not in lines[1]
