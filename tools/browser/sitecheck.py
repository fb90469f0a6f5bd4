"""The Python side of the browser tools: serve a built site, run Lighthouse and the HTML checker.

Shared by `tests/browser/` and `benchmarks/quality.py`, so both measure the
same thing the same way. Everything runs on this machine: Debian's Chromium,
the system's Java, and the npm packages pinned in this folder
(`npm ci` here; `./run test` does that). Nothing downloads a browser.
"""

from __future__ import annotations

import gzip
import json
import mimetypes
import os
import subprocess
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"

CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
#: Headless, quiet, and without any call home, so a visit makes no request of its own.
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run")
#: What axe checks: WCAG 2.0 and 2.1, levels A and AA (the Dutch public-sector norm).
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index",
           "cumulative-layout-shift")

_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


def missing_tools() -> list[str]:
    """What is not installed yet, in words; empty when everything is there."""
    missing = [f"{path.relative_to(HERE)} (npm ci in tools/browser)" for path in (AXE, VNU, LIGHTHOUSE)
               if not path.is_file()]
    if not Path(CHROMIUM).is_file():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    return missing


def pages(site: Path) -> list[str]:
    """Every HTML page of a built site as a URL path: '', 'calamiteiten/', ..., '404.html'."""
    found = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        found.append(relative.removesuffix("index.html"))
    return found


class _Handler(BaseHTTPRequestHandler):
    """Static files as a web host serves them: gzip when asked, 404.html for what is missing."""

    root: Path

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(body=False)

    def _answer(self, *, body: bool) -> None:
        path = unquote(urlsplit(self.path).path).lstrip("/")
        file = (self.root / path).resolve()
        if file.is_dir():
            file = file / "index.html"
        status = HTTPStatus.OK
        if self.root not in file.parents or not file.is_file():
            status, file = HTTPStatus.NOT_FOUND, self.root / "404.html"
        data = file.read_bytes()
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8" if kind.startswith("text/") else kind)
        if kind.startswith(_COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(data, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # silence
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A browser that leaves a page early closes its connection; that is not an error."""


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 on a free port; yield its base URL ('http://127.0.0.1:PORT/')."""
    handler = type("SiteHandler", (_Handler,), {"root": Path(site).resolve()})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def vnu_errors(folders: list[Path]) -> list[dict]:
    """The Nu Html Checker's errors for every HTML page under `folders` (empty = valid)."""
    files = [str(p) for folder in folders for p in sorted(Path(folder).rglob("*.html"))]
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                          capture_output=True, text=True, timeout=300)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"vnu.jar failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stderr or '{"messages": []}')["messages"]


@dataclass(frozen=True)
class LighthouseResult:
    scores: dict[str, int]   # category id -> 0..100
    failing: dict[str, list[str]]  # category id -> ids of audits that scored below 1
    transfer_bytes: int      # everything the page loaded, as sent over the wire
    metrics: dict[str, float]  # the timings behind the performance score (ms; CLS unitless)


def lighthouse(url: str, categories: tuple[str, ...] = LIGHTHOUSE_CATEGORIES) -> LighthouseResult:
    """One Lighthouse run (mobile preset) on Debian's Chromium, started headless by Lighthouse itself."""
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        out = Path(tmp) / "report.json"
        flags = " ".join(("--headless=new", *CHROMIUM_ARGS, f"--user-data-dir={tmp}/profile"))
        done = subprocess.run(
            ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
             f"--only-categories={','.join(categories)}", f"--chrome-flags={flags}", "--max-wait-for-load=30000"],
            capture_output=True, text=True, timeout=240,
            env={**os.environ, "CHROME_PATH": CHROMIUM, "TMPDIR": tmp})
        if done.returncode != 0 or not out.is_file():
            raise RuntimeError(f"lighthouse failed ({done.returncode}): {done.stderr[-2000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    scores, failing = {}, {}
    for key, category in report["categories"].items():
        scores[key] = round(category["score"] * 100)
        audits = (report["audits"][ref["id"]] for ref in category["auditRefs"] if ref.get("weight", 0) > 0)
        failing[key] = [audit["id"] for audit in audits if audit["score"] is not None and audit["score"] < 1]
    weight = report["audits"].get("total-byte-weight", {}).get("numericValue", 0)
    metrics = {name: round(report["audits"][name]["numericValue"], 3 if name == "cumulative-layout-shift" else 0)
               for name in METRICS if name in report["audits"]}
    return LighthouseResult(scores, failing, int(weight), metrics)


def site_bytes(site: Path) -> int:
    """Total size of all files of a built site on disk."""
    return sum(p.stat().st_size for p in Path(site).rglob("*") if p.is_file())
