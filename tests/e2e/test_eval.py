"""`kehoach eval` and `kehoach bench` through the real command line, on the corpus index."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def small_qa(tmp_path_factory):
    """One item of each question type from the project's QA set (a follow-up pair's second half included
    when it comes first)."""
    chosen: dict[str, str] = {}
    for line in (ROOT / "eval/data/qa.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            chosen.setdefault(json.loads(line)["type"], line)
    path = tmp_path_factory.mktemp("qa") / "small.jsonl"
    path.write_text("\n".join(chosen.values()) + "\n", encoding="utf-8")
    return path, len(chosen)


def test_eval_all_systems_writes_reports_and_charts(corpus_index_dir, small_qa, tmp_path):
    qa, n = small_qa
    out = tmp_path / "report"
    result = run_cli(
        "eval", "--qa", str(qa), "--systems", "all", "--out", str(out), "--index-dir", str(corpus_index_dir)
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Answer accuracy (normalised)" in result.stdout and "ours / best baseline" in result.stdout

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["items"] == n
    assert set(report["systems"]) == {"ours", "ours-hybrid", "bm25", "dense", "langchain"}
    for name, system in report["systems"].items():
        summary = system["summary"]
        assert summary["n"] == n and summary["errors"] == 0, name
        assert 0.0 <= summary["accuracy"] <= 1.0 and 0.0 <= summary["recall@10"] <= 1.0
        assert {"unanswerable", "lead_agency"} <= set(system["by_type"])
    # the baselines never abstain: every unanswerable item counts against them
    assert report["systems"]["bm25"]["summary"]["abstention_recall"] == 0.0

    md = (out / "report.md").read_text(encoding="utf-8")
    for heading in (
        "## Summary",
        "## Accuracy per question type",
        "## Task extraction",
        "## Failures of ours",
    ):
        assert heading in md
    for chart in ("metrics_per_system.png", "accuracy_per_type.png"):
        data = (out / chart).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_eval_bad_qa_file_is_one_line_naming_file_and_line(corpus_index_dir, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "a", "question": "Ai chủ trì?", "type": "lead_agency"}\n{"id": "b", "question": \n',
        encoding="utf-8",
    )
    result = run_cli(
        "eval", "--qa", str(bad), "--index-dir", str(corpus_index_dir), "--out", str(tmp_path / "o")
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert f"{bad}:2: not valid JSON" in result.stderr
    assert not (tmp_path / "o").exists()


def test_bench_quick_small_scale(corpus_index_dir, tmp_path):
    out = tmp_path / "bench.json"
    result = run_cli(
        "bench",
        "--quick",
        "--scale",
        "3000",
        "--questions",
        "10",
        "--index-dir",
        str(corpus_index_dir),
        "--json",
        str(out),
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "hybrid search p50" in result.stdout and "target < 150 ms" in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["scale"]["build"]["chunks"] == 3000 and figures["scale"]["build"]["faiss"] == "flat"
    assert figures["corpus"]["search_p50_ms"] > 0 and figures["scale"]["query"]["peak_rss_mb"] > 50
