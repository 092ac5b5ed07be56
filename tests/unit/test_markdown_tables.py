"""The Markdown side of loading: flattened `|`-line tables (empty cells vs row ends, merged cells
missing from continuation rows), pipe tables broken over lines, markup stripped, format by content;
and the tables → task records route for any column order."""

from __future__ import annotations

from datetime import date

from indexer.build import parse_file
from indexer.columns import column_roles
from indexer.load import load_file
from indexer.markdown import display_line, flat_tables, looks_like_markdown, pipe_tables, strip_markup
from indexer.period import parse_period
from indexer.prose_tasks import prose_tasks
from indexer.table_tasks import tasks_from_table


def _flat(rows: list[list[str]]) -> list[str]:
    """The portal-export form: '|' opens a row, each cell is followed by '|'; empty cells print nothing."""
    out = []
    for row in rows:
        out.append("|")
        for cell in row:
            out.extend(cell.split("\n") if cell else [])
            out.append("|")
    return out


HEADER = [
    "**STT**",
    "**Tên nhiệm vụ**",
    "**Thời gian hoàn thành**",
    "**Cơ quan chủ trì**",
    "**Cơ quan phối hợp**",
]


def _numbered(lines: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def test_flattened_table_tells_empty_cells_from_row_ends_and_merged_cells():
    lines = _flat(
        [
            HEADER,
            ["**I. NHÓM THỨ NHẤT**"],
            ["1", "Xây dựng cơ sở dữ liệu\nvề hộ tịch", "Quý IV/2026", "Sở Tư pháp", ""],
            ["2", "Số hóa hồ sơ lưu trữ", "2027", "Sở Nội vụ", "Sở Tư pháp; UBND cấp xã"],
            ["Công an tỉnh", "Các sở, ngành"],  # a second lead of row 2: merged number/name/deadline
            [
                "3",
                "Tập huấn cán bộ",
                "Hằng năm",
                "Ban Quản lý các khu công nghệ cao và khu công nghiệp",
                "Sở Nội vụ",
            ],
        ]
    )
    [table] = flat_tables(_numbered(lines))
    assert table.ncols == 5 and not table.spans_known
    tasks = tasks_from_table("x.md", table)
    assert [t.number for t in tasks] == ["1", "2", "2", "3"]
    assert tasks[0].name == "Xây dựng cơ sở dữ liệu về hộ tịch"
    assert tasks[0].group == "I" and tasks[0].group_title == "NHÓM THỨ NHẤT"
    assert tasks[0].coordinating == () and tasks[0].deadline == "Quý IV/2026"
    merged = tasks[2]
    assert merged.lead == ("Công an tỉnh",) and merged.coordinating == ("Các sở, ngành",)
    assert merged.name == "Số hóa hồ sơ lưu trữ" and merged.deadline == "2027"
    assert {f for f, _, _ in merged.inherited} == {"number", "name", "deadline"}
    assert tasks[3].lead == ("Ban Quản lý các khu công nghệ cao và khu công nghiệp",)


def test_column_roles_by_meaning_in_any_order():
    roles = column_roles(
        [
            "TT",
            "Người đứng đầu chịu trách nhiệm",
            "Đơn vị thực hiện",
            "Nội dung công việc",
            "Tiến độ",
            "Ghi chú",
        ]
    )
    assert roles == ["number", "extra", "lead", "name", "deadline", "extra"]
    assert column_roles(["STT", "Chỉ tiêu", "Chủ trì"]) == ["number", "name", "lead"]
    assert (
        column_roles(["TT", "Cơ quan phối hợp/thực hiện", "Tên nhiệm vụ", "Cơ quan chủ trì"])[1]
        == "coordinating"
    )


def test_pipe_table_rows_broken_over_lines():
    lines = [
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |",
        "|---|---|---|---|",
        "| 1 | Rà soát văn bản | Sở Tư pháp | 2026 |",
        "| 2 | Xây dựng cổng thông tin",
        "điện tử | Sở Khoa học và Công nghệ | Quý I/2027 |",
    ]
    [table] = pipe_tables(_numbered(lines))
    tasks = tasks_from_table("x.md", table)
    assert [(t.number, t.lead, t.deadline) for t in tasks] == [
        ("1", ("Sở Tư pháp",), "2026"),
        ("2", ("Sở Khoa học và Công nghệ",), "Quý I/2027"),
    ]
    assert tasks[1].name == "Xây dựng cổng thông tin điện tử" and tasks[1].lines == (4, 5)


def test_markup_stripped_and_format_by_content(tmp_path):
    assert strip_markup("**I. MỤC") == "I. MỤC" and strip_markup("**Điều ****24****.") == "Điều 24."
    assert display_line("|") == "" and strip_markup("## KẾ HOẠCH") == "KẾ HOẠCH"
    lines = _flat([HEADER, ["1", "Việc A", "2026", "Sở Y tế", ""]])
    assert looks_like_markdown(lines) and not looks_like_markdown(["Một dòng.", "Dòng khác."])
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join(["**KẾ HOẠCH**", "", *lines]), encoding="utf-8")
    loaded = load_file(path)
    assert loaded.format == "markdown" and len(loaded.tables) == 1
    _, _, tasks, _ = parse_file(path, 50)
    assert [(t.name, t.lead, t.deadline, t.lines) for t in tasks] == [
        ("Việc A", ("Sở Y tế",), "2026", (15, 21))
    ]


def test_prose_tasks_with_wrapped_labels_and_lead_inside_the_value():
    text = [
        "1. Tổ chức hội nghị quán triệt Luật",
        "- Cơ quan thực hiện: Sở Nội",
        "vụ chủ trì, phối hợp với Sở Tư pháp, UBND các xã.",
        "- Thời",
        "gian thực hiện: Quý I năm 2026.",
        "2. Sở Tài chính - Cơ quan thường trực",
        "-",
        "Tổng hợp kết quả kiểm kê.",
        "Thời gian hoàn thành: Trước ngày 31/5/2026.",
    ]
    tasks = prose_tasks("x.txt", _numbered(text))
    assert [(t.name, t.lead, t.coordinating, t.deadline) for t in tasks] == [
        (
            "Tổ chức hội nghị quán triệt Luật",
            ("Sở Nội vụ",),
            ("Sở Tư pháp", "UBND các xã"),
            "Quý I năm 2026.",
        ),
        ("Tổng hợp kết quả kiểm kê.", ("Sở Tài chính",), (), "Trước ngày 31/5/2026."),
    ]
    assert tasks[0].lines == (1, 5) and tasks[0].source == "prose"
    # (the deadline as printed, its full stop too; its period is read all the same)
    assert parse_period(tasks[1].deadline).end == date(2026, 5, 31)


def test_prose_task_whose_agencies_are_items_under_its_label():
    text = [
        "c) Hoạt động 3",
        "- Nội dung: Tuyên truyền về phòng ngừa bạo lực trên cơ sở giới.",
        "- Cơ quan thực hiện:",
        "+ Sở Văn hóa và Thể thao chủ",
        "trì, phối hợp với các sở, ban, ngành.",
        "+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng quang báo.",
        "d) Hoạt động 4",
        "- Nội dung: Tập huấn cán bộ.",
        "- Cơ quan thực hiện: Sở Y tế.",
    ]
    tasks = prose_tasks("x.txt", _numbered(text))
    assert [(t.name, t.lead, t.coordinating) for t in tasks] == [
        (
            "Hoạt động 3: Tuyên truyền về phòng ngừa bạo lực trên cơ sở giới.",
            ("Sở Văn hóa và Thể thao", "Sở Xây dựng"),
            ("các sở, ban, ngành",),
        ),
        ("Hoạt động 4: Tập huấn cán bộ.", ("Sở Y tế",), ()),
    ]
    assert tasks[0].lines == (1, 6)


def test_parts_of_a_dash_item_and_a_heading_that_lists_its_members():
    from assistant.index_view import shared_head

    text = [
        "1.3. Các cơ quan tham mưu (gồm các Sở: Xây dựng, Công Thương)",
        "- Phối hợp hướng dẫn kiểm kê tài sản kết cấu hạ tầng. Trong đó:",
        "+ Sở Xây dựng: hướng dẫn kiểm kê hạ tầng giao thông.",
        "+ Sở Công Thương: hướng dẫn kiểm kê chợ.",
        "Thời gian thực hiện: Từ tháng 11/2025.",
        "- Cử công chức tham gia tổ công tác.",
        "Thời gian thực hiện: Từ tháng 12/2025.",
    ]
    tasks = prose_tasks("x.txt", _numbered(text))
    assert [(t.lines, t.deadline) for t in tasks] == [
        ((2, 5), "Từ tháng 11/2025."),
        ((6, 7), "Từ tháng 12/2025."),
    ]
    assert (
        tasks[0].name.startswith("Phối hợp hướng dẫn kiểm kê")
        and "Sở Công Thương: hướng dẫn" in tasks[0].name
    )
    assert shared_head(tasks[0].lead_text) == ["Sở Xây dựng", "Sở Công Thương"]


def test_content_given_as_plus_items_belongs_to_its_activity():
    text = [
        "a) Hoạt động 1",
        "- Nội dung:",
        "+ Tổng kết mô hình một cửa hỗ trợ phụ nữ.",
        "+ Tập huấn nâng cao năng lực cho cán bộ.",
        "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở, ngành.",
    ]
    tasks = prose_tasks("x.txt", _numbered(text))
    assert len(tasks) == 1 and tasks[0].lead == ("Sở Y tế",) and tasks[0].lines == (1, 5)
    assert "Tổng kết mô hình một cửa" in tasks[0].name and "Tập huấn" in tasks[0].name


def test_periods_from_printed_deadlines():
    p = parse_period("Năm 2025, 2026")
    assert p.years() == [2025, 2026]
    assert parse_period("Quý III/2025").start.month == 7
    assert parse_period("Thường xuyên").kind == "regular" and parse_period("Hằng năm").kind == "annual"
    assert parse_period("Sau khi Nghị định được ban hành").kind == "condition"


def test_two_row_header_and_deadline_of_completion():
    from indexer.records import Cell, Table

    rows = [
        (
            Cell("STT", (1, 1), 0, 0, 2, 1),
            Cell("Nội dung", (2, 2), 0, 1, 2, 1),
            Cell("Đơn vị thực hiện", (3, 3), 0, 2, 2, 1),
            Cell("Thời gian", (4, 4), 0, 3, 1, 2),
        ),
        (Cell("Bắt đầu", (5, 5), 1, 3), Cell("Hoàn thành", (6, 6), 1, 4)),
        (
            Cell("1", (7, 7), 2, 0),
            Cell("Rà soát văn bản", (8, 8), 2, 1),
            Cell("Sở Tư pháp", (9, 9), 2, 2),
            Cell("01/2026", (10, 10), 2, 3),
            Cell("06/2026", (11, 11), 2, 4),
        ),
    ]
    [task] = tasks_from_table("d.docx", Table(tuple(rows), (1, 11), 5))
    assert (task.name, task.lead, task.deadline) == ("Rà soát văn bản", ("Sở Tư pháp",), "06/2026")
    assert task.extra == (("Thời gian Bắt đầu", "01/2026"),)


def test_rows_of_a_table_without_groups_take_its_caption_as_their_group(tmp_path):
    """Two procedures print the same steps ("Bước 3 | Thẩm định hồ sơ"): the caption above each table tells
    them apart; the appendix's own title ("PHỤ LỤC …") is no caption."""
    steps = ["**Thứ tự**", "**Nội dung công việc**", "**Đơn vị thực hiện**", "**Thời gian thực hiện**"]
    first = _flat([steps, ["Bước 3", "Thẩm định hồ sơ", "Phòng Quản lý báo chí", "0,5 ngày làm việc"]])
    second = _flat([steps, ["Bước 3", "Thẩm định hồ sơ", "Phòng Quản lý văn hóa", "2,5 ngày làm việc"]])
    lines = [
        "**QUYẾT ĐỊNH**",
        "",
        "**PHỤ LỤC II**",
        "**Quy trình số 01**",
        "**1. Quy trình nội bộ: Thủ tục cấp giấy phép xuất bản**",
        *first,
        "",
        "**Quy trình số 02**",
        "**2. Quy trình nội bộ: Thủ tục ra nước ngoài dự thi người đẹp**",
        *second,
    ]
    path = tmp_path / "quy-trinh.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    _, _, tasks, _ = parse_file(path, 50)
    assert [(t.lead, t.group) for t in tasks] == [
        (("Phòng Quản lý báo chí",), ""),
        (("Phòng Quản lý văn hóa",), ""),
    ]
    assert "xuất bản" in tasks[0].group_title and "PHỤ LỤC" not in tasks[0].group_title
    assert (
        tasks[1].group_title == "Quy trình số 02 2. Quy trình nội bộ: Thủ tục ra nước ngoài dự thi người đẹp"
    )


def test_a_step_tables_total_is_no_step_and_stays_searchable(tmp_path):
    """ "Tổng thời gian giải quyết | 04 ngày làm việc" after the last step: no task (also when its label
    stands in another column than the steps' names, so that the last name would be inherited), and a
    clause of its own titled by the table's caption, so that "tổng thời gian của quy trình số 01" finds it."""
    header = [
        "**Thứ tự công việc**",
        "**Nội dung công việc**",
        "**Đơn vị thực hiện**",
        "**Thời gian thực hiện**",
    ]
    rows = [
        ["Bước 1", "Tiếp nhận hồ sơ", "Bộ phận một cửa", "0,5 ngày làm việc"],
        ["Bước 2", "Thẩm định hồ sơ", "Phòng Văn hóa", "2,5 ngày làm việc"],
        ["Bước 3", "Trả kết quả", "Bộ phận một cửa", "Không tính thời gian"],
    ]
    # the row opens, two empty cells, then the label in the third column (as a portal export prints it)
    total = ["|", "|", "|", "**Tổng thời gian giải quyết**", "|", "**03 ngày làm việc**", "|"]
    lines = [
        "**PHỤ LỤC II**",
        "**A. LĨNH VỰC VĂN HÓA**",
        "**Quy trình số 01**",
        "1. Quy trình nội bộ giải quyết thủ tục cấp giấy phép",
        "",
        *_flat([header, *rows]),
        *total,
        "**B. LĨNH VỰC THỂ THAO**",
    ]
    path = tmp_path / "quy_trinh.md"
    path.write_text("\n".join(["**QUYẾT ĐỊNH**", "", *lines]), encoding="utf-8")
    _, clauses, tasks, _ = parse_file(path, 50)
    assert [t.number for t in tasks] == ["Bước 1", "Bước 2", "Bước 3"]
    [after] = [c for c in clauses if c.label.endswith("sau dòng cuối")]
    assert after.text == "Tổng thời gian giải quyết 03 ngày làm việc"
    assert "Quy trình số 01" in after.titles[0]
    printed = path.read_text(encoding="utf-8").splitlines()
    assert "Tổng thời gian giải quyết" in printed[after.lines[0] - 1]
