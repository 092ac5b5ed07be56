"""What the web server enforces in front of Gradio, as one ASGI middleware:

- wrong passwords are throttled per client address and per user name: after a few failures in a row
  every further try (right or wrong) is refused with 429 and a Vietnamese message until a back-off
  delay has passed; a success clears the count;
- an uploaded file is served back (`/gradio_api/file=…`) only to the login (or, without logins, the
  client address) that uploaded it; other files follow Gradio's own rules, which only serve files
  inside this app's private temporary folder.
- roles: a "viewer" login may not upload, index or remove documents (Gradio's upload route and the
  events of those controls are refused for it); Gradio's HTTP API routes (/gradio_api/call, /run/<name>,
  /api), which the page never uses (it runs events by id through /queue/join and /run/predict), are
  closed to everyone;
- the login page gets a few lines of script that show the 429 message (Gradio's login form only
  reacts to 400 and 200).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote

LOGIN_FAILURES_PER_USER = 5  # failures in a row before a user name is locked
LOGIN_FAILURES_PER_CLIENT = 10  # ... before a client address is locked (it may try several names)
LOCK_SECONDS = 30.0  # the first lock; each further failure doubles it
MAX_LOCK_SECONDS = 900.0
FORGET_SECONDS = 3600.0  # a count idle this long is forgotten
MAX_TRACKED = 10_000


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0


class LoginThrottle:
    """Counts failed logins per key ("client:1.2.3.4", "user:an") and says how long a key is locked."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _limit(key: str) -> int:
        return LOGIN_FAILURES_PER_USER if key.startswith("user:") else LOGIN_FAILURES_PER_CLIENT

    def wait_seconds(self, *keys: str) -> float:
        """Seconds until all `keys` may try again (0 when none is locked)."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                entry = self._failures.get(key)
                if entry is None or entry.count < self._limit(key):
                    continue
                lock = min(MAX_LOCK_SECONDS, LOCK_SECONDS * 2 ** (entry.count - self._limit(key)))
                wait = max(wait, entry.last + lock - now)
        return max(0.0, wait)

    def failed(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            if len(self._failures) > MAX_TRACKED:
                self._failures = {k: v for k, v in self._failures.items() if now - v.last < FORGET_SECONDS}
            for key in keys:
                entry = self._failures.setdefault(key, _Failures())
                if now - entry.last > FORGET_SECONDS:
                    entry.count = 0
                entry.count += 1
                entry.last = now

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


def throttle_message(seconds: float) -> str:
    wait = int(seconds + 0.999)
    shown = f"{wait} giây" if wait < 120 else f"{(wait + 59) // 60} phút"
    return (
        "Đăng nhập sai quá nhiều lần. Vì an toàn, hãy chờ "
        f"{shown} rồi thử lại (liên hệ quản trị viên nếu quên mật khẩu)."
    )


# Gradio's login form reacts only to 400 (wrong password) and 200; this shows our 429 message in it.
LOGIN_PAGE_SCRIPT = """<script>(() => {
  const send = window.fetch;
  window.fetch = async (...args) => {
    const response = await send(...args);
    try {
      const url = String((args[0] && args[0].url) || args[0]);
      if (/\\/login\\/?$/.test(url) && response.status === 429) {
        const detail = (await response.clone().json()).detail;
        let box = document.getElementById('kh-login-throttle');
        if (!box) {
          box = document.createElement('p');
          box.id = 'kh-login-throttle';
          box.setAttribute('role', 'alert');
          box.style.cssText = 'color:#b42318;font-weight:600;margin:.6rem 0;max-width:480px';
          const title = document.querySelector('h2');
          (title ? title.parentElement : document.body).appendChild(box);
        }
        box.textContent = detail;
      }
    } catch (e) { /* the form keeps working */ }
    return response;
  };
})();</script>"""


class UploadOwners:
    """Which login uploaded which file (absolute paths under the app's temporary folder)."""

    def __init__(self, limit: int = 10_000) -> None:
        self._owners: dict[str, set[str]] = {}
        self._limit = limit
        self._lock = threading.Lock()

    def add(self, path: str, owner: str) -> None:
        with self._lock:
            if len(self._owners) >= self._limit:  # oldest first (dicts keep insertion order)
                for old in list(self._owners)[: self._limit // 10]:
                    del self._owners[old]
            self._owners.setdefault(os.path.realpath(path), set()).add(owner)

    def allowed(self, path: str, owner: str) -> bool:
        """True unless `path` is an upload of someone else."""
        with self._lock:
            owners = self._owners.get(os.path.realpath(path))
        return owners is None or owner in owners


def _header(scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return ""


def _cookies(scope) -> dict[str, str]:
    out = {}
    for part in _header(scope, b"cookie").split(";"):
        key, sep, value = part.strip().partition("=")
        if sep:
            out[key] = value
    return out


@dataclass
class Roles:
    """Who may change the index: `can_edit(login or None)`, and the ids of the queued events only editors
    may run (upload, index, remove)."""

    can_edit: Callable[[str | None], bool]
    editor_fns: set[int]


CLOSED_API = ("/gradio_api/call/", "/gradio_api/run/", "/gradio_api/api/", "/gradio_api/mcp")
UI_EVENTS = ("/gradio_api/queue/join", "/gradio_api/run/predict")  # how the page runs events (by id)


class SecurityMiddleware:
    """ASGI middleware; give it to Gradio through launch(app_kwargs={"middleware": [...]})."""

    def __init__(
        self,
        app,
        throttle: LoginThrottle | None = None,
        owners: UploadOwners | None = None,
        roles: Roles | None = None,
    ):
        self.app = app
        self.throttle = throttle or LoginThrottle()
        self.owners = owners or UploadOwners()
        self.roles = roles or Roles(lambda user: True, set())

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        method = scope.get("method", "GET")
        if method == "POST" and path.rstrip("/").endswith(UI_EVENTS):
            await self._join(scope, receive, send)
        elif any(closed in path for closed in CLOSED_API):
            await _json(send, 403, {"detail": "Ứng dụng không mở API lập trình."})
        elif method == "POST" and path.rstrip("/").endswith("/login"):
            await self._login(scope, receive, send)
        elif method == "POST" and path.rstrip("/").endswith("/gradio_api/upload"):
            if not self.roles.can_edit(self._user(scope)):
                await _json(send, 403, {"detail": VIEWER_MESSAGE})
                return
            await self._upload(scope, receive, send)
        elif "/gradio_api/file=" in path:
            target = unquote(path.split("/gradio_api/file=", 1)[1])
            if not target.startswith(("http:", "https:")) and not self.owners.allowed(
                "/" + target.lstrip("/"), self._owner(scope)
            ):
                await _json(send, 403, {"detail": "Không có quyền tải tệp này."})
                return
            await self.app(scope, receive, send)
        elif method in ("GET", "HEAD") and path.rstrip("/") in ("", scope.get("root_path", "").rstrip("/")):
            await self._page(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    def _user(self, scope) -> str | None:
        """The logged-in user name of a request (Gradio keeps token -> name in app.tokens)."""
        app = scope.get("app")
        tokens = getattr(app, "tokens", None) or {}
        for key, value in _cookies(scope).items():
            if key.startswith("access-token") and value in tokens:
                return tokens[value]
        return None

    async def _join(self, scope, receive, send):
        body, messages = await _read_body(receive)
        if self.roles.editor_fns and not self.roles.can_edit(self._user(scope)):
            try:
                fn = json.loads(body).get("fn_index")
            except (ValueError, AttributeError):
                fn = None
            if fn in self.roles.editor_fns:
                await _json(send, 403, {"detail": VIEWER_MESSAGE})
                return
        await self.app(scope, _replay(messages, receive), send)

    def _owner(self, scope) -> str:
        token = next((v for k, v in _cookies(scope).items() if k.startswith("access-token")), None)
        client = (scope.get("client") or ("?", 0))[0]
        return f"token:{token}" if token else f"client:{client}"

    async def _login(self, scope, receive, send):
        body, messages = await _read_body(receive)
        if _header(scope, b"content-type").startswith("application/x-www-form-urlencoded"):
            user = (parse_qs(body.decode("utf-8", "replace")).get("username") or [""])[0].strip()
        else:  # multipart, as the login form sends it
            user = _multipart_field(body, _header(scope, b"content-type"), "username").strip()
        keys = (f"client:{(scope.get('client') or ('?', 0))[0]}", f"user:{user.casefold()}")
        wait = self.throttle.wait_seconds(*keys)
        if wait > 0:
            await _json(
                send,
                429,
                {"detail": throttle_message(wait)},
                [(b"retry-after", str(int(wait + 0.999)).encode())],
            )
            return

        status = 0

        async def watch(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, _replay(messages, receive), watch)
        if status == 200:
            self.throttle.succeeded(*keys)
        elif status in (400, 401):
            self.throttle.failed(*keys)

    async def _upload(self, scope, receive, send):
        chunks: list[bytes] = []
        start: dict = {}

        async def capture(message):
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            if start.get("status") == 200:
                try:
                    paths = json.loads(body)
                except ValueError:
                    paths = []
                for p in paths if isinstance(paths, list) else []:
                    if isinstance(p, str):
                        self.owners.add(p, self._owner(scope))
            await send(start)
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)

    async def _page(self, scope, receive, send):
        """The login page (the page served without a session) gets LOGIN_PAGE_SCRIPT."""
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            is_html = any(k.lower() == b"content-type" and b"text/html" in v for k, v in headers)
            encoded = any(k.lower() == b"content-encoding" for k, v in headers)
            if is_html and not encoded and b'"auth_required":true' in body.replace(b" ", b""):
                body = body.replace(b"</head>", LOGIN_PAGE_SCRIPT.encode() + b"</head>", 1)
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


VIEWER_MESSAGE = "Tài khoản này chỉ được xem: không được tải lên hay gỡ văn bản."


async def _read_body(receive) -> tuple[bytes, list[dict]]:
    body, messages = b"", []
    while True:
        message = await receive()
        messages.append(message)
        body += message.get("body", b"")
        if message["type"] != "http.request" or not message.get("more_body"):
            return body, messages


def _replay(messages: list[dict], receive):
    """A `receive` that gives the body already read, then waits on the real one (for a disconnect)."""
    pending = list(messages)

    async def replayed():
        return pending.pop(0) if pending else await receive()

    return replayed


def _multipart_field(body: bytes, content_type: str, name: str) -> str:
    boundary = content_type.partition("boundary=")[2].strip().strip('"')
    if not boundary:
        return ""
    for part in body.split(b"--" + boundary.encode()):
        head, sep, value = part.partition(b"\r\n\r\n")
        if sep and f'name="{name}"'.encode() in head:
            return value.rstrip(b"\r\n").decode("utf-8", "replace")
    return ""


async def _json(send, status: int, payload: dict, headers: list | None = None) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
