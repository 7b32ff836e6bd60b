"""The web page at /: served offline (nothing from a CDN), and driven in headless Chromium: a canned query,
entity search and page, Peskov's ego network with a date window, and the page without Cytoscape.js.

Needs the Debian packages chromium and chromium-driver; skipped with the reason when they are missing,
failed instead when KG_REQUIRE_BROWSER=1 (as .ci/run sets). The ego-network test saves docs/ego-network.png.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import httpx
import pytest

from kg.api.web import VENDOR, VENDOR_DIR
from tests.netgraph import news_server, news_store_path  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "ego-network.png"
CYTOSCAPE_INSTALLED = (VENDOR_DIR / VENDOR["cytoscape.min.js"]).is_file()
REQUIRED = os.environ.get("KG_REQUIRE_BROWSER") == "1"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1100"]
WAIT = 30  # seconds a page element may take to appear (a ceiling, not a timing assertion)


def _missing(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"{reason} (KG_REQUIRE_BROWSER=1 makes the browser tests required)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium driven by selenium, with a fresh profile; skipped (or failed in CI) without it."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed: pip install -e '.[test]'")
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        _missing("Chromium is not installed: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    yield driver
    driver.quit()


def _wait(driver, condition):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(condition)


def _by_id(driver, id_):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, id_)


def _cells(driver, table_id: str) -> list[list[str]]:
    from selenium.webdriver.common.by import By

    rows = _by_id(driver, table_id).find_elements(By.CSS_SELECTOR, "tbody tr")
    return [[c.text for c in r.find_elements(By.TAG_NAME, "td")] for r in rows]


def _open(driver, url: str) -> None:
    driver.get("about:blank")
    driver.get(url)
    _wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")


# ---- served files (no browser) ----

@pytest.mark.parametrize("path, media", [("/", "text/html"), ("/web/app.js", "text/javascript"),
                                         ("/web/style.css", "text/css"),
                                         ("/web/queries/persons.rq", "application/sparql-query")])
def test_web_serves_page_files(news_server, path, media):
    r = httpx.get(news_server + path)
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)


@pytest.mark.parametrize("path", ["/", "/web/app.js", "/web/style.css"])
def test_web_page_loads_nothing_from_other_hosts(news_server, path):
    text = httpx.get(news_server + path).text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert not re.search(r"""(fetch|import)\(\s*["'`]https?://""", text)


@pytest.mark.parametrize("path, status", [("/vendor/cytoscape.min.js", 200 if CYTOSCAPE_INSTALLED else 404),
                                          ("/vendor/jquery.js", 404), ("/web/../pyproject.toml", 404),
                                          ("/web/queries/nope.rq", 404)])
def test_web_vendor_and_missing_files(news_server, path, status):
    r = httpx.get(news_server + path)
    assert r.status_code == status
    if status == 404:
        assert r.json()["status"] == 404
    if path == "/vendor/cytoscape.min.js" and status == 404:
        assert "make web" in r.json()["message"]


# ---- in the browser ----

def test_web_canned_query_runs_and_fills_table(browser, news_server):
    from selenium.webdriver.common.by import By

    _open(browser, news_server + "/#/query")
    names = [q["name"] for q in httpx.get(news_server + "/queries").json()]
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#canned button")) == len(names))
    browser.find_element(By.CSS_SELECTOR, "#canned button[data-query='persons']").click()
    _wait(browser, lambda d: _cells(d, "results"))
    assert "PREFIX kg:" in _by_id(browser, "sparql").get_attribute("value")
    assert any("Dmitry Peskov" in row for row in _cells(browser, "results"))
    assert _by_id(browser, "download-csv").is_enabled() and _by_id(browser, "download-json").is_enabled()
    heads = [th.text for th in _by_id(browser, "results").find_elements(By.TAG_NAME, "th")]
    assert heads == ["person", "name", "alias", "role", "affiliation"]


def test_web_sparql_editor_runs_typed_query_and_shows_errors(browser, news_server):
    _open(browser, news_server + "/#/query")
    editor = _by_id(browser, "sparql")
    editor.clear()
    editor.send_keys("PREFIX kg: <https://w3id.org/kg-news/ontology#> "
                     "SELECT ?e WHERE { ?e a kg:Sanction } ORDER BY ?e")
    _by_id(browser, "run").click()
    _wait(browser, lambda d: len(_cells(d, "results")) == 3)
    assert _by_id(browser, "result-count").text == "3 rows"
    editor.clear()
    editor.send_keys("SELECT WHERE {")
    _by_id(browser, "run").click()
    _wait(browser, lambda d: _by_id(d, "error").is_displayed())
    assert "SPARQL" in _by_id(browser, "error").text or "syntax" in _by_id(browser, "error").text.lower()


def test_web_search_and_entity_page_show_events_and_sources(browser, news_server):
    from selenium.webdriver.common.by import By

    _open(browser, news_server + "/#/search")
    _by_id(browser, "search-q").send_keys("peskov")
    _by_id(browser, "search-form").submit()
    link = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))[0]
    assert link.text == "Dmitry Peskov"
    link.click()
    _wait(browser, lambda d: _by_id(d, "entity-label").text == "Dmitry Peskov" and _cells(d, "entity-events"))
    assert "Peskov" in _by_id(browser, "entity-meta").text and "Russia" in _by_id(browser, "entity-meta").text
    events = {row[2]: row for row in _cells(browser, "entity-events")}
    assert "US sanctions on Peskov" in events
    assert "The US also sanctioned Kremlin spokesman Dmitry Peskov." in events["US sanctions on Peskov"][4]


def test_web_ego_network_view_draws_peskov_and_filters_by_date(browser, news_server):
    if not CYTOSCAPE_INSTALLED:
        _missing("Cytoscape.js is not installed: run `make web` (needs npm)")
    _open(browser, news_server + "/#/ego/Peskov")
    _wait(browser, lambda d: "Dmitry Peskov: 4 actors, 6 relations" in _by_id(d, "ego-status").text)
    assert browser.execute_script("return window.kgCy.nodes().length") == 4
    assert browser.execute_script("return window.kgCy.edges().length") == 6
    labels = set(browser.execute_script("return window.kgCy.nodes().map(n => n.data('label'))"))
    assert labels == {"Dmitry Peskov", "Russia", "Ukraine", "United States"}
    assert browser.execute_script("return window.kgCy.nodes('[?center]').map(n => n.data('label'))") == ["Dmitry Peskov"]
    relations = {(r[0], r[1], r[2]) for r in _cells(browser, "ego-edges")}
    assert ("United States", "sanctioned", "Dmitry Peskov") in relations
    # a date window: only what happened by the end of March 2022 (the April statement drops out)
    browser.execute_script("document.getElementById('ego-until').value = '2022-03-31'")
    _by_id(browser, "ego-form").submit()
    _wait(browser, lambda d: "5 relations" in _by_id(d, "ego-status").text)
    assert ("Dmitry Peskov", "spoke about", "United States") not in {(r[0], r[1], r[2])
                                                                     for r in _cells(browser, "ego-edges")}
    # radius 2 for the picture in the README
    browser.execute_script("document.getElementById('ego-until').value = ''; "
                           "document.getElementById('ego-radius').value = '2'")
    _by_id(browser, "ego-form").submit()
    _wait(browser, lambda d: "10 actors" in _by_id(d, "ego-status").text)
    _wait(browser, lambda d: d.execute_script("return window.kgCy.nodes().length") == 10)


def test_web_seed_graph_ego_network_for_the_readme(browser, server):
    """Peskov's radius-2 network in the graph built from seeds/; the README shows this screenshot."""
    if not CYTOSCAPE_INSTALLED:
        _missing("Cytoscape.js is not installed: run `make web` (needs npm)")
    _open(browser, server + "/#/ego/Peskov")
    browser.execute_script("document.getElementById('ego-radius').value = '2'")
    _by_id(browser, "ego-form").submit()
    _wait(browser, lambda d: "Dmitry Peskov:" in _by_id(d, "ego-status").text)
    _wait(browser, lambda d: d.execute_script("return window.kgCy ? window.kgCy.nodes().length : 0") > 3)
    labels = set(browser.execute_script("return window.kgCy.nodes().map(n => n.data('label'))"))
    assert {"Dmitry Peskov", "Russia"} <= labels
    relations = {(r[0], r[1], r[2]) for r in _cells(browser, "ego-edges")}
    assert ("Dmitry Peskov", "affiliated with", "Russia") in relations
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.read_bytes()[:4] == b"\x89PNG"


def test_web_page_works_without_cytoscape(browser, news_server):
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/vendor/*"]})
    try:
        _open(browser, news_server + "/#/ego/Peskov")
        _wait(browser, lambda d: "make web" in _by_id(d, "cy").text)
        assert len(_cells(browser, "ego-edges")) == 6
        assert browser.execute_script("return typeof window.cytoscape") == "undefined"
        _open(browser, news_server + "/#/search/Medinsky")
        _wait(browser, lambda d: "Vladimir Medinsky" in _by_id(d, "search-results").text)
    finally:
        browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
