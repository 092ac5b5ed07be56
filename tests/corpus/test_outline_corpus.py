"""parse_outline on the five real corpus documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.clean import clean_lines, is_noise_line
from indexer.outline import Outline, parse_outline

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
NAMES = sorted(p.name for p in CORPUS.glob("*.txt"))


def _physical_lines(path: Path) -> list[str]:
    """Line N is what `sed -n Np` prints: only "\\n" ends a line."""
    text = path.read_text(encoding="utf-8")
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if text.endswith("\n"):
        lines.pop()
    return lines


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[list[str], Outline]]:
    out = {}
    for name in NAMES:
        cleaned = clean_lines(_physical_lines(CORPUS / name))
        out[name] = (cleaned, parse_outline(name, list(enumerate(cleaned, 1))))
    return out


def _doc(parsed: dict, prefix: str) -> tuple[list[str], Outline]:
    (name,) = [n for n in parsed if n.startswith(prefix)]
    return parsed[name]


def _paths(outline: Outline) -> dict:
    return {c.path: c for c in outline.clauses}


def test_the_corpus_is_there() -> None:
    assert [n[:3] for n in NAMES] == ["000", "001", "002", "003", "004"]


def test_every_clause_is_well_formed(parsed: dict) -> None:
    for name, (cleaned, outline) in parsed.items():
        assert outline.clauses, name
        paths = [c.path for c in outline.clauses]
        assert len(paths) == len(set(paths)), f"{name}: duplicate paths"
        end = outline.appendix_start or len(cleaned) + 1
        previous_last = 0
        for clause in outline.clauses:
            assert clause.doc == name
            assert clause.text.strip() and clause.label.strip(), (name, clause.path)
            first, last = clause.lines
            assert 1 <= first <= last < end, (name, clause.path, clause.lines)
            assert first > previous_last, f"{name}: {clause.path} overlaps the clause before it"
            previous_last = last
            assert cleaned[first - 1].strip(), (name, clause.path)  # a clause starts on a real line


def test_clauses_cover_the_text_before_the_appendix(parsed: dict) -> None:
    for name, (cleaned, outline) in parsed.items():
        end = outline.appendix_start or len(cleaned) + 1
        content = {n for n, t in enumerate(cleaned, 1) if n < end and t.strip() and not is_noise_line(t)}
        covered = {n for c in outline.clauses for n in range(c.lines[0], c.lines[1] + 1)}
        assert len(content & covered) >= 0.9 * len(content), name


def test_appendix_start_is_the_appendix_heading(parsed: dict) -> None:
    for prefix in ("000", "001", "002", "003"):
        cleaned, outline = _doc(parsed, prefix)
        assert outline.appendix_start is not None, prefix
        assert cleaned[outline.appendix_start - 1].strip().casefold() == "phụ lục", prefix
        before = cleaned[: outline.appendix_start - 1]
        assert not any(t.strip().casefold() == "phụ lục" for t in before), prefix
    assert _doc(parsed, "004")[1].appendix_start is None


def test_000_sections_task_groups_and_points(parsed: dict) -> None:
    _, outline = _doc(parsed, "000")
    clauses = _paths(outline)
    romans = [c.path for c in outline.clauses if c.path in ("I", "II", "III", "IV")]
    assert romans == ["I", "II", "III"]
    groups = [p for p in clauses if p.startswith("II.") and p.count(".") == 1]
    assert groups == [f"II.{i}" for i in range(1, 8)]
    for group in groups:  # every task group has lettered points
        assert f"{group}.a" in clauses and f"{group}.b" in clauses
    point = clauses["II.1.a"]
    assert point.label == "Mục II, khoản 1, điểm a"
    assert point.titles[0] == "II. NHIỆM VỤ CỤ THỂ"
    assert point.titles[1].startswith("1. Bảo đảm sự lãnh đạo toàn diện")
    assert clauses["II.3.đ"].text.startswith("đ) Thực hiện hướng dẫn kịp thời")
    assert clauses["preamble"].kind == "preamble"
    assert "2208/TTr-STP ngày 04/8/2025" in clauses["preamble"].text


def test_000_science_department_clause_found_by_its_text(parsed: dict) -> None:
    _, outline = _doc(parsed, "000")
    (clause,) = [
        c for c in outline.clauses if "Sở Khoa học và Công nghệ" in c.text and "Cổng pháp luật" in c.text
    ]
    assert clause.path == "III.3"
    assert clause.label == "Mục III, khoản 3"
    assert clause.titles == ("III. TỔ CHỨC THỰC HIỆN",)


def test_000_recipients_and_signature(parsed: dict) -> None:
    _, outline = _doc(parsed, "000")
    clauses = _paths(outline)
    assert clauses["noi-nhan"].kind == "recipients" and "Bộ Tư pháp" in clauses["noi-nhan"].text
    signature = clauses["chu-ky"]
    assert signature.kind == "signature" and signature.label == "Chữ ký"
    assert "Nguyễn Hồng Lĩnh" in signature.text and "PHÓ CHỦ TỊCH" in signature.text
    assert outline.clauses[-1] is signature


def test_001_decision_articles_and_the_plan_it_issues(parsed: dict) -> None:
    _, outline = _doc(parsed, "001")
    clauses = _paths(outline)
    for n in (1, 2, 3):
        assert clauses[f"Điều {n}"].label == f"Điều {n}"
    assert "Giám đốc Sở Tư pháp" in clauses["Điều 2"].text
    assert "Quyết định có hiệu lực thi hành kể từ ngày ký" in clauses["Điều 3"].text
    plan_sections = [
        c
        for c in outline.clauses
        if c.kind == "clause" and c.titles == () and "Điều" not in c.path and "ket-luan" not in c.path
    ]
    assert [c.label.rsplit(" ", 1)[-1] for c in plan_sections] == ["I", "II", "III", "IV", "V"]
    assert plan_sections[-1].text.startswith("V. TỔ CHỨC THỰC HIỆN")
    # the plan's items keep the letter the extraction lost ("nhiệm vụ", not "nhiệm v ")
    tasks = [c for c in outline.clauses if c.titles and c.titles[0].startswith("IV. NHIỆM VỤ")]
    assert len([c for c in tasks if len(c.titles) == 1]) == 7
    assert any("nhiệm vụ trọng tâm" in c.text for c in tasks)
    kinds = [c.kind for c in outline.clauses]
    assert kinds.count("preamble") == 2 and kinds.count("signature") == 1 and kinds.count("recipients") == 1


def test_002_003_task_groups(parsed: dict) -> None:
    _, plan_002 = _doc(parsed, "002")
    clauses = _paths(plan_002)
    assert [p for p in clauses if p.startswith("II.") and p.count(".") == 1] == [
        f"II.{i}" for i in range(1, 7)
    ]
    assert "Phan Trọng Tấn" in clauses["chu-ky"].text
    _, plan_003 = _doc(parsed, "003")
    clauses = _paths(plan_003)
    assert [p for p in clauses if p.startswith("III.") and p.count(".") == 1] == [
        f"III.{i}" for i in range(1, 8)
    ]
    assert clauses["III.3.h"].label == "Mục III, khoản 3, điểm h"
    assert clauses["IV.2.c"].text == "c) Sở Tư pháp:"
    assert clauses["IV.2.c.-1"].titles[-1] == "c) Sở Tư pháp:"
    assert "Hoàng Minh Cường" in clauses["chu-ky"].text


def test_004_numbered_directives_with_dash_items(parsed: dict) -> None:
    _, outline = _doc(parsed, "004")
    clauses = _paths(outline)
    assert [p for p in clauses if p.isdigit()] == [str(i) for i in range(1, 8)]
    assert clauses["3.-2"].label == "Mục 3, ý 2"
    assert "Kính gửi" in clauses["preamble"].text
    assert clauses["noi-nhan"].kind == "recipients"
    assert "chu-ky" not in clauses  # a draft: nobody signed
