"""Dev/test splits are deterministic and keep the phrasings of one gold row together; the systematic set
is generated from a gold file and the lines of its source."""

from __future__ import annotations

import json

from eval.metrics import load_qa
from eval.splits import item_split, split_of
from eval.systematic import generate


def test_split_is_deterministic_and_explicit_split_wins():
    assert split_of("qa-001") == split_of("qa-001")
    parts = {split_of(f"item-{i}") for i in range(200)}
    assert parts == {"dev", "test"}
    share = sum(split_of(f"item-{i}") == "test" for i in range(1000)) / 1000
    assert 0.3 < share < 0.5
    assert split_of("qa-001", "test") == "test" and split_of("qa-001", "dev") == "dev"


def test_systematic_set_from_gold(tmp_path):
    source = tmp_path / "doc.txt"
    lines = ["KẾ HOẠCH"] * 9 + [
        "1",
        "Xây dựng Cổng pháp luật của tỉnh kết nối với Cổng pháp luật quốc gia",
        "Sở Tư pháp",
        "Sở Khoa học và Công nghệ",
        "Cổng pháp luật",
        "Năm 2026",
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        json.dumps({"documents": [{"name": "doc.txt", "province": "Hà Tĩnh"}]}), encoding="utf-8"
    )
    gold = tmp_path / "gold.json"
    row = {
        "doc": "doc.txt",
        "group": "I",
        "number": "1",
        "name": "Xây dựng Cổng pháp luật của tỉnh kết nối với Cổng pháp luật quốc gia",
        "lead": ["Sở Tư pháp"],
        "coordinating": ["Sở Khoa học và Công nghệ", "Sở Tài chính"],  # the second is not printed: no fact
        "output": "Cổng pháp luật",
        "deadline": "Năm 2026",
        "lines": [10, 15],
    }
    gold.write_text(json.dumps({"rows": [row]}, ensure_ascii=False), encoding="utf-8")
    items = generate([gold], [tmp_path])
    by_type = {}
    for it in items:
        by_type.setdefault(it["type"], []).append(it)
    assert set(by_type) == {"lead_agency", "coordinating_agencies", "deadline", "output", "list"}
    assert by_type["coordinating_agencies"][0]["must_include"] == ["Sở Khoa học và Công nghệ"]
    variants = {it["variant"] for it in by_type["lead_agency"]}
    assert {"vi0", "vi0-unaccented", "vi-noplace", "vi-long", "en0"} <= variants
    unaccented = next(it for it in by_type["lead_agency"] if it["variant"] == "vi0-unaccented")
    assert unaccented["question"].replace("“", "").replace("”", "").isascii()
    row_items = [it for it in items if it["type"] != "list"]
    assert len({it["split"] for it in row_items}) == 1  # all phrasings of one row in one part
    listing = [it for it in by_type["list"] if it["variant"] == "vi"]
    assert any("1 nhiệm vụ" in it["must_include"] for it in listing)
    path = tmp_path / "sys.jsonl"
    path.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    loaded = load_qa(path)
    assert [item_split(it) for it in loaded] == [it["split"] for it in items]
