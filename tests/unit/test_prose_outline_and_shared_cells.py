"""Prose tasks stand under the heading their numbering puts them under ("4." after "3.2." belongs to the
section over "3.", not to "3.2."), start at a marker printed alone on its line, and record the heading that
names their body (as an inherited lead, with its lines); an answer about such a row cites where the shared
value is printed."""

from __future__ import annotations

from assistant.compose import CitationList, shared_cell
from assistant.evidence import Terms
from indexer.prose_tasks import prose_tasks
from indexer.records import Task

OUTLINE = [
    "II. NỘI DUNG KẾ HOẠCH",  # 1
    "3.",  # 2
    "Tham gia góp ý kiến vào dự thảo văn bản",  # 3
    "3.2. Tổ chức triển khai các văn bản hướng dẫn",  # 4
    "a) Nghị định quy định chi tiết thi hành Luật.",  # 5
    "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.",  # 6
    "- Thời gian thực hiện: Năm 2026.",  # 7
    "4.",  # 8
    "Phối hợp kiểm tra việc thi hành Luật",  # 9
    "- Cơ quan chủ trì: Sở Tư pháp",  # 10
    "- Thời gian thực hiện: Năm 2027.",  # 11
]


def _numbered(lines: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def test_a_numbered_task_leaves_the_deeper_heading_before_it():
    tasks = prose_tasks("x.txt", _numbered(OUTLINE))
    assert [(t.number, t.group, t.lines) for t in tasks] == [("a", "3.2", (5, 7)), ("4", "II", (8, 11))]
    assert tasks[0].group_lines == (4, 4)  # the heading "3.2. …" it stands under
    assert tasks[1].group_lines == (1, 1)
    assert tasks[1].lead_text == "Sở Tư pháp" and tasks[1].inherited == ()  # its own label, not a heading's


def test_a_heading_that_names_a_body_leads_its_items_and_is_recorded_where_printed():
    text = [
        "1.2.",  # 1
        "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo",  # 2
        "- Hướng dẫn các đơn vị thực hiện kiểm kê. Thời gian thực hiện: Tháng 11/2025.",  # 3
        "a) Tổng hợp báo cáo kết quả",  # 4 (a heading of its own, under 1.2)
        "- Tổng hợp kết quả kiểm kê gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026.",  # 5
        "1.3. Ủy ban nhân dân các xã",  # 6
        "- Tổ chức kiểm kê tại địa phương. Thời gian thực hiện: Tháng 12/2025.",  # 7
    ]
    tasks = prose_tasks("x.txt", _numbered(text))
    assert [(t.lead_text, t.inherited, t.group) for t in tasks] == [
        ("Sở Tài chính", (("lead", 1, 2),), "1.2"),
        # the nearest heading that names a body leads, though a heading without one stands between
        ("Sở Tài chính", (("lead", 1, 2),), "a"),
        ("Ủy ban nhân dân các xã", (("lead", 6, 6),), "1.3"),
    ]


def _task(**kw) -> Task:
    base = dict(
        doc="x.txt",
        group="1.3",
        group_title="Các cơ quan tham mưu",
        number="",
        name="Phối hợp hướng dẫn kiểm kê",
        lead=("Các cơ quan tham mưu (gồm các Sở: Xây dựng, Công Thương)",),
        coordinating=(),
        output=None,
        deadline="Từ tháng 11/2025.",
        lines=(251, 295),
        lead_text="Các cơ quan tham mưu (gồm các Sở: Xây dựng, Công Thương)",
        source="prose",
    )
    return Task(**{**base, **kw})


def test_an_inherited_cell_is_cited_where_it_is_printed():
    cites = CitationList(docs={}, question_terms=Terms(frozenset(), frozenset()))
    task = _task(inherited=(("lead", 246, 249),))
    said = shared_cell(task, "lead_agency", cites, "vi")
    assert said == " Cơ quan chủ trì được ghi chung ở dòng 246–249 [1]."
    assert [(c.lines, c.quote) for c in cites.items] == [((246, 249), task.lead_text)]
    assert (
        shared_cell(task, "lead", cites, "en")
        == " The lead body is printed once for several tasks, at lines 246–249 [1]."
    )
    # another field, or a value printed on the row's own lines, adds nothing
    assert shared_cell(task, "deadline", cites, "vi") == ""
    assert shared_cell(_task(inherited=(("lead", 260, 260),)), "lead_agency", cites, "vi") == ""
    assert len(cites.items) == 1


def test_a_body_clause_where_a_department_works_with_another_counts_for_its_coordinating_role():
    from assistant.index_view import IndexView, RecordSearcher
    from assistant.listing import body_assignments
    from assistant.understand import understand
    from indexer.records import Clause, Document

    doc = "kh.txt"
    view = IndexView(
        RecordSearcher(
            [Document(doc, "Kế hoạch triển khai Nghị quyết 66", "Kế hoạch", province="Hà Tĩnh")],
            [
                Clause(
                    doc,
                    "III.3",
                    "Mục III, khoản 3",
                    ("III. TỔ CHỨC THỰC HIỆN",),
                    (335, 339),
                    "3. Sở Khoa học và Công nghệ: phối hợp với Sở Tư pháp nghiên cứu xây dựng, duy trì, vận hành "
                    "và khai thác Cổng pháp luật của Tỉnh.",
                ),
                Clause(
                    doc,
                    "III.4",
                    "Mục III, khoản 4",
                    ("III. TỔ CHỨC THỰC HIỆN",),
                    (340, 341),
                    "4. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính bố trí biên chế.",
                ),
            ],
            [],
        )
    )
    asked = understand("Sở Khoa học và Công nghệ phối hợp những nhiệm vụ nào?")
    assert [c.path for c, _ in body_assignments(view, asked, None, role="coordinating")] == ["III.3"]
    finance = understand("Sở Tài chính phối hợp những nhiệm vụ nào?")
    assert [c.path for c, _ in body_assignments(view, finance, None, role="coordinating")] == ["III.4"]
    # working with another is no lead
    assert body_assignments(view, asked, None, role="lead") == []
