"""Rules of the twenty-ninth session, on hand-made records and questions: two years asked of one target list
are said by the items quoted side by side ("by end-2035 and by end-2045"); "cấm những hành vi nào" names the
article "Các hành vi bị nghiêm cấm" ("nghiêm" only strengthens "cấm"); an English question glossed word by
word names a section title in any order ("funding sources for implementing the scheme" for "KINH PHÍ THỰC
HIỆN ĐỀ ÁN"); "Which of <place>'s … indicators …" is a listing; the glossary reads "enter into force", "legal
bases", "information system" and "receiving and handling"; a section asked "under Article 23" is that
article's, not another article's whose title the words also name; the words an English question quotes or
puts in brackets do not make it Vietnamese; the agencies found in a text are remembered without sharing the
list handed out; two indexed documents named by number and joined by "and" are compared ("When do Decree
302/2025/NĐ-CP and the Employment Law 74/2025/QH15 take effect?"); "… does <body> coordinate with?" names
the row's lead even at the question's end; a sub-item that names no body is answered under the item that
gives it to one ("d) Giao Ban Quản lý … chỉ đạo …:"); two asks of two documents ("… có hiệu lực từ khi nào và
được ký ngày nào?") stay one question of its passages; "Nhiệm vụ phối hợp kiểm tra …" asked for its time keeps
"phối hợp" as the task's words; a title that matched ("3. Vụ Tổ chức cán bộ") is answered with what stands
under it; a deadline is answered by the passage that names the day ("trước ngày 15/11 hằng năm") before one
that says only "định kỳ" or a year, alone and in a comparison; words in brackets after a short reference
("KH 144 (digital economy)") describe the document, not what is asked; a question asking for several
("trước những mốc nào") is answered with rows a little further off too.
"""

from __future__ import annotations

import pytest

from assistant.glossary import detect_language, english_terms
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.agencies import find_agencies
from indexer.records import Clause, Document
from tests.records import ask_view

DT, QD, RULE, ND = "kh_dongthap.txt", "qd_thutuong.txt", "qd_bachinhtri.txt", "nd_quynhao.txt"
CT, LAW, CV = "ct_cantho.txt", "luat_vieclam.txt", "cv_bovanhoa.txt"
BN, NQ, HCM = "kh_bacninh.txt", "nq_chinhphu.txt", "kh_hcm.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(DT, "Kế hoạch chuyển đổi số cho các doanh nghiệp nhỏ và vừa", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp", issuer="UBND tỉnh Đồng Tháp"),
        Document(QD, "Quyết định phê duyệt Đề án chuyển đổi số trong hoạt động xây dựng kết cấu hạ tầng",
                 "Quyết định", number="2597/QĐ-TTg", national=True, issuer="Thủ tướng Chính phủ"),
        Document(RULE, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", national=True),
        Document(ND, "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP", national=True),
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", national=True),
        Document(NQ, "Nghị quyết về phát động phong trào toàn dân tham gia bảo vệ môi trường", "Nghị quyết",
                 number="394/NQ-CP", national=True, issuer="Chính phủ"),
        Document(HCM, "Kế hoạch thực hiện công tác bình đẳng giới năm 2025", "Kế hoạch", number="174/KH-UBND",
                 province="Hồ Chí Minh", issuer="UBND Thành phố Hồ Chí Minh"),
        Document(BN, "Kế hoạch phát triển kinh tế số và xã hội số", "Kế hoạch", number="144/KH-UBND",
                 province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh"),
        Document(CV, "Công văn về đẩy mạnh thực hiện nhiệm vụ chuyển đổi số", "Công văn", number="6225/BVHTTDL-VP",
                 national=True, issuer="Bộ Văn hóa, Thể thao và Du lịch"),
        Document(CT, "Chỉ thị về tăng cường quản lý tài nguyên nước dưới đất", "Chỉ thị", number="09/CT-UBND",
                 province="Cần Thơ", issuer="UBND thành phố Cần Thơ"),
    ]  # fmt: skip
    targets = ("II. MỤC TIÊU", "1. Mục tiêu cụ thể")
    funding = ("IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN",)
    clauses = [
        Clause(DT, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (74, 74), "1. Mục tiêu cụ thể"),
        Clause(DT, "II.1.a", "Mục II, khoản 1, điểm a", targets, (76, 77),
               "a) Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
        Clause(DT, "II.1.b", "Mục II, khoản 1, điểm b", targets, (79, 80),
               "b) Đến hết năm 2030: Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
        Clause(DT, "II.1.c", "Mục II, khoản 1, điểm c", targets, (82, 83),
               "c) Đến hết năm 2035: Có ≥ 85% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
        Clause(DT, "II.1.d", "Mục II, khoản 1, điểm d", targets, (85, 86),
               "d) Đến hết năm 2040: Có ≥ 95% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
        Clause(DT, "II.1.đ", "Mục II, khoản 1, điểm đ", targets, (88, 89),
               "đ) Đến hết năm 2045: 100% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
        Clause(QD, "IV", "Mục IV", (), (391, 391), "IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN"),
        Clause(QD, "IV.1", "Mục IV, khoản 1", funding, (393, 397),
               "1. Kinh phí thực hiện Đề án từ ngân sách nhà nước, bao gồm chi thường xuyên và chi đầu tư phát "
               "triển; kinh phí tài trợ từ các nước và tổ chức quốc tế."),
        Clause(QD, "IV.2", "Mục IV, khoản 2", funding, (399, 402),
               "2. Khuyến khích nguồn kinh phí huy động từ các doanh nghiệp, tổ chức, cá nhân trong và ngoài "
               "nước và các nguồn hợp pháp khác để thực hiện nhiệm vụ."),
        Clause(RULE, "Điều 5", "Điều 5", (), (187, 187), "Điều 5. Các hành vi bị nghiêm cấm"),
        Clause(RULE, "Điều 5.1", "Điều 5, khoản 1", ("Điều 5. Các hành vi bị nghiêm cấm",), (189, 191),
               "1. Cản trở hoạt động kết nối, quyền khai thác và sử dụng dữ liệu hợp pháp."),
        Clause(RULE, "Điều 5.2", "Điều 5, khoản 2", ("Điều 5. Các hành vi bị nghiêm cấm",), (193, 194),
               "2. Làm sai lệch thông tin dữ liệu trong quá trình lưu chuyển dữ liệu."),
        Clause(ND, "Điều 22", "Điều 22", (), (750, 750), "Điều 22. Kiểm tra hoạt động của Quỹ"),
        Clause(ND, "Điều 22.1", "Điều 22, khoản 1", ("Điều 22. Kiểm tra hoạt động của Quỹ",), (752, 761),
               "1. Quỹ có trách nhiệm xây dựng, ban hành quy chế kiểm tra nội bộ."),
        Clause(ND, "Điều 22.2", "Điều 22, khoản 2", ("Điều 22. Kiểm tra hoạt động của Quỹ",), (763, 766),
               "2. Định kỳ hằng năm, Quỹ có trách nhiệm báo cáo Bộ Xây dựng về tình hình hoạt động."),
        Clause(ND, "Điều 23", "Điều 23", (), (768, 772),
               "Điều 23. Nội dung kiểm tra Bộ Xây dựng tổ chức kiểm tra định kỳ hằng năm hoạt động của Quỹ. Nội "
               "dung kiểm tra bao gồm:"),
        Clause(ND, "Điều 23.1", "Điều 23, khoản 1", ("Điều 23. Nội dung kiểm tra",), (774, 775),
               "1. Tình hình quản lý, sử dụng vốn, tài sản của Quỹ."),
        Clause(ND, "Điều 23.2", "Điều 23, khoản 2", ("Điều 23. Nội dung kiểm tra",), (777, 778),
               "2. Tình hình thu chi và kết quả hoạt động của Quỹ."),
        Clause(CT, "8.d", "Mục 8, điểm d", ("8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành",), (230, 232),
               "d) Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ tầng "
               "khu chế xuất, khu, cụm công nghiệp có trách nhiệm:"),
        Clause(CT, "8.d.-1", "Mục 8, điểm d, ý 1", ("8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", "d) Giao Ban Quản lý"),
               (240, 247),
               "- Đối với các khu chế xuất, khu, cụm công nghiệp đang khai thác, sử dụng nước dưới đất, khẩn "
               "trương xây dựng giải pháp sử dụng nước tuần hoàn, tiết kiệm. Có giải pháp ưu tiên, thay thế sử "
               "dụng nguồn nước dưới đất bằng nguồn nước mặt."),
        Clause(CV, "3", "Mục 3", (), (44, 44), "3. Vụ Tổ chức cán bộ"),
        Clause(NQ, "IV.1.đ", "Mục IV, khoản 1, điểm đ", ("IV. TỔ CHỨC THỰC HIỆN",), (507, 509),
               "đ) Trước ngày 15 tháng 12 hàng năm, báo cáo tình hình, kết quả thực hiện Nghị quyết này gửi Bộ Nông "
               "nghiệp và Môi trường để tổng hợp, báo cáo Thủ tướng Chính phủ."),
        Clause(NQ, "IV.4", "Mục IV, khoản 4", ("IV. TỔ CHỨC THỰC HIỆN",), (523, 526),
               "4. Bộ Nông nghiệp và Môi trường có trách nhiệm theo dõi, đôn đốc, giám sát tình hình thực hiện Nghị "
               "quyết này; tổng kết đánh giá kết quả thực hiện vào năm 2030, báo cáo kết quả thực hiện gửi Thủ tướng "
               "Chính phủ."),
        Clause(HCM, "VII", "Mục VII", (), (450, 457),
               "VII. CHẾ ĐỘ BÁO CÁO Các sở, ban, ngành gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 16 tháng "
               "12 năm 2025 để tổng hợp báo cáo Ủy ban nhân dân Thành phố."),
        Clause(BN, "IV.4.4.3.d", "Mục IV, khoản 4, tiểu mục 4.3, điểm d", ("IV. NHIỆM VỤ",), (873, 876),
               "d) Công bố định kỳ báo cáo dự báo nhu cầu nhân lực trong các ngành công nghệ số cho lực lượng lao "
               "động trong tỉnh."),
        Clause(BN, "VII", "Mục VII", ("VII. CHẾ ĐỘ THÔNG TIN",), (1325, 1334),
               "Định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm về Sở Khoa học và Công nghệ để "
               "tổng hợp."),
        Clause(CV, "3.-1", "Mục 3, ý 1", ("3. Vụ Tổ chức cán bộ",), (45, 51),
               "- Quán triệt, hướng dẫn các cơ quan, đơn vị đưa nội dung kết quả thực hiện nhiệm vụ chuyển đổi số "
               "vào công tác thi đua, khen thưởng."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def test_two_years_are_said_by_the_items_quoted_side_by_side(view):
    _, _, outcome = ask_view(
        view,
        "What share of SMEs, cooperatives and household businesses in Dong Thap should be applying digital "
        "technology by end-2035 and by end-2045?",
    )
    assert not outcome.abstained
    assert {(82, 83), (88, 89)} <= {c.lines for c in outcome.citations}
    assert "85%" in outcome.text and "100%" in outcome.text


def test_a_year_no_item_says_still_abstains(view):
    _, _, outcome = ask_view(
        view, "What share of SMEs in Dong Thap should be applying digital technology by end-2050?"
    )
    assert outcome.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Quy định 384-QĐ/TW cấm những hành vi nào trong kết nối, chia sẻ dữ liệu?",
        "quy dinh 384-QD/TW cam nhung hanh vi nao trong ket noi, chia se du lieu?",
    ],
)
def test_cam_names_the_article_of_acts_strictly_prohibited(view, question):
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "section"
    assert [c.lines for c in outcome.citations] == [(187, 187), (189, 191), (193, 194)]


def test_an_english_gloss_names_a_title_in_any_order(view):
    _, _, outcome = ask_view(
        view,
        "What funding sources are specified for implementing the Đề án approved by Decision 2597/QĐ-TTg?",
    )
    assert outcome.strategy == "section"
    assert [c.lines for c in outcome.citations] == [(391, 391), (393, 397), (399, 402)]


def test_which_of_a_places_indicators_is_a_listing():
    query = understand(
        "Which of Bac Ninh's 2030 digital-society indicators are assigned to the provincial police "
        "(Công an tỉnh) to lead?"
    )
    assert query.intent == "agency_tasks"
    assert query.agencies == ("Công an tỉnh",)


@pytest.mark.parametrize(
    "question, phrase, vietnamese",
    [
        (
            "When does the Employment Law No. 74/2025/QH15 enter into force?",
            "enter into force",
            "hiệu lực thi hành",
        ),
        ("What legal bases does HCMC's Plan 174 cite?", "legal bases", "căn cứ"),
        (
            "Who leads operating the information system for feedback?",
            "information system",
            "hệ thống thông tin",
        ),
        (
            "Who is in charge of receiving and handling feedback?",
            "receiving and handling",
            "tiếp nhận, xử lý",
        ),
        ("Who leads Activity 1 (rolling out the Action Month)?", "rolling out", "triển khai"),
    ],
)
def test_glossary_phrases(question, phrase, vietnamese):
    terms = {p: t.vi[0] for p, t in english_terms(question)}
    assert terms.get(phrase) == vietnamese


def test_agencies_found_are_remembered_but_not_shared():
    text = "Sở Tư pháp chủ trì, phối hợp với Sở Tài chính."
    first = find_agencies(text)
    first.append("Sở Y tế")
    assert find_agencies(text) == ["Sở Tư pháp", "Sở Tài chính"]


def test_a_section_asked_under_an_article_is_that_articles(view):
    _, _, outcome = ask_view(
        view,
        "What does the inspection of the National Housing Fund's activities cover under Article 23 of Decree 302?",
    )
    assert [c.lines for c in outcome.citations][:3] == [(768, 772), (774, 775), (777, 778)]


@pytest.mark.parametrize(
    "question, lang",
    [
        ("In Regulation 384, do 'Dữ liệu đảng phí' and 'Dữ liệu hồ sơ lưu trữ' have the same owner (cơ quan chủ quản)?",
         "en"),
        ("Sở Tư pháp (Department of Justice) chủ trì những nhiệm vụ nào?", "vi"),
        ('Kế hoạch "Tháng hành động" do ai chủ trì?', "vi"),
    ],
)  # fmt: skip
def test_quoted_and_bracketed_words_do_not_decide_the_language(question, lang):
    assert detect_language(question) == lang


def test_two_documents_joined_by_and_are_compared(view):
    query, scope, outcome = ask_view(
        view,
        "When do Decree 302/2025/NĐ-CP on the Housing Fund and the Employment Law 74/2025/QH15 take effect?",
    )
    assert query.intent == "compare" and scope == {ND, LAW}
    one = understand(
        "Kế hoạch 617/KH-UBND thực hiện Luật Việc làm 74/2025/QH15 như thế nào?", documents=view.docs.values()
    )
    assert one.intent != "compare"  # one document implementing the other is no pair


def test_coordinate_with_at_the_end_names_a_partner():
    from assistant.matching import _PARTNER_OF
    from indexer.text import fold

    assert _PARTNER_OF.search(
        fold("For Activity 1, which bodies does the Department of Home Affairs coordinate with?")
    )
    assert _PARTNER_OF.search(fold("Ở hoạt động 1, Sở Nội vụ phối hợp với?"))


def test_a_sub_item_is_answered_under_the_item_that_gives_it(view):
    _, _, outcome = ask_view(
        view,
        "In Can Tho's Directive 09/CT-UBND, which body is tasked with directing the industrial zones to replace "
        "groundwater with surface water and build water-recirculation solutions?",
    )
    assert not outcome.abstained
    assert "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ" in outcome.text
    assert (230, 232) in {c.lines for c in outcome.citations}


def test_two_asks_of_two_documents_are_no_comparison(view):
    query = understand(
        "Luật Việc làm 74/2025/QH15 và Nghị định 302/2025/NĐ-CP có hiệu lực từ khi nào và được ký ngày nào?",
        documents=view.docs.values(),
    )
    assert query.intent != "compare"


def test_a_task_named_by_phoi_hop_keeps_the_words_when_its_time_is_asked():
    query = understand(
        "Nhiệm vụ phối hợp kiểm tra việc thi hành Luật ở Lai Châu được thực hiện trong thời gian nào?"
    )
    assert query.intent == "deadline" and "phối hợp" in query.topic


def test_a_title_that_matched_is_answered_with_what_stands_under_it(view):
    _, _, outcome = ask_view(
        view,
        "What does Official Letter 6225 ask the Department of Organisation and Personnel (Vụ Tổ chức cán bộ) to do?",
    )
    # (the body's English name before its Vietnamese one in brackets is the same body: what stands under its title,
    # as when the question names it once)
    assert (45, 51) in [c.lines for c in outcome.citations]
    assert "thi đua, khen thưởng" in outcome.text


def test_a_deadline_is_the_passage_that_names_the_day(view):
    _, _, outcome = ask_view(view, "When are periodic reports due in Bac Ninh?")
    assert not outcome.abstained
    assert outcome.citations[0].lines == (1325, 1334)


def test_words_in_brackets_after_a_short_reference_describe_the_document(view):
    query = understand(
        "What is the reporting deadline in Bac Ninh's KH 144 (digital economy)?", documents=view.docs.values()
    )
    assert "kinh tế số" not in query.topic


def test_a_plural_ask_takes_rows_a_little_further_off():
    from assistant.matches import Found, TaskMatch
    from assistant.statement import stated
    from tests.records import make_task

    team = TaskMatch(1.0, make_task("qn.txt", "1", "Thành lập Tổ kiểm kê", ["Đối tượng thực hiện kiểm kê"], (),
                                    "Trước ngày 30/11/2025", line=360))  # fmt: skip
    files = TaskMatch(0.85, make_task("qn.txt", "2", "Chuẩn bị hồ sơ, thông tin tài sản",
                                      ["Đối tượng thực hiện kiểm kê"], (), "Trước ngày 31/12/2025", line=367))  # fmt: skip
    far = TaskMatch(0.7, make_task("qn.txt", "3", "Báo cáo kết quả kiểm kê", ["Đối tượng thực hiện kiểm kê"]))
    found = Found(tasks=[team, files, far])
    assert stated(found, team) == [team]
    assert stated(found, team, plural=True) == [team, files]
    assert understand(
        "Đối tượng kiểm kê phải thành lập Tổ kiểm kê và chuẩn bị hồ sơ trước những mốc nào?"
    ).plural


def test_a_comparison_of_reporting_deadlines_takes_the_day_over_the_year(view):
    _, _, outcome = ask_view(
        view,
        "So sánh hạn báo cáo kết quả thực hiện theo Nghị quyết 394/NQ-CP với hạn báo cáo theo Kế hoạch "
        "174/KH-UBND của TP. Hồ Chí Minh.",
    )
    assert outcome.strategy == "compare"
    assert "Trước ngày 15 tháng 12" in outcome.text and "trước ngày 16 tháng 12" in outcome.text
