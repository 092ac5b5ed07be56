"""The same task tables written as real DOCX, HTML and PDF files come back as the same grid of cells.

Rows come from hand-checked gold (external-dev documents and the bundled plan 000), with group rows
and merged cells; every format must give the expected cells (text, grid position, spans), and every
cell's lines must be the loader's lines that show its text.
"""

from __future__ import annotations

import pytest

from eval.table_render import (
    SUFFIXES,
    WRITERS,
    GroupRow,
    TableSpec,
    cell_agreement,
    expected_cells,
    grid_of,
    load_rendered,
    measure_formats,
    write_markdown,
)
from indexer.load import SUPPORTED_SUFFIXES
from tests.make_tables import EXTERNAL_GOLD, bundled_spec, external_spec

BODY = ["ỦY BAN NHÂN DÂN TỈNH", "KẾ HOẠCH", "Triển khai các nhiệm vụ tại Phụ lục kèm theo."]
STEMS = sorted(p.stem for p in EXTERNAL_GOLD.glob("dev*.json"))
STRUCTURED = ["docx", "html", "pdf"]


def collapse(text: str) -> str:
    return " ".join(text.split())


def check_cells_cite_their_lines(loaded, table) -> None:
    for row in table.rows:
        for cell in row:
            first, last = cell.lines
            shown = loaded.lines[first - 1 : last]
            assert " ".join(collapse(line.text) for line in shown) == cell.text
            assert all(f"ô {cell.col + 1}" in line.locator for line in shown), (cell, shown[0].locator)
            assert table.lines[0] <= first <= last <= table.lines[1]


@pytest.mark.parametrize("fmt", STRUCTURED)
@pytest.mark.parametrize("stem", STEMS)
def test_external_gold_table_round_trips(tmp_path, stem, fmt):
    spec = external_spec(stem)
    loaded, tables = load_rendered(spec, fmt, tmp_path, BODY, stem)
    assert loaded.format == fmt
    assert len(tables) == 1
    assert grid_of(tables) == expected_cells(spec)
    table = tables[0]
    assert table.ncols == spec.ncols and table.spans_known
    check_cells_cite_their_lines(loaded, table)
    # the body text comes before the table, and the table's words are not repeated as running text
    texts = [line.text for line in loaded.lines]
    assert texts.index("KẾ HOẠCH") < table.lines[0]
    header_cells = [line for line in loaded.lines if line.text == spec.header[1]]
    assert header_cells and all("bảng 1" in line.locator for line in header_cells)


def test_merged_cells_are_spans_not_repeats(tmp_path):
    """dev02 prints one number, group and lead for up to 16 data rows: one cell each, with a rowspan."""
    spec = external_spec("dev02_banbithu_qd384")
    merged = [c for c in expected_cells(spec) if c.rowspan > 1]
    assert len(merged) >= 20 and max(c.rowspan for c in merged) >= 10
    for fmt in STRUCTURED:
        _, tables = load_rendered(spec, fmt, tmp_path, BODY, f"gop-{fmt}")
        found = [c for c in grid_of(tables) if c.rowspan > 1]
        assert found == merged, fmt
        lead = [c for c in grid_of(tables) if c.col == 3 and c.text == "Ban Tổ chức Trung ương"]
        assert [(c.row, c.rowspan) for c in lead] == [(1, 10)], fmt


@pytest.mark.parametrize("fmt", STRUCTURED)
def test_bundled_rows_with_shared_lead_and_deadline(tmp_path, fmt):
    spec = bundled_spec("000_", limit=24)
    assert any(c.rowspan > 1 and c.col == 2 for c in expected_cells(spec))
    assert any(c.rowspan > 1 and c.col == 5 for c in expected_cells(spec))
    loaded, tables = load_rendered(spec, fmt, tmp_path, BODY)
    agreement = cell_agreement(spec, tables)
    assert agreement["exact"] == agreement["cells_expected"] == agreement["cells_found"], agreement
    check_cells_cite_their_lines(loaded, tables[0])


def test_group_row_across_all_columns(tmp_path):
    spec = external_spec("dev09_dongthap_kh617", group_marker_column=False)
    groups = [c for c in expected_cells(spec) if c.colspan == spec.ncols]
    assert [c.text for c in groups][0] == "I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY"
    for fmt in STRUCTURED:
        _, tables = load_rendered(spec, fmt, tmp_path, BODY, f"nhom-{fmt}")
        assert grid_of(tables) == expected_cells(spec), fmt


def test_multi_paragraph_cells_give_one_line_per_paragraph(tmp_path):
    spec = TableSpec(
        ("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Tiến độ"),
        (
            GroupRow("A", "NHIỆM VỤ CHUNG"),
            (
                "1",
                "Rà soát văn bản",
                "Sở Tư pháp",
                "- Trình UBND tỉnh tháng 3/2026;\n- Ban hành tháng 6/2026.",
            ),
            ("2", "Tập huấn", None, None),
        ),
    )
    for fmt in ("docx", "html"):
        loaded, tables = load_rendered(spec, fmt, tmp_path, BODY, f"doan-{fmt}")
        cell = next(c for c in tables[0].rows[2] if c.col == 3)
        assert cell.text == "- Trình UBND tỉnh tháng 3/2026; - Ban hành tháng 6/2026."
        assert cell.rowspan == 2
        first, last = cell.lines
        assert [line.text for line in loaded.lines[first - 1 : last]] == [
            "- Trình UBND tỉnh tháng 3/2026;",
            "- Ban hành tháng 6/2026.",
        ]
        assert loaded.lines[first - 1].locator == "bảng 1, hàng 3, ô 4"
    loaded, tables = load_rendered(spec, "pdf", tmp_path, BODY, "doan-pdf")
    assert grid_of(tables) == expected_cells(spec)


def test_markdown_pipe_table_is_written_with_empty_merged_cells(tmp_path):
    spec = external_spec("dev08_chinhphu_nq394")
    path = write_markdown(spec, tmp_path / "bang.md", BODY)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[: len(BODY) * 2] == [p for text in BODY for p in (text, "")]
    table = [line for line in lines if line.startswith("|")]
    assert table[0] == "| " + " | ".join(spec.header) + " |"
    assert table[1] == "|---|---|---|---|---|"
    assert len(table) == 2 + len(spec.rows)
    # the second task shares its number, name and deadline with the first: printed empty below them
    cells = [cell.strip() for cell in table[3].strip("|").split(" | ")]
    assert cells[0] == cells[1] == cells[4] == ""
    assert cells[2].startswith("Ủy ban nhân dân các tỉnh")


@pytest.mark.skipif(".md" not in SUPPORTED_SUFFIXES, reason="the Markdown loader is not on this branch")
@pytest.mark.parametrize("stem", STEMS)
def test_markdown_round_trips_without_spans(tmp_path, stem):
    spec = external_spec(stem)
    loaded, tables = load_rendered(spec, "markdown", tmp_path, BODY, stem)
    assert loaded.format == "markdown"
    assert grid_of(tables) == expected_cells(spec, merges=False)


def test_measure_formats_counts_cells_per_format(tmp_path):
    specs = {"dev08": external_spec("dev08_chinhphu_nq394"), "b000": bundled_spec("000_", limit=6)}
    figures = measure_formats(specs, tmp_path, formats=("docx", "html", "markdown"))
    expected = sum(len(expected_cells(spec)) for spec in specs.values())
    for fmt in ("docx", "html"):
        assert figures[fmt]["documents"] == 2 and figures[fmt]["cells_expected"] == expected
        assert figures[fmt]["exact"] == expected and figures[fmt]["errors"] == []
        assert set(figures[fmt]["tables"]) == {"dev08", "b000"}
    markdown = figures["markdown"]
    if ".md" in SUPPORTED_SUFFIXES:
        assert markdown["documents"] == 2
    else:  # refused with the loader's one-line error naming the file
        assert markdown["documents"] == 0 and markdown["errors"][0].startswith("dev08.md: ")


def _task_view(task) -> tuple:
    inherited = tuple(sorted(f for f, _, _ in task.inherited))
    return (task.group, task.number, task.name, task.lead_text, task.deadline, task.output, inherited)


@pytest.mark.slow
def test_same_tasks_from_every_structured_format(tmp_path):
    """The indexer's task records from the DOCX, HTML and PDF versions of the same gold tables are the
    same rows with the same printed values, and match the gold's names, leads, deadlines and merges."""
    from indexer.build import parse_file
    from indexer.clean import normalize_for_match
    from tests.make_tables import external_gold

    for stem in ("dev02_banbithu_qd384", "dev08_chinhphu_nq394", "dev09_dongthap_kh617", "dev15_ttg_qd2597"):
        spec, gold = external_spec(stem), external_gold(stem)
        views = {}
        for fmt in STRUCTURED:
            path = WRITERS[fmt](spec, tmp_path / f"{stem}{SUFFIXES[fmt]}", BODY)
            _, _, tasks, _ = parse_file(path, 50)
            views[fmt] = [_task_view(t) for t in tasks if t.source == "table"]
        assert views["docx"] == views["html"] == views["pdf"], stem

        def same(value):  # task fields are cleaned as every clause (tone marks per syllable)
            return normalize_for_match(value) if value else value

        expected = [
            (
                g["group"],
                g["number"],
                same(g["name"]),
                same(g["lead_cell"]),
                same(g["deadline"]),
                tuple(sorted(g["inherited"])),
            )
            for g in gold["tasks"]
        ]
        found = [
            (group, number, same(name), same(lead), same(deadline), inh)
            for group, number, name, lead, deadline, _, inh in views["pdf"]
        ]
        assert found == expected, stem


def test_format_extraction_scores_every_format(tmp_path):
    from eval.format_extraction import format_extraction
    from tests.make_tables import external_gold

    golds = {"dev08": external_gold("dev08_chinhphu_nq394")}
    figures = format_extraction(golds, tmp_path, paragraphs=BODY)
    assert set(figures) == {"docx", "html", "pdf", "markdown"}
    for fmt in STRUCTURED:
        f = figures[fmt]
        assert (f["n"], f["found"], f["lead"], f["deadline"], f["inherited"], f["extra"]) == (
            4,
            4,
            4,
            4,
            4,
            0,
        ), (
            fmt,
            f["misses"],
        )
    assert figures["markdown"]["n"] == 4 and figures["markdown"]["errors"] == []
