"""The chat tab: questions in, streamed answers out, each citation [n] a link to the source panel.

An answer's text is escaped (escape.md_text); the only markup added is the citation links
"#kh-cite-<turn>-<k>", which the source panel's script turns into a `cite` event.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

import gradio as gr

from assistant.webapp.escape import md_text, plain_one_line
from assistant.webapp.source_panel import SourceRef, format_date, refs_from_citations

log = logging.getLogger("kehoach.webapp")

ALL = "__all__"
MAX_QUESTION_CHARS = 2000
STREAM_EVERY_S = 0.15  # streamed text is sent at most this often (each update re-sends the chat)
MODE_LABELS = {"extractive": "Trích xuất (ngoại tuyến)", "llm": "Mô hình ngôn ngữ (LLM)"}
# an English question gets an English answer: its labels follow (Answer.lang)
LABELS = {
    "vi": {
        "sources": "Nguồn:",
        "closest": "Các đoạn gần nhất để bạn tự kiểm tra (không phải câu trả lời):",
        "mode": "Chế độ",
        "modes": MODE_LABELS,
    },
    "en": {
        "sources": "Sources:",
        "closest": "The closest passages, for you to check (not an answer):",
        "mode": "Mode",
        "modes": {"extractive": "extractive (offline)", "llm": "language model"},
    },
}
_MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
NO_LLM_INFO = "chưa kết nối mô hình ngôn ngữ — trả lời bằng trích dẫn nguyên văn"
LLM_INFO = "đã kết nối mô hình ngôn ngữ (chọn ở ô “Chế độ trả lời”)"


@dataclass
class ChatUI:
    province: gr.Dropdown
    doc: gr.Dropdown
    mode: gr.Radio
    chatbot: gr.Chatbot
    question: gr.Textbox
    send: gr.Button
    clear: gr.Button
    copy_box: gr.Textbox
    turns: gr.State


# --- choices --------------------------------------------------------------------------------------
def province_choices(live) -> list[tuple[str, str]]:
    provinces = sorted({d.scope for d in live.searcher.documents() if d.scope}) if live else []
    return [("Tất cả", ALL)] + [(p, p) for p in provinces]


def doc_label(document, with_file: bool = False) -> str:
    """A document's readable name: "Hà Tĩnh · Quyết định 1218/QĐ-UBND · 25/06/2025" (the file name,
    a hash for the bundled corpus, only when asked for: two documents with the same label)."""
    from assistant.webapp.source_panel import readable_name

    return f"{readable_name(document)} ({document.name})" if with_file else readable_name(document)


def doc_choices(live, province: str | None = None) -> list[tuple[str, str]]:
    from assistant.retrieve import same_place

    docs = sorted(live.searcher.documents(), key=lambda d: (d.scope or "", d.name)) if live else []
    if province and province != ALL:
        docs = [d for d in docs if same_place(d.scope, province)]
    return [("Tất cả văn bản", ALL)] + labelled_docs(docs)


def labelled_docs(docs) -> list[tuple[str, str]]:
    """(readable label, file name) per document; the file name is added only to labels that collide."""
    labels = [doc_label(d) for d in docs]
    return [
        (doc_label(d, with_file=labels.count(label) > 1), d.name)
        for d, label in zip(docs, labels, strict=True)
    ]


# --- rendering ------------------------------------------------------------------------------------
def _where(lines, lang: str = "vi") -> str:
    first, last = int(lines[0]), int(lines[1])
    if lang == "en":
        return f"line {first}" if first == last else f"lines {first}–{last}"
    return f"dòng {first}" if first == last else f"dòng {first}–{last}"


PRINTED_WORDS = 3  # words before a mark that, with the mark, the cited text prints: the document's own mark


def _printed_mark(text: str, m: re.Match, quotes: list[str]) -> bool:
    """Whether the mark `m` of an answer is the document's footnote mark, quoted with its cell ("Ủy ban Đối
    ngoại [3] (Văn phòng Quốc hội …)"): the words before it and the mark are printed so in a cited passage.
    The answer's own citation marks follow a value or a closing quote the passage does not print so."""
    before = re.findall(r"\S+", text[max(0, m.start() - 80) : m.start()])[-PRINTED_WORDS:]
    if len(before) < PRINTED_WORDS:
        return False
    printed = " ".join([*before, m.group(0)])
    return any(printed in quote for quote in quotes)


def _with_links(text: str, turn: int, numbers: dict[int, int], quotes: tuple[str, ...] = ()) -> str:
    """Escaped text in which every [n] that names a citation is a link to it (not a footnote mark the
    document prints, which `quotes`, the cited passages, show)."""
    quotes_one_line = [" ".join(q.split()) for q in quotes]
    out, pos = [], 0
    for m in _MARKER.finditer(text):
        ns = [int(x) for x in re.split(r"\s*[,;]\s*", m.group(1))]
        if not all(n in numbers for n in ns) or _printed_mark(text, m, quotes_one_line):
            continue
        out.append(md_text(text[pos : m.start()]))
        out.append("".join(f"[\\[{n}\\]](#kh-cite-{turn}-{numbers[n]})" for n in ns))
        pos = m.end()
    out.append(md_text(text[pos:]))
    return "".join(out)


def _source_line(turn: int, k: int, c, searcher, lang: str = "vi") -> str:
    document = searcher.document(c.doc) if searcher else None
    who = (document.scope if document and document.scope else None) or c.province or ""
    number = (document.number if document else None) or c.number
    what = f"{document.kind if document else 'Văn bản'} {number or ''}".strip()
    date = f" ({format_date(document.date)})" if document and document.date else ""
    label = " · ".join(x for x in (who, what + date, c.section, _where(c.lines, lang)) if x)
    return f"[\\[{c.n}\\]](#kh-cite-{turn}-{k}) {md_text(label)}"


def format_answer(answer, turn: int, searcher=None) -> tuple[str, list[SourceRef]]:
    """(markdown for the chatbot, the references the source panel steps through) for one answer."""
    refs: list[SourceRef] = []
    parts: list[str] = []
    lang = "en" if getattr(answer, "lang", "vi") == "en" else "vi"
    words = LABELS[lang]
    if answer.abstained and not answer.closest and answer.citations:
        # "Nhiệm vụ … không ghi thời hạn [1]": the document does not say it, and the row that leaves it blank
        # is cited
        parts.append(f"**{md_text(answer.text)}**")
        refs = refs_from_citations(answer.citations)
        parts.append(
            f"**{words['sources']}**\n"
            + "\n".join(_source_line(turn, k, c, searcher, lang) for k, c in enumerate(answer.citations))
        )
    elif answer.abstained:
        parts.append(f"**{md_text(answer.text)}**")
        if answer.closest:
            refs = refs_from_citations(answer.closest, prefix="gần nhất ")
            parts.append(words["closest"])
            parts.append(
                "\n".join(_source_line(turn, k, c, searcher, lang) for k, c in enumerate(answer.closest))
            )
    else:
        refs = refs_from_citations(answer.citations)
        numbers = {c.n: k for k, c in enumerate(answer.citations)}
        parts.append(_with_links(answer.text, turn, numbers, tuple(c.quote for c in answer.citations)))
        if answer.citations:
            parts.append(
                f"**{words['sources']}**\n"
                + "\n".join(_source_line(turn, k, c, searcher, lang) for k, c in enumerate(answer.citations))
            )
    for note in answer.notes:
        parts.append(f"ⓘ {md_text(note)}")
    mode = words["modes"].get(answer.mode, answer.mode)
    seconds = f" · {answer.latency_ms / 1000:.1f} s" if answer.latency_ms else ""
    if lang == "vi":
        seconds = seconds.replace(".", ",")  # the Vietnamese decimal comma
    parts.append(f"*{words['mode']}: {md_text(mode)}{seconds}*")
    return "\n\n".join(parts), refs


def plain_text(answer) -> str:
    """The answer with its citations as plain text, for pasting into a report."""
    lines = [f"Hỏi: {answer.question}", f"Trả lời: {answer.text}"]
    closest = answer.abstained and bool(answer.closest)
    cites = answer.closest if closest else answer.citations
    if cites:
        lines.append("Đoạn gần nhất:" if closest else "Nguồn:")
        for c in cites:
            number = f", số {c.number}" if c.number else ""
            quote = " ".join(c.quote.split())
            lines.append(f"[{c.n}] {c.title}{number}; {c.section}; tệp {c.doc}, {_where(c.lines)}: “{quote}”")
    return "\n".join(lines)


# --- filters that contradict the question ---------------------------------------------------------
def _place_key(text: str | None) -> str:
    from indexer.clean import strip_diacritics

    s = " ".join(strip_diacritics(text or "").lower().replace("đ", "d").split())
    for prefix in ("tinh ", "thanh pho ", "tp. ", "tp "):
        if s.startswith(prefix):
            s = s[len(prefix) :]
    return s


def _folded_words(text: str) -> str:
    from indexer.clean import strip_diacritics

    return " " + " ".join(re.findall(r"\w+", strip_diacritics(text or "").lower().replace("đ", "d"))) + " "


def named_provinces(live, question: str) -> list[str]:
    """The index's provinces that the question names (tone marks optional)."""
    words = _folded_words(question)
    provinces = sorted({d.scope for d in live.searcher.documents() if d.scope}, key=len, reverse=True)
    named = []
    for p in provinces:
        key = " " + " ".join(re.findall(r"\w+", _place_key(p))) + " "
        if key.strip() and key in words:
            named.append(p)
            words = words.replace(key, " ")
    return named


def _named_numbers(live, question: str) -> set[str]:
    """File names of indexed documents whose number the question quotes ("1218/QĐ-UBND")."""
    folded = _folded_words(question)
    out = set()
    for d in live.searcher.documents():
        if d.number and _folded_words(d.number) in folded:
            out.add(d.name)
    return out


def resolve_filters(live, question: str, province: str | None, doc: str | None):
    """(province, doc, note): the filters to answer with, without one the question contradicts, and a
    sentence saying so. A Hà Tĩnh question is never answered from a Phú Thọ row in silence."""
    province = None if province in (None, "", ALL) else province
    doc = None if doc in (None, "", ALL) else doc
    if live is None or (province is None and doc is None):
        return province, doc, None
    from assistant.retrieve import same_place

    named = named_provinces(live, question)
    notes = []
    if province and named and not any(same_place(p, province) for p in named):
        notes.append(
            f"Câu hỏi nói về {', '.join(named)} nhưng bộ lọc đang chọn {province}: đã trả lời không theo "
            "bộ lọc tỉnh/thành phố."
        )
        province = None
    if doc:
        document = live.searcher.document(doc)
        quoted = _named_numbers(live, question)
        other_place = bool(named) and not (document and any(same_place(p, document.scope) for p in named))
        other_number = bool(quoted) and doc not in quoted
        if document is not None and (other_place or other_number):
            what = ", ".join(named) if other_place else "một văn bản khác"
            notes.append(
                f"Câu hỏi nói về {what} nhưng bộ lọc đang chọn văn bản {doc_label(document)}: đã trả lời "
                "không theo bộ lọc văn bản."
            )
            doc = None
    return province, doc, " ".join(notes) or None


# --- handlers -------------------------------------------------------------------------------------
def _error_message(text: str) -> dict:
    return {"role": "assistant", "content": f"⚠️ {md_text(text)}"}


def respond(runtime, question, messages, turns, province, doc, mode) -> Iterator[tuple]:
    """Generator for the chatbot: (messages, turns, question box, copy box, refs for the panel or None)."""
    question = (question or "").strip()
    messages = list(messages or [])
    turns = list(turns or [])
    if not question:
        yield messages, turns, "", gr.skip(), None
        return
    question = question[:MAX_QUESTION_CHARS]
    messages.append({"role": "user", "content": md_text(question)})
    live = runtime.live()
    if live is None:
        messages.append(
            _error_message(
                f"Chưa có chỉ mục để tra cứu ({runtime.error or 'chưa lập chỉ mục'}). Hãy chạy lệnh “kehoach index corpus/” "
                "rồi tải lại trang, hoặc thêm tài liệu ở thẻ “Tài liệu”."
            )
        )
        yield messages, turns, "", gr.skip(), None
        return
    messages.append({"role": "assistant", "content": "_Đang tìm trong các văn bản…_"})
    yield messages, turns, "", gr.skip(), None
    history = [{"question": t["question"], "answer": t["answer"]} for t in turns]
    province, doc, conflict = resolve_filters(live, question, province, doc)
    use_llm = mode == "llm" and runtime.llm_available
    started = time.perf_counter()
    streamed, final, sent = "", None, started
    try:
        for piece in live.assistant.ask_stream(
            question,
            history=history,
            province=province,
            doc=doc,
            use_llm=use_llm,
        ):
            if isinstance(piece, str):
                streamed += piece
                if time.perf_counter() - sent >= STREAM_EVERY_S:  # an extractive answer comes at once
                    sent = time.perf_counter()
                    messages[-1] = {"role": "assistant", "content": md_text(streamed)}
                    yield messages, turns, "", gr.skip(), None
            else:
                final = piece
    except Exception as exc:  # the user sees one readable line; the log keeps the traceback
        log.exception("answering %r failed", question)
        messages[-1] = _error_message(f"Không trả lời được câu hỏi này: {plain_one_line(exc)}")
        yield messages, turns, "", gr.skip(), None
        return
    if final is None:
        messages[-1] = _error_message("Trợ lý không trả về câu trả lời.")
        yield messages, turns, "", gr.skip(), None
        return
    turn = len(turns)
    content, refs = format_answer(final, turn, live.searcher)
    if conflict:
        content = f"ⓘ **{md_text(conflict)}**\n\n{content}"
    messages[-1] = {"role": "assistant", "content": content}
    turns.append(
        {
            "question": question,
            "answer": final.text,
            "refs": [r.to_state() for r in refs],
            "plain": (f"Lưu ý: {conflict}\n" if conflict else "") + plain_text(final),
        }
    )
    log.info(
        "answered in %.0f ms (%s, %d citations)",
        (time.perf_counter() - started) * 1000,
        final.mode,
        len(final.citations),
    )
    yield messages, turns, "", turns[-1]["plain"], refs


def build_chat(runtime, panel) -> ChatUI:
    """The chat tab's components and events (call inside a gr.Tab)."""
    from assistant.webapp.corpus_profile import profile

    live = runtime.live()
    words = profile(live)
    # compact: filters, chat and question box fit a 1366×768 screen without scrolling
    with gr.Row(equal_height=True, elem_classes="kh-filters", elem_id="kh-chat-filters"):
        province = gr.Dropdown(
            province_choices(live),
            value=ALL,
            label="Tỉnh/thành phố",
            scale=2,
            min_width=210,
            elem_id="kh-c-province",
            elem_classes="kh-filter",
        )
        doc = gr.Dropdown(
            doc_choices(live),
            value=ALL,
            label="Văn bản",
            scale=3,
            min_width=240,
            elem_id="kh-c-doc",
            elem_classes="kh-filter",
        )
        mode = gr.Radio(
            [(label, key) for key, label in MODE_LABELS.items()],
            value="extractive",
            label="Chế độ trả lời",
            interactive=runtime.llm_available,  # why not: the header says (LLM_INFO / NO_LLM_INFO)
            scale=4,
            min_width=340,
            elem_id="kh-mode",
        )
    chatbot = gr.Chatbot(
        label="Hỏi đáp",
        show_label=False,
        height="calc(100vh - 400px)",
        min_height=260,
        elem_id="kh-chat",
        buttons=[],
        feedback_options=None,
        sanitize_html=True,
        allow_tags=False,
        latex_delimiters=[],
        render_markdown=True,
        line_breaks=True,
        examples=[{"text": q} for q in words.examples] or None,
        layout="bubble",
        placeholder=words.placeholder,
    )
    with gr.Row(equal_height=True, elem_id="kh-ask-row"):
        question = gr.Textbox(
            placeholder="Nhập câu hỏi (tiếng Việt hoặc tiếng Anh) rồi nhấn Enter…",
            show_label=False,
            max_length=MAX_QUESTION_CHARS,
            scale=6,
            elem_id="kh-question",
            submit_btn=False,
            lines=1,
            max_lines=4,
        )
        send = gr.Button("Gửi", variant="primary", scale=1, min_width=80, elem_id="kh-send")
        clear = gr.Button("Cuộc hỏi đáp mới", variant="secondary", scale=1, min_width=170, elem_id="kh-clear")
    with gr.Accordion(
        "Sao chép câu trả lời kèm trích dẫn (văn bản thuần, để dán vào báo cáo)",
        open=False,
        elem_id="kh-copy-acc",
    ):
        copy_box = gr.Textbox(
            show_label=True,
            label="Câu trả lời gần nhất",
            lines=6,
            max_lines=14,
            interactive=False,
            buttons=["copy"],
            elem_id="kh-copy",
        )
    turns = gr.State([])
    ui = ChatUI(province, doc, mode, chatbot, question, send, clear, copy_box, turns)

    def run(q, messages, turns_, prov, d, m):
        for messages_, turns_out, box, copy, refs in respond(runtime, q, messages, turns_, prov, d, m):
            panel_updates = panel.show(refs, 0, open_panel=False) if refs else panel.skip()
            yield (messages_, turns_out, box, copy, *panel_updates)

    inputs = [question, chatbot, turns, province, doc, mode]
    outputs = [chatbot, turns, question, copy_box, *panel.outputs]

    def busy():
        return gr.Button(interactive=False, value="Đang trả lời…")

    def idle():
        return gr.Button(interactive=True, value="Gửi")

    # the send button is disabled while an answer is being written (also when the answer fails)
    for trigger in (question.submit, send.click):
        trigger(busy, None, send, queue=False).then(run, inputs, outputs, concurrency_id="ask").then(
            idle, None, send, queue=False
        )

    def pick_example(messages, turns_, prov, d, m, evt: gr.SelectData):
        text = evt.value.get("text", "") if isinstance(evt.value, dict) else str(evt.value)
        for update in run(text, messages, turns_, prov, d, m):
            yield (*update, busy())

    # (the event data reaches only the function bound to the event, so this one also holds the button)
    chatbot.example_select(pick_example, inputs[1:], [*outputs, send], concurrency_id="ask").then(
        idle, None, send, queue=False
    )

    def on_cite(turns_, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        try:
            t, k = int(data.get("turn", -1)), int(data.get("k", 0))
        except (TypeError, ValueError):
            return panel.skip()
        if not 0 <= t < len(turns_ or []):
            return panel.skip()
        return panel.show([SourceRef.from_state(d) for d in turns_[t]["refs"]], k)

    panel.html.cite(on_cite, turns, panel.outputs)
    clear.click(lambda: ([], [], "", ""), None, [chatbot, turns, question, copy_box], queue=False)
    province.change(
        lambda p: gr.update(choices=doc_choices(runtime.live(), p), value=ALL), province, doc, queue=False
    )
    return ui
