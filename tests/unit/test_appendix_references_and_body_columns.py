"""Rules of the fifty-second session, on hand-made records: the bodies a plan tells to carry out "the tasks given
to them to lead in the Appendix" ("c) Triển khai các nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch"), asked
"những cơ quan nào được yêu cầu triển khai nhiệm vụ được giao chủ trì tại phụ lục?", each with its passage (not
the question of who leads the appendix rows, which the lead column answers); a body printed only in another
column of bodies ("Cơ quan thẩm tra": "- Ủy ban Pháp luật chủ trì thẩm tra; …") is a name questions may use
("uy ban phap luat chu tri tham tra nhung du thao nao?"); an ask in brackets says the other ask in more words
("Tổng kinh phí (bao nhiêu tỷ đồng) … nhỏ và vừa … là bao nhiêu?" is one ask)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

BN = "kh_kinh_te_so.txt"
ORGANISE = "VI. TỔ CHỨC THỰC HIỆN"
SCIENCE = "1. Sở Khoa học và Công nghệ"
FINANCE = "2. Sở Tài chính"


@pytest.fixture(scope="module")
def plan() -> IndexView:
    docs = [Document(BN, "Kế hoạch phát triển kinh tế số, xã hội số", "Kế hoạch", number="144/KH-UBND",
                     province="Bắc Ninh")]  # fmt: skip
    clauses = [
        Clause(BN, "VI", "Mục VI", (), (1100, 1100), ORGANISE),
        Clause(BN, "VI.1", "Mục VI, khoản 1", (ORGANISE,), (1101, 1102), SCIENCE),
        Clause(BN, "VI.1.c", "Mục VI, khoản 1, điểm c", (ORGANISE, SCIENCE), (1115, 1118),
               "c) Triển khai các nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch; hướng dẫn, đôn đốc, kiểm "
               "tra tiến độ thực hiện."),
        Clause(BN, "VI.2", "Mục VI, khoản 2", (ORGANISE,), (1131, 1132), FINANCE),
        Clause(BN, "VI.2.b", "Mục VI, khoản 2, điểm b", (ORGANISE, FINANCE), (1138, 1139),
               "b) Triển khai nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch."),
        Clause(BN, "VI.14", "Mục VI, khoản 14", (ORGANISE,), (1249, 1257),
               "14. Tỉnh đoàn Chỉ đạo hệ thống tổ chức Đoàn các cấp tham gia mạng lưới hỗ trợ chuyển đổi số. "
               "Triển khai nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch."),
        Clause(BN, "VI.15", "Mục VI, khoản 15", (ORGANISE,), (1260, 1262),
               "15. Hội Nông dân tỉnh tuyên truyền các nội dung của Kế hoạch và Phụ lục kèm theo."),
    ]  # fmt: skip
    tasks = [
        make_task(BN, "1", "Kinh tế số chiếm 45% GRDP tỉnh", ["Sở Tài chính"], line=1386),
        make_task(BN, "2", "Tỷ lệ phủ sóng 5G đạt 100% dân số", ["Sở Khoa học và Công nghệ"], line=1456),
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch 144 Bắc Ninh: những cơ quan nào được yêu cầu triển khai nhiệm vụ được giao chủ trì tại phụ lục "
        "của kế hoạch?",
        "ke hoach 144 bac ninh: nhung co quan nao duoc yeu cau trien khai nhiem vu duoc giao chu tri tai phu luc?",
    ],
)
def test_bodies_told_to_carry_out_what_they_lead_in_the_appendix(plan, question):
    _, _, out = ask_view(plan, question)
    assert not out.abstained and out.strategy == "reference_leads" and out.meta["count"] == 3
    for body in ("Sở Khoa học và Công nghệ", "Sở Tài chính", "Tỉnh đoàn"):
        assert body in out.text
    assert "Hội Nông dân" not in out.text  # names the appendix, gives no lead
    assert [c.lines for c in out.citations] == [(1115, 1118), (1138, 1139), (1249, 1257)]


def test_who_leads_the_appendix_rows_is_not_asked_by_reference(plan):
    from assistant.reference_leads import asks_reference_leads
    from assistant.understand import understand

    query = understand("Những cơ quan nào chủ trì các nhiệm vụ trong phụ lục Kế hoạch 144?")
    assert not asks_reference_leads(query)


QH = "nq_ke_hoach_sua_luat.txt"
REVIEW = "Cơ quan thẩm tra/chuẩn bị ý kiến"


@pytest.fixture(scope="module")
def bills() -> IndexView:
    docs = [
        Document(
            QH, "Kế hoạch sửa đổi, bổ sung các luật, nghị quyết", "Nghị quyết", number="1339/NQ-UBTVQH15"
        )
    ]
    cell = "- Ủy ban Pháp luật chủ trì thẩm tra; - Hội đồng Dân tộc, các Ủy ban của Quốc hội tham gia."
    rows = [
        (
            "1",
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội",
            "Ban soạn thảo do UBTVQH thành lập",
            cell,
        ),
        ("2", "Nghị quyết sửa đổi Nghị quyết về Ban Dân nguyện", "Ban Dân nguyện", cell),
        ("3", "Nghị quyết giải thể Viện Nghiên cứu lập pháp", "Ban Công tác đại biểu", "Hội đồng Dân tộc"),
    ]
    tasks = [
        replace(
            make_task(QH, n, name, [lead], line=40 + 5 * i), extra=(("Cơ quan trình", lead), (REVIEW, review))
        )
        for i, (n, name, lead, review) in enumerate(rows)
    ]
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Ủy ban Pháp luật chủ trì thẩm tra những dự án, dự thảo nào trong kế hoạch kèm Nghị quyết 1339?",
        "uy ban phap luat chu tri tham tra nhung du an, du thao nao trong ke hoach kem nghi quyet 1339?",
    ],
)
def test_a_body_printed_only_in_another_column_is_named(bills, question):
    query, _, out = ask_view(bills, question)
    assert query.agencies == ("Ủy ban Pháp luật",)
    assert not out.abstained and out.strategy == "column_listing" and out.meta["count"] == 2
    assert "Ban Dân nguyện" in out.text and "Viện Nghiên cứu lập pháp" not in out.text


def test_an_ask_in_brackets_is_no_ask_of_its_own():
    from assistant.strategies import two_asks
    from assistant.understand import understand

    query = understand(
        "Tổng kinh phí (bao nhiêu tỷ đồng) bố trí để thực hiện Kế hoạch 617 cho doanh nghiệp nhỏ và vừa, hợp tác "
        "xã của tỉnh là bao nhiêu?"
    )
    assert query.answer_type == "money"
    assert two_asks(query) is None
