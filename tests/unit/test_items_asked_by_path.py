"""An item of a top-level part asked by its path ("Khoản 6 mục III …", "điểm 6 phần III", "What does section
III.6 of … say?") is stated whole, before the part it is in; and a part named by its Roman number keeps the
titles of other parts out ("Mục IV … gồm những nội dung gì?" is no "II. NỘI DUNG")."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.sections import answer_section, heading_by_path, heading_for
from indexer.records import Clause, Document
from tests.records import read_view

P = "kh_bacninh.txt"
II = "II. NỘI DUNG KẾ HOẠCH"
III = "III. NHIỆM VỤ, GIẢI PHÁP"
IV = "IV. KINH PHÍ"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(P, "Kế hoạch phát triển kinh tế số", "Kế hoạch", number="144/KH-UBND", province="Bắc Ninh")
    ]
    clauses = [
        Clause(P, "II", "Mục II", (), (10, 10), II),
        Clause(P, "II.1", "Mục II, khoản 1", (II,), (11, 12), "1. Phát triển hạ tầng số."),
        Clause(P, "II.2", "Mục II, khoản 2", (II,), (13, 14), "2. Phát triển dữ liệu số."),
        Clause(P, "III", "Mục III", (), (20, 20), III),
        Clause(P, "III.5", "Mục III, khoản 5", (III,), (21, 22), "5. Nhân lực số"),
        Clause(
            P,
            "III.5.a",
            "Mục III, khoản 5, điểm a",
            (III, "5. Nhân lực số"),
            (23, 24),
            "a) Đào tạo kỹ năng số.",
        ),
        Clause(
            P,
            "III.5.b",
            "Mục III, khoản 5, điểm b",
            (III, "5. Nhân lực số"),
            (25, 26),
            "b) Thu hút chuyên gia.",
        ),
        # an item of one passage and no title
        Clause(
            P,
            "III.6",
            "Mục III, khoản 6",
            (III,),
            (27, 29),
            "6. Bảo đảm an toàn thông tin mạng xuyên suốt quá trình vận hành các nền tảng số của tỉnh.",
        ),
        Clause(P, "IV", "Mục IV", (), (40, 40), IV),
        Clause(P, "IV.1", "Mục IV, khoản 1", (IV,), (41, 42), "1. Ngân sách nhà nước theo phân cấp."),
        Clause(P, "IV.2", "Mục IV, khoản 2", (IV,), (43, 44), "2. Nguồn xã hội hóa."),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Khoản 5 mục III Kế hoạch 144/KH-UBND gồm những nội dung gì?",
        "Theo Kế hoạch 144/KH-UBND, điểm 5 phần III quy định những gì?",
        "What does section III.5 of Plan 144/KH-UBND say?",
    ],
)
def test_an_item_asked_by_its_path_is_stated_with_its_points(view, question):
    query, scope = read_view(view, question)
    heading = heading_by_path(view, query, scope)
    assert heading is not None and heading.path == "III.5"
    out = answer_section(view, query, scope)
    assert out is not None and [c.lines for c in out.citations] == [(21, 22), (23, 24), (25, 26)], out.text


def test_an_item_of_one_passage_asked_by_its_path_is_quoted_whole(view):
    query, scope = read_view(view, "What does section III.6 of Plan 144/KH-UBND say?")
    out = answer_section(view, query, scope)
    assert out is not None and [c.lines for c in out.citations] == [(27, 29)], out.text
    assert "an toàn thông tin mạng" in out.text


def test_an_item_asked_with_more_than_its_path_is_left_to_the_other_readings(view):
    query, scope = read_view(
        view,
        "Khoản 5 mục III Kế hoạch 144/KH-UBND giao cơ quan nào đào tạo kỹ năng số cho người dân nông thôn?",
    )
    assert heading_by_path(view, query, scope) is None


def test_a_part_named_by_its_roman_number_keeps_other_parts_titles_out(view):
    # "nội dung" is a word of the title of part II, but the question names part IV
    query, scope = read_view(view, "Mục IV Kế hoạch 144/KH-UBND gồm những nội dung gì?")
    heading = heading_for(view, query, scope)
    assert heading is None or heading.path.split(".")[0] == "IV"
    out = answer_section(view, query, scope)
    assert out is not None and out.citations[0].lines == (40, 40), out.text


def test_words_of_the_ask_or_of_the_documents_title_name_no_section(view):
    from assistant.sections import _said_at, _without_title_runs

    # "các nhiệm vụ" of the ask is no title "NHIỆM VỤ" (two words are too few to say a title word for word)
    assert _said_at("NHIỆM VỤ", "nhung so nao chu tri cac nhiem vu trong ke hoach") is None
    assert _said_at("Trách nhiệm của Quỹ", "theo nghi dinh trach nhiem cua quy duoc quy dinh") is not None
    # the document's own title said in the question names the document
    said = _without_title_runs(
        "ke hoach phat trien kinh te so dat ra nhung muc tieu nao", ["Kế hoạch phát triển kinh tế số"]
    )
    assert _said_at("Phát triển kinh tế số", said) is None


def test_a_roman_part_of_another_document_named_is_no_part_asked(view):
    from assistant.sections import _parts_asked

    scope = {P}
    assert (
        _parts_asked(view, "Theo mục III Nghị quyết 66, Kế hoạch 144/KH-UBND đặt ra những gì?", scope)
        == set()
    )
    assert _parts_asked(view, "Mục IV Kế hoạch 144/KH-UBND gồm những nội dung gì?", scope) == {"IV"}
