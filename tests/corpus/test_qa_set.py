"""Validation of the hand-checked QA set eval/data/qa.jsonl against the real corpus.

Every answerable item must be provable from its cited spans: each `must_include` fact has to occur,
after the same normalisation the assistant uses for matching, in the cited lines joined with spaces
(a fact may wrap across lines, and 001_… lost the letter "ụ" in extraction).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from eval.metrics import QA_TYPES
from indexer.clean import normalize_for_match

ROOT = Path(__file__).resolve().parents[2]
QA_PATH = ROOT / "eval" / "data" / "qa.jsonl"
CORPUS = ROOT / "corpus"

KEY_ORDER = ("id", "question", "lang", "type", "answer", "must_include", "citations")
OPTIONAL_KEYS = ("history",)
TYPES = set(QA_TYPES)
LANGS = {"vi", "en"}
# Minimum counts the set was written to (rough targets, kept a little below the actual mix).
MIN_TOTAL = 150
MIN_ENGLISH = 20
MIN_WITH_HISTORY = 5
MIN_PER_TYPE = {
    "lead_agency": 30,
    "coordinating_agencies": 12,
    "deadline": 15,
    "output": 8,
    "fact": 25,
    "list": 8,
    "compare": 6,
    "unanswerable": 10,
}


def _load_items() -> list[dict]:
    items = []
    for number, raw in enumerate(QA_PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            items.append(json.loads(raw))
        except json.JSONDecodeError as err:
            raise ValueError(f"{QA_PATH.name}:{number}: not valid JSON ({err})") from err
    return items


ITEMS = _load_items()


@cache
def _corpus_lines(doc: str) -> tuple[str, ...]:
    return tuple((CORPUS / doc).read_text(encoding="utf-8").splitlines())


def _cited_text(citations: list[dict]) -> str:
    parts = []
    for citation in citations:
        first, last = citation["lines"]
        parts.extend(_corpus_lines(citation["doc"])[first - 1 : last])
    return " ".join(parts)


def _item_id(item: dict) -> str:
    return str(item.get("id", "?"))


@pytest.mark.parametrize("item", ITEMS, ids=_item_id)
def test_item_shape(item: dict) -> None:
    keys = tuple(item)
    assert keys[: len(KEY_ORDER)] == KEY_ORDER, f"{_item_id(item)}: keys {keys} not in order {KEY_ORDER}"
    assert set(keys[len(KEY_ORDER) :]) <= set(OPTIONAL_KEYS), f"{_item_id(item)}: unknown keys {keys}"
    for key in ("id", "question", "lang", "type", "answer"):
        assert isinstance(item[key], str) and item[key].strip(), (
            f"{_item_id(item)}: {key} must be a non-empty string"
        )
    assert item["type"] in TYPES, f"{_item_id(item)}: type {item['type']!r}"
    assert item["lang"] in LANGS, f"{_item_id(item)}: lang {item['lang']!r}"
    assert isinstance(item["must_include"], list), f"{_item_id(item)}: must_include must be a list"
    assert all(isinstance(f, str) and f.strip() for f in item["must_include"]), (
        f"{_item_id(item)}: empty fact"
    )
    assert isinstance(item["citations"], list), f"{_item_id(item)}: citations must be a list"
    unanswerable = item["type"] == "unanswerable"
    assert unanswerable == (not item["citations"]), f"{_item_id(item)}: unanswerable ⇔ no citations"
    assert unanswerable == (not item["must_include"]), f"{_item_id(item)}: unanswerable ⇔ no must_include"


@pytest.mark.parametrize("item", [i for i in ITEMS if i.get("citations")], ids=_item_id)
def test_citations_point_into_the_corpus(item: dict) -> None:
    for citation in item["citations"]:
        assert set(citation) == {"doc", "lines"}, f"{_item_id(item)}: citation keys {sorted(citation)}"
        doc, lines = citation["doc"], citation["lines"]
        assert (CORPUS / doc).is_file(), f"{_item_id(item)}: no corpus file {doc}"
        assert isinstance(lines, list) and len(lines) == 2, f"{_item_id(item)}: lines must be [first, last]"
        first, last = lines
        assert all(isinstance(n, int) for n in lines), f"{_item_id(item)}: line numbers must be integers"
        total = len(_corpus_lines(doc))
        assert 1 <= first <= last <= total, f"{_item_id(item)}: span {lines} outside {doc} (1..{total})"


@pytest.mark.parametrize("item", [i for i in ITEMS if i.get("must_include")], ids=_item_id)
def test_facts_occur_in_cited_spans(item: dict) -> None:
    cited = normalize_for_match(_cited_text(item["citations"]))
    missing = [fact for fact in item["must_include"] if normalize_for_match(fact) not in cited]
    assert not missing, f"{_item_id(item)}: {missing} not found in cited spans {item['citations']}"


@pytest.mark.parametrize("item", [i for i in ITEMS if "history" in i], ids=_item_id)
def test_history_replays_an_earlier_item(item: dict) -> None:
    history = item["history"]
    assert isinstance(history, list) and len(history) >= 2, (
        f"{_item_id(item)}: history needs a user/assistant pair"
    )
    roles = [turn.get("role") for turn in history]
    assert roles == ["user", "assistant"] * (len(history) // 2), f"{_item_id(item)}: roles {roles}"
    assert all(isinstance(t.get("content"), str) and t["content"].strip() for t in history)
    earlier = {i["question"]: i for i in ITEMS if i is not item}
    base = earlier.get(history[-2]["content"])
    assert base is not None, f"{_item_id(item)}: history question is not an item of the set"
    assert history[-1]["content"] == base["answer"], (
        f"{_item_id(item)}: history answer differs from {base['id']}"
    )


def test_ids_are_unique_and_numbered() -> None:
    ids = [item.get("id") for item in ITEMS]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate ids {duplicates}"
    assert ids == [f"qa-{n:03d}" for n in range(1, len(ids) + 1)], (
        "ids must run qa-001, qa-002, … in file order"
    )


def test_counts_meet_the_targets() -> None:
    assert len(ITEMS) >= MIN_TOTAL, f"{len(ITEMS)} items < {MIN_TOTAL}"
    english = sum(item["lang"] == "en" for item in ITEMS)
    assert english >= MIN_ENGLISH, f"{english} English items < {MIN_ENGLISH}"
    with_history = sum("history" in item for item in ITEMS)
    assert with_history >= MIN_WITH_HISTORY, f"{with_history} follow-up items < {MIN_WITH_HISTORY}"
    per_type = Counter(item["type"] for item in ITEMS)
    short = {t: per_type[t] for t, minimum in MIN_PER_TYPE.items() if per_type[t] < minimum}
    assert not short, f"types below target: {short}"


def test_every_document_is_cited() -> None:
    cited = {c["doc"] for item in ITEMS for c in item["citations"]}
    corpus = {path.name for path in CORPUS.glob("*.txt")}
    assert corpus and cited == corpus, f"documents never cited: {sorted(corpus - cited)}"
