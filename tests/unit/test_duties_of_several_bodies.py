"""What a document gives several bodies named together to do ("Chỉ thị 09 giao Thanh tra thành phố, Công an thành
phố và Ban Quản lý các khu chế xuất làm gì?"), and a body's duties asked in a document named by what it is about
("… trong kế hoạch về đổi mới xây dựng và thi hành pháp luật?"), on hand-made records (assistant.duties)."""

from __future__ import annotations

import pytest

from assistant.duties import _residual_topic, _without_name, asks_duties
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, cited_starts, ha_tinh_plan

CT = "ct_can_tho.txt"
KH = "kh_ha_tinh.txt"
T8 = "8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành"
INSPECTORATE = (
    "b) Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành các quy định pháp luật về tài nguyên nước theo "
    "định kỳ hoặc đột xuất."
)
POLICE = (
    "c) Giao Công an thành phố kịp thời phát hiện và xử lý các tổ chức, cá nhân có hành vi vi phạm pháp luật về "
    "quản lý, khai thác và sử dụng tài nguyên nước;"
)
ZONES = (
    "d) Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ tầng khu chế "
    "xuất, khu, cụm công nghiệp xây dựng giải pháp sử dụng nước tuần hoàn, tiết kiệm."
)
HOME_AFFAIRS_STAFF = (
    "a) Sở Nội vụ chủ trì rà soát, tham mưu UBND tỉnh bố trí, sắp xếp, kiện toàn đội ngũ cán bộ, công chức làm "
    "công tác pháp chế."
)
HOME_AFFAIRS_POLICY = (
    "b) Sở Nội vụ đề xuất hoàn thiện cơ chế thu hút người có tài năng, góp phần bảo đảm chất lượng công tác xây "
    "dựng và thi hành pháp luật; đổi mới cách tuyển dụng."
)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(CT, "Chỉ thị về tăng cường quản lý tài nguyên nước dưới đất", "Chỉ thị", number="09/CT-UBND",
                 province="Cần Thơ", issuer="UBND thành phố Cần Thơ"),
        ha_tinh_plan(KH),
    ]  # fmt: skip
    t3 = "III. TỔ CHỨC THỰC HIỆN"
    clauses = [
        Clause(CT, "8.b", "Mục 8, điểm b", (T8,), (216, 224), INSPECTORATE),
        Clause(CT, "8.c", "Mục 8, điểm c", (T8,), (226, 228), POLICE),
        Clause(CT, "8.d", "Mục 8, điểm d", (T8,), (230, 232), ZONES),
        Clause(KH, "III.4.a", "Mục III, khoản 4, điểm a", (t3, "4. Sở Nội vụ"), (343, 349), HOME_AFFAIRS_STAFF),
        Clause(KH, "III.4.b", "Mục III, khoản 4, điểm b", (t3, "4. Sở Nội vụ"), (351, 357), HOME_AFFAIRS_POLICY),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ thị 09 Cần Thơ giao Thanh tra thành phố, Công an thành phố làm gì?",
        "chi thi 09 can tho giao thanh tra thanh pho, cong an thanh pho lam gi",
    ],
)
def test_bodies_named_with_a_comma_are_a_duties_ask(question):
    assert asks_duties(understand(question))


def test_each_body_named_gets_its_own_part(view):
    _, _, outcome = ask_view(
        view,
        "Chỉ thị 09 Cần Thơ giao Thanh tra thành phố, Công an thành phố và Ban Quản lý các khu chế xuất và công "
        "nghiệp làm gì?",
    )
    assert outcome.strategy == "duties", outcome.text
    assert cited_starts(outcome) == [216, 226, 230], outcome.text


def test_a_long_printed_name_is_no_topic(view):
    # (the canonical name is "Ban Quản lý Khu kinh tế tỉnh": the printed words would else narrow to its part alone)
    _, _, outcome = ask_view(
        view,
        "Chỉ thị 09 Cần Thơ giao Công an thành phố và Ban Quản lý các khu chế xuất và công nghiệp làm gì?",
    )
    assert outcome.strategy == "duties", outcome.text
    assert cited_starts(outcome) == [226, 230], outcome.text


def test_without_name_drops_the_linking_words_the_topic_left_out():
    name = "ban quản lý các khu chế xuất và công nghiệp".split()
    assert _without_name("công an ban quản lý khu chế xuất công nghiệp làm", name) == "công an làm"
    # (a run of one word, or a name only begun, stays)
    assert _without_name("ban hành khu chế xuất", name) == "ban hành khu chế xuất"


def test_a_document_named_by_what_it_is_about_does_not_narrow_the_duties(view):
    question = (
        "Sở Nội vụ Hà Tĩnh được giao làm gì trong phần tổ chức thực hiện kế hoạch về đổi mới xây dựng và thi "
        "hành pháp luật?"
    )
    query, _, outcome = ask_view(view, question)
    assert _residual_topic(query) == ""
    assert cited_starts(outcome) == [343, 351], outcome.text


def test_a_topic_of_the_duty_itself_still_narrows(view):
    _, _, outcome = ask_view(view, "Sở Nội vụ Hà Tĩnh được giao làm gì về bố trí, sắp xếp đội ngũ pháp chế?")
    assert cited_starts(outcome) == [343], outcome.text


def test_bodies_named_bare_are_the_provinces_own(view):
    # ("thanh tra", "công an" without "thành phố": the glossary's bare names, the city's own bodies in its text)
    query, _, outcome = ask_view(view, "Chỉ thị 09 Cần Thơ giao thanh tra và công an làm gì?")
    assert outcome.strategy == "duties", outcome.text
    assert cited_starts(outcome) == [216, 226], outcome.text


CV = "cv_tinh_uy.txt"


@pytest.fixture(scope="module")
def letter() -> IndexView:
    docs = [
        Document(CV, "Công văn về thực hiện Nghị quyết số 66-NQ/TW", "Công văn", number="512-CV/TU",
                 province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh"),
    ]  # fmt: skip
    first = "1. Các cấp ủy, tổ chức đảng các cấp tiếp tục quán triệt, tuyên truyền sâu rộng Nghị quyết số 66-NQ/TW."
    clauses = [
        Clause(CV, "1", "Mục 1", (), (30, 30), first),
        Clause(CV, "1.-1", "Mục 1, ý 1", (first,), (31, 31),
               "- Hàng năm, xây dựng kế hoạch cụ thể hóa nhiệm vụ tại Nghị quyết số 66-NQ/TW theo thẩm quyền."),
        Clause(CV, "1.-2", "Mục 1, ý 2", (first,), (32, 32),
               "- Hàng quý chỉ đạo tổ chức rà soát, đánh giá và báo cáo kết quả thực hiện Nghị quyết số 66-NQ/TW."),
        Clause(CV, "2", "Mục 2", (), (33, 33),
               "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo rà soát, sửa đổi hệ thống văn bản QPPL hằng năm."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Công văn Tỉnh ủy Hà Tĩnh yêu cầu các cấp ủy, tổ chức đảng làm những việc gì theo định kỳ hằng năm và hằng "
        "quý đối với Nghị quyết 66?",
        "cong van tinh uy ha tinh yeu cau cac cap uy, to chuc dang lam gi hang nam va hang quy",
    ],
)
def test_what_a_letter_asks_a_collective_to_do_every_year_and_quarter(letter, question):
    # (the issuer is no body asked: "Công văn Tỉnh ủy Hà Tĩnh yêu cầu …"; the collective's own items answer)
    query, _, outcome = ask_view(letter, question)
    assert query.agencies == ("Các cấp ủy, tổ chức đảng",), query.agencies
    assert outcome.strategy == "duties", outcome.text
    assert cited_starts(outcome) == [31, 32], outcome.text
