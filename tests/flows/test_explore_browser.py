"""The explorer in a real browser: headless Chromium, driven over the DevTools protocol.

A tiny protocol client (``websockets``, which Prefect already brings) types a
name into the search box, waits for the page to show the node and its
evidence, and saves a screenshot. Skipped only when Chromium is absent; CI
installs Debian's ``chromium`` (.ci/run).
"""
from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus.document import PartInfo, PartMeta
from extractors.records import Mention, Provenance, Target
from flows.cli import main
from graph.build import build_graph
from graph.graphml import export_graphml

websockets_sync = pytest.importorskip("websockets.sync.client")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED, SEED_ID = "seed_2023_04_study_notice_chongqing.txt", "6659f10bb2edbc89"
REPORT = ("上午10时30分许，党和国家领导人习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正等集体乘车，"
          "冒雨来到位于北京市朝阳区东坝中心公园的植树点，同首都群众一起参加义务植树。")
STUDY = ("为深入贯彻习近平总书记关于推动成渝地区双城经济圈建设系列重要指示精神，全面落实《成渝地区双城经济圈建设规划纲要》，"
         "加快落实市委六届二次全会精神，引导全市各级各部门在推动成渝地区双城经济圈建设上干出新业绩，"
         "加快建设社会主义现代化新重庆，结合我市实际，制定本行动方案。")
MAIN_CITY = ("主城都市区是我市国家中心城市建设的主要承载地，是新型城镇化、新型工业化的主战场。到2027年，基本建成现代化国际大都市，"
             "发展能级和综合竞争力中西部领先，地区生产总值超过3万亿元")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,1000", "--remote-debugging-port=0"]
WAIT_SECONDS = 30  # upper bound for the browser to start or the page to react; never asserted on


def _prov(part: int, sentence: str, surface: str, extractor: str = "ner@1") -> Provenance:
    start = sentence.index(surface)
    return Provenance(SEED_ID, part, start, start + len(surface), sentence, extractor, 0.9)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    records = [Mention("Person", name, name, _prov(2, REPORT, name)) for name in ("习近平", "李强", "赵乐际", "韩正")]
    records += [Mention("Person", "习近平", "习近平总书记", _prov(5, STUDY, "习近平总书记"), title="总书记"),
                Mention("Region", "主城都市区", "主城都市区", _prov(5, MAIN_CITY, "主城都市区"),
                        attrs=(("parent", "重庆市"),)),
                Target("地区生产总值", ">", 3.0, "万亿元", 3e12, "元", "地区生产总值超过3万亿元",
                       _prov(5, MAIN_CITY, "地区生产总值超过3万亿元", "targets@1"), deadline="2027",
                       region="主城都市区", initiative="实施提升主城都市区极核引领行动")]
    parts = [PartInfo(SEED_ID, SEED_ID * 4, i, 0, 1, PartMeta(title=f"part {i}"), SEED, SEED) for i in (2, 5)]
    folder = tmp_path_factory.mktemp("run")
    export_graphml(build_graph(parts, records), folder / "graph.graphml")
    return folder


class DevTools:
    """Just enough of the Chrome DevTools Protocol: send a command, wait for its answer."""

    def __init__(self, url: str) -> None:
        self.socket = websockets_sync.connect(url, max_size=None, open_timeout=WAIT_SECONDS)
        self.ids = itertools.count(1)

    def send(self, method: str, **params: object) -> dict:
        call_id = next(self.ids)
        self.socket.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:  # events arrive interleaved with answers; skip them
            message = json.loads(self.socket.recv(timeout=WAIT_SECONDS))
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression: str) -> object:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str) -> object:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"page never satisfied {expression}")

    def close(self) -> None:
        self.socket.close()


def _wait_for_file(path: Path) -> str:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().count("\n") >= 1:
            return path.read_text()
        time.sleep(0.1)
    raise TimeoutError(f"Chromium wrote no {path.name}")


@pytest.fixture
def browser(tmp_path) -> Iterator[DevTools]:
    profile = tmp_path / "profile"
    process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port = _wait_for_file(profile / "DevToolsActivePort").splitlines()[0]
        no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with no_proxy.open(f"http://127.0.0.1:{port}/json/list", timeout=WAIT_SECONDS) as answer:
            pages = [t for t in json.load(answer) if t["type"] == "page"]
        tools = DevTools(pages[0]["webSocketDebuggerUrl"])
        try:
            yield tools
        finally:
            tools.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_explore_browser_search_shows_node_and_evidence(run_dir, browser, tmp_path):
    page = tmp_path / "explore.html"
    assert main(["explore", "--run", str(run_dir), "--out", str(page)]) == 0
    browser.send("Page.enable")
    browser.send("Page.navigate", url=page.as_uri())
    browser.wait_for("document.readyState === 'complete' && !!window.policykg")

    browser.evaluate("document.getElementById('search').focus()")
    browser.send("Input.insertText", text="习近平总书记")  # an alias: the page must resolve it
    name = browser.wait_for("document.getElementById('node-name') && "
                            "document.getElementById('node-name').textContent")
    assert name == "习近平"
    evidence = browser.evaluate("[...document.querySelectorAll('#evidence li .sentence')].map(e => e.textContent)")
    assert REPORT in evidence and STUDY in evidence
    marked = browser.evaluate("[...document.querySelectorAll('#evidence mark')].map(e => e.textContent)")
    assert "习近平" in marked or "习近平总书记" in marked
    attributes = browser.evaluate("document.getElementById('attributes').textContent")
    assert "总书记" in attributes  # the titles attribute

    shot = browser.send("Page.captureScreenshot", format="png")
    png = tmp_path / "explore.png"
    png.write_bytes(base64.b64decode(shot["data"]))
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000


def test_explore_browser_targets_table_sorts(run_dir, browser, tmp_path):
    page = tmp_path / "explore.html"
    assert main(["explore", "--run", str(run_dir), "--out", str(page)]) == 0
    browser.send("Page.navigate", url=page.as_uri())
    browser.wait_for("document.readyState === 'complete' && !!window.policykg")
    headers = browser.evaluate("[...document.querySelectorAll('#targets th')].map(e => e.textContent)")
    assert headers[:3] == ["deadline", "region", "indicator"]
    cells = browser.evaluate("[...document.querySelectorAll('#targets tbody td')].map(e => e.textContent)")
    assert cells[:3] == ["2027", "主城都市区", "地区生产总值"]
    browser.evaluate("document.querySelector('#targets tbody tr').click()")
    assert browser.wait_for("document.getElementById('node-name') && "
                            "document.getElementById('node-name').textContent") == "地区生产总值 > 3万亿元"
