"""Comparisons asked in other words: which of two time limits comes first, whether two bodies share one,
the dates of the Party documents each side's plan cites, and a document named for one of two places."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import documents_in_scope
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view

HT, HP, HT_TU, CT = "ht.txt", "hp.txt", "ht_tu.txt", "ct.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(
            HT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh"
        ),
        Document(
            HT_TU, "Công văn về Nghị quyết 66", "Công văn", province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh"
        ),
        Document(
            HP, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Hải Phòng", issuer="UBND thành phố"
        ),
        Document(
            CT,
            "Chỉ thị về nước dưới đất",
            "Chỉ thị",
            number="09/CT-UBND",
            province="Cần Thơ",
            date="2025-11-18",
        ),
    ]
    clauses = [
        Clause(
            HT,
            "preamble",
            "Phần mở đầu",
            (),
            (1, 3),
            "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; Chương trình hành động số "
            "45-CTr/TU ngày 03/7/2025 của Ban Thường vụ Tỉnh ủy.",
            "preamble",
        ),
        Clause(
            HP,
            "preamble",
            "Phần mở đầu",
            (),
            (1, 3),
            "Thực hiện Chương trình hành động số 95-CTr/TU ngày 09/6/2025 của Ban Thường vụ Thành ủy thực hiện "
            "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.",
            "preamble",
        ),
        Clause(HT_TU, "1", "Mục 1", (), (5, 6), "1. Các cấp ủy quán triệt Nghị quyết 66 đến đảng viên."),
        Clause(
            HT_TU,
            "5",
            "Mục 5",
            (),
            (42, 43),
            "5. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội thực hiện phản biện xã "
            "hội đối với dự thảo văn bản quy phạm pháp luật.",
        ),
        Clause(
            HT,
            "III.6",
            "Mục III, khoản 6",
            ("III. TỔ CHỨC THỰC HIỆN",),
            (381, 385),
            "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: tăng cường giám sát, phối hợp chặt chẽ với các cơ "
            "quan trong tổ chức triển khai thực hiện.",
        ),
        Clause(
            CT,
            "preamble",
            "Phần mở đầu",
            (),
            (1, 2),
            "Số: 09/CT-UBND Cần Thơ, ngày 18 tháng 11 năm 2025",
            "preamble",
        ),
        Clause(
            CT,
            "1",
            "Mục 1",
            (),
            (10, 12),
            "1. Sở Xây dựng báo cáo kết quả rà soát giếng khoan trước ngày 15/4/2026.",
        ),
        Clause(
            CT, "2", "Mục 2", (), (13, 15), "2. Sở Nông nghiệp và Môi trường báo cáo Bộ trước ngày 31/5/2026."
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


_ask = ask_view


@pytest.mark.parametrize(
    "question",
    [
        "Giữa hạn Sở Xây dựng báo cáo kết quả rà soát và hạn Sở Nông nghiệp báo cáo Bộ, hạn nào trước?",
        "Sở Xây dựng và Sở Nông nghiệp và Môi trường có cùng mốc thời hạn báo cáo không?",
    ],
)
def test_which_of_two_time_limits_comes_first_is_a_comparison(question):
    assert understand(question).intent == "compare"


def test_the_party_documents_each_plan_cites_are_ordered_by_their_dates(view):
    q, _, outcome = _ask(
        view,
        "Chương trình hành động của Ban Thường vụ Tỉnh ủy Hà Tĩnh và của Ban Thường vụ Thành ủy Hải Phòng "
        "về Nghị quyết 66, văn bản nào ban hành trước?",
    )
    assert q.intent == "compare"
    assert outcome.text.splitlines()[0].startswith("Hải Phòng")  # 09/6/2025 before 03/7/2025
    assert "45-CTr/TU ngày 03/7/2025" in outcome.text and "95-CTr/TU ngày 09/6/2025" in outcome.text
    assert "66-NQ/TW" not in outcome.text  # the document the question names is not a cited one


def test_a_document_named_for_one_of_two_places_keeps_the_other_places_documents(view):
    q = understand(
        "Kế hoạch 66 của Hải Phòng và Chỉ thị 09 của Cần Thơ, văn bản nào ban hành trước?",
        documents=view.docs.values(),
    )
    scope, _ = documents_in_scope(view, q, None)
    assert scope == {HP, CT}


@pytest.mark.parametrize(
    "question",
    [
        "Vai trò của Ủy ban MTTQ tỉnh trong Kế hoạch của UBND Hà Tĩnh và trong công văn của Tỉnh ủy Hà Tĩnh có gì "
        "khác nhau?",
        "Kế hoạch của UBND tỉnh và công văn của Tỉnh ủy Hà Tĩnh giao cho Mặt trận Tổ quốc tỉnh những việc gì?",
    ],
)
def test_what_each_document_asks_of_one_body_is_its_own_part_of_each(view, question):
    _, _, outcome = _ask(view, question)
    assert "giám sát" in outcome.text and "phản biện xã hội" in outcome.text
    assert {c.lines for c in outcome.citations} >= {(381, 385), (42, 43)}


@pytest.mark.parametrize(
    "question",
    [
        "Thủ tục nào sau đây được thực hiện trực tuyến?",
        "Bước nào trước tiên phải làm khi nhận hồ sơ?",
    ],
)
def test_which_of_the_following_is_no_comparison(question):
    assert understand(question).intent != "compare"


def test_thi_of_thi_hanh_is_no_then():
    from assistant.compare_items import halves

    parts = halves("Hai việc rà soát văn bản và tổ chức thi hành pháp luật thì việc nào hạn trước?")
    assert parts is not None and parts.second == "tổ chức thi hành pháp luật"
