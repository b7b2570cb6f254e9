"""Real-browser journeys: Playwright drives the system's Chromium against pytest-django's live server."""

import os
from pathlib import Path

import pytest

from accounts.roles import Role
from accounts.services import user_create
from demo.data import load_demo
from ledger.models import Unit

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make around it are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"
PASSWORD = "e2e-Passw0rd!"
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
SCREENS = ARTIFACTS / "screens"

if not os.access(CHROMIUM, os.X_OK):
    reason = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("E2E_REQUIRED"):  # CI: a missing browser is a failure, not a skip
        raise pytest.UsageError(reason)
    pytest.skip(reason, allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="session")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def demo(transactional_db):
    load_demo()
    units = {u.name: u for u in Unit.objects.all()}
    return {
        # The demo's people (demo/management/commands/setup_demo.py): pages show their names, logins stay.
        "admin": user_create(username="admin", password=PASSWORD, role=Role.ADMIN, name="陈静"),
        "supervisor": user_create(username="supervisor", password=PASSWORD, role=Role.SUPERVISOR, name="王建国"),
        "editor": user_create(
            username="dongcheng", password=PASSWORD, role=Role.EDITOR, unit=units["示范市东城区委"], name="张敏"
        ),
    }


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    page = item.funcargs.get("page") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and page is not None:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{item.name}.png"), full_page=True)


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.base = live_server.url
    yield page
    context.close()


def login(page, username):
    page.goto(f"{page.base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")



@pytest.fixture
def phone(browser, live_server):
    """A phone-sized page (390 × 844, touch) for the journeys a unit editor makes on the road."""
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="zh-CN", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    page.base = live_server.url
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Write a full-page screenshot under test-results/screens/ (git-ignored) for a reviewer to look at."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    path = SCREENS / f"{name}-{width}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def page_width_overflow(page) -> int:
    """How many CSS pixels the document is wider than the viewport (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
