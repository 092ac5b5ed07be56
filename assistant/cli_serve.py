"""`kehoach serve`: start the web app (localhost by default), optionally behind a login.

Users come from --auth-file (one "user:password" or "user:password:role" a line, role "editor" or
"viewer", "#" comments) and/or the environment variable KEHOACH_AUTH ("user:pass,user2:pass2:viewer").
A line without a role is an editor; only editors upload and remove documents. Passwords are never
printed or logged.

Gradio's temporary files (uploads, exports) live in a private folder of this server (mode 0700, under
$GRADIO_TEMP_DIR or the system temporary folder), never in the machine-wide /tmp/gradio that other
Gradio servers share; it is deleted when the server stops.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path

DEFAULT_CONCURRENCY = 4  # answers computed at once; the others wait in the queue
QUEUE_SIZE = 64
ROLES = ("editor", "viewer")
DEFAULT_MAX_SESSIONS = 300  # browser sessions whose state is kept (least recently used dropped first)
SESSION_IDLE_SECONDS = 3600  # a session without any event for this long is dropped


class AuthError(ValueError):
    pass


def parse_users(text: str, where: str, separator: str = "\n") -> list[tuple[str, str, str]]:
    """("user", "password", role) from "user:password[:role]" items; errors name the place, never the
    password. The password may hold ":"; a last field that is a role name is the role (default editor)."""
    users: list[tuple[str, str, str]] = []
    for i, item in enumerate(text.split(separator), start=1):
        item = item.strip()
        if not item or item.startswith("#"):
            continue
        user, sep, password = item.partition(":")
        role = "editor"
        head, colon, last = password.rpartition(":")
        if colon and last.strip().lower() in ROLES:
            password, role = head, last.strip().lower()
        if not sep or not user.strip() or not password:
            raise AuthError(
                f"{where}, {'line' if separator == chr(10) else 'item'} {i}: expected user:password[:editor|viewer]"
            )
        users.append((user.strip(), password, role))
    return users


def read_users(auth_file: str | None, environ: Mapping[str, str]) -> list[tuple[str, str, str]]:
    users: list[tuple[str, str, str]] = []
    if auth_file:
        try:
            text = Path(auth_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise AuthError(f"{auth_file}: cannot read the auth file ({exc.strerror or exc})") from exc
        users += parse_users(text, auth_file)
        if not users:
            raise AuthError(f"{auth_file}: no user:password line")
    if environ.get("KEHOACH_AUTH"):
        users += parse_users(environ["KEHOACH_AUTH"], "KEHOACH_AUTH", separator=",")
    return users


def private_temp_dir() -> Path:
    """This server's own folder for Gradio's uploads and the exports; removed when the process ends.
    Must run before gradio is imported (it reads GRADIO_TEMP_DIR then)."""
    parent = os.environ.get("GRADIO_TEMP_DIR") or None
    if parent:
        Path(parent).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kehoach-web-", dir=parent))  # mode 0700
    os.environ["GRADIO_TEMP_DIR"] = str(folder)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def expire_idle_sessions(demo, idle_seconds: float = SESSION_IDLE_SECONDS, every: float = 60.0) -> None:
    """A daemon thread that drops the state of browser sessions idle for `idle_seconds` (Gradio only
    drops sessions beyond its capacity)."""
    import datetime as dt

    def sweep() -> None:
        while True:
            time.sleep(every)
            holder = getattr(demo, "state_holder", None)
            if holder is None:
                continue
            limit = dt.datetime.now() - dt.timedelta(seconds=idle_seconds)
            with holder.lock:
                for session in [s for s, t in holder.time_last_used.items() if t < limit]:
                    holder.session_data.pop(session, None)
                    holder.time_last_used.pop(session, None)

    threading.Thread(target=sweep, name="kehoach-session-expiry", daemon=True).start()


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.cli import CliError

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # Gradio rebuilds a pandas summary of its last (by default 10,000) events after every event, for a
    # monitoring page this app does not use: that grew to the largest cost of an answer under load
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "200")
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "1000")
    try:
        users = read_users(args.auth_file, os.environ)
    except AuthError as exc:
        raise CliError(str(exc)) from exc
    temp_dir = private_temp_dir()
    # SIGTERM ends the server like Ctrl+C does, so that the temporary folder is removed
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "urllib3", "faiss", "faiss.loader"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    from assistant.webapp import exports
    from assistant.webapp.app import build_app, launch_options, security_options
    from assistant.webapp.runtime import Runtime
    from indexer.settings import Settings

    exports.set_root(temp_dir / "exports")
    settings = Settings.load(index_dir=args.index_dir, embedder=getattr(args, "embedder", None))
    runtime = Runtime(settings)
    runtime.roles = {user: role for user, _, role in users}
    try:
        runtime.sync_uploads()
    except Exception as exc:  # the app still starts; the documents tab shows what is indexed
        logging.getLogger("kehoach.webapp").warning("could not index the uploaded files: %s", exc)
    if runtime.live() is None:
        print(
            f"kehoach: chưa có chỉ mục ({runtime.error}); ứng dụng vẫn chạy và hướng dẫn cách lập chỉ mục.",
            file=sys.stderr,
        )
    demo = build_app(settings, runtime)
    # queue positions are sent to waiting browsers once a second, not to all of them at every start
    demo.queue(
        default_concurrency_limit=max(1, args.concurrency), max_size=QUEUE_SIZE, status_update_rate=1.0
    )
    root = (args.root_path or "").rstrip("/")
    print(
        f"kehoach: mở http://{args.host}:{args.port}{root}/ trong trình duyệt"
        + (f" (đăng nhập: {len(users)} tài khoản)" if users else ""),
        file=sys.stderr,
        flush=True,
    )
    try:
        demo.launch(
            server_name=args.host,
            server_port=args.port,
            auth=[(user, password) for user, password, _ in users] or None,
            auth_message="Đăng nhập để tra cứu kế hoạch." if users else None,
            root_path=args.root_path or None,
            show_error=False,
            ssr_mode=False,
            quiet=True,
            max_file_size=f"{settings.max_file_mb:g}mb",
            footer_links=[],
            prevent_thread_lock=True,
            **launch_options(),
            **security_options(demo, args.max_sessions),
        )
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port}: {exc}") from exc
    expire_idle_sessions(demo)
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        demo.close()
    return 0


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("serve", parents=[common], help="start the web app (Gradio)")
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=7860)
    p.add_argument(
        "--auth-file",
        help='file of "user:password[:editor|viewer]" lines; also $KEHOACH_AUTH="user:pass,…"',
    )
    p.add_argument("--root-path", help="URL prefix when served behind a reverse proxy, e.g. /kehoach")
    p.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        help=f"questions answered at once (default {DEFAULT_CONCURRENCY}); others wait in a queue",
    )
    p.add_argument(
        "--max-sessions",
        type=int,
        default=DEFAULT_MAX_SESSIONS,
        help=f"browser sessions whose state the server keeps (default {DEFAULT_MAX_SESSIONS}; "
        f"sessions idle for {SESSION_IDLE_SECONDS // 60} min are dropped too)",
    )
    p.set_defaults(func=cmd_serve)
