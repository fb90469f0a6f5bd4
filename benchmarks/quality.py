"""Quality figures for the example school: Lighthouse scores, site size, start page transfer size.

    .venv/bin/python benchmarks/quality.py            # human-readable
    .venv/bin/python benchmarks/quality.py --json     # one JSON object

Lighthouse (mobile preset, Debian's Chromium) runs three times per page; each score is the
median. The transfer size is what Lighthouse saw go over the wire for the start page
(HTML, CSS, JavaScript, search index) from a local server that gzips like a web host does.
Performance depends on the machine's load, so it is measured here and not asserted in tests.
Other benchmarks call `measure()`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools" / "browser"))

import sitecheck  # noqa: E402

from schoolprotocol.pipeline import build  # noqa: E402

PAGES = {"start": "", "calamiteiten": "calamiteiten/"}


def measure(config: Path = ROOT / "school_config.yml", runs: int = 3) -> dict:
    """Build the school from `config` in a temporary folder and measure it."""
    missing = sitecheck.missing_tools()
    if missing:
        raise SystemExit("Ontbreekt: " + "; ".join(missing))
    with tempfile.TemporaryDirectory(prefix="quality-") as tmp:
        site, intern = Path(tmp) / "site", Path(tmp) / "intern"
        build(config, site, intern)
        figures: dict = {
            "site_bytes": sitecheck.site_bytes(site),
            "site_files": sum(1 for p in site.rglob("*") if p.is_file()),
            "staff_site_bytes": sitecheck.site_bytes(intern / "site"),
            "lighthouse_runs": runs,
            "lighthouse": {},
        }
        with sitecheck.serve(site) as url:
            for name, page in PAGES.items():
                results = [sitecheck.lighthouse(url + page) for _ in range(runs)]
                figures["lighthouse"][name] = {
                    category: int(statistics.median(r.scores[category] for r in results))
                    for category in sitecheck.LIGHTHOUSE_CATEGORIES}
                figures["lighthouse"][name]["failing"] = sorted(
                    {audit for r in results for audits in r.failing.values() for audit in audits})
                figures["lighthouse"][name]["metrics_ms"] = {
                    metric: statistics.median(r.metrics[metric] for r in results) for metric in results[0].metrics}
                if name == "start":
                    figures["start_transfer_bytes"] = int(statistics.median(r.transfer_bytes for r in results))
    return figures


def _n(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def report(figures: dict) -> str:
    lines = [f"Lighthouse, mobiel, mediaan van {figures['lighthouse_runs']} runs:"]
    for name, scores in figures["lighthouse"].items():
        four = "  ".join(f"{c} {scores[c]}" for c in sitecheck.LIGHTHOUSE_CATEGORIES)
        lines.append(f"  {name:<13} {four}")
        timings = ", ".join(f"{metric} {value}" for metric, value in scores["metrics_ms"].items())
        lines.append(f"  {'':<13} {timings}")
        if scores["failing"]:
            lines.append(f"  {'':<13} niet vol: {', '.join(scores['failing'])}")
    lines += [
        f"Site (openbaar): {_n(figures['site_bytes'])} bytes in {figures['site_files']} bestanden",
        f"Site (personeel): {_n(figures['staff_site_bytes'])} bytes",
        f"Startpagina, overdracht (gzip): {_n(figures['start_transfer_bytes'])} bytes",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=ROOT / "school_config.yml")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    figures = measure(args.config, args.runs)
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
