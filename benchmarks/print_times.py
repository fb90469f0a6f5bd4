"""How long each PDF takes to render, for one school (default: the example school).

    .venv/bin/python -m benchmarks.print_times [--runs 5] [--config school_config.yml]

Builds the site once (the PDFs start from the built pages), then renders every
PDF several times and prints the median time, the CPU time and the page count.
Beside the protocol: the floor, WeasyPrint rendering the same protocol HTML with a
minimal print stylesheet (A4, the margins, one system font), with our PDF options
(tagged PDF/UA-1, as ours) and with WeasyPrint's defaults (untagged). The target is
60 ms per page for the protocol. The main benchmark calls `measure()` and `report()`.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "school_config.yml"


@dataclass(frozen=True)
class PrintTiming:
    document: str
    audience: str
    pages: int
    median_s: float
    """Wall-clock time: what a school waits."""
    median_cpu_s: float
    """CPU time of this process: steadier when other work shares the machine."""
    runs: int

    @property
    def ms_per_page(self) -> float:
        return 1000 * self.median_cpu_s / self.pages


#: The floor's print stylesheet: the page and the body text, nothing else.
MINIMAL_CSS = ("@page { size: A4; margin: 22mm 20mm 20mm 20mm } "
               "body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.45 }")
#: The target: CPU milliseconds per page of the protocol (CPU time: steadier than wall time on a busy machine).
TARGET_MS_PER_PAGE = 60.0


def minimal_html(html: str) -> str:
    """The protocol's HTML without its stylesheets, with `MINIMAL_CSS` (the colours' <style> stays: variables only)."""
    return re.sub(r'<link rel="stylesheet"[^>]*>', "", html).replace("<style>", f"<style>{MINIMAL_CSS}\n", 1)


def measure(config: Path = EXAMPLE, runs: int = 5) -> list[PrintTiming]:
    """Median time from the built pages (or the config, for card and form) to PDF bytes, public and staff."""
    from schoolprotocol.audience import Audience
    from schoolprotocol.paper.documents import card_pdf, form_pdf, protocol_html, protocol_pdf
    from schoolprotocol.paper.printdata import print_data
    from schoolprotocol.paper.render import PDF_OPTIONS
    from schoolprotocol.paper.site_pages import read_site
    from schoolprotocol.pipeline import build

    with tempfile.TemporaryDirectory(prefix="print-times-") as tmp:
        site, intern = Path(tmp) / "site", Path(tmp) / "intern"
        checked = build(Path(config), site, intern)
        sites = {Audience.PUBLIC: site, Audience.STAFF: intern / "site"}
        rows = []
        for audience in (Audience.PUBLIC, Audience.STAFF):
            data = print_data(checked.school, checked.facts, audience)
            makers = {
                "protocol": lambda: protocol_pdf(sites[audience], data),
                "incidentkaart": lambda: card_pdf(data),
                "incidentformulier": lambda: form_pdf(data),
            }
            html = protocol_html(read_site(sites[audience], site_url=data.variables.get("site_url")), data)
            for options, name in ((PDF_OPTIONS, "vloer protocol"), ({}, "vloer, ongetagd")):
                makers[name] = lambda options=options: _floor(minimal_html(html), sites[audience], options)
            for name, make in makers.items():
                times, cpu, pages = [], [], 0
                for _ in range(runs):
                    start, start_cpu = time.perf_counter(), time.process_time()
                    pages = make().pages
                    times.append(time.perf_counter() - start)
                    cpu.append(time.process_time() - start_cpu)
                rows.append(PrintTiming(name, audience.value, pages, statistics.median(times),
                                        statistics.median(cpu), runs))
    return rows


def _floor(html: str, site: Path, options: dict):
    """WeasyPrint alone on `html`: no templates, no reading of the site, no fitting."""
    import weasyprint

    from schoolprotocol.paper.render import FONTS, TEMPLATES, LocalFetcher, Rendered

    document = weasyprint.HTML(string=html, base_url=TEMPLATES.as_uri() + "/",
                               url_fetcher=LocalFetcher((TEMPLATES, FONTS, site))).render(**options)
    return Rendered(document.write_pdf(**options), len(document.pages))


def report(rows: list[PrintTiming]) -> str:
    lines = [f"{'pdf':<20} {'doelgroep':<9} {'pagina':>6} {'mediaan':>9} {'cpu':>8} {'cpu/pagina':>11}"]
    for row in rows:
        lines.append(f"{row.document:<20} {row.audience:<9} {row.pages:>6} {row.median_s:>8.2f}s "
                     f"{row.median_cpu_s:>7.2f}s {row.ms_per_page:>8.0f} ms")
    lines.append(f"({rows[0].runs} keer per PDF; de kaart telt alle pogingen om hem op één A4 te laten passen; "
                 f"'vloer': dezelfde HTML van het protocol met alleen een minimaal printstijlblad)"
                 if rows else "(niets gemeten)")
    by = {(row.document, row.audience): row for row in rows}
    for audience in sorted({row.audience for row in rows}):
        ours, floor = by.get(("protocol", audience)), by.get(("vloer protocol", audience))
        if ours and floor:
            ms = ours.ms_per_page
            verdict = ("gehaald" if ms <= TARGET_MS_PER_PAGE
                       else f"NIET gehaald ({(ms / TARGET_MS_PER_PAGE - 1) * 100:.0f}% te hoog)")
            lines.append(f"- protocol {audience}: {ms:.0f} ms per pagina (cpu), vloer {floor.ms_per_page:.0f} ms "
                         f"-> verhouding {ms / floor.ms_per_page:.2f}x  (doel {TARGET_MS_PER_PAGE:g} ms: {verdict})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rendertijd per PDF.")
    parser.add_argument("--config", type=Path, default=EXAMPLE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(report(measure(args.config, args.runs)))
    if hasattr(os, "getloadavg"):
        print(f"belasting van de machine (1 min): {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
