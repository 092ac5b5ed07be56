"""Rules of the sixty-sixth session, from the dev parts of sets 205–216: a single year declined ("instead of being
tied to a single year"); "những nhiệm vụ nào … và sản phẩm phải ra là gì?" (rows, each with a field); "Who personally
signed …"; "Ủy ban nhân dân cấp tỉnh" / "UBND cấp tỉnh" as the provinces' People's Committees (the gazetteer);
"law enforcement work" (công tác), "most rows" (not the ministry MOST); "the projects attached to Resolution 394"
(its appendix); "Which Department of Justice submission …" (the proposal); a quote carried on to the year asked;
the proposal a decision is issued on, listed with its legal bases; "phân công trách nhiệm … cho các cơ quan như thế
nào?" (the bodies given work); "hạn A so với việc B thì thế nào?" (two things compared); "the draft Government
resolution" (a draft to be made, no document of the index); what a time waits on, said in other words ("phụ thuộc
vào Trung ương giao"); "chỉ tiêu nào trong … giao X chủ trì"; a heading's words are each item's under it."""

from __future__ import annotations

import pytest

from assistant.glossary import translate_question
from assistant.index_view import IndexView, RecordSearcher
from assistant.matches import NAMES_APPENDIX
from assistant.question_rules import COMPARE, any_match
from assistant.understand import understand
from indexer.agencies import find_agencies
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, hai_phong_plan

HP = "kh_hai_phong.txt"
VL = "qd_vinh_long.txt"
PT = "kh_phu_tho.txt"


def test_a_single_year_declined_is_no_single_year_asked():
    query = understand(
        "Which tasks in the Hà Tĩnh appendix run across both 2025 and 2026 instead of being tied to a single year?"
    )
    assert query.covers and not query.within and "một năm" not in query.periods
    query = understand(
        "Những nhiệm vụ nào kéo dài qua cả năm 2025 và năm 2026 chứ không gói gọn trong một năm?"
    )
    assert query.covers and "một năm" not in query.periods
    # (asked, it still is one)
    query = understand("Which Hà Tĩnh tasks are set for a single year, 2026?")
    assert query.within and "một năm" in query.periods


def test_rows_asked_with_a_field_of_each():
    query = understand(
        "Trong phụ lục kế hoạch Hà Tĩnh, những nhiệm vụ nào có thời hạn “theo thời hạn giao của Trung ương” và sản "
        "phẩm phải ra là gì?"
    )
    assert query.intent == "general", query.intent
    # (one row's field stays one: not a listing)
    assert understand("Nhiệm vụ xây dựng Cổng pháp luật có sản phẩm là gì?").intent == "output"


def test_who_personally_signed():
    query = understand(
        "Who personally signed Vĩnh Long's Decision No. 1218/QĐ-UBND — what is the chairman's name?"
    )
    assert query.answer_type == "signer", query


@pytest.mark.parametrize("name", ["Ủy ban nhân dân cấp tỉnh", "UBND cấp tỉnh"])
def test_the_provincial_level_s_committees(name):
    assert find_agencies(name) == ["UBND các tỉnh, thành phố trực thuộc trung ương"]
    assert understand(f"{name} có trách nhiệm gì theo Nghị định 302/2025/NĐ-CP?").agencies == (
        "UBND các tỉnh, thành phố trực thuộc trung ương",
    )
    # (one province's committee stays its own)
    assert find_agencies("Ủy ban nhân dân tỉnh") == ["UBND tỉnh"]


def test_english_words_of_this_domain():
    # "law enforcement work": the Vietnamese "công tác", not "làm việc"
    assert "công tác" in translate_question("the provincial budget for law enforcement work")
    # "most rows": a word, not the ministry's initials, which are typed in capitals
    assert (
        understand("The appendix leaves the column blank for most rows. Which tasks give an output?").agencies
        == ()
    )
    assert understand("Which tasks does MOST lead?").agencies == ("Bộ Khoa học và Công nghệ",)
    assert understand("Which tasks do the PPCs lead?").agencies == ("Ủy ban nhân dân tỉnh",)


def test_projects_attached_to_a_resolution_are_its_appendix():
    question = "List the priority projects attached to Government Resolution 394/NQ-CP and who leads each."
    assert NAMES_APPENDIX.search(fold(question))
    assert "phụ lục" in understand(question).topic
    assert NAMES_APPENDIX.search(fold("Các đề án ưu tiên kèm theo Nghị quyết 394/NQ-CP do ai chủ trì?"))
    # (a body attached to a ministry is no appendix)
    assert "phụ lục" not in understand("Which agencies are attached to the Ministry of Justice?").topic


def test_the_submission_a_plan_is_issued_on():
    query = understand("Which Department of Justice submission was the Hà Tĩnh plan issued on the basis of?")
    assert query.answer_type == "proposal", query


def test_one_time_of_two_things_compared():
    question = (
        "Trong kế hoạch của Hà Tĩnh, hạn hoàn thành Đề án đổi mới công tác tổ chức thi hành pháp luật so với việc hệ "
        "thống hóa văn bản QPPL kỳ 2024-2028 thì thế nào?"
    )
    assert any_match(COMPARE, fold(question))
    # (a change over time of one thing is no comparison of two)
    assert not any_match(
        COMPARE, fold("Hạn hoàn thành Đề án đổi mới công tác thi hành pháp luật là khi nào?")
    )


TARGETS = (
    "1. Tổ chức thực hiện đầy đủ các quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra, cơ bản hoàn thành việc tháo "
    "gỡ những “điểm nghẽn” do quy định của pháp luật. Năm 2027, hoàn thành việc sửa đổi, bổ sung, ban hành văn bản "
    "quy phạm pháp luật của thành phố. Năm 2028, hoàn thiện hệ thống pháp luật về đầu tư, kinh doanh theo thẩm "
    "quyền, đưa Hải Phòng duy trì trong top đầu về chỉ số năng lực cạnh tranh cấp tỉnh (PCI)."
)
BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Căn cứ Nghị quyết số 66-NQ/TW ngày 30 "
    "tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật; Theo đề nghị của Giám đốc "
    "Sở Tư pháp."
)
IMPLEMENTATION = (
    (
        "III.1",
        "1. Các sở, ngành, địa phương theo chức năng, nhiệm vụ xây dựng và tổ chức thực hiện Kế hoạch.",
    ),
    ("III.2", "2. Các sở, ngành có trách nhiệm rà soát các chương trình, kế hoạch hành động đã ban hành."),
    (
        "III.3",
        "3. Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương bảo đảm nguồn kinh phí thực hiện.",
    ),
    (
        "III.4",
        "4. Sở Tư pháp chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc triển khai Kế hoạch này.",
    ),
)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        hai_phong_plan(HP),
        Document(VL, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết 66", "Quyết định", number="1218/QĐ-UBND",
                 province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long"),
        Document(PT, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="186/KH-UBND", province="Phú Thọ",
                 issuer="UBND tỉnh Phú Thọ"),
    ]  # fmt: skip
    clauses = [
        Clause(HP, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (89, 109), TARGETS),
        Clause(VL, "preamble", "Phần mở đầu", (), (21, 55), BASES, kind="preamble"),
        *(
            Clause(
                PT,
                path,
                f"Mục III, khoản {path[-1]}",
                ("III. TỔ CHỨC THỰC HIỆN",),
                (160 + 5 * i, 163 + 5 * i),
                text,
            )
            for i, (path, text) in enumerate(IMPLEMENTATION)
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


def test_a_quote_is_carried_on_to_the_year_asked(view):
    _, _, outcome = ask_view(view, "What does Hải Phòng aim to achieve by 2027 and by 2028?")
    assert not outcome.abstained, outcome.text
    assert (
        "Năm 2027, hoàn thành" in outcome.text and "Năm 2028, hoàn thiện hệ thống pháp luật" in outcome.text
    )


def test_the_proposal_is_listed_with_the_legal_bases(view):
    _, _, outcome = ask_view(view, "Quyết định 1218/QĐ-UBND của Vĩnh Long căn cứ những văn bản nào?")
    assert "Căn cứ Luật Tổ chức chính quyền địa phương" in outcome.text, outcome.text
    assert "Theo đề nghị của Giám đốc Sở Tư pháp" in outcome.text, outcome.text


def test_how_a_plan_shares_out_its_implementation(view):
    _, _, outcome = ask_view(
        view, "Phú Thọ phân công trách nhiệm tổ chức thực hiện kế hoạch cho các cơ quan như thế nào?"
    )
    assert outcome.strategy == "addressees", outcome.text
    assert "Sở Tài chính chủ trì" in outcome.text and "Sở Tư pháp chủ trì" in outcome.text


def test_a_sentence_carried_on_within_its_passage(view):
    from assistant.matches import SentenceMatch
    from assistant.strategies import _on_to_years

    chunk = next(c for c in view.clause_chunks if c.doc == HP)
    first = "Năm 2027, hoàn thành việc sửa đổi, bổ sung, ban hành văn bản quy phạm pháp luật của thành phố."
    wider = _on_to_years(SentenceMatch(0.5, chunk, first), (2028,))
    assert (
        wider is not None and wider.quote.startswith(first) and "Năm 2028, hoàn thiện hệ thống" in wider.quote
    )
    # (a year the passage does not say leaves the quote as it is)
    assert _on_to_years(SentenceMatch(0.5, chunk, first), (2030,)) is None


def test_a_draft_to_be_made_names_no_document():
    from assistant.matching import hinted_docs

    draft_letter = Document(
        "cv_du_thao.txt", "Công văn về Nghị quyết 66", "Công văn", number="1/CV-TU", draft=True
    )
    resolution = Document("nq_394.txt", "Nghị quyết về phong trào bảo vệ môi trường", "Nghị quyết",
                          number="394/NQ-CP", issuer="Chính phủ", national=True)  # fmt: skip
    docs = {d.name: d for d in (draft_letter, resolution)}
    query = understand(
        "What is the deadline for the Finance Ministry to submit the draft Government resolution on disaster recovery "
        "measures for the Central region?"
    )
    # (not the draft letter, nor the Government's issued resolution: what a ministry is to submit)
    assert hinted_docs(query, set(docs), docs) == set()
    from assistant.understand import issuer_spans_en

    assert issuer_spans_en(query.question) == []
    assert "Trung Bộ" in query.topic


def test_what_a_time_waits_on_said_in_other_words():
    from tests.records import ha_tinh_plan, make_task

    plan = ha_tinh_plan("kh_ha_tinh.txt")
    tasks = [
        make_task(plan.name, "14", "Xây dựng cơ chế, chính sách ưu đãi để phát triển kinh tế tư nhân trong trường hợp"
                  " được giao", ["Sở Tài chính"], deadline="Theo thời hạn giao của Trung ương", line=828),
        make_task(plan.name, "15", "Xây dựng cơ chế thử nghiệm có kiểm soát trong trường hợp được giao",
                  ["Sở Khoa học và Công nghệ"], deadline="Theo thời hạn giao của Trung ương", line=851),
        make_task(plan.name, "6", "Tổ chức hội thảo trao đổi các giải pháp", ["Sở Tư pháp"], deadline="Năm 2026",
                  line=648),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([plan], [], tasks))
    _, _, outcome = ask_view(
        view,
        "Trong kế hoạch Hà Tĩnh, những nhiệm vụ nào chỉ làm khi được giao và có thời hạn phụ thuộc vào Trung ương giao?",
    )
    assert outcome.strategy == "cell_listing", outcome.text
    assert "kinh tế tư nhân" in outcome.text and "thử nghiệm có kiểm soát" in outcome.text
    assert "hội thảo" not in outcome.text


def test_a_row_noun_then_where_then_giao():
    from assistant.question_rules import LISTING

    assert any_match(
        LISTING, "chi tieu nao trong phu luc kh 144 bac ninh giao ngan hang nha nuoc khu vuc xii chu tri"
    )


LETTER = "cv_tinh_uy.txt"


def test_the_heading_s_words_are_each_item_s():
    from assistant.evidence import terms
    from assistant.listing import heading_sections

    letter = Document(LETTER, "Công văn về tiếp tục thực hiện Nghị quyết 66", "Công văn", number="512-CV/TU",
                      province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh (Ban Thường vụ)")  # fmt: skip
    head = "3. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh"
    items = [
        "- Chỉ đạo Sở Tư pháp và các ngành, địa phương tiếp tục rà soát, tham mưu sửa đổi các văn bản QPPL.",
        "- Siết chặt kỷ luật, kỷ cương trong ban hành văn bản quy định chi tiết.",
        "- Tăng cường kiểm tra, giám sát, đánh giá kết quả, khen thưởng kịp thời các tập thể, cá nhân.",
    ]
    clauses = [Clause(LETTER, "3", "Mục 3", (), (33, 33), head)] + [
        Clause(LETTER, f"3.{i + 1}", f"Mục 3, ý {i + 1}", (head,), (34 + i, 34 + i), text)
        for i, text in enumerate(items)
    ]
    view = IndexView(RecordSearcher([letter], clauses, []))
    query = understand(
        "Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh thực hiện những việc gì?"
    )
    # ("lãnh đạo" said by the heading over them: every item under it, not only those that say it again)
    found = heading_sections(view, query, {LETTER}, terms("lãnh đạo"))
    assert [c.text for c in found if c.text.startswith("-")] == items, [c.text for c in found]


def test_the_legal_bases_alone_without_the_proposal(view):
    _, _, outcome = ask_view(view, "Quyết định 1218/QĐ-UBND của Vĩnh Long căn cứ những luật nào?")
    assert "Căn cứ Luật Tổ chức chính quyền địa phương" in outcome.text, outcome.text
    assert "Theo đề nghị" not in outcome.text, outcome.text


ND = "nd_302.txt"


def test_the_responsibilities_of_the_provinces_committees():
    decree = Document(ND, "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP", issuer="Chính phủ",
                      national=True)  # fmt: skip
    article24 = "Điều 24. Trách nhiệm của các cơ quan"
    title = "5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:"
    clauses = [
        Clause(ND, "3.2", "Điều 3, khoản 2", ("Điều 3. Thành lập Quỹ",), (99, 100),
               "2. Ủy ban nhân dân cấp tỉnh thành lập và quản lý Quỹ nhà ở địa phương."),
        Clause(ND, "24.5", "Điều 24, khoản 5", (article24,), (845, 846), title),
        Clause(ND, "24.5.a", "Điều 24, khoản 5, điểm a", (article24, title), (848, 851),
               "a) Ban hành Quy chế tổ chức và hoạt động Quỹ nhà ở địa phương;"),
        Clause(ND, "24.5.b", "Điều 24, khoản 5, điểm b", (article24, title), (853, 855),
               "b) Báo cáo việc thành lập, tổ chức và hoạt động của Quỹ nhà ở địa phương gửi Bộ Xây dựng."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([decree], clauses, []))
    _, _, outcome = ask_view(view, "Nghị định 302 giao Ủy ban nhân dân cấp tỉnh những nhiệm vụ gì?")
    # (the provinces' People's Committees are addressed as one: their own passages, not the rows none names)
    assert "Ban hành Quy chế" in outcome.text and "Báo cáo việc thành lập" in outcome.text, outcome.text
    _, _, outcome = ask_view(view, "Trách nhiệm của Ủy ban nhân dân cấp tỉnh theo Nghị định 302 là gì?")
    # (its responsibilities asked: the points under the title that says them)
    assert "Ban hành Quy chế" in outcome.text and "thành lập và quản lý" not in outcome.text, outcome.text
