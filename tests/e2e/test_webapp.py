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
    assert page.locator("#kh-chat button[aria-label^='Chọn câu hỏi mẫu']").count() >= 3  # example questions
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
        timeout=30_000,  # the slide-in is slow on a loaded 2-core machine (timed out at 10 s there)
    )
    _shot(page, "source-panel-390x844.png")
    page.click("#kh-src-close")
    _tab(page, "Nhiệm vụ")
    page.wait_for_selector("#kh-tasks [data-testid='cell-0-0']", timeout=30_000)
    # on a phone the task name is the first column, and nothing sits over the charts
    assert page.locator("#kh-tasks [data-testid='header-0']").inner_text().strip() == "Nhiệm vụ"
    box = page.locator("#kh-tasks [data-testid='cell-0-0']").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    for chart in ("#kh-chart-lead", "#kh-chart-year"):
        page.locator(chart).scroll_into_view_if_needed()
        label = page.locator(f"{chart} [data-testid='block-label']")
        assert label.count() == 0 or not label.first.is_visible()
        plot = page.locator(f"{chart} [data-testid='matplotlib'] img").first
        plot.wait_for(timeout=30_000)
        b = plot.bounding_box()
        assert b["x"] >= -1 and b["x"] + b["width"] <= PHONE["width"] + 1
    _shot(page, "tasks-390x844.png")
    page.context.close()


def test_tasks_filter_export_and_source(browser, server, tmp_path):
    page = _page(browser, server, DESKTOP)
    _tab(page, "Nhiệm vụ")
    page.wait_for_selector("#kh-tasks [data-testid='cell-0-0']", timeout=30_000)
    assert "114" in page.locator("#kh-task-count").inner_text()
    assert page.locator("#kh-tasks [data-testid='header-0']").inner_text().strip() == "Nhiệm vụ"
    assert (
        "tiêu đề cột" not in page.locator("#kh-task-count").inner_text()
    )  # no hint of a sort that is not there
    assert not page.locator("#kh-tasks .cell-menu-button").first.is_visible()
    # typing into a filter replaces "Tất cả", and letters without tone marks find the agency
    lead_box = page.locator("#kh-f-lead input")
    lead_box.click()
    assert lead_box.input_value() == ""
    lead_box.press_sequentially("so tai chinh", delay=20)
    assert lead_box.input_value() == "Sở Tài chính"
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
    assert info.value.suggested_filename == "nhiem-vu_so-tai-chinh.csv"  # the name says what was filtered
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

    province_box = page.locator("#kh-f-province input")
    province_box.click()
    province_box.press_sequentially("ha tinh", delay=20)
    assert province_box.input_value() == "Hà Tĩnh"
    province_box.press("ArrowDown")
    province_box.press("Enter")
    both = json.loads(
        run_cli(
            "tasks",
            "--lead",
            "Sở Tài chính",
            "--province",
            "Hà Tĩnh",
            "--json",
            "--index-dir",
            str(server["index_dir"]),
        ).stdout
    )
    page.wait_for_function(
        "(n) => document.querySelector('#kh-task-count').innerText.startsWith(n + ' /')",
        arg=str(len(both)),
        timeout=30_000,
    )
    with page.expect_download() as info:
        page.click("#kh-dl-xlsx")
    assert info.value.suggested_filename == "nhiem-vu_so-tai-chinh_ha-tinh.xlsx"

    page.click("#kh-tasks [data-testid='cell-0-0']")
    hits = _hit_lines(page)
    doc_name = page.locator("#kh-source .kh-src-meta code").inner_text()
    original = (CORPUS / doc_name).read_text(encoding="utf-8").split("\n")
    assert all(text.strip() == original[n - 1].strip() for n, text in hits)
    page.click("#kh-src-close")
    page.context.close()


def test_tasks_sorted_and_the_panel_steps_in_screen_order(browser, server):
    page = _page(browser, server, DESKTOP)
    _tab(page, "Nhiệm vụ")
    page.wait_for_selector("#kh-tasks [data-testid='cell-0-0']", timeout=30_000)
    first = page.locator("#kh-tasks [data-testid='cell-0-0']").inner_text()
    page.locator("#kh-sort input").click()
    page.get_by_role("option", name="Sắp xếp: thời hạn (sớm trước)").click()
    page.wait_for_function(
        "(t) => document.querySelector(\"#kh-tasks [data-testid='cell-0-0']\").innerText !== t",
        arg=first,
        timeout=30_000,
    )

    def row(i):
        cells = [page.locator(f"#kh-tasks [data-testid='cell-{i}-{c}']").inner_text() for c in (8, 9, 10)]
        return cells[0], cells[1], cells[2].split("–")[0]

    rows = [row(i) for i in range(4)]
    from indexer.period import parse_period

    ends = [parse_period(deadline).end for deadline, _, _ in rows]
    assert all(e is not None for e in ends) and ends == sorted(ends)  # earliest deadline first
    page.click("#kh-tasks [data-testid='cell-1-0']")
    _hit_lines(page)
    assert "2/114" in page.locator("#kh-source .kh-src-pos").inner_text()
    for i in (2, 3):
        page.click("#kh-src-next")
        page.wait_for_function(
            "(p) => document.querySelector('#kh-source .kh-src-pos').innerText.includes(p)",
            arg=f"{i + 1}/114",
            timeout=15_000,
        )
        meta = page.locator("#kh-source .kh-src-meta").inner_text()
        assert rows[i][1] in meta and f"dòng {rows[i][2]}" in meta  # the next row on screen
    page.context.close()


def test_upload_docx_is_searchable_and_injection_stays_text(browser, server, tmp_path):
    paragraphs, table = make_plan_paragraphs(province="Tây Nguyên Mới", number="12/KH-UBND")
    table.append(
        ["4", INJECTED_TASK, "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Báo cáo kiểm thử", "Năm 2027"]
    )
    docx = make_docx(tmp_path / "ke-hoach-tay-nguyen-moi.docx", paragraphs, table)
    page = _page(browser, server, DESKTOP)
    _tab(page, "Tài liệu")
    from indexer.load import SUPPORTED_SUFFIXES

    accept = page.evaluate(
        "() => document.querySelector('#kh-upload').parentElement.querySelector('input[type=file]').accept"
    )
    assert sorted(a.strip() for a in accept.split(",")) == sorted(SUPPORTED_SUFFIXES)  # every format read
    assert all(s.lstrip(".").upper() in page.locator("#kh-upload").inner_text() for s in SUPPORTED_SUFFIXES)

    def choose(path):
        with page.expect_file_chooser() as chooser:
            page.click("#kh-upload")
        chooser.value.set_files(str(path))

    refused = tmp_path / "bang-tinh.xyz"
    refused.write_text("không phải văn bản", encoding="utf-8")
    choose(refused)
    page.wait_for_function(
        "() => document.body.innerText.includes('Không nhận tệp')", timeout=30_000
    )  # Gradio's own refusal, in Vietnamese
    assert "Invalid file" not in page.locator("body").inner_text()

    # the metadata of a DOCX whose number and date sit in the two-column header table are guessed ...
    import docx as python_docx

    header_doc = python_docx.Document()
    left, right = header_doc.add_table(rows=1, cols=2).rows[0].cells
    left.text = "ỦY BAN NHÂN DÂN"
    left.add_paragraph("TỈNH HÀ TĨNH")
    left.add_paragraph("Số: 45/KH-UBND")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Hà Tĩnh, ngày 3 tháng 2 năm 2026")
    for text in ("KẾ HOẠCH", "Triển khai số hóa hồ sơ", "I. MỤC ĐÍCH", "Bảo đảm tiến độ số hóa."):
        header_doc.add_paragraph(text)
    header_path = tmp_path / "ke-hoach-bang-dau.docx"
    header_doc.save(header_path)
    choose(header_path)
    page.wait_for_function(
        "() => document.querySelector('#kh-upload-status').innerText.includes('ke-hoach-bang-dau.docx')",
        timeout=60_000,
    )
    number_box = page.get_by_label("Số ký hiệu")
    date_box = page.get_by_label("Ngày ban hành")
    assert number_box.input_value() == "45/KH-UBND" and date_box.input_value() == "03/02/2026"
    # ... and the next file starts from a fresh form, not from the previous file's values
    plain = tmp_path / "ghi-chu.txt"
    plain.write_text(
        "Ghi chú về việc số hóa hồ sơ\nNội dung ghi chú không có số và ngày.\n", encoding="utf-8"
    )
    choose(plain)
    page.wait_for_function(
        "() => document.querySelector('#kh-upload-status').innerText.includes('ghi-chu.txt')", timeout=60_000
    )
    assert number_box.input_value() == "" and date_box.input_value() == ""

    choose(docx)
    page.wait_for_function(
        "() => document.querySelector('#kh-upload-status').innerText.includes('Đã đọc “ke-hoach-tay')",
        timeout=60_000,
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
    page.wait_for_selector("#kh-tasks [data-testid='cell-0-0']", timeout=30_000)
    page.fill("#kh-f-text input, #kh-f-text textarea", "Kiểm thử hiển thị")
    page.press("#kh-f-text input, #kh-f-text textarea", "Enter")
    page.wait_for_function(
        "() => document.querySelector('#kh-task-count').innerText.startsWith('1 /')", timeout=30_000
    )
    assert "<script>window.__pwned=1</script>" in page.locator("#kh-tasks").inner_text()
    page.click("#kh-tasks [data-testid='cell-0-0']")
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


def _english(page) -> list[str]:
    """Gradio's own English strings still on the page (attributes and text outside document content)."""
    from assistant.webapp.page_i18n import GRADIO_WORDS

    return page.evaluate(
        """(words) => {
          const out = [];
          for (const e of document.querySelectorAll('[aria-label],[title],[placeholder]'))
            for (const a of ['aria-label', 'title', 'placeholder']) {
              const v = (e.getAttribute(a) || '').trim();
              if (words.includes(v) || /^(Select example|processing|Invalid file|In queue)/.test(v)) out.push(v);
            }
          const it = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = it.nextNode(); n; n = it.nextNode()) {
            const v = n.nodeValue.trim();
            if (v && (words.includes(v) || /^(processing|Invalid file)/.test(v))) out.push(v);
          }
          return out;
        }""",
        list(GRADIO_WORDS),
    )


def test_page_is_vietnamese_and_describes_the_index(browser, server):
    from collections import Counter

    page = _page(browser, server, DESKTOP)
    assert page.evaluate("document.documentElement.lang") == "vi"
    docs = json.loads(run_cli("docs", "--json", "--index-dir", str(server["index_dir"])).stdout)
    top = Counter(r for d in docs for r in d["implements"]).most_common(1)[0][0]
    header = page.locator("#kh-header").inner_text()
    assert top in page.title() and top in header  # from the documents' own references
    assert "đã kết nối mô hình ngôn ngữ" in header  # the fixture has a language model
    assert "KEHOACH_" not in page.locator("body").inner_text()
    provinces = {d["province"] for d in docs if d["province"]}
    examples = page.locator("#kh-chat button[aria-label^='Chọn câu hỏi mẫu']")
    texts = [examples.nth(i).inner_text() for i in range(examples.count())]
    assert len(texts) >= 3 and sum(any(p in t for p in provinces) for t in texts) >= 2
    # the page as served was built at start-up; the page load refreshes it from the current index
    page.wait_for_function(
        "(n) => document.querySelector('#kh-chat').innerText.includes(n + ' văn bản')",
        arg=str(len(docs)),
        timeout=30_000,
    )
    placeholder = page.locator("#kh-chat").inner_text()
    assert any(p in placeholder for p in provinces)
    for tab in ("Hỏi đáp", "Nhiệm vụ", "Báo cáo theo cơ quan", "Tài liệu"):
        _tab(page, tab)
        page.wait_for_timeout(500)
        assert _english(page) == [], tab
    page.context.close()


def test_send_disabled_while_answering_tab_order_and_contradicting_filter(browser, server):
    page = _page(browser, server, DESKTOP)
    # Tab never enters the closed source panel
    page.focus("#kh-question textarea")
    for _ in range(30):
        page.keyboard.press("Tab")
        assert not page.evaluate("() => !!document.activeElement.closest('#kh-sidebar .sidebar-content')")

    # while the (slow) language model writes, the send button is disabled
    page.locator("#kh-mode").get_by_text("Mô hình ngôn ngữ (LLM)").click()
    server["llm"].behaviour = "slow"
    try:
        page.fill("#kh-question textarea", PORTAL_Q)
        page.click("#kh-send")
        page.wait_for_function("() => document.querySelector('#kh-send').disabled", timeout=5_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll('#kh-chat [data-testid=\"bot\"]')]"
            ".some(e => e.innerText.includes('Chế độ:'))",
            timeout=ANSWER_TIMEOUT,
        )
        page.wait_for_function("() => !document.querySelector('#kh-send').disabled", timeout=15_000)
    finally:
        server["llm"].behaviour = "good"
    page.locator("#kh-mode").get_by_text("Trích xuất (ngoại tuyến)").click()

    # a province filter that the question contradicts is named and not used
    province = page.locator("#kh-c-province input")
    province.click()
    assert province.input_value() == ""
    province.press_sequentially("phu tho", delay=20)
    province.press("ArrowDown")
    province.press("Enter")
    page.wait_for_timeout(500)
    assert province.input_value() == "Phú Thọ"
    answer = _ask(page, "Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào?")
    assert "bộ lọc đang chọn Phú Thọ" in answer and "Hà Tĩnh" in answer
    page.locator("#kh-chat a[href*='#kh-cite-1-']").first.click()
    _hit_lines(page)
    card = page.locator("#kh-source .kh-src-name").inner_text()
    assert "Hà Tĩnh" in card and "Phú Thọ" not in card
    # the open panel is in the Tab order (once its opening transition has ended)
    page.wait_for_selector("#kh-src-next", state="visible", timeout=10_000)
    page.wait_for_timeout(500)
    page.focus("#kh-question textarea")
    passed = []
    for _ in range(16):
        page.keyboard.press("Tab")
        passed.append(page.evaluate("() => document.activeElement.id || document.activeElement.tagName"))
        if passed[-1] == "kh-src-next":
            break
    assert passed[-1] == "kh-src-next", passed
    page.context.close()


def test_agency_report_tab(browser, server, tmp_path):
    expected = json.loads(
        run_cli("report", "--agency", "Sở Tư pháp", "--json", "--index-dir", str(server["index_dir"])).stdout
    )["rows"]
    assert (
        len(expected) >= 59
    )  # the bundled plans (tests/unit/test_report.py), plus any upload of this module
    page = _page(browser, server, DESKTOP)
    _tab(page, "Báo cáo theo cơ quan")
    agency = page.locator("#kh-r-agency input")
    agency.click()
    agency.press_sequentially("so tu phap", delay=20)  # tone marks optional
    agency.press("Enter")
    page.wait_for_function(
        "(n) => document.querySelector('#kh-r-summary').innerText.startsWith(n + ' nhiệm vụ của Sở Tư pháp')",
        arg=str(len(expected)),
        timeout=30_000,
    )
    names = [page.locator(f"#kh-report [data-testid='cell-{i}-0']").inner_text() for i in range(5)]
    assert names == [r["name"] for r in expected[:5]]  # the same rows in the same (deadline) order
    assert page.locator("#kh-r-chart [data-testid='matplotlib'] img").count() == 1
    _shot(page, "report-1366x768.png")

    page.click("#kh-report [data-testid='cell-3-0']")
    hits = _hit_lines(page)
    row = expected[3]
    assert hits[0][0] == row["citation"]["lines"][0]
    original = (CORPUS / row["doc"]).read_text(encoding="utf-8").split("\n")
    assert all(text.strip() == original[n - 1].strip() for n, text in hits)
    page.click("#kh-src-close")

    with page.expect_download() as info:
        page.click("#kh-r-xlsx")
    assert info.value.suggested_filename == "bao-cao_so-tu-phap.xlsx"
    info.value.save_as(tmp_path / "r.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "r.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert values[1] == ("TT", "Nhiệm vụ", "Văn bản giao", "Vai trò", "Thời hạn", "Kết quả thực hiện")
    assert sheet.freeze_panes == "A3" and len(values) == 2 + len(expected)
    with page.expect_download() as info:
        page.click("#kh-r-docx")
    assert info.value.suggested_filename == "bao-cao_so-tu-phap.docx"
    info.value.save_as(tmp_path / "r.docx")
    import docx

    table = docx.Document(str(tmp_path / "r.docx")).tables[0]
    assert len(table.rows) == 1 + len(expected) and table.rows[1].cells[1].text.startswith(
        expected[0]["name"]
    )
    page.context.close()
