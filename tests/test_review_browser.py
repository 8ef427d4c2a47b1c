"""A real browser (Debian's headless chromium, driven by selenium) logs in, claims an item and decides it.

The app runs for real on 127.0.0.1 (werkzeug's server in a thread) with a temp data folder and database.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest
from werkzeug.serving import make_server

from checker.embedding import SentenceTransformerEncoder
from tests.review_web_helpers import PASSWORD, add_user, make_app, queue_claim

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture
def server(tmp_path: Path, encoder: SentenceTransformerEncoder, database_url: str) -> Iterator[tuple[str, object]]:
    app = make_app(tmp_path, encoder, database_url)
    add_user(app, "alice")
    item_id = queue_claim(app.test_client())
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}", (app, item_id)
    finally:
        httpd.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install chromium chromium-driver; .ci/run does)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


def submit(browser, by: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Click and wait until the browser has left the page (a form POST and its redirect)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    element = browser.find_element(by, value)
    element.click()

    def left(_browser) -> bool:  # type: ignore[no-untyped-def]
        # Chromium reports a node of the document being replaced either as stale or, under load, as an
        # "unhandled inspector error: Node ... does not belong to the document"; both mean the page was left.
        try:
            element.is_enabled()
        except WebDriverException:  # StaleElementReferenceException is one
            return True
        return False

    WebDriverWait(browser, 60).until(left)
    WebDriverWait(browser, 60).until(lambda b: b.execute_script("return document.readyState") == "complete")


def text_of(browser, element_id: str, expected: str) -> str:  # type: ignore[no-untyped-def]
    """The element's text once it reads ``expected`` (or whatever it reads after 60 s, so the assert fails).

    Right after a redirect Chromium can still hand out nodes of the document being replaced ("Node with given
    id does not belong to the document"); such reads are retried, not reported as a failure."""
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def read(b) -> str:  # type: ignore[no-untyped-def]
        return b.find_element(By.ID, element_id).text

    try:
        WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,)).until(lambda b: read(b) == expected)
    except TimeoutException:
        pass
    return read(browser)


def test_reviewer_logs_in_claims_and_decides_in_chromium(server, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, (app, item_id) = server
    browser.get(f"{base}/review")  # not logged in: sent to the login page
    browser.find_element(By.ID, "name").send_keys("alice")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(browser, By.ID, "login")
    submit(browser, By.CSS_SELECTOR, f'tr.item[data-id="{item_id}"] a')
    assert text_of(browser, "status", "open") == "open"
    submit(browser, By.ID, "claim")
    assert text_of(browser, "status", "claimed") == "claimed"
    Select(browser.find_element(By.ID, "verdict-select")).select_by_value("contradicted")
    browser.find_element(By.ID, "note").send_keys("The bridge opened in 2002 according to the city.")
    browser.find_element(By.ID, "source").send_keys("https://www.busan.go.kr/")
    submit(browser, By.ID, "decide")
    assert text_of(browser, "status", "decided") == "decided"
    assert text_of(browser, "verdict", "contradicted") == "contradicted"
    item = app.extensions["checker"].queue.get(item_id)
    assert (item.status, item.verdict, item.assignee) == ("decided", "contradicted", "alice")
