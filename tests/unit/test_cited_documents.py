"""The numbered documents one document cites (assistant.cited_documents), on hand-made records: a plan that asks
for decrees and decisions to be carried out strictly, mentions others in passing and implements two resolutions
in its preamble, beside a letter of the same province; a circular that names laws before their numbers."""

from __future__ import annotations

import pytest

from assistant.cited_documents import asks_cited_documents, references
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, ha_tinh_plan

KH = "kh_ha_tinh.txt"
CV = "cv_ha_tinh.txt"
TT = "tt_23.txt"

PREAMBLE = (
    "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành "
    "pháp luật; Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ ban hành Chương trình hành động, Ủy ban "
    "nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"
)
MENTION = (
    "b) Thực hiện kiểm soát quyền lực theo Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị về kiểm soát "
    "quyền lực trong công tác xây dựng pháp luật."
)
ENFORCEMENT = (
    "a) Thực hiện nghiêm quy định tại Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về tổ chức thi hành "
    "văn bản QPPL. Kịp thời tổ chức quán triệt các văn bản mới ban hành."
)
COOPERATION = (
    "a) Thực hiện nghiêm Nghị định số 26/2024/NĐ-CP ngày 01/3/2024 của Chính phủ quản lý hợp tác quốc tế về "
    "pháp luật; Quyết định số 14/2020/QĐ-TTg ngày 08/4/2020 của Thủ tướng Chính phủ ban hành Quy chế phối hợp "
    "giải quyết tranh chấp đầu tư quốc tế; điều ước quốc tế; bản án và phán quyết của các Trọng tài quốc tế có "
    "liên quan đến tỉnh."
)
LETTER = "1. Các cấp ủy quán triệt Nghị quyết số 66-NQ/TW và Kết luận số 119-KL/TW của Bộ Chính trị."
BASES = (
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; Căn cứ Luật Cán bộ, công chức số 80/2025/QH15; Căn cứ "
    "Nghị định số 39/2025/NĐ-CP quy định chức năng, nhiệm vụ của Bộ Tư pháp;"
)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        ha_tinh_plan(KH),
        Document(CV, "Công văn về tiếp tục thực hiện Nghị quyết 66", "Công văn", number="512-CV/TU",
                 province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh"),
        Document(TT, "Thông tư quy định phân cấp quản lý tổ chức cán bộ", "Thông tư", number="23/2025/TT-BTP",
                 issuer="Bộ Tư pháp", national=True),
    ]  # fmt: skip
    t1 = "II. NHIỆM VỤ CỤ THỂ"
    clauses = [
        Clause(KH, "preamble", "Phần mở đầu", (), (5, 9), PREAMBLE, kind="preamble"),
        Clause(KH, "II.1.b", "Mục II, khoản 1, điểm b", (t1, "1. Đổi mới tư duy xây dựng pháp luật"), (60, 62), MENTION),
        Clause(KH, "II.3.a", "Mục II, khoản 3, điểm a", (t1, "3. Tạo đột phá trong công tác thi hành pháp luật"),
               (150, 153), ENFORCEMENT),
        Clause(KH, "II.4.a", "Mục II, khoản 4, điểm a", (t1, "4. Nâng cao hiệu quả công tác hợp tác quốc tế"),
               (205, 213), COOPERATION),
        Clause(CV, "1", "Mục 1", (), (20, 21), LETTER),
        Clause(TT, "preamble", "Phần mở đầu", (), (23, 33), BASES, kind="preamble"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def _numbers(outcome) -> list[str]:
    return [
        n
        for n in ("66-NQ", "140/NQ", "178-QĐ", "80/2025/NĐ", "26/2024", "14/2020", "119-KL")
        if n in outcome.text
    ]


def test_decrees_and_decisions_asked_to_be_carried_out_strictly(view):
    _, _, outcome = ask_view(
        view,
        "Kế hoạch Hà Tĩnh yêu cầu thực hiện nghiêm những nghị định của Chính phủ và quyết định của Thủ tướng nào?",
    )
    assert outcome.strategy == "cited_documents", outcome.text
    # (not Regulation 178, only mentioned; not the preamble's resolutions; not the letter of the same province)
    assert _numbers(outcome) == ["80/2025/NĐ", "26/2024", "14/2020"], outcome.text
    assert (
        "Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về tổ chức thi hành văn bản QPPL"
        in outcome.text
    )
    # (each reference quoted up to its semicolon, cited to its own passage)
    assert (
        "“Nghị định số 26/2024/NĐ-CP ngày 01/3/2024 của Chính phủ quản lý hợp tác quốc tế về pháp luật”"
        in (outcome.text)
    )
    # (cited to the lines of the passages that print them)
    assert all(150 <= c.lines[0] <= 153 or 205 <= c.lines[0] <= 213 for c in outcome.citations), (
        outcome.citations
    )


def test_documents_set_aside_in_english(view):
    _, _, outcome = ask_view(
        view,
        "Apart from Resolutions 66 and 140, which Government decrees (Nghị định) and Prime Minister's decisions does "
        "the Hà Tĩnh plan tell agencies to comply with?",
    )
    assert outcome.strategy == "cited_documents", outcome.text
    assert _numbers(outcome) == ["80/2025/NĐ", "26/2024", "14/2020"], outcome.text
    assert outcome.text.startswith("Kế hoạch 280/KH-UBND") and "strictly implemented" in outcome.text


def test_every_numbered_document_cited_besides_those_named(view):
    _, _, outcome = ask_view(
        view,
        "Ngoài Nghị quyết 66 và Chương trình hành động của Chính phủ, kế hoạch của UBND tỉnh Hà Tĩnh còn viện dẫn "
        "những văn bản được đánh số nào?",
    )
    assert outcome.strategy == "cited_documents", outcome.text
    # (in the order the text first names them; the preamble's other resolution too)
    assert _numbers(outcome) == ["140/NQ", "178-QĐ", "80/2025/NĐ", "26/2024", "14/2020"], outcome.text


def test_a_topic_keeps_the_passages_about_it_and_the_list_s_other_items(view):
    _, _, outcome = ask_view(
        view, "Về hợp tác quốc tế về pháp luật, kế hoạch Hà Tĩnh yêu cầu thực hiện nghiêm những văn bản nào?"
    )
    assert outcome.strategy == "cited_documents", outcome.text
    assert _numbers(outcome) == ["26/2024", "14/2020"], outcome.text
    # ("văn bản" of any kind: the items of the same list that carry no number are named too)
    assert "“điều ước quốc tế”" in outcome.text
    assert "“bản án và phán quyết của các Trọng tài quốc tế có liên quan đến tỉnh”" in outcome.text


def test_two_topics_joined_keep_both_passages(view):
    _, _, outcome = ask_view(
        view,
        "Trong phần nhiệm vụ về thi hành pháp luật và hợp tác quốc tế, kế hoạch của UBND tỉnh Hà Tĩnh yêu cầu thực "
        "hiện nghiêm những nghị định, quyết định nào?",
    )
    assert _numbers(outcome) == ["80/2025/NĐ", "26/2024", "14/2020"], outcome.text


def test_laws_named_before_their_numbers(view):
    _, _, outcome = ask_view(view, "Thông tư 23/2025/TT-BTP dẫn chiếu những luật nào?")
    assert outcome.strategy == "cited_documents", outcome.text
    assert "“Luật Tổ chức Chính phủ số 63/2025/QH15”" in outcome.text
    assert "“Luật Cán bộ, công chức số 80/2025/QH15”" in outcome.text
    assert "39/2025/NĐ-CP" not in outcome.text  # (a decree, not a law)


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch Hà Tĩnh được ban hành căn cứ những văn bản nào?",  # (the preamble's bases: read elsewhere)
        "Which laws does the circular cite as its legal basis?",
        "Kế hoạch Hà Tĩnh thực hiện những nghị quyết nào?",  # (what it implements: no citing word)
        "Sở Tư pháp chủ trì những nhiệm vụ nào?",
        "Which tasks does the plan give the Department of Justice?",
    ],
)
def test_questions_that_do_not_ask_for_cited_documents(question):
    assert asks_cited_documents(understand(question)) is None


def test_what_a_question_asks_for():
    ask = asks_cited_documents(
        understand(
            "Ngoài Nghị quyết 66, Nghị quyết 140 và Chương trình 95-CTr/TU, kế hoạch hành động của Hải Phòng còn dẫn "
            "chiếu những nghị quyết, quy định, nghị định có số hiệu nào?"
        )
    )
    assert ask is not None
    assert ask.kinds == {"nghi quyet", "quy dinh", "nghi dinh"}
    assert ask.aside == {"66", "140", "95"}
    assert not ask.strict
    ask = asks_cited_documents(understand("Which documents does the Hà Tĩnh plan cite in its preamble?"))
    assert ask is not None and ask.preamble and not ask.kinds


def test_a_reference_is_quoted_up_to_where_its_words_end(view):
    chunk = next(c for c in view.clause_chunks if c.doc == KH and c.path == "preamble")
    quotes = [ref.quote for ref, _ in references(chunk)]
    assert quotes == [
        "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật",
        "Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ ban hành Chương trình hành động",
    ], quotes


HP = "kh_hai_phong.txt"
IN_PASSING = (
    "b) Rà soát, xét chuyển ngạch cho công chức sang ngạch pháp chế viên theo quy định tại Nghị định số 56/2024/NĐ-CP "
    "ngày 18/5/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 55/2011/NĐ-CP ngày 04/7/2011 của Chính "
    "phủ quy định chức năng, nhiệm vụ của tổ chức pháp chế; triển khai theo luật về nhà ở và Nghị quyết số "
    "201/2025/QH15 của Quốc hội | | Bộ Xây dựng |"
)


@pytest.fixture(scope="module")
def in_passing() -> IndexView:
    from tests.records import hai_phong_plan

    clauses = [Clause(HP, "III.5.b", "Mục III, khoản 5, điểm b", ("III. NHIỆM VỤ",), (362, 379), IN_PASSING)]
    return IndexView(RecordSearcher([hai_phong_plan(HP)], clauses, []))


def test_no_strict_heading_when_no_sentence_asks_for_it(in_passing):
    _, _, outcome = ask_view(
        in_passing, "Kế hoạch của Hải Phòng yêu cầu thực hiện nghiêm những nghị định nào?"
    )
    assert outcome.strategy == "cited_documents", outcome.text
    # (the decrees are cited "theo quy định tại", not asked to be carried out strictly: said as cited)
    assert "yêu cầu thực hiện nghiêm" not in outcome.text and "dẫn chiếu 2 văn bản" in outcome.text, (
        outcome.text
    )


def test_a_law_is_named_by_its_capitalised_name_and_a_quote_ends_at_a_cell(in_passing):
    chunk = next(c for c in in_passing.clause_chunks if c.doc == HP)
    refs = [(ref.kind, ref.number, ref.quote) for ref, _ in references(chunk)]
    # ("luật về nhà ở và Nghị quyết số 201 …" names no law by number; the resolution's quote stops at the cell mark)
    assert [k for k, _, _ in refs] == ["nghi dinh", "nghi dinh", "nghi quyet"], refs
    assert refs[2][2] == "Nghị quyết số 201/2025/QH15 của Quốc hội", refs


def test_the_issuer_asked_with_the_kind(view):
    _, _, outcome = ask_view(view, "Kế hoạch Hà Tĩnh nhắc đến những nghị quyết của Bộ Chính trị nào?")
    assert outcome.strategy == "cited_documents", outcome.text
    # (66-NQ/TW, the Politburo's; not 140/NQ-CP, the Government's)
    assert "66-NQ/TW" in outcome.text and "140/NQ-CP" not in outcome.text, outcome.text


def test_documents_set_aside_one_by_one_in_english():
    ask = asks_cited_documents(
        understand("Apart from Resolution 66 and Resolution 140, which documents does the Hà Tĩnh plan cite?")
    )
    assert ask is not None and ask.aside == {"66", "140"}
