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
from assistant.webapp.page_i18n import gradio_i18n, head_script
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
TOOLTIP_SCRIPT = """
// a clamped table cell shows its whole text as a tooltip (textContent: text, never markup)
document.addEventListener('mouseover', (ev) => {
  const span = ev.target && ev.target.closest
    ? ev.target.closest('#kh-tasks span.text, #kh-docs span.text, #kh-report span.text') : null;
  if (span && span.scrollHeight > span.clientHeight + 1) span.title = span.textContent;
}, true);
"""
PHONE_STYLE = """<style>
@media (max-width: 700px) {
  .gradio-container .main.app { padding-left: 8px !important; padding-right: 8px !important; }
  #kh-header { padding-right: 36px; }
  #kh-header h1 { font-size: 1.05rem; }
  #kh-chat { height: 62vh !important; }
  .kh-src-lines { max-height: 50vh; }
}
</style>"""


def head_html() -> str:
    """What goes into the page's <head>: the page scripts, then the phone layout."""
    return f"<script>\n{TOOLTIP_SCRIPT}{head_script()}</script>\n{PHONE_STYLE}"


def _names_holder(live) -> str:
    """The names the filter dropdowns offer (agencies, provinces), for the page script that gives letters
    typed without tone marks the marks of a matching name."""
    import json

    names = {
        "agencies": agency_options(live),
        "provinces": sorted({d.scope for d in live.searcher.documents() if d.scope}),
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

        def refresh_all():
            """After a page load or an index change: the header, the filters' choices and the documents.
            The tasks tab (its table, exports and charts cost ~0.5 s of CPU) is refreshed when it is opened."""
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
        ]
        demo.load(refresh_all, None, outputs)
        for event in docs.changed:
            event.then(refresh_all, None, outputs)

        # what the tasks tab of this session shows: (generation, filters); opened again unchanged, it
        # is not recomputed
        shown = gr.State(None)

        def refresh_tasks(key, *filters):
            live = runtime.live()
            current = [live.generation if live else None, *filters]
            if key == current:
                return (*[gr.skip() for _ in tasks.outputs], key)
            return (*tasks.refresh(*filters), current)

        tasks_tab.select(
            refresh_tasks, [shown, *tasks.refresh_inputs], [*tasks.outputs, shown], concurrency_id="tasks"
        )

        # upload and removal are shown to editors only (hidden until the page knows who is logged in)
        for box in docs.editor_only:
            box.visible = False

        def role_view(request: gr.Request):
            editable = runtime.can_edit(getattr(request, "username", None))
            return [gr.update(visible=editable) for _ in docs.editor_only]

        demo.load(role_view, None, docs.editor_only, queue=False)
    _close_api(demo)
    triggers = {c._id for c in docs.editor_triggers}
    # the queued events only editors may run; SecurityMiddleware refuses them to a viewer
    demo.kehoach_editor_fns = {
        fid for fid, fn in demo.fns.items() if any(target in triggers for target, _ in fn.targets)
    }
    demo.kehoach_runtime = runtime  # for the server (and tests) to reach the live index
    return demo


def _close_api(demo: gr.Blocks) -> None:
    """No API description: Gradio embeds it in every page, the login page included, and its enums list
    the index's documents, provinces and agencies. The browser calls events by id, never through it."""
    for fn in demo.fns.values():
        fn.api_visibility = "private"
    demo.config = demo.get_config_file()


def security_options(demo: gr.Blocks, max_sessions: int) -> dict:
    """launch() options that guard the server: login throttling, upload ownership, roles, closed HTTP
    API (assistant.webapp.security), and a bound on the per-browser-session state Gradio keeps."""
    from starlette.middleware import Middleware

    from assistant.webapp.security import Roles, SecurityMiddleware

    runtime = demo.kehoach_runtime
    roles = Roles(runtime.can_edit, set(demo.kehoach_editor_fns))
    return {
        "app_kwargs": {"middleware": [Middleware(SecurityMiddleware, roles=roles)]},
        "state_session_capacity": max_sessions,
    }


def launch_options() -> dict:
    """Page-wide options that Gradio 6 takes in launch(): CSS and a theme with local fonts only."""
    theme = gr.themes.Soft(
        primary_hue="blue",
        neutral_hue="slate",
        font=["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Noto Sans", "DejaVu Sans", "sans-serif"],
        font_mono=["ui-monospace", "DejaVu Sans Mono", "monospace"],
    )
    return {"css": CSS, "head": head_html(), "theme": theme, "i18n": gradio_i18n()}
