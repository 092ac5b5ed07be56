"""Rules of the fifteenth session, on hand-made records: a document's footnotes quoted with the passage
or row that points to them; a holder's column asked by its activity ("ai chủ trì thẩm tra" asks "Cơ quan
thẩm tra") and answered first; a question that asks no field weighed against every cell of a row; a
period listing that reads the time cells for the time asked as printed; English glosses after a whole
printed list; a wage base asked as an amount; a row's other columns in its chunk; two subjects asked with
"và"; an English quoted name translated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.evidence import has_answer_type
from assistant.footnotes import footnote, marks
from assistant.glossary import gloss_names
from assistant.index_view import IndexView, RecordSearcher
from assistant.row_columns import asked_columns
from assistant.understand import understand
from indexer.chunk import task_text
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

NQ = "nghiquyet_ubtvqh.txt"
PT = "kehoach_phutho.txt"
CD = "congdien.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(NQ, "Nghị quyết ban hành Kế hoạch sửa đổi các luật, nghị quyết", "Nghị quyết",
                 number="1339/NQ-UBTVQH15", issuer="Ủy ban Thường vụ Quốc hội", national=True),
        Document(PT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number="190/KH-UBND", province="Phú Thọ",
                 issuer="UBND tỉnh Phú Thọ"),
        Document(CD, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 issuer="Thủ tướng Chính phủ", national=True),
    ]  # fmt: skip
    clauses = [
        Clause(NQ, "Điều 3", "Điều 3", ("Điều 3.",), (29, 31),
               "Điều 3. Giao Tổng Thư ký Quốc hội theo dõi, đôn đốc việc triển khai thực hiện Nghị quyết này."),
        Clause(NQ, "PL.notes", "Phụ lục, sau dòng cuối", ("Phụ lục",), (75, 79),
               "[1] Sau khi sửa đổi, bổ sung Luật Tổ chức Quốc hội thì nội dung này sẽ do Ủy ban Kinh tế và "
               "Ngân sách thực hiện. [2] Sau khi sửa đổi, bổ sung Luật Tổ chức Quốc hội thì nội dung này sẽ do "
               "Ủy ban Văn hóa và Xã hội thực hiện."),
        Clause(CD, "preamble", "Phần mở đầu", (), (2, 20),
               "Mưa lũ lịch sử đã gây thiệt hại hết sức nặng nề về người, nhà cửa, tài sản của Nhân dân[1]. "
               "Thủ tướng Chính phủ gửi lời thăm hỏi."),
        Clause(CD, "notes", "Chú thích", (), (200, 204),
               "[1] Theo thống kê của Bộ Nông nghiệp và Môi trường, đợt mưa lũ đã làm 102 người chết, mất tích. "
               "Ước tính thiệt hại 9.035 tỷ đồng."),
    ]  # fmt: skip
    tasks = [
        replace(
            make_task(NQ, "", "Nghị quyết sửa đổi Nghị quyết số 730/2004/NQ-UBTVQH11 về bảng lương chức vụ",
                      ["Ban Công tác đại biểu"], deadline="Theo kết quả rà soát", line=70, group="II",
                      group_title="Văn bản thuộc thẩm quyền của Ủy ban Thường vụ Quốc hội"),
            extra=(("Cơ quan trình", "Ban Công tác đại biểu"),
                   ("Cơ quan thẩm tra/chuẩn bị ý kiến", "Ủy ban Tài chính, Ngân sách chủ trì thẩm tra [1]")),
        ),
        make_task(NQ, "", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội",
                  ["Ban soạn thảo do UBTVQH thành lập"], line=45, group="I",
                  group_title="Văn bản thuộc thẩm quyền ban hành của Quốc hội",
                  deadline="- Trình UBTVQH tại Phiên họp thứ 42 (tháng 02/2025); - Trình Quốc hội xem xét, "
                           "thông qua tại Kỳ họp bất thường lần thứ 9 (cuối tháng 02/2025)."),
        make_task(PT, "6", "Tuyên truyền Nghị quyết 66 đến người dân và doanh nghiệp", ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=370),
        make_task(PT, "7", "Rà soát cắt giảm, đơn giản hóa điều kiện đầu tư, kinh doanh", ["Sở Tài chính"],
                  deadline="Thường xuyên, theo chỉ đạo, hướng dẫn của cơ quan cấp trên", line=380),
        make_task(PT, "8", "Rà soát, tham mưu sửa đổi văn bản đáp ứng chủ trương tinh gọn tổ chức bộ máy",
                  ["Sở Nội vụ"], deadline="Thường xuyên, theo chỉ đạo, hướng dẫn của cơ quan cấp trên", line=390),
        make_task(PT, "9", "Kiểm tra việc thi hành pháp luật", ["Sở Tư pháp"], deadline="Thường xuyên", line=400),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_footnote_marks_point_or_open():
    assert marks("… sát diễn biến tình hình[1] Với sự vào cuộc …") == [1]
    assert marks("Ủy ban Tài chính, Ngân sách chủ trì thẩm tra [1]") == [1]
    assert marks("DANH MỤC THỦ TỤC ĐƯỢC SỬA ĐỔI, BỔ SUNG[1] (08 TTHC) … [1] lần nữa") == [1]
    # a footnote's own opening mark points to nothing; nor does "[0]"
    assert marks("… khắc phục hậu quả mưa lũ. [2] Theo thống kê của Bộ …") == []
    assert marks("mục [0] của bảng") == []


def test_a_footnote_is_read_from_the_documents_passages(view):
    found = footnote(view, NQ, 2, after_line=70)
    assert found is not None
    chunk, text = found
    assert (
        text
        == "Sau khi sửa đổi, bổ sung Luật Tổ chức Quốc hội thì nội dung này sẽ do Ủy ban Văn hóa và Xã hội thực hiện."
    )
    assert chunk.lines == (75, 79)
    # footnote 1 ends where footnote 2 opens
    assert footnote(view, NQ, 1, after_line=70)[1].endswith("Ủy ban Kinh tế và Ngân sách thực hiện.")
    assert footnote(view, NQ, 3, after_line=70) is None
    assert footnote(view, NQ, 1, after_line=80) is None  # printed before the passage: no footnote of it


def test_a_quoted_passage_brings_its_footnote(view):
    _, _, outcome = ask_view(
        view,
        "Mưa lũ lịch sử gây thiệt hại về người, nhà cửa, tài sản của Nhân dân ra sao theo Công điện 227?",
    )
    assert not outcome.abstained
    assert "Chú thích số 1 của văn bản" in outcome.text and "9.035 tỷ đồng" in outcome.text
    assert any(c.lines == (200, 204) for c in outcome.citations)


def test_a_holders_column_is_asked_by_its_activity(view):
    task = next(t for t in view.tasks if "730/2004" in t.name)
    asked = asked_columns(
        task, "Cơ quan nào chủ trì thẩm tra dự thảo nghị quyết sửa đổi Nghị quyết 730/2004?"
    )
    assert [h for h, _ in asked] == ["Cơ quan thẩm tra/chuẩn bị ý kiến"]
    # a role word is no column's activity ("Đơn vị thực hiện" is not asked by "thực hiện")
    plain = replace(task, extra=(("Đơn vị thực hiện", "Sở Tư pháp"),))
    assert asked_columns(plain, "Ai thực hiện nhiệm vụ sửa đổi Nghị quyết 730/2004?") == []


def test_the_asked_column_answers_first_and_brings_its_footnote(view):
    _, _, outcome = ask_view(
        view, "Cơ quan nào chủ trì thẩm tra nghị quyết sửa đổi Nghị quyết 730/2004 về bảng lương chức vụ?"
    )
    assert not outcome.abstained
    assert outcome.text.startswith(
        "Cơ quan thẩm tra/chuẩn bị ý kiến: Ủy ban Tài chính, Ngân sách chủ trì thẩm tra"
    )
    assert "Ủy ban Kinh tế và Ngân sách thực hiện" in outcome.text  # footnote 1 of the cell


def test_a_question_asking_no_field_weighs_every_cell(view):
    _, _, outcome = ask_view(
        view, "Luật sửa đổi Luật Tổ chức Quốc hội dự kiến được Quốc hội thông qua tại kỳ họp nào?"
    )
    assert not outcome.abstained
    assert "Kỳ họp bất thường lần thứ 9" in outcome.text
    assert outcome.citations[0].lines == (45, 48)


def test_a_period_asked_as_printed_lists_the_rows_whose_time_cell_says_it(view):
    _, _, outcome = ask_view(
        view,
        "phu tho: nhung nhiem vu nao trong phu luc co thoi han thuong xuyen, theo chi dao, huong dan cua "
        "co quan cap tren",
    )
    assert outcome.strategy == "listing"
    assert "Rà soát cắt giảm" in outcome.text and "tinh gọn tổ chức bộ máy" in outcome.text
    assert "Kiểm tra việc thi hành pháp luật" not in outcome.text
    # the period alone lists every row of it
    _, _, every = ask_view(view, "phu tho: nhung nhiem vu nao trong phu luc co thoi han thuong xuyen")
    assert "Kiểm tra việc thi hành pháp luật" in every.text and "Rà soát cắt giảm" in every.text


def test_an_english_gloss_follows_the_whole_printed_list():
    text = gloss_names(
        "Văn phòng Trung ương Đảng, tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương leads the task “X” [1]."
    )
    assert text.startswith("Văn phòng Trung ương Đảng, tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương (")
    assert text.endswith(") leads the task “X” [1].")
    assert gloss_names("Sở Tư pháp leads the task.") == "Sở Tư pháp (Department of Justice) leads the task."
    # the name's own numeral ends the list; English words after a comma are no part of it
    assert gloss_names("Ngân hàng nhà nước khu vực XII leads the task.").startswith(
        "Ngân hàng nhà nước khu vực XII ("
    )
    assert gloss_names("Sở Tư pháp, in particular, leads the task.") == (
        "Sở Tư pháp (Department of Justice), in particular, leads the task."
    )


def test_a_wage_base_is_asked_as_an_amount():
    # how many months of benefit is a duration, not an amount
    assert understand("Mức hưởng trợ cấp thất nghiệp được tối đa bao nhiêu tháng?").answer_type != "money"
    question = "tien luong lam can cu dong bao hiem that nghiep cao nhat la bao nhieu theo luat viec lam"
    assert understand(question).answer_type == "money"
    assert has_answer_type(
        "2. Tiền lương làm căn cứ đóng bảo hiểm thất nghiệp cao nhất bằng 20 lần mức lương tối thiểu tháng "
        "theo vùng.",
        "money",
        question=question,
    )
    # the wage itself asked: a multiple of it is no answer
    assert not has_answer_type(
        "Mức đóng bằng 20 lần mức lương tối thiểu tháng theo vùng.",
        "money",
        question="Mức lương tối thiểu vùng là bao nhiêu?",
    )


def test_a_rows_other_columns_are_in_its_chunk():
    task = replace(
        make_task(NQ, "", "Nghị quyết về Ban Thư ký", ["Tổng Thư ký Quốc hội"]),
        extra=(
            ("Cơ quan trình", "Tổng Thư ký Quốc hội"),
            ("Hồ sơ", "(1) Tờ trình; (2) Dự thảo"),
            ("Ghi chú", " "),
        ),
    )
    text = task_text(task)
    assert "Cơ quan trình: Tổng Thư ký Quốc hội" in text
    assert "Hồ sơ: (1) Tờ trình; (2) Dự thảo" in text
    assert "Ghi chú" not in text  # an empty cell says nothing


def test_two_subjects_asked_with_and_state_both_sibling_items():
    law = "luat.txt"
    heading = ("Chương VII BẢO HIỂM THẤT NGHIỆP", "Điều 33. Mức đóng bảo hiểm thất nghiệp")
    items = [
        ("Điều 33.1", "1. Mức đóng và trách nhiệm đóng bảo hiểm thất nghiệp được quy định như sau:", 552),
        ("Điều 33.1.a", "a) Người lao động đóng tối đa bằng 1% tiền lương tháng;", 554),
        ("Điều 33.1.b", "b) Người sử dụng lao động đóng tối đa bằng 1% quỹ tiền lương tháng của những người lao "
         "động đang tham gia bảo hiểm thất nghiệp;", 556),
        ("Điều 33.6", "6. Người sử dụng lao động được giảm tiền đóng bảo hiểm thất nghiệp khi tuyển mới người lao "
         "động là người khuyết tật.", 570),
    ]  # fmt: skip
    small = IndexView(
        RecordSearcher(
            [Document(law, "Luật Việc làm", "Luật", number="74/2025/QH15", issuer="Quốc hội", national=True)],
            [Clause(law, path, path, heading, (line, line), text) for path, text, line in items],
            [],
        )
    )
    question = (
        "Mức đóng bảo hiểm thất nghiệp tối đa của người sử dụng lao động và của người lao động là bao nhiêu?"
    )
    _, _, outcome = ask_view(small, question)
    assert not outcome.abstained
    assert "Người sử dụng lao động đóng tối đa bằng 1%" in outcome.text
    assert "Người lao động đóng tối đa bằng 1% tiền lương tháng" in outcome.text
    # one subject asked: its item alone opens the answer
    _, _, one = ask_view(
        small, "Mức đóng bảo hiểm thất nghiệp tối đa của người sử dụng lao động là bao nhiêu?"
    )
    assert "Người lao động đóng tối đa" not in one.text


def test_an_english_quoted_name_is_translated_a_vietnamese_one_kept():
    english = understand(
        "What is the expected output of the task “deploy unified identification codes for infrastructure "
        "works” in Decision 2597?"
    )
    assert "mã định danh" in english.topic and "deploy" not in english.topic
    kept = understand("Who leads the task “Xây dựng Cổng pháp luật của tỉnh” in Ha Tinh?")
    assert "Xây dựng Cổng pháp luật của tỉnh" in kept.topic
