"""Issue 12, security, against a real `kehoach serve` (subprocess, logins from an auth file) over HTTP
and in a real browser: nothing about the index before login, throttled wrong passwords, uploads served
only to their uploader from the server's own temporary folder, editor/viewer roles."""

from __future__ import annotations

import json
import secrets
import stat
from pathlib import Path

import httpx
import pytest

from eval.bench_web import GradioClient, start_server
from tests.conftest import CORPUS, run_cli

pytestmark = pytest.mark.slow
CHROMIUM = Path("/usr/bin/chromium")
ROLES = {"an": "editor", "binh": "editor", "chi": "viewer"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("secure") / "index"
    out = run_cli("index", str(CORPUS), "--index-dir", str(index), "-q", env={"KEHOACH_EMBEDDER": "hash"})
    assert out.returncode == 0, out.stderr
    return index


@pytest.fixture(scope="module")
def server(index_dir, tmp_path_factory):
    srv = start_server(
        index_dir, tmp_path_factory.mktemp("serve"), env={"KEHOACH_EMBEDDER": "hash"}, roles=ROLES
    )
    yield srv
    srv.stop()


def _secrets_of_the_index(index_dir: Path) -> list[str]:
    """Document names, provinces and agencies that the index holds."""
    docs = json.loads(
        run_cli("docs", "--json", "--index-dir", str(index_dir), env={"KEHOACH_EMBEDDER": "hash"}).stdout
    )
    tasks = json.loads(
        run_cli("tasks", "--json", "--index-dir", str(index_dir), env={"KEHOACH_EMBEDDER": "hash"}).stdout
    )
    values = {d["name"] for d in docs} | {d["province"] for d in docs if d["province"]}
    values |= {a for t in tasks for a in t["lead"]}
    return sorted(v for v in values if len(v) > 4)


def _login(server, user: str) -> GradioClient:
    client = GradioClient(server.url)
    response = client.login(user, server.users[user])
    assert response.status_code == 200, response.text
    return client


def test_nothing_about_the_index_is_served_before_login(server, index_dir):
    secrets_ = _secrets_of_the_index(index_dir)
    assert "Phú Thọ" in secrets_ and any(s.startswith("Sở Tư pháp") for s in secrets_)
    anonymous = httpx.Client(timeout=30)
    paths = [
        "/",
        "/?all_endpoints=true",
        "/?view=api",
        "/config",
        "/gradio_api/info",
        "/gradio_api/info?all_endpoints=true",
        "/gradio_api/openapi.json",
        "/gradio_api/app_id",
        "/gradio_api/startup-events",
        "/manifest.json",
        "/gradio_api/call/respond",
    ]
    for path in paths:
        response = anonymous.get(server.url + path)
        body = response.text
        leaked = [s for s in secrets_ if s in body or json.dumps(s)[1:-1] in body]
        assert not leaked, f"{path} ({response.status_code}) shows {leaked[:3]}"
    assert anonymous.get(server.url + "/config").status_code == 401
    # logged in: the app works, and still has no API description to give away
    client = _login(server, "an")
    assert any("Phú Thọ" in json.dumps(c, ensure_ascii=False) for c in client.config()["components"])
    info = client.http.get(server.url + "/gradio_api/info?all_endpoints=true").json()
    assert info == {"named_endpoints": {}, "unnamed_endpoints": {}}
    assert client.http.post(server.url + "/gradio_api/call/respond", json={"data": []}).status_code == 403


def _upload(client: GradioClient, name: str, data: bytes) -> httpx.Response:
    return client.http.post(f"{client.url}/gradio_api/upload", files={"files": (name, data, "text/plain")})


def test_uploads_are_served_only_to_their_uploader_from_a_private_folder(server):
    an, binh = _login(server, "an"), _login(server, "binh")
    secret = f"Kế hoạch mật {secrets.token_hex(4)}\n".encode()
    response = _upload(an, "ke-hoach-mat.txt", secret)
    assert response.status_code == 200, response.text
    path = response.json()[0]
    folder = Path(path).parents[1]  # <private folder>/<hash>/<name>
    assert folder.parent == server.home / "tmp" and folder.name.startswith("kehoach-web-")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert an.http.get(f"{server.url}/gradio_api/file={path}").content == secret
    refused = binh.http.get(f"{server.url}/gradio_api/file={path}")
    assert refused.status_code == 403 and secret not in refused.content
    # another Gradio server's file in the machine-wide cache is not served
    other = Path("/tmp/gradio") / secrets.token_hex(8)
    other.mkdir(parents=True)
    (other / "cua-server-khac.txt").write_text("không phải của ứng dụng này", encoding="utf-8")
    try:
        assert an.http.get(f"{server.url}/gradio_api/file={other / 'cua-server-khac.txt'}").status_code == 403
    finally:
        (other / "cua-server-khac.txt").unlink()
        other.rmdir()


def test_a_viewer_may_not_upload_or_remove(server, index_dir):
    viewer, editor = _login(server, "chi"), _login(server, "an")
    response = _upload(viewer, "a.txt", "Kế hoạch\n".encode())
    assert response.status_code == 403 and "chỉ được xem" in response.json()["detail"]
    remove = viewer.fn_id("kh-remove-btn", "click")
    with pytest.raises(Exception, match="403"):
        viewer.run(remove, ["000_37ff2b74a0782787.txt"])
    for elem, event in (("kh-upload", "upload"), ("kh-index-btn", "click")):
        fn = viewer.fn_id(elem, event)
        join = viewer.http.post(
            f"{server.url}/gradio_api/queue/join",
            json={"data": [None] * 9, "fn_index": fn, "session_hash": viewer.session_hash},
        )
        assert join.status_code == 403
    names = json.loads(
        run_cli("docs", "--json", "--index-dir", str(index_dir), env={"KEHOACH_EMBEDDER": "hash"}).stdout
    )
    assert len(names) == 5  # nothing was removed
    # an editor's event goes through (an empty choice: the app answers, nothing is removed)
    out = editor.run(editor.fn_id("kh-remove-btn", "click"), [None])
    assert "Chọn một văn bản" in json.dumps(out, ensure_ascii=False)


def _browser():
    if not CHROMIUM.exists():
        pytest.fail(
            "/usr/bin/chromium is missing: run scripts/ensure-system-deps.sh (apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    manager = sync_playwright().start()
    browser = manager.chromium.launch(
        executable_path=str(CHROMIUM),
        headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )
    return manager, browser


def _browser_login(page, url: str, user: str, password: str) -> None:
    page.goto(url)
    page.wait_for_selector("input[type=password]", timeout=60_000)
    page.locator("input").first.fill(user)
    page.locator("input[type=password]").fill(password)
    page.locator("button", has_text="Login").or_(page.locator("button[type=submit]")).first.click()


def test_roles_in_the_browser_and_the_throttle_message(server):
    manager, browser = _browser()
    try:
        for user, sees_upload in (("an", True), ("chi", False)):
            context = browser.new_context(viewport={"width": 1366, "height": 768})
            page = context.new_page()
            _browser_login(page, server.url + "/", user, server.users[user])
            page.wait_for_selector("#kh-header", timeout=60_000)
            page.wait_for_function(
                "() => document.querySelector('#kh-header').innerText.includes('nhiệm vụ')", timeout=60_000
            )
            page.get_by_role("tab", name="Tài liệu").click()
            page.wait_for_selector("#kh-docs", timeout=30_000)
            page.wait_for_timeout(1000)
            assert page.locator("#kh-upload").is_visible() is sees_upload, user
            assert page.locator("#kh-remove-acc").is_visible() is sees_upload, user
            context.close()

        # wrong passwords: after a few, the form says in Vietnamese to wait (also for the right one)
        context = browser.new_context()
        page = context.new_page()
        for i in range(7):
            _browser_login(page, server.url + "/", "binh", f"sai-{i}")
            page.wait_for_timeout(400)
        _browser_login(page, server.url + "/", "binh", server.users["binh"])
        page.wait_for_function(
            "() => document.getElementById('kh-login-throttle') && "
            "document.getElementById('kh-login-throttle').innerText.includes('Đăng nhập sai quá nhiều lần')",
            timeout=15_000,
        )
        assert page.locator("input[type=password]").is_visible()  # still on the login page
        context.close()
    finally:
        browser.close()
        manager.stop()


def test_wrong_passwords_are_throttled_and_temporaries_deleted(index_dir, tmp_path):
    """A server of its own: after this test its client address is locked for a while."""
    srv = start_server(index_dir, tmp_path / "serve", env={"KEHOACH_EMBEDDER": "hash"}, roles=ROLES)
    try:
        client = GradioClient(srv.url)
        codes = [client.login("an", f"doan-{i}").status_code for i in range(100)]
        assert codes[:5] == [400] * 5 and set(codes[5:]) == {429}
        locked = client.login("an", srv.users["an"])  # the right password waits too
        assert locked.status_code == 429 and "Đăng nhập sai quá nhiều lần" in locked.json()["detail"]
        assert int(locked.headers["retry-after"]) > 0
        # per client: other names from the same address, then even a good login waits
        other = [client.login(f"khach{i}", "x").status_code for i in range(5)]
        assert other == [400] * 5
        assert client.login("binh", srv.users["binh"]).status_code == 429
        private = list((srv.home / "tmp").glob("kehoach-web-*"))
        assert len(private) == 1 and private[0].is_dir()
    finally:
        srv.stop()
    assert not private[0].exists()  # the server's temporary folder went away with it
