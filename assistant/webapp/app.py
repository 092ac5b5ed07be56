"""The Gradio app: a chat with cited answers, the task table with exports and charts, the documents
with upload and removal; the source panel (right-hand sidebar) serves the chat and the task table.

A thin shell: answers come from assistant.answer.Assistant, tasks from assistant.task_table, writes
from indexer.build.build_index. `build_app(settings)` builds the Blocks; `launch_options()` gives the
page-wide CSS/theme that Gradio 6 takes in `launch()`.
"""

from __future__ import annotations

import gradio as gr

from assistant.webapp.chat import ALL, LLM_INFO, NO_LLM_INFO, build_chat, doc_choices, province_choices
from assistant.webapp.corpus_profile import profile
from assistant.webapp.documents_tab import _remove_choices, build_documents, document_rows
from assistant.webapp.escape import html_text
from assistant.webapp.report_tab import agency_options, build_report
from assistant.webapp.runtime import Runtime
from assistant.webapp.source_panel import PanelUI
from assistant.webapp.tasks_tab import agency_choices, build_tasks
from indexer.settings import Settings

CSS = """
.gradio-container { max-width: 1500px !important; }
#kh-header h1 { font-size: 1.2rem; margin: 0; display: inline; }
#kh-header .kh-status { color: var(--body-text-color-subdued); font-size: .82rem; }
#kh-mode .wrap { gap: .3rem; }
#kh-mode label { padding: .25rem .55rem; }
#kh-header .kh-warn { background: #fff4e5; border: 1px solid #f0b35b; color: #6b3d00; border-radius: 8px;
  padding: .6rem .8rem; margin-top: .4rem; }
#kh-header code, .kh-src-empty code { font-size: .85em; }
#kh-chat a[href*="#kh-cite-"] { display: inline-block; padding: 0 .28em; margin: 0 .05em; border-radius: 5px;
  background: #e4eefb; color: #17457f; font-weight: 600; text-decoration: none; line-height: 1.35; }
#kh-chat a[href*="#kh-cite-"]:hover, #kh-chat a[href*="#kh-cite-"]:focus { background: #c9dcf6;
  outline: 2px solid #2f6db3; }
.kh-src-pos { font-weight: 600; margin-bottom: .4rem; }
.kh-src-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6rem .75rem;
  margin-bottom: .5rem; background: var(--background-fill-primary); }
.kh-src-title { font-weight: 600; line-height: 1.35; margin-bottom: .35rem; }
.kh-draft { background: #fde2e1; color: #8a1c17; border-radius: 4px; padding: 0 .3em; font-size: .8em; }
.kh-src-meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .6rem; margin: 0;
  font-size: .9rem; }
.kh-src-meta dt { color: var(--body-text-color-subdued); }
.kh-src-meta dd { margin: 0; overflow-wrap: anywhere; }
.kh-src-section { font-weight: 600; }
.kh-src-label { font-size: .85rem; color: var(--body-text-color-subdued); margin: .3rem 0; }
.kh-src-note { font-size: .85rem; color: #6b3d00; }
.kh-src-lines { max-height: 58vh; overflow: auto; border: 1px solid var(--border-color-primary);
  border-radius: 8px; font-size: .9rem; line-height: 1.45; background: var(--background-fill-primary); }
.kh-line { display: flex; gap: .5rem; padding: .05rem .5rem; }
.kh-line .kh-n { flex: 0 0 2.8rem; text-align: right; color: #8a94a3; font-family: var(--font-mono);
  font-size: .8rem; padding-top: .1rem; user-select: none; }
.kh-line .kh-t { white-space: pre-wrap; overflow-wrap: anywhere; flex: 1 1 auto; }
.kh-line.kh-hit { background: #fff1a8; border-left: 4px solid #e0a800; }
.kh-line.kh-hit .kh-n { color: #6b5200; font-weight: 700; }
.kh-cite-demo { background: #e4eefb; color: #17457f; border-radius: 5px; padding: 0 .25em; font-weight: 600; }
.kh-src-nav { gap: .4rem !important; }
#kh-tasks table, #kh-docs table, #kh-report table { font-size: .85rem; }
#kh-tasks *, #kh-docs *, #kh-report * { font-family: var(--font) !important; }
/* sorting is the "Sắp xếp theo" control (server-side, so the source panel steps in screen order) */
#kh-tasks .cell-menu-button, #kh-docs .cell-menu-button, #kh-report .cell-menu-button { display: none !important; }
/* words and dates are never broken in the middle; only file names (one long "word") may be */
#kh-tasks [role=columnheader] *, #kh-docs [role=columnheader] *, #kh-tasks [role=gridcell] *,
#kh-docs [role=gridcell] *, #kh-report [role=columnheader] *, #kh-report [role=gridcell] * { word-break: normal !important; overflow-wrap: normal !important;
  hyphens: none !important; }
#kh-tasks [role=gridcell][data-col="9"] *, #kh-docs [role=gridcell][data-col="8"] * {
  overflow-wrap: anywhere !important; font-size: .78rem; color: var(--body-text-color-subdued); }
#kh-tasks [role=gridcell], #kh-docs [role=gridcell], #kh-tasks [role=gridcell] .cell-wrap,
#kh-docs [role=gridcell] .cell-wrap { align-items: flex-start !important; }
/* compact rows: long cells show three lines; the full text is in the cell's tooltip (HEAD script) and a
   click opens the task in the source panel */
#kh-tasks [role=gridcell] span.text, #kh-docs [role=gridcell] span.text,
#kh-report [role=gridcell] span.text { display: -webkit-box !important;
  -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
.kh-src-name { font-size: .85rem; color: var(--body-text-color-subdued); margin-bottom: .15rem; }
#kh-ask-row { align-items: stretch; }
"""


# Gradio scopes the rules of `css` inside its container, media queries included; the phone layout must
# also reach the page padding outside it, so it goes into <head> as it is.
# Gradio's built-in strings that its i18n does not cover in Vietnamese (there is no "vi" locale, and many
# labels are not translatable at all): translated where they appear, exactly as whole strings.
GRADIO_WORDS = {
    "Toggle Sidebar": "Mở/đóng bảng nguồn",
    "More tabs": "Thêm thẻ",
    "chatbot conversation": "Cuộc hỏi đáp",
    "Table actions": "Thao tác với bảng",
    "Open cell menu": "Mở menu cột",
    "Copy table data": "Sao chép dữ liệu bảng",
    "Fullscreen": "Toàn màn hình",
    "Exit fullscreen": "Thoát toàn màn hình",
    "Sort ascending": "Sắp xếp tăng dần",
    "Sort descending": "Sắp xếp giảm dần",
    "Clear sort": "Bỏ sắp xếp",
    "Filter": "Lọc",
    "Clear filters": "Bỏ lọc",
    "Search": "Tìm",
    "Error": "Lỗi",
    "Warning": "Cảnh báo",
    "Info": "Thông báo",
    "Close": "Đóng",
    "Loading": "Đang tải",
    "Loading...": "Đang tải…",
    "Copy": "Sao chép",
    "Copied": "Đã sao chép",
    "Copy message": "Sao chép tin nhắn",
    "Copied message": "Đã sao chép tin nhắn",
    "Clear": "Xoá",
    "Download": "Tải xuống",
    "Submit": "Gửi",
    "Examples": "Ví dụ",
    "Uploading...": "Đang tải lên…",
    "Drop File Here": "Thả tệp vào đây",
    "Click to Upload": "Bấm để tải lên",
    "Click to upload or drop files": "Bấm để tải lên hoặc thả tệp vào đây",
    "An error occurred.": "Đã xảy ra lỗi.",
    "Connection errored out.": "Mất kết nối tới máy chủ.",
    "Lost connection due to leaving page. Rejoining queue...": "Mất kết nối khi rời trang. Đang vào lại hàng đợi…",
    "Waiting for file(s) to finish uploading, please retry.": "Đang chờ tải tệp lên xong, hãy thử lại.",
    "Dropdown": "Danh sách chọn",
    "Plot": "Biểu đồ",
}
# (pattern, replacement) for strings with a variable part
GRADIO_PATTERNS = (
    (r"^Select example (\d+): ", "Chọn câu hỏi mẫu $1: "),
    (r"^processing \|?", "đang xử lý |"),
    (r"^processing$", "đang xử lý"),
    (r"^In queue: (\d+) of (\d+)", "Trong hàng đợi: $1/$2"),
    (r"^Invalid file types?: (.*)\. Only (.*) allowed\.$", "Không nhận tệp $1: chỉ nhận $2."),
)


def _i18n_script() -> str:
    import json

    return (
        "const KH_WORDS = " + json.dumps(GRADIO_WORDS, ensure_ascii=False) + ";\n"
        "const KH_PATTERNS = ["
        + ", ".join(
            f"[new RegExp({json.dumps(p)}), {json.dumps(r, ensure_ascii=False)}]" for p, r in GRADIO_PATTERNS
        )
        + "];\n"
    )


# In <head>: Gradio's page says lang="en"; the page is Vietnamese. Then: Gradio's English strings in
# Vietnamese (never inside document text, answers or tables); the closed source panel out of the Tab
# order (inert); a filter dropdown that shows "Tất cả" is emptied when focused so typing replaces it, and
# letters typed without tone marks are given the marks of the first matching choice, so that Gradio's
# own filter (a plain substring match) finds "Sở Tài chính" from "so tai chinh".
HEAD_SCRIPT = """
document.documentElement.lang = 'vi';
(() => {
  const SKIP = '.kh-src-lines, [data-testid="bot"], [data-testid="user"], #kh-tasks tbody, #kh-docs tbody, '
    + '#kh-report tbody, .kh-status, #kh-header h1';
  const tr = (s) => {
    if (!s) return s;
    const t = s.trim();
    if (Object.prototype.hasOwnProperty.call(KH_WORDS, t)) return s.replace(t, KH_WORDS[t]);
    for (const [re, to] of KH_PATTERNS) if (re.test(t)) return s.replace(t, t.replace(re, to));
    return s;
  };
  const fixEl = (el) => {
    if (!el || el.nodeType !== 1) return;
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) { const w = tr(v); if (w !== v) el.setAttribute(a, w); }
    }
  };
  const fixText = (node) => {
    if (node.parentElement && node.parentElement.closest(SKIP)) return;
    const w = tr(node.nodeValue);
    if (w !== node.nodeValue) node.nodeValue = w;
  };
  const walk = (root) => {
    if (root.nodeType === 3) { fixText(root); return; }
    if (root.nodeType !== 1) return;
    fixEl(root);
    for (const el of root.querySelectorAll('[aria-label],[title],[placeholder]')) fixEl(el);
    const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = it.nextNode(); n; n = it.nextNode()) fixText(n);
  };
  const sidebar = () => {
    const side = document.querySelector('#kh-sidebar');
    const content = side && side.querySelector('.sidebar-content');
    if (content) {
      const open = side.classList.contains('open');
      if (open) content.removeAttribute('inert'); else content.setAttribute('inert', '');
    }
  };
  const start = () => {
    walk(document.body);
    sidebar();
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') {
          if (r.attributeName === 'class' && r.target.id === 'kh-sidebar') sidebar();
          else fixEl(r.target);
        } else if (r.type === 'characterData') fixText(r.target);
        else for (const n of r.addedNodes) walk(n);
      }
      if (document.documentElement.lang !== 'vi') document.documentElement.lang = 'vi';
      if (document.querySelector('#kh-sidebar .sidebar-content:not([inert])')) sidebar();
    }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ['aria-label', 'title', 'placeholder', 'class']});
  };
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);

  const fold = (s) => s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/đ/g, 'd')
    .replace(/Đ/g, 'D').toLowerCase();
  const ALL_LABELS = ['Tất cả', 'Tất cả văn bản'];
  document.addEventListener('focusin', (ev) => {
    const input = ev.target;
    if (!input || !input.closest || !input.closest('.kh-filter') || input.tagName !== 'INPUT') return;
    if (ALL_LABELS.includes(input.value)) {
      input.value = '';
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
  });
  document.addEventListener('input', (ev) => {
    const input = ev.target;
    if (!input || !input.closest || !input.closest('.kh-filter') || input.tagName !== 'INPUT') return;
    const typed = input.value;
    if (!typed) return;
    const holder = document.querySelector('#kh-names');  // written by header_html()
    const lists = holder ? JSON.parse(holder.getAttribute('data-names') || '{}') : {};
    const box = input.closest('.kh-filter');
    if ((box.id || '').endsWith('-doc')) return;  // document labels: Gradio's own filter
    const names = (box.id || '').includes('province') ? (lists.provinces || []) : (lists.agencies || []);
    const key = fold(typed);
    let best = null;
    names.forEach((name, order) => {
      const folded = fold(name);
      const at = folded.indexOf(key);
      if (at < 0) return;
      // a match at the start of the name first, then at the start of a word, then anywhere
      const rank = [at === 0 ? 0 : folded[at - 1] === ' ' ? 1 : 2, order];
      if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1])) {
        best = {rank, marked: name.slice(at, at + typed.length)};
      }
    });
    if (best && best.marked !== typed) {
      input.value = best.marked;
      input.setSelectionRange(best.marked.length, best.marked.length);
    }
  }, true);
})();
"""


HEAD = (
    """<script>
// a clamped table cell shows its whole text as a tooltip (textContent: text, never markup)
document.addEventListener('mouseover', (ev) => {
  const span = ev.target && ev.target.closest
    ? ev.target.closest('#kh-tasks span.text, #kh-docs span.text, #kh-report span.text') : null;
  if (span && span.scrollHeight > span.clientHeight + 1) span.title = span.textContent;
}, true);
"""
    + _i18n_script()
    + HEAD_SCRIPT
    + "</script>\n"
    + """<style>
@media (max-width: 700px) {
  .gradio-container .main.app { padding-left: 8px !important; padding-right: 8px !important; }
  #kh-header { padding-right: 36px; }
  #kh-header h1 { font-size: 1.05rem; }
  #kh-chat { height: 62vh !important; }
  .kh-src-lines { max-height: 50vh; }
}
</style>"""
)


def _names_holder(live) -> str:
    """The names the filter dropdowns offer (agencies, provinces), for the page script that gives letters
    typed without tone marks the marks of a matching name."""
    import json

    names = {
        "agencies": agency_options(live),
        "provinces": sorted({d.province for d in live.searcher.documents() if d.province}),
    }
    return f"<div id='kh-names' hidden data-names='{html_text(json.dumps(names, ensure_ascii=False))}'></div>"


def header_html(runtime: Runtime) -> str:
    live = runtime.live()
    llm = LLM_INFO if runtime.llm_available else NO_LLM_INFO
    title = f"<h1>{html_text(profile(live).title)}</h1>"
    if live is None:
        reason = html_text(runtime.error or "chưa có chỉ mục")
        return (
            f"{title}<div class='kh-warn' role='alert'><b>Chưa có chỉ mục để tra cứu.</b> {reason}<br>"
            "Lập chỉ mục kho văn bản bằng lệnh <code>make run</code> hoặc <code>kehoach index corpus/</code> "
            "rồi tải lại trang; hoặc thêm văn bản ở thẻ “Tài liệu”.</div>"
        )
    c = live.counts()
    return (
        _names_holder(live)
        + f"{title}<div class='kh-status'>Chỉ mục: {c['documents']} văn bản · {c['tasks']} nhiệm vụ · "
        f"{c['chunks']} đoạn · {html_text(llm)} · bấm vào trích dẫn [n] để xem dòng văn bản gốc.</div>"
    )


def build_app(settings: Settings | None = None, runtime: Runtime | None = None) -> gr.Blocks:
    settings = settings or Settings.load()
    runtime = runtime or Runtime(settings)
    # delete_cache: exports and uploads copied into Gradio's cache are removed after an hour
    with gr.Blocks(
        title=profile(runtime.live()).tab_title,
        analytics_enabled=False,
        fill_width=True,
        delete_cache=(3600, 3600),
    ) as demo:
        panel = PanelUI(runtime)
        header = gr.HTML(header_html(runtime), elem_id="kh-header", js_on_load=None)
        with gr.Tabs(elem_id="kh-tabs"):
            with gr.Tab("Hỏi đáp", id="chat", elem_id="kh-tab-chat") as chat_tab:
                chat = build_chat(runtime, panel)
            with gr.Tab("Nhiệm vụ", id="tasks", elem_id="kh-tab-tasks") as tasks_tab:
                tasks = build_tasks(runtime, panel)
            with gr.Tab("Báo cáo theo cơ quan", id="report", elem_id="kh-tab-report") as report_tab:
                report = build_report(runtime, panel)
            with gr.Tab("Tài liệu", id="docs", elem_id="kh-tab-docs") as docs_tab:
                docs = build_documents(runtime)
        # the panel belongs to the tab where it was opened: left open it would squeeze the others
        for tab in (chat_tab, tasks_tab, report_tab, docs_tab):
            tab.select(lambda: gr.Sidebar(open=False), None, panel.sidebar, queue=False)

        def refresh_all(*filters):
            """After a page load or an index change: every view from the current index."""
            live = runtime.live()
            lead_choices = [("Tất cả", ALL), *[(a, a) for a in agency_choices(live, "lead_ids")]]
            coord_choices = [("Tất cả", ALL), *[(a, a) for a in agency_choices(live, "coordinating_ids")]]
            words = profile(live)
            return (
                header_html(runtime),
                gr.update(
                    examples=[{"text": q} for q in words.examples] or None, placeholder=words.placeholder
                ),
                gr.Dropdown(choices=agency_options(live)),
                gr.Dropdown(choices=province_choices(live)),
                gr.Dropdown(choices=province_choices(live)),
                gr.Dropdown(choices=doc_choices(live)),
                gr.Dropdown(choices=province_choices(live)),
                gr.Dropdown(choices=lead_choices),
                gr.Dropdown(choices=coord_choices),
                document_rows(live, runtime.uploads_dir),
                gr.Dropdown(choices=_remove_choices(live)),
                *tasks.refresh(*filters),
            )

        outputs = [
            header,
            chat.chatbot,
            report.agency,
            report.province,
            chat.province,
            chat.doc,
            tasks.province,
            tasks.lead,
            tasks.coordinating,
            docs.table,
            docs.remove_choice,
            *tasks.outputs,
        ]
        demo.load(refresh_all, tasks.refresh_inputs, outputs)
        for event in docs.changed:
            event.then(refresh_all, tasks.refresh_inputs, outputs)
    demo.kehoach_runtime = runtime  # for the server (and tests) to reach the live index
    return demo


def launch_options() -> dict:
    """Page-wide options that Gradio 6 takes in launch(): CSS and a theme with local fonts only."""
    theme = gr.themes.Soft(
        primary_hue="blue",
        neutral_hue="slate",
        font=["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Noto Sans", "DejaVu Sans", "sans-serif"],
        font_mono=["ui-monospace", "DejaVu Sans Mono", "monospace"],
    )
    return {"css": CSS, "head": HEAD, "theme": theme, "i18n": gradio_i18n()}


# Gradio's i18n keys for its built-in strings (gradio/templates/frontend/lang), in Vietnamese. Gradio has no
# "vi" locale of its own, so a Vietnamese browser falls back to English: the same words are given for "en"
# as flat keys, and the page script (GRADIO_WORDS) translates whatever Gradio still prints in English.
I18N_KEYS = {
    "common.clear": "Xoá",
    "common.download": "Tải xuống",
    "common.error": "Lỗi",
    "common.loading": "Đang tải",
    "common.submit": "Gửi",
    "common.remove": "Gỡ",
    "common.edit": "Sửa",
    "common.empty": "Trống",
    "common.or": "hoặc",
    "common.settings": "Cài đặt",
    "common.language": "Ngôn ngữ",
    "common.progress": "Tiến độ",
    "dataframe.sort_ascending": "Sắp xếp tăng dần",
    "dataframe.sort_descending": "Sắp xếp giảm dần",
    "dataframe.clear_sort": "Bỏ sắp xếp",
    "dataframe.filter": "Lọc",
    "dataframe.clear_filter": "Bỏ lọc",
    "dataframe.sort_column": "Sắp xếp cột",
    "upload_text.click_to_upload": "Bấm để tải lên",
    "upload_text.drop_file": "Thả tệp vào đây",
    "file.uploading": "Đang tải lên…",
    "status.queue_position": "Trong hàng đợi: {position}/{size}",
    "blocks.lost_connection": "Mất kết nối khi rời trang. Đang vào lại hàng đợi…",
    "blocks.waiting_for_inputs": "Đang chờ tải tệp lên xong, hãy thử lại.",
    "chatbot.copy_message": "Sao chép tin nhắn",
    "chatbot.copied_message": "Đã sao chép tin nhắn",
    "chatbot.clear": "Xoá",
    "chat_interface.chatbot": "Hỏi đáp",
    "chat_interface.conversation": "Cuộc hỏi đáp",
    "plot.plot": "Biểu đồ",
    "dropdown.dropdown": "Danh sách chọn",
}


def gradio_i18n() -> gr.I18n:
    return gr.I18n(vi=dict(I18N_KEYS), en=dict(I18N_KEYS))
