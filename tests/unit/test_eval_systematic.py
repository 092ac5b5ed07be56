"""The systematic QA set reads the external-dev gold (form B: {"doc", "…_column", "tasks": [...]}) with
the same rules as the bundled gold: facts as the row's own lines print them, a national document named
by kind and number, one split per row, and form A's items unchanged by the presence of form B."""

from __future__ import annotations

import json

import pytest

from eval.systematic import generate, read_gold

LINES = [
    "QUYẾT ĐỊNH",  # 1
    "PHỤ LỤC",  # 2
    "| STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả dự kiến | Thời gian triển khai |",  # 3
    "| I | CƠ CHẾ, CHÍNH SÁCH |",  # 4
    "| 1 | Rà soát các luật về đầu tư xây dựng kết cấu hạ tầng",  # 5
    "| Bộ Xây dựng | Các bộ, ngành liên quan | Văn bản được sửa đổi | Năm 2026 |",  # 6
    "| 2 | Số hóa hồ sơ di sản | Các Cục: Di sản văn hóa, Bản quyền tác giả | | | 2026-2027 |",  # 7
    "| 3 | Dữ liệu về bản quyền tác giả |",  # 8 (lead merged from row 2: printed above, not here)
    "| II | ĐÀO TẠO |",  # 9
    "| 1 | Tập huấn cán bộ | Bộ Xây dựng | | | Năm 2026 |",  # 10
    "| III | HỢP TÁC |",  # 11
    "| 1 | Tập huấn cán bộ | Bộ Tài chính | | | 2026-2030 |",  # 12
]
COLUMNS = {
    "lead_column": "Cơ quan chủ trì",
    "coordinating_column": "Cơ quan phối hợp",
    "deadline_column": "Thời gian triển khai",
    "output_column": "Kết quả dự kiến",
    "name_column": "Tên nhiệm vụ",
}


def _task(
    group, title, number, name, lead_cell, lead, lines, deadline=None, coord_cell=None, coord=(), output=None
):
    return {
        "group": group,
        "group_title": title,
        "number": number,
        "name": name,
        "lead_cell": lead_cell,
        "lead": list(lead),
        "coordinating_cell": coord_cell,
        "coordinating": list(coord),
        "output": output,
        "deadline": deadline,
        "extra": {},
        "inherited": [],
        "lines": lines,
    }


TASKS = [
    _task(
        "I",
        "CƠ CHẾ, CHÍNH SÁCH",
        "1",
        "Rà soát các luật về đầu tư xây dựng kết cấu hạ tầng",
        "Bộ Xây dựng",
        ["Bộ Xây dựng"],
        [5, 6],
        deadline="Năm 2026",
        coord_cell="Các bộ, ngành liên quan",
        coord=["Các bộ, ngành liên quan"],
        output="Văn bản được sửa đổi",
    ),
    _task(
        "I",
        "CƠ CHẾ, CHÍNH SÁCH",
        "2",
        "Số hóa hồ sơ di sản",
        "Các Cục: Di sản văn hóa, Bản quyền tác giả",
        ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"],
        [7, 7],
        deadline="2026-2027",
    ),
    {
        **_task(
            "I",
            "CƠ CHẾ, CHÍNH SÁCH",
            "3",
            "Dữ liệu về bản quyền tác giả",
            "Các Cục: Di sản văn hóa, Bản quyền tác giả",
            ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"],
            [8, 8],
        ),
        "inherited": ["lead"],
    },
    _task(
        "II", "ĐÀO TẠO", "1", "Tập huấn cán bộ", "Bộ Xây dựng", ["Bộ Xây dựng"], [10, 10], deadline="Năm 2026"
    ),
    _task(
        "III",
        "HỢP TÁC",
        "1",
        "Tập huấn cán bộ",
        "Bộ Tài chính",
        ["Bộ Tài chính"],
        [12, 12],
        deadline="2026-2030",
    ),
]
META = {
    "qd2597.txt": {
        "kind": "Quyết định",
        "number": "2597/QĐ-TTg",
        "date": "2025-11-27",
        "issuer": "Thủ tướng Chính phủ",
        "scope": "Trung ương",
    },
    "kh01.txt": {
        "kind": "Kế hoạch",
        "number": "01/KH-UBND",
        "issuer": "UBND tỉnh Bắc Ninh",
        "scope": "Bắc Ninh",
    },
}


@pytest.fixture
def form_b(tmp_path):
    (tmp_path / "qd2597.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    gold = tmp_path / "dev15.json"
    gold.write_text(
        json.dumps({"doc": "qd2597.txt", "header": 3, **COLUMNS, "tasks": TASKS}, ensure_ascii=False),
        encoding="utf-8",
    )
    return tmp_path, gold


def _by(items, **keys):
    return [it for it in items if all(it[k] == v for k, v in keys.items())]


def test_form_b_rows_give_printed_facts_and_name_the_national_document(form_b):
    folder, gold = form_b
    items = generate([gold], [folder], META)
    row1 = [it for it in items if it["citations"] == [{"doc": "qd2597.txt", "lines": [5, 6]}]]
    assert {it["type"] for it in row1} == {"lead_agency", "coordinating_agencies", "deadline", "output"}
    assert len({it["group"] for it in row1}) == 1 and len({it["split"] for it in row1}) == 1
    lead = {it["variant"]: it for it in row1 if it["type"] == "lead_agency"}
    assert lead["vi0"]["question"].endswith("theo Quyết định 2597/QĐ-TTg?")
    assert lead["en0"]["question"].endswith("under the Prime Minister's Decision 2597/QĐ-TTg?")
    assert "2597" not in lead["vi-noplace"]["question"]
    assert lead["vi0"]["must_include"] == ["Bộ Xây dựng"]
    deadline = _by(row1, type="deadline", variant="vi0")[0]
    assert deadline["must_include"] == ["Năm 2026"]  # as printed, not "2026"
    # the document's own column header gives one more wording where it says more than the template
    assert _by(row1, type="output", variant="vi-header")[0]["question"].startswith(
        "Kết quả dự kiến của “Rà soát"
    )
    assert not _by(row1, type="lead_agency", variant="vi-header")  # "Cơ quan chủ trì" adds nothing

    # "Các Cục: Di sản văn hóa, Bản quyền tác giả": the pieces the cell prints, not "Cục Di sản văn hóa"
    row2 = _by(items, type="lead_agency", variant="vi0")
    row2 = [it for it in row2 if it["citations"][0]["lines"] == [7, 7]]
    assert row2[0]["must_include"] == ["Di sản văn hóa", "Bản quyền tác giả"]
    # no printed output → no output question; a lead merged from the row above → no lead question
    assert not [it for it in items if it["citations"][0]["lines"] == [7, 7] and it["type"] == "output"]
    assert not [it for it in items if it["citations"][0]["lines"] == [8, 8]]


def test_same_task_name_in_two_sections_is_asked_with_its_section(form_b):
    folder, gold = form_b
    items = generate([gold], [folder], META)
    leads = [
        it
        for it in items
        if it["type"] == "lead_agency" and it["citations"][0]["lines"] in ([10, 10], [12, 12])
    ]
    vi0 = {tuple(it["citations"][0]["lines"]): it for it in leads if it["variant"] == "vi0"}
    assert "thuộc mục “ĐÀO TẠO”" in vi0[(10, 10)]["question"]
    assert "thuộc mục “HỢP TÁC”" in vi0[(12, 12)]["question"]
    assert vi0[(12, 12)]["must_include"] == ["Bộ Tài chính"]
    assert not [it for it in leads if it["variant"] == "vi-noplace"]  # the place cannot be left out


def test_listings_per_agency_and_period_name_the_document(form_b):
    folder, gold = form_b
    items = generate([gold], [folder], META)
    lists = _by(items, type="list", variant="vi")
    by_question = {it["question"]: it for it in lists}
    lead = by_question["Theo Quyết định 2597/QĐ-TTg, Bộ Xây dựng chủ trì những nhiệm vụ nào?"]
    assert lead["must_include"][0] == "2 nhiệm vụ"
    assert {c["lines"][0] for c in lead["citations"]} == {5, 10}
    year = by_question["Theo Quyết định 2597/QĐ-TTg, những nhiệm vụ nào có thời hạn trong năm 2027?"]
    assert year["must_include"][0] == "2 nhiệm vụ"  # 2026-2027 and 2026-2030
    en = _by(items, type="list", variant="en")
    assert any(it["question"].endswith("under the Prime Minister's Decision 2597/QĐ-TTg?") for it in en)
    # the merged "Các Cục" cell: each department is listed on its own, under its full name
    assert "Theo Quyết định 2597/QĐ-TTg, Cục Di sản văn hóa chủ trì những nhiệm vụ nào?" in by_question


def test_province_from_meta_and_form_a_items_unchanged(form_b, tmp_path):
    folder, gold_b = form_b
    (folder / "kh01.txt").write_text(
        "KẾ HOẠCH\n1\nKinh tế số chiếm 45% GRDP\nSở Tài chính\n", encoding="utf-8"
    )
    gold_a = tmp_path / "gold_a.json"
    row = {
        "doc": "kh01.txt",
        "group": "I",
        "number": "1",
        "name": "Kinh tế số chiếm 45% GRDP",
        "lead": ["Sở Tài chính"],
        "coordinating": [],
        "output": None,
        "deadline": None,
        "lines": [2, 4],
    }
    gold_a.write_text(json.dumps({"rows": [row]}, ensure_ascii=False), encoding="utf-8")
    only_a = generate([gold_a], [folder], META)
    both = generate([gold_a, gold_b], [folder], META)
    assert _by(only_a, type="lead_agency", variant="vi0")[0]["question"].endswith("ở Bắc Ninh?")
    by_id = {it["id"]: it for it in both}
    assert all(by_id[it["id"]] == it for it in only_a)
    assert len(both) > len(only_a)


def test_unknown_gold_form_is_one_line_naming_the_file(tmp_path):
    bad = tmp_path / "meta_like.json"
    bad.write_text(json.dumps({"x.txt": {"kind": "Luật"}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"meta_like\.json: not a task gold"):
        read_gold(bad)


def test_a_merged_name_cell_is_cited_from_where_it_is_printed(tmp_path):
    lines = [
        "NGHỊ QUYẾT",  # 1
        "| 1 | Đề án phong trào bảo vệ môi trường | Bộ Xây dựng | 2030 |",  # 2
        "| | | Bộ Tài chính | |",  # 3: the name (and number, deadline) merged from the row above
    ]
    (tmp_path / "nq.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    name = "Đề án phong trào bảo vệ môi trường"
    first = _task("", "", "1", name, "Bộ Xây dựng", ["Bộ Xây dựng"], [2, 2], deadline="2030")
    second = {**_task("", "", "1", name, "Bộ Tài chính", ["Bộ Tài chính"], [3, 3]), "inherited": ["name"]}
    gold = tmp_path / "nq.json"
    gold.write_text(
        json.dumps({"doc": "nq.txt", "tasks": [first, second]}, ensure_ascii=False), encoding="utf-8"
    )
    meta = {
        "nq.txt": {"kind": "Nghị quyết", "number": "394/NQ-CP", "issuer": "Chính phủ", "scope": "Trung ương"}
    }
    items = generate([gold], [tmp_path], meta)
    # one name, two leads, no section to tell them apart: no lead question would have one answer
    assert not _by(items, type="lead_agency")
    listing = next(
        it
        for it in _by(items, type="list", variant="vi")
        if it["question"] == "Theo Nghị quyết 394/NQ-CP, Bộ Tài chính chủ trì những nhiệm vụ nào?"
    )
    assert [c["lines"] for c in listing["citations"]] == [[2, 2], [3, 3]]
    assert listing["must_include"] == ["1 nhiệm vụ", "Đề án phong trào bảo vệ"]  # six words of it
