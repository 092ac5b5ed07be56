"""`kehoach serve`: start the web app (localhost by default), optionally behind a login.

Users come from --auth-file (one "user:password" a line, "#" comments) and/or the environment variable
KEHOACH_AUTH ("user:pass,user2:pass2"). Passwords are never printed or logged.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

DEFAULT_CONCURRENCY = 4  # answers computed at once; the others wait in the queue
QUEUE_SIZE = 64


class AuthError(ValueError):
    pass


def parse_users(text: str, where: str, separator: str = "\n") -> list[tuple[str, str]]:
    """("user", "password") pairs from "user:password" items; errors name the place, never the password."""
    users: list[tuple[str, str]] = []
    for i, item in enumerate(text.split(separator), start=1):
        item = item.strip()
        if not item or item.startswith("#"):
            continue
        user, sep, password = item.partition(":")
        if not sep or not user.strip() or not password:
            raise AuthError(
                f"{where}, {'line' if separator == chr(10) else 'item'} {i}: expected user:password"
            )
        users.append((user.strip(), password))
    return users


def read_users(auth_file: str | None, environ: Mapping[str, str]) -> list[tuple[str, str]]:
    users: list[tuple[str, str]] = []
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


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.cli import CliError

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        users = read_users(args.auth_file, os.environ)
    except AuthError as exc:
        raise CliError(str(exc)) from exc
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "urllib3", "faiss", "faiss.loader"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    from assistant.webapp.app import build_app, launch_options
    from assistant.webapp.runtime import Runtime
    from indexer.settings import Settings

    settings = Settings.load(index_dir=args.index_dir, embedder=getattr(args, "embedder", None))
    runtime = Runtime(settings)
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
    demo.queue(default_concurrency_limit=max(1, args.concurrency), max_size=QUEUE_SIZE)
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
            auth=users or None,
            auth_message="Đăng nhập để tra cứu kế hoạch." if users else None,
            root_path=args.root_path or None,
            show_error=False,
            ssr_mode=False,
            quiet=True,
            max_file_size=f"{settings.max_file_mb:g}mb",
            footer_links=[],
            **launch_options(),
        )
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port}: {exc}") from exc
    return 0


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("serve", parents=[common], help="start the web app (Gradio)")
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth-file", help='file of "user:password" lines; also $KEHOACH_AUTH="user:pass,…"')
    p.add_argument("--root-path", help="URL prefix when served behind a reverse proxy, e.g. /kehoach")
    p.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        help=f"questions answered at once (default {DEFAULT_CONCURRENCY}); others wait in a queue",
    )
    p.set_defaults(func=cmd_serve)
