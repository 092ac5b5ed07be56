"""The scoring functions on a tiny hand-made QA set (tests/fixtures/eval_tiny_qa.jsonl) with hand-made
outputs: every figure below was computed by hand first, the working is in the comments."""

from pathlib import Path

import pytest

from eval.baselines import SystemError_, line_span, parse_system_names
from eval.metrics import NO_DOC, QAFormatError, load_qa, missing_facts, percentile, score_system
from eval.report import ratio

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "eval_tiny_qa.jsonl"


def cite(doc, first, last):
    return {"doc": doc, "lines": [first, last]}


# One output per item, in the `ask --json` contract plus the harness's "hits" and "search_ms".
OUTPUTS = [
    # t1 (gold a.txt 10–20, fact "Sở Tư pháp"): double space and lower case → normalised yes, strict no.
    # cited a 18–25 (overlaps) and b 10–20 (other file): hit, precision 1/2, recall 1/1.
    # hits: b 10–20 (other file), a 21–29 (after the span), a 5–10 (overlaps at line 10) → rank 3.
    {
        "answer": "Sở  tư pháp chủ trì [1].",
        "abstained": False,
        "citations": [cite("a.txt", 18, 25), cite("b.txt", 10, 20)],
        "latency_ms": 100,
        "search_ms": 10,
        "hits": [cite("b.txt", 10, 20), cite("a.txt", 21, 29), cite("a.txt", 5, 10), cite("a.txt", 11, 12)],
    },
    # t2 (gold a.txt 30–35, fact "hoà giải ở cơ sở"): the answer writes "Hòa" (other tone-mark place,
    # capital) → normalised yes, strict no. cited a 36–40: no overlap → hit 0, precision 0/1, recall 0/1.
    # hits: a 1–5, a 33–34 (overlaps) → rank 2.
    {
        "answer": "Công tác Hòa giải ở cơ sở [1]",
        "abstained": False,
        "citations": [cite("a.txt", 36, 40)],
        "latency_ms": 300,
        "search_ms": 20,
        "hits": [cite("a.txt", 1, 5), cite("a.txt", 33, 34)],
    },
    # t3 (gold a 50–52 and b 5–8, facts "Sở Tài chính", "197/2025/QH15"): second fact missing → wrong.
    # cited a 50–50 (yes), b 1–4 (no), b 8–9 (yes, line 8): hit, precision 2/3, recall 2/2.
    # hits: c 50–52 only (another file) → no rank.
    {
        "answer": "Sở Tài chính [1]",
        "abstained": False,
        "citations": [cite("a.txt", 50, 50), cite("b.txt", 1, 4), cite("b.txt", 8, 9)],
        "latency_ms": 200,
        "search_ms": 30,
        "hits": [cite("c.txt", 50, 52)],
    },
    # t4 unanswerable, abstained → correct (both ways); not in citation or retrieval figures.
    {
        "answer": "Không tìm thấy thông tin này.",
        "abstained": True,
        "citations": [],
        "latency_ms": 50,
        "search_ms": 40,
        "hits": [],
    },
    # t5 unanswerable, answered anyway → wrong.
    {
        "answer": "The budget is large.",
        "abstained": False,
        "citations": [],
        "latency_ms": 400,
        "search_ms": 50,
        "hits": [cite("a.txt", 1, 2)],
    },
    # t6 answerable (gold b 100–101) but abstained → wrong, a false abstention; no citation → hit 0,
    # precision left out (nothing cited), recall 0; no hits → no rank.
    {
        "answer": "Không tìm thấy thông tin này.",
        "abstained": True,
        "citations": [],
        "latency_ms": 10,
        "search_ms": 5,
        "hits": [],
    },
]


@pytest.fixture(scope="module")
def result():
    return score_system("tiny", load_qa(TINY), OUTPUTS).to_json()


def test_answer_accuracy(result):
    s = result["summary"]
    # normalised: t1 ✓ t2 ✓ t3 ✗ t4 ✓ t5 ✗ t6 ✗ → 3/6; strict: only t4 → 1/6; answerable t1,t2,t3,t6 → 2/4
    assert s["n"] == 6
    assert s["accuracy"] == pytest.approx(3 / 6)
    assert s["accuracy_strict"] == pytest.approx(1 / 6)
    assert s["accuracy_answerable"] == pytest.approx(2 / 4)
    assert result["items"][2]["missing"] == ["197/2025/QH15"]


def test_normalised_comparison_folds_tone_marks_case_spaces_and_the_lost_letter():
    answer = "Sở Nội v ,  UỶ BAN nhân dân cấp xã"  # 001's damaged text, the other tone-mark place
    assert missing_facts(["Sở Nội vụ", "Ủy ban nhân dân cấp xã"], answer) == []
    assert missing_facts(["Sở Nội vụ", "Ủy ban nhân dân cấp xã"], answer, strict=True) == [
        "Sở Nội vụ",
        "Ủy ban nhân dân cấp xã",
    ]
    assert missing_facts(["Sở Tư pháp"], answer) == ["Sở Tư pháp"]


def test_citation_figures(result):
    s = result["summary"]
    # hit over t1,t2,t3,t6: 1,0,1,0 → 2/4; precision over t1,t2,t3 (t6 cited nothing): (1/2 + 0 + 2/3)/3
    # = 7/18; recall: 1, 0, 1, 0 → 2/4
    assert s["citation_hit_rate"] == pytest.approx(0.5)
    assert s["citation_precision"] == pytest.approx(7 / 18)
    assert s["citation_recall"] == pytest.approx(0.5)


def test_retrieval_figures(result):
    s = result["summary"]
    # ranks over t1,t2,t3,t6: 3, 2, none, none. R@1 = 0/4; R@5 = R@10 = 2/4; MRR = (1/3 + 1/2)/4 = 5/24
    assert s["recall@1"] == 0.0
    assert s["recall@5"] == pytest.approx(0.5)
    assert s["recall@10"] == pytest.approx(0.5)
    assert s["mrr@10"] == pytest.approx(5 / 24)


def test_abstention_figures(result):
    s = result["summary"]
    # abstained: t4 (unanswerable) and t6 (answerable). precision 1/2; recall: t4 yes, t5 no → 1/2; false 1
    assert s["abstention_precision"] == pytest.approx(0.5)
    assert s["abstention_recall"] == pytest.approx(0.5)
    assert s["false_abstentions"] == 1


def test_latency_percentiles(result):
    s = result["summary"]
    # ask sorted 10 50 100 200 300 400: p50 at position 5×0.5 = 2.5 → 100 + 0.5×100 = 150;
    # p95 at 5×0.95 = 4.75 → 300 + 0.75×100 = 375. search 5 10 20 30 40 50 → 25 and 40 + 0.75×10 = 47.5
    assert (s["ask_p50_ms"], s["ask_p95_ms"]) == (pytest.approx(150), pytest.approx(375))
    assert (s["search_p50_ms"], s["search_p95_ms"]) == (pytest.approx(25), pytest.approx(47.5))
    assert percentile([], 50) is None and percentile([7.0], 95) == 7.0
    # answer length over the answers given (t4, t6 abstained): t3 16, t5 20, t1 24, t2 29 characters → 22
    assert s["answer_chars_p50"] == pytest.approx(22)


def test_breakdowns(result):
    # type: lead_agency t1 ✓ t6 ✗ → 1/2; fact t2 → 1; compare t3 → 0; unanswerable t4 ✓ t5 ✗ → 1/2
    by_type = {k: v["accuracy"] for k, v in result["by_type"].items()}
    assert by_type == {"compare": 0.0, "fact": 1.0, "lead_agency": 0.5, "unanswerable": 0.5}
    # language: vi t1 ✓ t2 ✓ t4 ✓ t6 ✗ → 3/4; en t3 ✗ t5 ✗ → 0
    assert {k: v["accuracy"] for k, v in result["by_lang"].items()} == {"en": 0.0, "vi": 0.75}
    # document (a compare item counts for each of its files): a t1 t2 t3 → 2/3; b t3 t6 → 0; none t4 t5 → 1/2
    by_doc = {k: (v["n"], v["accuracy"]) for k, v in result["by_doc"].items()}
    assert by_doc == {"a.txt": (3, pytest.approx(2 / 3)), "b.txt": (2, 0.0), NO_DOC: (2, 0.5)}


def test_bad_qa_file_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(TINY.read_text(encoding="utf-8").splitlines()[0] + "\n{not json\n", encoding="utf-8")
    with pytest.raises(QAFormatError, match=r"bad\.jsonl:2: not valid JSON"):
        load_qa(bad)
    bad.write_text('{"id": "x", "question": "q", "type": "weather"}\n', encoding="utf-8")
    with pytest.raises(QAFormatError, match=r"bad\.jsonl:1: unknown type 'weather'"):
        load_qa(bad)
    bad.write_text(
        '{"id": "x", "question": "q", "type": "fact", "citations": [{"doc": "a", "lines": [5, 2]}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(QAFormatError, match=r"bad\.jsonl:1: citation \"lines\""):
        load_qa(bad)


def test_line_span_from_character_offsets():
    text = "một\nhai ba\nbốn"  # lines 1..3 of a file, numbered 7, 8, 9 here
    assert line_span(text, text.index("hai"), 6, [7, 8, 9]) == (8, 8)
    assert line_span(text, text.index("ba"), len("ba\nbốn"), [7, 8, 9]) == (8, 9)
    assert line_span(text, 0, len(text), [7, 8, 9]) == (7, 9)


def test_ratio_to_best_baseline():
    assert ratio(0.5, [0.25, 0.4], higher_is_better=True) == "1.25×"
    assert ratio(100.0, [50.0, 80.0], higher_is_better=False) == "2.00×"
    assert ratio(None, [0.3], True) == "—" and ratio(0.2, [0.0], True) == "n/a"


def test_system_names():
    assert parse_system_names("all", llm_configured=False) == [
        "ours",
        "ours-hybrid",
        "bm25",
        "dense",
        "langchain",
    ]
    assert parse_system_names("dense,ours", llm_configured=True) == ["dense", "ours"]
    with pytest.raises(SystemError_, match="KEHOACH_LLM_BASE_URL"):
        parse_system_names("ours-llm", llm_configured=False)
    with pytest.raises(SystemError_, match="unknown system 'gpt'"):
        parse_system_names("ours,gpt", llm_configured=False)
