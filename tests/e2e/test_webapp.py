"""The web app in a real browser (Debian's chromium driven by playwright), on a copy of the corpus index,
served by the real `kehoach serve` in a subprocess.

Screenshots of the chat, the source panel and the tasks tab at 1366×768 and 390×844 are saved under
artifacts/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import CORPUS, KEHOACH, ROOT, run_cli
from tests.llm_server import FakeLLMServer
from tests.make_docs import UNIQUE_LEAD, UNIQUE_TASK, make_docx, make_plan_paragraphs

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
PORTAL_Q = "Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?"
HA_TINH = "000_37ff2b74a0782787.txt"
INJECTED_TASK = (
    'Kiểm thử hiển thị <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> '
    "[bấm vào đây](javascript:window.__pwned=3)"
)
ANSWER_TIMEOUT = 90_000  # ms


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_index_dir, tmp_path_factory):
    """`kehoach serve` on a copy of the corpus index (uploads land beside the copy, not in the shared one),
    with a local OpenAI-compatible test server as its language model."""
    home = tmp_path_factory.mktemp("webapp")
    llm = FakeLLMServer("good", lifetime=1200, max_requests=50).__enter__()
    index_dir = home / "index"
    shutil.copytree(corpus_index_dir, index_dir)
    port = _free_port()
    env = {
        **os.environ,
        "KEHOACH_INDEX_DIR": str(index_dir),
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "TOKENIZERS_PARALLELISM": "false",
        "KEHOACH_LLM_BASE_URL": llm.url,
        "KEHOACH_LLM_MODEL": "test-model",
        "KEHOACH_LLM_TIMEOUT": "5",
    }
    log = open(home / "serve.log", "w")
    proc = subprocess.Popen(
        [*KEHOACH, "serve", "--port", str(port), "--index-dir", str(index_dir)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 180
    while True:
        if proc.poll() is not None:
            pytest.fail(f"kehoach serve exited with {proc.returncode}:\n{(home / 'serve.log').read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.time() > deadline:
            proc.terminate()
            pytest.fail(f"kehoach serve did not answer in 180 s:\n{(home / 'serve.log').read_text()}")
        time.sleep(0.5)
    yield {"url": url, "index_dir": index_dir, "home": home, "llm": llm}
    llm.__exit__(None, None, None)
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            "/usr/bin/chromium is missing: run scripts/ensure-system-deps.sh (apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


def _page(browser, server, viewport, **kwargs):
    context = browser.new_context(viewport=viewport, accept_downloads=True, **kwargs)
    page = context.new_page()
    page.goto(server["url"])
    page.wait_for_selector("#kh-chat", timeout=60_000)
    page.wait_for_function(
        "() => document.querySelector('#kh-header') && "
        "document.querySelector('#kh-header').innerText.includes('nhiệm vụ')",
        timeout=60_000,
    )
    return page


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name))


def _ask(page, question: str) -> str:
    """Send a question; returns the text of the final answer (the one that shows its mode)."""
    done = page.locator("#kh-chat [data-testid='bot']", has_text="Chế độ:").count()
    page.fill("#kh-question textarea", question)
    page.click("#kh-send")
    page.wait_for_function(
        "(n) => [...document.querySelectorAll('#kh-chat [data-testid=\"bot\"]')]"
        ".filter(e => e.innerText.includes('Chế độ:')).length > n",
        arg=done,
        timeout=ANSWER_TIMEOUT,
    )
    return page.locator("#kh-chat [data-testid='bot']").last.inner_text()


def _hit_lines(page) -> list[tuple[int, str]]:
    page.wait_for_selector("#kh-source .kh-hit", timeout=30_000)
    rows = page.locator("#kh-source .kh-hit")
    return [
        (int(rows.nth(i).get_attribute("data-line")), rows.nth(i).locator(".kh-t").inner_text())
        for i in range(rows.count())
    ]


def _tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()
    page.wait_for_timeout(500)


def test_chat_cites_and_opens_the_source(browser, server):
    page = _page(browser, server, DESKTOP)
    assert page.get_by_text(
        "Sở Tài chính Phú Thọ chủ trì những nhiệm vụ nào?"
    ).is_visible()  # example questions
    assert page.locator("#kh-mode").is_visible()  # the mode is always shown
    answer = _ask(page, PORTAL_Q)
    assert "Sở Tư pháp" in answer
    links = page.locator("#kh-chat a[href*='#kh-cite-0-']")
    assert links.count() >= 1
    _shot(page, "chat-1366x768.png")

    links.first.click()
    hits = _hit_lines(page)
    card = page.locator("#kh-source .kh-src-card").inner_text()
    cited_doc = next(name for name in os.listdir(CORPUS) if name in card)
    original = (CORPUS / cited_doc).read_text(encoding="utf-8").split("\n")
    for n, text in hits:  # the highlighted lines are the original file's lines, by number
        assert text.strip() == original[n - 1].strip()
    assert "Sở Tư pháp" in page.locator("#kh-source .kh-src-lines").inner_text()
    page.wait_for_timeout(700)  # the sidebar slides in: shoot it once it is in place
    _shot(page, "source-panel-1366x768.png")
    if links.count() > 1 or "1/1" not in page.locator("#kh-source .kh-src-pos").inner_text():
        before = page.locator("#kh-source .kh-src-pos").inner_text()
        page.click("#kh-src-next")
        page.wait_for_function(
            "(b) => document.querySelector('#kh-source .kh-src-pos').innerText !== b",
            arg=before,
            timeout=15_000,
        )

    follow_up = _ask(page, "Còn thời hạn hoàn thành thì sao?")
    assert "Cổng pháp luật" in follow_up and "Thường xuyên" in follow_up
    assert page.locator("#kh-chat a[href*='#kh-cite-1-']").count() >= 1

    abstained = _ask(page, "Ngân sách dành cho công tác pháp điển là bao nhiêu tỷ đồng?")
    assert "Không tìm thấy" in abstained  # shown as an abstention, not as an answer
    closest = page.locator("#kh-chat a[href*='#kh-cite-2-']")
    if closest.count():
        assert "gần nhất" in abstained
        closest.first.click()
        assert _hit_lines(page)
    page.context.close()


def test_llm_mode_is_chosen_visibly_and_falls_back_when_the_model_fails(browser, server):
    page = _page(browser, server, DESKTOP)
    page.locator("#kh-mode").get_by_text("Mô hình ngôn ngữ (LLM)").click()
    answer = _ask(page, PORTAL_Q)
    assert "Chế độ: Mô hình ngôn ngữ" in answer and "Sở Tư pháp" in answer
    assert page.locator("#kh-chat a[href*='#kh-cite-0-']").count() >= 1
    assert server["llm"].requests  # the model was really asked
    server["llm"].behaviour = "error500"
    try:
        answer = _ask(page, PORTAL_Q)
    finally:
        server["llm"].behaviour = "good"
    assert "Chế độ: Trích xuất" in answer and "ⓘ" in answer  # the extractive answer, with a visible note
    assert "Traceback" not in page.locator("body").inner_text()
    page.context.close()


def test_chat_and_source_panel_on_a_phone(browser, server):
    page = _page(browser, server, PHONE, is_mobile=True, has_touch=True)
    answer = _ask(page, "Sở Tài chính Phú Thọ chủ trì những nhiệm vụ nào?")
    assert "Sở Tài chính" in answer
    _shot(page, "chat-390x844.png")
    page.locator("#kh-chat a[href*='#kh-cite-0-']").first.click()
    assert _hit_lines(page)
    # the panel slides in over the chat and ends up wholly on the screen
    page.wait_for_function(
        "(w) => { const r = document.querySelector('#kh-source').getBoundingClientRect();"
        " return r.left >= 0 && r.right <= w + 1; }",
        arg=PHONE["width"],
        timeout=10_000,
    )
    _shot(page, "source-panel-390x844.png")
    page.click("#kh-src-close")
    _tab(page, "Nhiệm vụ")
    page.wait_for_selector("#kh-tasks [data-testid='cell-0-4']", timeout=30_000)
    _shot(page, "tasks-390x844.png")
    page.context.close()


def test_tasks_filter_export_and_source(browser, server, tmp_path):
    page = _page(browser, server, DESKTOP)
    _tab(page, "Nhiệm vụ")
    page.wait_for_selector("#kh-tasks [data-testid='cell-0-4']", timeout=30_000)
    assert "114" in page.locator("#kh-task-count").inner_text()
    lead_box = page.locator("#kh-f-lead input")
    lead_box.click()
    lead_box.fill("Sở Tài chính")
    lead_box.press("Enter")
    expected = json.loads(
        run_cli("tasks", "--lead", "Sở Tài chính", "--json", "--index-dir", str(server["index_dir"])).stdout
    )
    assert expected
    page.wait_for_function(
        "(n) => document.querySelector('#kh-task-count').innerText.startsWith(n + ' /')",
        arg=str(len(expected)),
        timeout=30_000,
    )
    _shot(page, "tasks-1366x768.png")

    with page.expect_download() as info:
        page.click("#kh-dl-csv")
    csv_path = tmp_path / "tasks.csv"
    info.value.save_as(csv_path)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(expected)
    assert all("Sở Tài chính" in r["Cơ quan chủ trì"] or "Tài chính" in r["Cơ quan chủ trì"] for r in rows)
    assert sorted((r["Tệp"], r["Nhiệm vụ"]) for r in rows) == sorted((e["doc"], e["name"]) for e in expected)

    with page.expect_download() as info:
        page.click("#kh-dl-xlsx")
    xlsx_path = tmp_path / "tasks.xlsx"
    info.value.save_as(xlsx_path)
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx_path).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:2] == ("Tỉnh/thành phố", "Văn bản") and sheet.freeze_panes == "A2"
    assert len(values) - 1 == len(expected)
    assert sheet.column_dimensions["E"].width >= 40  # the task name column is wide
    assert sorted(v[4] for v in values[1:]) == sorted(r["Nhiệm vụ"] for r in rows)  # Vietnamese intact

    page.click("#kh-tasks [data-testid='cell-0-4']")
    hits = _hit_lines(page)
    doc_name = page.locator("#kh-source .kh-src-meta code").inner_text()
    original = (CORPUS / doc_name).read_text(encoding="utf-8").split("\n")
    assert all(text.strip() == original[n - 1].strip() for n, text in hits)
    page.context.close()


def test_upload_docx_is_searchable_and_injection_stays_text(browser, server, tmp_path):
    paragraphs, table = make_plan_paragraphs(province="Tây Nguyên Mới", number="12/KH-UBND")
    table.append(
        ["4", INJECTED_TASK, "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Báo cáo kiểm thử", "Năm 2027"]
    )
    docx = make_docx(tmp_path / "ke-hoach-tay-nguyen-moi.docx", paragraphs, table)
    page = _page(browser, server, DESKTOP)
    _tab(page, "Tài liệu")
    with page.expect_file_chooser() as chooser:
        page.click("#kh-upload")
    chooser.value.set_files(str(docx))
    page.wait_for_function(
        "() => document.querySelector('#kh-upload-status').innerText.includes('Đã đọc')", timeout=60_000
    )
    assert page.locator("#kh-meta-title textarea, #kh-meta-title input").first.input_value().strip()
    page.click("#kh-index-btn")
    page.wait_for_function(
        "() => document.querySelector('#kh-upload-status').innerText.includes('Đã lập chỉ mục')",
        timeout=300_000,
    )
    assert docx.name in page.locator("#kh-docs").inner_text()
    assert (server["index_dir"].parent / "uploads" / docx.name).is_file()

    _tab(page, "Hỏi đáp")
    answer = _ask(page, f"Cơ quan nào chủ trì nhiệm vụ {UNIQUE_TASK.lower()}?")
    assert UNIQUE_LEAD in answer
    page.locator("#kh-chat a[href*='#kh-cite-0-']").first.click()
    _hit_lines(page)
    assert docx.name in page.locator("#kh-source .kh-src-card").inner_text()

    question = "Ai chủ trì nhiệm vụ kiểm thử hiển thị <script>window.__pwned=4</script> [x](javascript:window.__pwned=5)?"
    _ask(page, question)
    chat_text = page.locator("#kh-chat").inner_text()
    assert "<script>window.__pwned=4</script>" in chat_text  # the question is shown as text
    _tab(page, "Nhiệm vụ")
    page.fill("#kh-f-text input, #kh-f-text textarea", "Kiểm thử hiển thị")
    page.press("#kh-f-text input, #kh-f-text textarea", "Enter")
    page.wait_for_function(
        "() => document.querySelector('#kh-task-count').innerText.startsWith('1 /')", timeout=30_000
    )
    assert "<script>window.__pwned=1</script>" in page.locator("#kh-tasks").inner_text()
    page.click("#kh-tasks [data-testid='cell-0-4']")
    _hit_lines(page)
    assert "<script>" in page.locator("#kh-source .kh-src-lines").inner_text()
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("a[href^='javascript']").count() == 0
    assert (
        page.locator(
            "#kh-chat script, #kh-source script, #kh-tasks script, #kh-chat img, #kh-source img"
        ).count()
        == 0
    )
    page.context.close()
