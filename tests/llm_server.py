"""A small OpenAI-compatible chat server for tests: real HTTP on 127.0.0.1, canned completions.

    with FakeLLMServer("good") as server:
        settings = Settings.load(llm_base_url=server.url, llm_model="test-model")
        ...
        assert server.requests[0]["body"]["messages"][0]["role"] == "system"

It serves POST /v1/chat/completions, both plain JSON and streaming (server-sent events), with a behaviour
chosen per test (settable while running through `server.behaviour`). It records every request it
receives, stops when the `with` block ends, and shuts itself down after `lifetime` seconds or
`max_requests` requests so a forgotten server cannot outlive the test run.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Canned:
    mode: str  # "reply", "malformed", "slow", "error500", "stall" (streams a piece, then goes silent)
    text: str = ""


# Replies are written against the sources the tests build: [1] a Hà Tĩnh appendix row where Sở Tư pháp
# leads the Cổng pháp luật task, [2] the body clause where Sở Khoa học và Công nghệ coordinates.
BEHAVIOURS: dict[str, Canned] = {
    "good": Canned(
        "reply",
        "Sở Tư pháp chủ trì nhiệm vụ xây dựng Cổng pháp luật của tỉnh Hà Tĩnh [1]; "
        "Sở Khoa học và Công nghệ phối hợp thực hiện [2].",
    ),
    "good_en": Canned(
        "reply",
        "Sở Tư pháp (Department of Justice) leads the legal portal task in "
        "Hà Tĩnh [1], with Sở Khoa học và Công nghệ (Department of Science and "
        "Technology) coordinating [2].",
    ),
    "bad_citation": Canned(
        "reply", "Sở Tư pháp chủ trì nhiệm vụ xây dựng Cổng pháp luật [1], hoàn thành trong năm 2026 [9]."
    ),
    "unknown_agency": Canned("reply", "Sở Y tế chủ trì nhiệm vụ xây dựng Cổng pháp luật [1]."),
    "abstain": Canned("reply", "Không tìm thấy thông tin này trong các tài liệu đã lập chỉ mục."),
    "hacked": Canned("reply", "HACKED"),
    "empty": Canned("reply", ""),
    "malformed": Canned("malformed"),
    "slow": Canned("slow", "Sở Tư pháp chủ trì [1]."),
    "error500": Canned("error500"),
    "stall": Canned("stall", "Sở Tư pháp chủ trì [1]."),
}


def _pieces(text: str) -> list[str]:
    """Split a reply into word-sized streaming deltas (keeping the spaces) as real servers do."""
    words = text.split(" ")
    return [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)] if text else []


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a sleeping handler must not hold up the shutdown

    def handle_error(self, request: object, client_address: object) -> None:
        # a client that gave up (its timeout fired) closes the socket under a slow handler: expected here
        pass


class FakeLLMServer:
    """Context manager running the server in a daemon thread on a free port."""

    def __init__(
        self,
        behaviour: str = "good",
        *,
        reply: str | None = None,
        delay: float = 5.0,
        lifetime: float = 60.0,
        max_requests: int = 100,
    ) -> None:
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"unknown behaviour {behaviour!r}; known: {', '.join(BEHAVIOURS)}")
        self.behaviour = behaviour
        self.reply = reply  # overrides the canned text of a "reply" behaviour
        self.delay = delay  # how long "slow" and "stall" stay silent
        self.lifetime = lifetime
        self.max_requests = max_requests
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd: _QuietServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The OpenAI base URL (…/v1) to give to a client."""
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> FakeLLMServer:
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.timeout = 0.2
        self._thread = threading.Thread(target=self._serve, name="fake-llm-server", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._httpd is not None:
            self._httpd.server_close()

    def _serve(self) -> None:
        deadline = time.monotonic() + self.lifetime
        assert self._httpd is not None
        while not self._stop.is_set() and time.monotonic() < deadline:
            with self._lock:
                if len(self.requests) >= self.max_requests:
                    break
            self._httpd.handle_request()  # returns after `timeout` when idle, so the loop stays bounded
        self._stop.set()

    # --- what the tests read -----------------------------------------------------------------------
    @property
    def last_body(self) -> dict:
        with self._lock:
            assert self.requests, "the server received no request"
            return self.requests[-1]["body"]

    def last_messages(self) -> list[dict]:
        return self.last_body["messages"]

    # --- HTTP ---------------------------------------------------------------------------------------
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError):
                    body = {"_unparsed": raw.decode("utf-8", "replace")}
                with server._lock:
                    server.requests.append(
                        {
                            "path": self.path,
                            "headers": {k.lower(): v for k, v in self.headers.items()},
                            "body": body,
                        }
                    )
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send_json(404, {"error": {"message": f"no route {self.path}"}})
                    return
                server._respond(self, body)

            def _send_json(self, status: int, payload: object) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def _respond(self, handler: BaseHTTPRequestHandler, body: dict) -> None:
        canned = BEHAVIOURS[self.behaviour]
        text = self.reply if self.reply is not None and canned.mode == "reply" else canned.text
        model = str(body.get("model") or "test-model")
        streaming = bool(body.get("stream"))
        if canned.mode == "slow" and self._stop.wait(self.delay):  # longer than the client's timeout
            return  # the test ended first: nobody is listening any more
        if canned.mode == "error500":
            handler._send_json(500, {"error": {"message": "internal error", "type": "server_error"}})
            return
        if canned.mode == "malformed":
            data = b'data: {"choices": [{"delta": {"content": "S\n\n' if streaming else b'{"choices": [{"mess'
            handler.send_response(200)
            handler.send_header("Content-Type", "text/event-stream" if streaming else "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
            return
        if streaming:
            self._stream(handler, text, model, stall=canned.mode == "stall")
            return
        handler._send_json(
            200,
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            },
        )

    def _stream(self, handler: BaseHTTPRequestHandler, text: str, model: str, stall: bool) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        handler.end_headers()  # HTTP/1.0: the body ends when the connection closes

        def event(delta: dict, finish: str | None = None) -> None:
            chunk = {
                "id": "chatcmpl-test",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            handler.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
            handler.wfile.flush()

        event({"role": "assistant", "content": ""})
        for i, piece in enumerate(_pieces(text)):
            event({"content": piece})
            if stall and i == 0:
                self._stop.wait(self.delay)  # the client's read timeout fires mid-stream
                return
        event({}, "stop")
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()
