"""Citations on the real corpus point to the lines that print the quote: open the file at those lines and
the quoted words are there, from the first line of the span to the last.

Asked over an index of corpus/ built by `kehoach index`, with every other question of eval/data/qa.jsonl.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from indexer.clean import normalize_for_match
from indexer.settings import Settings

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
EDGE_WORDS = 5  # a quote's first and last words, looked for in the cited lines


@cache
def _source(doc: str) -> list[str]:
    return (CORPUS / doc).read_text(encoding="utf-8").splitlines()


def _printed(doc: str, first: int, last: int) -> str:
    """Lines first..last of the original file as compared: repaired, case-folded, markup and wraps gone."""
    text = normalize_for_match(" ".join(_source(doc)[first - 1 : last]))
    return " ".join(text.replace("*", " ").replace("|", " ").split())


@pytest.fixture(scope="module")
def clause_citations(corpus_index_dir) -> list[dict]:
    from assistant.answer import Assistant

    assistant = Assistant(Settings(index_dir=corpus_index_dir))
    items = [json.loads(line) for line in (ROOT / "eval" / "data" / "qa.jsonl").open(encoding="utf-8")]
    out = []
    for item in items[::2]:  # (every other question: enough citations, half the time)
        answer = assistant.ask(item["question"]).to_json(item["id"])
        out += [c for c in answer["citations"] if c["kind"] == "clause"]
    assert len(out) > 50
    return out


def _edges(quote: str) -> tuple[str, str, bool]:
    words = quote.split()
    cut = words[-1] == "…"
    words = [w for w in words if w != "…"]
    head = normalize_for_match(" ".join(words[:EDGE_WORDS]))
    return head, normalize_for_match(" ".join(words[-EDGE_WORDS:])), cut


def test_the_cited_lines_print_the_quote(clause_citations):
    missing = []
    for c in clause_citations:
        head, tail, cut = _edges(c["quote"])
        printed = _printed(c["doc"], *c["lines"])
        if head not in printed or (not cut and tail not in printed):
            missing.append((c["doc"], c["lines"], c["quote"][:80]))
    # (a quote may open with a line the document prints in another form: a header's parts joined)
    assert len(missing) <= len(clause_citations) // 50, missing


def test_the_cited_lines_are_no_wider_than_the_quote(clause_citations):
    """The quote begins on the span's first line and ends on its last: without the first line the span
    lacks the quote's first words, and without the last line its last words (a quote cut short ("…")
    runs on to the end of its passage)."""
    loose = []
    for c in clause_citations:
        first, last = c["lines"]
        head, tail, cut = _edges(c["quote"])
        if first < last and head in _printed(c["doc"], first + 1, last):
            loose.append(("first", c["doc"], c["lines"], c["quote"][:60]))
        if first < last and not cut and tail in _printed(c["doc"], first, last - 1):
            loose.append(("last", c["doc"], c["lines"], c["quote"][-60:]))
    # (the first words of a quote may be printed again further down, as "Thực hiện Nghị quyết số 66" is)
    assert len(loose) <= len(clause_citations) // 50, loose
