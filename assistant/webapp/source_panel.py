"""The source panel: the cited document's metadata and the cited lines highlighted in their context.

Used by the chat (citations [n]) and the task table (a row's lines). It holds a list of references
and a position so that the reader can step between the citations of an answer or the rows of the
table. Every piece of document text is escaped (see escape.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.webapp.escape import html_text

EMPTY_HTML = (
    "<div class='kh-src-empty'><p><b>Nguồn trích dẫn</b></p>"
    "<p>Bấm vào một trích dẫn <span class='kh-cite-demo'>[1]</span> trong câu trả lời, hoặc vào một dòng của "
    "bảng nhiệm vụ, để xem đoạn văn bản gốc với các dòng được trích dẫn tô sáng.</p></div>"
)


@dataclass(frozen=True)
class SourceRef:
    label: str  # "[2]", "Gần nhất [1]", "Nhiệm vụ II.3"
    doc: str
    lines: tuple[int, int]
    section: str
    quote: str = ""
    highlights: tuple[str, ...] = ()

    def to_state(self) -> dict:
        return {
            "label": self.label,
            "doc": self.doc,
            "lines": list(self.lines),
            "section": self.section,
            "quote": self.quote,
            "highlights": list(self.highlights),
        }

    @classmethod
    def from_state(cls, d: dict) -> SourceRef:
        return cls(
            d["label"],
            d["doc"],
            (int(d["lines"][0]), int(d["lines"][1])),
            d.get("section", ""),
            d.get("quote", ""),
            tuple(d.get("highlights") or ()),
        )


def refs_from_citations(citations, prefix: str = "") -> list[SourceRef]:
    return [
        SourceRef(
            f"{prefix}[{c.n}]",
            c.doc,
            (int(c.lines[0]), int(c.lines[1])),
            c.section,
            c.quote,
            tuple(getattr(c, "highlights", ()) or ()),
        )
        for c in citations
    ]


def format_date(iso: str | None) -> str:
    """ "2025-06-25" -> "25/06/2025" (the Vietnamese way); blank -> "không ghi"."""
    if not iso:
        return "không ghi"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{m.group(3)}/{m.group(2)}/{m.group(1)}" if m else iso


def readable_name(document) -> str:
    """What a person calls a document: "Vĩnh Long · Quyết định 1218/QĐ-UBND · 25/06/2025" (the bundled
    files are named by hash, so the file name is kept for a secondary column or tooltip)."""
    if document is None:
        return ""
    what = f"{document.kind} {document.number or ''}".strip()
    date = format_date(document.date) if document.date else ""
    return " · ".join(b for b in (document.province or "", what, date) if b)


def _highlight(text: str, words: tuple[str, ...]) -> str:
    """Escaped text with the question's phrases in <b> (matched on the raw text, then escaped). Only
    phrases of two or more words: single Vietnamese syllables ("số", "sở") would light up everywhere."""
    words = tuple(w for w in words if len(w.split()) >= 2)
    if not words:
        return html_text(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(html_text(text[pos : m.start()]))
        out.append(f"<b>{html_text(m.group(0))}</b>")
        pos = m.end()
    out.append(html_text(text[pos:]))
    return "".join(out)


def render_ref(live, sources, refs: list[SourceRef], pos: int) -> str:
    """The panel's HTML for refs[pos] (document card, then the excerpt with the cited lines marked)."""
    if not refs:
        return EMPTY_HTML
    if live is None:
        return "<div class='kh-src-empty'><p>Chưa có chỉ mục: không hiển thị được nguồn.</p></div>"
    pos = max(0, min(pos, len(refs) - 1))
    ref = refs[pos]
    document = live.searcher.document(ref.doc)
    first, last = ref.lines
    where = f"dòng {first}" if first == last else f"dòng {first}–{last}"
    head = f"<div class='kh-src-pos'>Nguồn {html_text(ref.label)} · {pos + 1}/{len(refs)}</div>"
    if document is None:
        return (
            head + f"<div class='kh-src-card'><p>Tài liệu <code>{html_text(ref.doc)}</code> không còn trong "
            "chỉ mục (có thể đã bị gỡ).</p></div>"
        )
    store = live.searcher.store
    clauses = store.clauses(ref.doc)
    passages = [*clauses, *(c for c in store.chunks() if c.doc == ref.doc and c.kind == "task")]
    manifest = getattr(store, "manifest", None)
    indexed_from = manifest.sources.get(ref.doc) if manifest is not None else None
    excerpt = sources.excerpt(
        document, ref.lines, clauses=clauses, passages=passages, indexed_from=indexed_from
    )
    draft = " <span class='kh-draft'>DỰ THẢO</span>" if document.draft else ""
    card = (
        "<div class='kh-src-card'>"
        f"<div class='kh-src-name'>{html_text(readable_name(document))}</div>"
        f"<div class='kh-src-title'>{html_text(document.title)}{draft}</div>"
        "<dl class='kh-src-meta'>"
        f"<dt>Số</dt><dd>{html_text(document.number or 'không ghi')}</dd>"
        f"<dt>Cơ quan ban hành</dt><dd>{html_text(document.issuer or 'không ghi')}</dd>"
        f"<dt>Ngày</dt><dd>{html_text(format_date(document.date))}</dd>"
        f"<dt>Mục</dt><dd class='kh-src-section'>{html_text(ref.section or '—')}</dd>"
        f"<dt>Vị trí</dt><dd>{where}, tệp <code>{html_text(document.name)}</code></dd>"
        "</dl></div>"
    )
    rows = []
    for n, text, hit in excerpt.lines:
        body = _highlight(text, ref.highlights) if hit else html_text(text)
        cls = "kh-line kh-hit" if hit else "kh-line"
        mark = " aria-current='true'" if hit else ""
        rows.append(
            f"<div class='{cls}' data-line='{n}'{mark}><span class='kh-n'>{n}</span>"
            f"<span class='kh-t'>{body or '&nbsp;'}</span></div>"
        )
    if not rows:
        rows.append("<div class='kh-line'><span class='kh-t'>(không có nội dung để hiển thị)</span></div>")
    note = f"<p class='kh-src-note'>{html_text(excerpt.note)}</p>" if excerpt.note else ""
    label = "Văn bản gốc (số dòng của tệp gốc)" if excerpt.exact else "Đoạn trong chỉ mục"
    return (
        head + card + note + f"<div class='kh-src-label'>{label}</div>"
        f"<div class='kh-src-lines' role='region' aria-label='{label}'>{''.join(rows)}</div>"
    )


# --- the panel's components -------------------------------------------------------------------------
CITE_JS = r"""
if (!window.__khCiteListener) {
  window.__khCiteListener = true;
  // citation links live in the chat; one capturing listener turns them into this component's `cite` event
  document.addEventListener('click', (ev) => {
    const a = ev.target && ev.target.closest ? ev.target.closest('a[href*="#kh-cite-"]') : null;
    if (!a) return;
    const m = (a.getAttribute('href') || '').match(/#kh-cite-(\d+)-(\d+)$/);
    if (!m) return;
    ev.preventDefault();
    ev.stopPropagation();
    trigger('cite', {turn: parseInt(m[1], 10), k: parseInt(m[2], 10)});
  }, true);
}
const khScrollToHit = () => {
  const box = element.querySelector('.kh-src-lines');
  const hit = element.querySelector('.kh-hit');
  if (box && hit) box.scrollTop = Math.max(0, hit.offsetTop - box.offsetTop - 48);
};
watch('value', khScrollToHit);
khScrollToHit();
"""


class PanelUI:
    """The source panel in a right-hand sidebar, shared by the chat and the task table."""

    def __init__(self, runtime) -> None:
        import gradio as gr

        self.runtime = runtime
        with gr.Sidebar(
            open=False, position="right", width=440, elem_id="kh-sidebar", label="Nguồn"
        ) as sidebar:
            with gr.Row(elem_classes="kh-src-nav"):
                self.prev = gr.Button("◀ Trước", size="sm", min_width=60, elem_id="kh-src-prev")
                self.next = gr.Button("Sau ▶", size="sm", min_width=60, elem_id="kh-src-next")
                self.close = gr.Button("Đóng ✕", size="sm", min_width=60, elem_id="kh-src-close")
            self.html = gr.HTML(EMPTY_HTML, js_on_load=CITE_JS, elem_id="kh-source", apply_default_css=True)
        self.sidebar = sidebar
        self.state = gr.State({"refs": [], "pos": 0})
        self.outputs = [self.sidebar, self.html, self.state]
        self.prev.click(lambda s: self.show_state(s, -1), self.state, self.outputs, queue=False)
        self.next.click(lambda s: self.show_state(s, +1), self.state, self.outputs, queue=False)
        self.close.click(lambda: gr.Sidebar(open=False), None, self.sidebar, queue=False)

    def show(self, refs: list[SourceRef] | None, pos: int = 0, open_panel: bool = True) -> tuple:
        """Updates for self.outputs showing refs[pos] (the sidebar opened when `open_panel`)."""
        import gradio as gr

        refs = list(refs or [])
        pos = max(0, min(pos, len(refs) - 1)) if refs else 0
        html = render_ref(self.runtime.live(), self.runtime.sources, refs, pos)
        sidebar = gr.Sidebar(open=True) if open_panel else gr.skip()
        return sidebar, html, {"refs": [r.to_state() for r in refs], "pos": pos}

    def show_state(self, state: dict, step: int) -> tuple:
        import gradio as gr

        refs = [SourceRef.from_state(d) for d in (state or {}).get("refs", [])]
        if not refs:
            return gr.skip(), gr.skip(), gr.skip()
        pos = ((state.get("pos", 0) + step) % len(refs)) if refs else 0
        return self.show(refs, pos, open_panel=True)

    @staticmethod
    def skip() -> tuple:
        import gradio as gr

        return gr.skip(), gr.skip(), gr.skip()
