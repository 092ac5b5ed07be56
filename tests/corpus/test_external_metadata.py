"""Metadata and outline of the real documents in ../shared/external-dev/ against hand-checked gold
(tests/fixtures/external_gold/meta.json, written from the raw text by someone who did not see the
parser). Development figures: these documents were looked at while the guesser was extended."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.build import parse_file

GOLD = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures/external_gold/meta.json").read_text("utf-8")
)
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "external-dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/external-dev is not here")


@pytest.fixture(scope="module")
def parsed():
    return {p.name: parse_file(p, 50) for p in sorted(DEV.glob("dev*.txt"))}


def test_kind_number_date_and_scope(parsed):
    wrong = []
    for name, (doc, _, _, _) in parsed.items():
        gold = GOLD[name]
        got = {"kind": doc.kind, "number": doc.number, "date": doc.date, "scope": doc.scope}
        want = {k: gold[k] for k in got}
        wrong += [f"{name} {k}: {got[k]!r} ≠ {want[k]!r}" for k in got if got[k] != want[k]]
    print("\n".join(wrong))
    assert len(wrong) <= 2, wrong  # of 64 fields; the Luật prints its date only in the closing line


def test_national_documents_have_no_province(parsed):
    for name, (doc, _, _, _) in parsed.items():
        if GOLD[name]["scope"] == "Trung ương":
            assert doc.province is None and doc.scope == "Trung ương", name
            assert doc.issuer, name


def test_titles_never_markup(parsed):
    for name, (doc, _, _, _) in parsed.items():
        assert doc.title and not doc.title.startswith(("|", "*", "Kính gửi")), (name, doc.title)


def test_outline_finds_the_printed_structure(parsed):
    found = total = 0
    for name, (_, clauses, _, _) in parsed.items():
        starts = {c.lines[0] for c in clauses}
        for entry in GOLD[name].get("outline") or []:
            total += 1
            found += entry["line"] in starts or entry["line"] - 1 in starts
    print(f"\noutline entries found as clause starts: {found}/{total}")
    assert found / total >= 0.9
