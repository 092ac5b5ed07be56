"""The agency gazetteer: canonical names, splitting table cells, finding agencies in questions."""

import pytest

from indexer.agencies import (
    agency_kind,
    agency_run,
    agency_starts,
    canonical_agency,
    find_agencies,
    split_agencies,
)

S, X = "Các sở, ban, ngành cấp tỉnh", "UBND cấp xã"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Các sở, ban, ngành cấp tỉnh; UBND cấp xã", [S, X]),
        ("Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp xã", [S, X]),
        # names with "và" and commas inside stay whole
        (
            "Sở Khoa học và Công nghệ, Sở Tài chính, Sở Tư pháp",
            ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Tư pháp"],
        ),
        ("Sở Văn hóa, Thể thao và Du lịch và Sở Y tế", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]),
        (
            "Sở Văn hoá, Thể thao và Du lịch",
            ["Sở Văn hóa, Thể thao và Du lịch"],
        ),  # the other tone-mark placement
        # "Các Sở: A, B" lists departments
        ("Các Sở: Tài chính, Tư pháp, Nội vụ", ["Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ"]),
        (
            "Các Sở: Khoa học và Công nghệ; Tư pháp; Giáo dục và Đào tạo",
            ["Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Giáo dục và Đào tạo"],
        ),
        # a shared head inside the cell: "(gồm các Sở: …", "Các Bộ: …"; a known name keeps its commas
        (
            "Các cơ quan tham mưu quản lý ngành (gồm các Sở: Xây dựng, Công Thương, Văn hóa, Thể thao và Du lịch)",
            [
                "Các cơ quan tham mưu quản lý ngành",
                "Sở Xây dựng",
                "Sở Công Thương",
                "Sở Văn hóa, Thể thao và Du lịch",
            ],
        ),
        ("Các Bộ: Tài chính, Công an, Tư pháp", ["Bộ Tài chính", "Bộ Công an", "Bộ Tư pháp"]),
        # bracketed departments replace the collective
        (
            "Các sở, ban, ngành tỉnh (Sở Nội vụ, Sở Tài chính), Ủy ban nhân dân cấp xã",
            ["Sở Nội vụ", "Sở Tài chính", X],
        ),
        ("Các sở, ban, ngành tỉnh (Sở Tư pháp), Ủy ban nhân dân cấp xã", ["Sở Tư pháp", X]),
        # role words around a name are dropped
        (
            "Các Sở, ban, ngành cấp tỉnh; UBND cấp xã thực hiện; Sở Tư pháp đầu mối tổng hợp",
            [S, X, "Sở Tư pháp"],
        ),
        ("Ủy ban nhân dân tỉnh; các sở, ban, ngành tỉnh; Ủy ban nhân dân cấp xã", ["UBND tỉnh", S, X]),
        ("Văn phòng UBND thành phố; Sở Tư pháp", ["Văn phòng UBND tỉnh", "Sở Tư pháp"]),
        (
            "Sở Nội vụ, Sở Tư pháp, cơ quan liên quan",
            ["Sở Nội vụ", "Sở Tư pháp", "Các cơ quan, đơn vị có liên quan"],
        ),
        (
            "Các cơ quan tư pháp, bổ trợ tư pháp, Sở Tư pháp",
            ["Các cơ quan tư pháp, bổ trợ tư pháp", "Sở Tư pháp"],
        ),
        ("Các sở, ngành, địa phương", ["Các sở, ban, ngành và địa phương"]),
        ("Các sở, ban, ngành và đại phương", ["Các sở, ban, ngành và địa phương"]),  # misspelt in 003
        # unknown agencies are kept, cleaned
        (
            "Ban Quản lý dự án đầu tư xây dựng tỉnh; Sở Công Thương",
            ["Ban Quản lý dự án đầu tư xây dựng tỉnh", "Sở Công Thương"],
        ),
        ("Sở Tư pháp; Sở Ngoại vụ", ["Sở Tư pháp", "Sở Ngoại vụ"]),
        # local government named by its units, in any order, is one agency
        ("Sở Tư pháp, Ủy ban nhân dân các phường, xã, đặc khu", ["Sở Tư pháp", X]),
        ("UBND xã, phường và thị trấn; Công an tỉnh", [X, "Công an tỉnh"]),
        ("UBND các huyện, thị xã, thành phố", ["UBND cấp huyện"]),
        ("UBND các phường và các xã", [X]),
        ("UBND các quận, huyện, thị xã, thành phố", ["UBND cấp huyện"]),
    ],
)
def test_split_agencies(cell, expected):
    assert split_agencies(cell) == expected


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Ủy ban nhân dân cấp xã", "UBND cấp xã"),
        ("Uỷ ban nhân dân cấp xã", "UBND cấp xã"),
        ("UBND các xã, phường", "UBND cấp xã"),
        ("các sở, ban, ngành tỉnh", S),
        ("Ủy ban nhân dân thành phố", "UBND tỉnh"),
        ("Công an thành phố", "Công an tỉnh"),
        ("Ban Tuyên giáo và Dân vận Thành ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
        ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        ("Sở Tư pháp tỉnh", "Sở Tư pháp"),
        ("  Ban chỉ đạo  XYZ; ", "Ban chỉ đạo XYZ"),  # unknown text comes back cleaned
    ],
)
def test_canonical_agency(variant, canonical):
    assert canonical_agency(variant) == canonical


def test_find_agencies_in_questions():
    assert find_agencies("Sở Tài chính Phú Thọ chủ trì những nhiệm vụ nào?") == ["Sở Tài chính"]
    assert find_agencies("so tai chinh va ubnd cap xa phoi hop gi?") == ["Sở Tài chính", "UBND cấp xã"]
    assert find_agencies("Nhiệm vụ của Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh") == [
        "Sở Khoa học và Công nghệ",
        "Văn phòng UBND tỉnh",
    ]
    assert find_agencies("cac so, ban, nganh tinh lam gi") == [S]
    # "số 66" (number) is not "Sở"; a bare "Ủy ban nhân dân" names no level
    assert find_agencies("Nghị quyết số 66-NQ/TW và Ủy ban nhân dân") == []


def test_agency_run_tells_a_cell_cut_short():
    assert agency_run("Các sở, ban,").open  # goes on on the next line
    assert agency_run("Văn phòng").open
    assert agency_run("Sở Tư pháp;").open
    assert not agency_run("Sở Tư pháp").open
    # a page-foot line: each cell cut short, the run stops at the next cell
    text = "Các sở, ban, Các cơ quan, Thực hiện"
    assert text[: agency_run(text).end] == "Các sở, ban,"
    text = "Sở Tư pháp Văn bản Thường xuyên"
    assert text[: agency_run(text).end] == "Sở Tư pháp"


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("Sở Tư pháp", True),
        ("Trung tâm", True),  # start of "Trung tâm báo chí và Truyền thông …"
        ("Ban Quản lý Khu kinh tế", True),  # unknown, by its head word
        ("Báo cáo rà soát", False),
        ("Hội nghị/Văn bản", False),
        ("Ban hành văn bản triển khai", False),
        ("Các văn bản đề xuất", False),
        ("sở tư pháp", False),  # a cell begins with a capital
    ],
)
def test_agency_starts(line, starts):
    assert agency_starts(line) is starts


def test_agency_kind():
    assert agency_kind("Sở Tư pháp") == "department"
    assert agency_kind(S) == "collective"
    assert agency_kind("Không có") == ""


def test_a_word_written_with_other_marks_begins_no_name():
    # "số" is not "Sở": the digital-transformation centre is not a provincial department
    assert find_agencies("Trung tâm Chuyển đổi số VHTTDL chủ trì") == []
    assert find_agencies("đẩy mạnh chuyển đổi số tư pháp") == []
    # typed without marks, the same words may still name the department
    assert find_agencies("so tu phap chu tri") == ["Sở Tư pháp"]
    assert find_agencies("Uỷ ban nhân dân tỉnh và UBND tỉnh") == ["UBND tỉnh"]


def test_a_body_is_named_by_a_capitalised_word_after_its_head():
    from indexer.agencies import names_a_body

    assert names_a_body("Văn phòng Bộ phối hợp với Vụ Khoa học công nghệ")
    for text in ("Vụ án được xét xử", "Ban đầu thực hiện", "Bộ đội biên phòng tuần tra"):
        assert not names_a_body(text)
