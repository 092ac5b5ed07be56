"""Answers through a language model, on request: any OpenAI-compatible chat endpoint via LangChain.

The extractive answer is always computed first; the model only rewrites it from the same numbered
sources. Its output is post-checked (citations to sources that do not exist are removed, agencies not
in the cited sources and uncited answers are flagged), and any failure — not configured, error, timeout,
malformed or empty response — gives back the extractive answer with a visible note. Retrieved text is
passed as quoted data inside delimited <nguon> blocks, never as instructions (assistant/llm_prompt.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any, Protocol

from assistant.llm_prompt import INJECTION_GUARD, build_messages, is_abstention, post_check, system_prompt
from assistant.types import Answer, Citation
from indexer.records import Hit
from indexer.settings import Settings

__all__ = [
    "CONFIGURE_HINT",
    "INJECTION_GUARD",
    "LLMBackend",
    "LLMError",
    "OpenAICompatibleBackend",
    "answer_with_llm",
    "backend_names",
    "build_messages",
    "get_backend",
    "is_abstention",
    "post_check",
    "register_backend",
    "sources_for",
    "stream_with_llm",
    "system_prompt",
]

DEFAULT_BACKEND = "openai-compatible"
DEFAULT_MODEL = "default"  # llama.cpp / vLLM single-model servers ignore the name; Ollama needs a real one
MAX_SOURCES = 20
MAX_OUTPUT_TOKENS = 1024

CONFIGURE_HINT = (
    "Chưa cấu hình mô hình ngôn ngữ: đặt KEHOACH_LLM_BASE_URL (ví dụ http://127.0.0.1:11434/v1), "
    "KEHOACH_LLM_MODEL và, nếu máy chủ cần, KEHOACH_LLM_API_KEY; đây là câu trả lời trích xuất."
)

NO_SOURCES_NOTE = (
    "Không gọi mô hình ngôn ngữ: không có đoạn văn bản nào làm nguồn; đây là câu trả lời trích xuất."
)


class LLMError(Exception):
    """The model could not give a usable answer; the message says why (shown to the user)."""


# --- backends, chosen by name -----------------------------------------------------------------------
class LLMBackend(Protocol):
    name: str

    def complete(self, messages: Sequence[Any]) -> str:
        """The whole reply to a list of LangChain messages."""
        ...

    def stream(self, messages: Sequence[Any]) -> Iterator[str]:
        """The reply, piece by piece."""
        ...


_BACKENDS: dict[str, Callable[[Settings], LLMBackend]] = {}
_CACHE: dict[tuple[str, Settings], LLMBackend] = {}
_CACHE_LOCK = threading.Lock()


def register_backend(
    name: str,
) -> Callable[[Callable[[Settings], LLMBackend]], Callable[[Settings], LLMBackend]]:
    """Decorator: make a backend factory (a class or function taking Settings) available by name."""

    def decorate(factory: Callable[[Settings], LLMBackend]) -> Callable[[Settings], LLMBackend]:
        _BACKENDS[name] = factory
        return factory

    return decorate


def backend_names() -> list[str]:
    return sorted(_BACKENDS)


def get_backend(name: str, settings: Settings) -> LLMBackend:
    """The backend registered as `name`, built once per settings (so HTTP connections are reused)."""
    if name not in _BACKENDS:
        raise LLMError(f"unknown LLM backend {name!r}; known: {', '.join(backend_names())}")
    with _CACHE_LOCK:
        key = (name, settings)
        if key not in _CACHE:
            if len(_CACHE) >= 8:  # settings rarely change; keep the number of open HTTP clients bounded
                _CACHE.clear()
            _CACHE[key] = _BACKENDS[name](settings)
        return _CACHE[key]


@register_backend("openai-compatible")
class OpenAICompatibleBackend:
    """Ollama, vLLM, llama.cpp server, LM Studio or a cloud API through `langchain_openai.ChatOpenAI`."""

    name = "openai-compatible"

    def __init__(self, settings: Settings) -> None:
        if not settings.llm_base_url:
            raise LLMError(CONFIGURE_HINT)
        self.settings = settings
        self._models: dict[bool, Any] = {}

    def _model(self, streaming: bool):
        if streaming not in self._models:
            from langchain_openai import ChatOpenAI

            s = self.settings
            self._models[streaming] = ChatOpenAI(
                base_url=s.llm_base_url,
                model=s.llm_model or DEFAULT_MODEL,
                api_key=s.llm_api_key or "not-needed",  # local servers want none, the client wants one
                timeout=s.llm_timeout,
                max_retries=0,  # a retry doubles the wait; the extractive answer is the fallback
                temperature=0,
                max_tokens=MAX_OUTPUT_TOKENS,
                streaming=streaming,
            )
        return self._models[streaming]

    def complete(self, messages: Sequence[Any]) -> str:
        return str(self._model(False).invoke(list(messages)).text)

    def stream(self, messages: Sequence[Any]) -> Iterator[str]:
        for chunk in self._model(True).stream(list(messages)):
            piece = str(chunk.text)
            if piece:
                yield piece


# --- answering --------------------------------------------------------------------------------------
def fallback_note(reason: str) -> str:
    return f"Không gọi được mô hình ngôn ngữ ({reason}); đây là câu trả lời trích xuất."


def describe_error(exc: BaseException, settings: Settings) -> str:
    """A short Vietnamese reason for a failed call, for the visible note."""
    import openai

    if isinstance(exc, LLMError):
        return str(exc)
    if isinstance(exc, (openai.APITimeoutError, TimeoutError)):
        return f"hết thời gian chờ {settings.llm_timeout:g} s"
    if isinstance(exc, openai.APIStatusError):
        return f"máy chủ trả lỗi HTTP {exc.status_code}"
    if isinstance(exc, openai.APIConnectionError):
        return f"không kết nối được tới {settings.llm_base_url}"
    if isinstance(exc, (ValueError, KeyError, TypeError, AttributeError, openai.APIResponseValidationError)):
        return "phản hồi không hợp lệ"
    return f"lỗi {type(exc).__name__}"


def sources_for(
    extractive: Answer, hits: Sequence[Hit] = (), titles: dict[str, str] | None = None
) -> list[Citation]:
    """The numbered sources given to the model: the extractive answer's citations (plus its closest passages
    when it abstained), or, when it has none, the retrieved chunks; renumbered 1..N without duplicates."""
    pool = list(extractive.citations) + (list(extractive.closest) if extractive.abstained else [])
    if not pool:
        pool = [
            Citation(
                n=i,
                doc=h.chunk.doc,
                lines=h.chunk.lines,
                section=h.chunk.section,
                title=(titles or {}).get(h.chunk.doc, h.chunk.doc),
                quote=h.chunk.text,
                kind=h.chunk.kind,
            )
            for i, h in enumerate(hits, 1)
        ]
    seen: set[tuple] = set()
    out: list[Citation] = []
    for c in pool:
        key = (c.doc, c.lines, c.quote)
        if key not in seen and len(out) < MAX_SOURCES:
            seen.add(key)
            out.append(replace(c, n=len(out) + 1))
    return out


def _settings_of(assistant: object, settings: Settings | None) -> Settings:
    return settings or getattr(assistant, "settings", None) or Settings.load()


def _titles_of(assistant: object) -> dict[str, str]:
    searcher = getattr(assistant, "searcher", None)
    documents = getattr(searcher, "documents", None)
    return {d.name: d.title for d in documents()} if callable(documents) else {}


def _fallback(extractive: Answer, reason: str, started: float) -> Answer:
    return replace(
        extractive,
        notes=(*extractive.notes, fallback_note(reason)),
        latency_ms=extractive.latency_ms + (time.perf_counter() - started) * 1000,
    )


def _prepare(assistant, question, query, hits, extractive, settings, backend, history):
    """(backend, messages, sources, settings) or, when no model can be asked, the fallback Answer."""
    started = time.perf_counter()
    settings = _settings_of(assistant, settings)
    if not settings.llm_base_url and backend in (None, DEFAULT_BACKEND):
        return replace(extractive, notes=(*extractive.notes, CONFIGURE_HINT))
    sources = sources_for(extractive, hits, _titles_of(assistant))
    if not sources:  # nothing to ground an answer in: the extractive answer stands
        return replace(extractive, notes=(*extractive.notes, NO_SOURCES_NOTE))
    try:
        chosen = (
            get_backend(backend or DEFAULT_BACKEND, settings)
            if backend is None or isinstance(backend, str)
            else backend
        )
    except LLMError as exc:
        return _fallback(extractive, str(exc), started)
    messages = build_messages(question, extractive.lang, sources, history, search_query=query)
    return chosen, messages, sources, settings


def _finish(
    extractive: Answer, raw: str, sources: list[Citation], settings: Settings, started: float
) -> Answer:
    if not raw.strip():
        return _fallback(extractive, "mô hình trả về câu trả lời rỗng", started)
    text, used, notes = post_check(raw, sources)
    if not text:
        return _fallback(extractive, "câu trả lời không còn nội dung sau khi kiểm tra", started)
    abstained = not used and is_abstention(text)
    if not used and not abstained:
        # an uncited answer cannot be checked against the sources (and is what an injected instruction
        # looks like): the extractive answer stands, with the reason visible
        return _fallback(extractive, "mô hình trả lời không dẫn nguồn nào", started)
    elapsed = (time.perf_counter() - started) * 1000
    meta = {
        **extractive.meta,
        "llm": {
            "model": settings.llm_model or DEFAULT_MODEL,
            "ms": round(elapsed, 1),
            "sources": len(sources),
            "flagged": bool(notes),
        },
    }
    return replace(
        extractive,
        text=text,
        abstained=abstained,
        citations=tuple(used),
        mode="llm",
        notes=(*extractive.notes, *notes),
        closest=() if used else tuple(sources),
        latency_ms=extractive.latency_ms + elapsed,
        meta=meta,
    )


def answer_with_llm(
    assistant: object,
    question: str,
    query: str | None,
    hits: Sequence[Hit],
    extractive: Answer,
    *,
    history: Sequence[Any] | None = None,
    settings: Settings | None = None,
    backend: str | LLMBackend | None = None,
) -> Answer:
    """The model's answer from the extractive answer's sources, post-checked; the extractive answer with a
    note when the model is not configured or fails. `assistant` supplies `.settings` (and, optionally,
    `.searcher` for document titles)."""
    started = time.perf_counter()
    prepared = _prepare(assistant, question, query, hits, extractive, settings, backend, history)
    if isinstance(prepared, Answer):
        return prepared
    chosen, messages, sources, settings = prepared
    try:
        raw = chosen.complete(messages)
    except Exception as exc:  # any failure of the endpoint or its client: the extractive answer stands
        return _fallback(extractive, describe_error(exc, settings), started)
    return _finish(extractive, raw, sources, settings, started)


def stream_with_llm(
    assistant: object,
    question: str,
    query: str | None,
    hits: Sequence[Hit],
    extractive: Answer,
    *,
    history: Sequence[Any] | None = None,
    settings: Settings | None = None,
    backend: str | LLMBackend | None = None,
) -> Iterator[str | Answer]:
    """Yields the model's text pieces as they arrive, then the final post-checked Answer (always last, and
    authoritative: a UI replaces the streamed text with it). On failure the final Answer is the extractive
    one with a note, even after some pieces were shown."""
    started = time.perf_counter()
    prepared = _prepare(assistant, question, query, hits, extractive, settings, backend, history)
    if isinstance(prepared, Answer):
        yield prepared
        return
    chosen, messages, sources, settings = prepared
    pieces: list[str] = []
    try:
        for piece in chosen.stream(messages):
            pieces.append(piece)
            yield piece
    except Exception as exc:  # as in answer_with_llm
        yield _fallback(extractive, describe_error(exc, settings), started)
        return
    yield _finish(extractive, "".join(pieces), sources, settings, started)
