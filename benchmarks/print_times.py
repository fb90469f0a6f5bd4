"""How long each PDF takes to render, for one school (default: the example school).

    .venv/bin/python -m benchmarks.print_times [--runs 5] [--config school_config.yml]

Builds the site once (the PDFs start from the built pages), then renders every
PDF several times and prints the median time and the page count. The main
benchmark can call `measure()` and `report()` directly.
"""

from __future__ import annotations

import argparse
import os
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


def measure(config: Path = EXAMPLE, runs: int = 5) -> list[PrintTiming]:
    """Median time from the built pages (or the config, for card and form) to PDF bytes, public and staff."""
    from schoolprotocol.audience import Audience
    from schoolprotocol.paper.documents import card_pdf, form_pdf, protocol_pdf
    from schoolprotocol.paper.printdata import print_data
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


def report(rows: list[PrintTiming]) -> str:
    lines = [f"{'pdf':<20} {'doelgroep':<9} {'pagina':>6} {'mediaan':>9} {'cpu':>8}"]
    for row in rows:
        lines.append(f"{row.document:<20} {row.audience:<9} {row.pages:>6} {row.median_s:>8.2f}s "
                     f"{row.median_cpu_s:>7.2f}s")
    lines.append(f"({rows[0].runs} keer per PDF; de kaart telt alle pogingen om hem op één A4 te laten passen)"
                 if rows else "(niets gemeten)")
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
