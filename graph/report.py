"""``report.html`` for a run: counts, most-mentioned entities, targets by deadline and region.

One static page with inline SVG charts, no script, so it opens anywhere and
can be archived with the run. ``write_report(run_dir)`` is called at the end
of every run and by ``policykg report``.
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Sequence
from html import escape
from pathlib import Path

import networkx as nx

from graph.atomic import write_bytes_atomic
from graph.query import display_width, load_graph

ENTITY_TYPES = ("Person", "Organization", "Region", "Initiative", "Event")
TOP_ENTITIES = 15
TOP_REGIONS = 20
NO_VALUE = "(none)"
BAR_COLOR = "#5b7db1"
PIXELS_PER_COLUMN = 7  # an ASCII character at 12px; a Chinese one takes two


def count_by(values: Sequence[str]) -> list[tuple[str, int]]:
    return sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0]))


def targets_by_deadline(graph: nx.Graph) -> list[tuple[str, int]]:
    """Targets per deadline year, in year order; targets with no deadline last."""
    years = Counter(str(d.get("deadline") or "")[:4] or NO_VALUE for _, d in graph.nodes(data=True)
                    if d.get("type") == "Target")
    return sorted(years.items(), key=lambda kv: (kv[0] == NO_VALUE, kv[0]))


def targets_by_region(graph: nx.Graph, top: int = TOP_REGIONS) -> list[tuple[str, int]]:
    regions = [str(d.get("region") or NO_VALUE) for _, d in graph.nodes(data=True) if d.get("type") == "Target"]
    counted = count_by(regions)
    if len(counted) <= top:
        return counted
    rest = sum(n for _, n in counted[top:])
    return counted[:top] + [(f"{len(counted) - top} other regions", rest)]


def most_mentioned(graph: nx.Graph, node_type: str, top: int = TOP_ENTITIES) -> list[dict]:
    rows = [{"name": str(d.get("name") or n), "mentions": int(d.get("mentions") or 0),
             "documents": int(d.get("documents") or 0), "id": n}
            for n, d in graph.nodes(data=True) if d.get("type") == node_type]
    return sorted(rows, key=lambda r: (-r["mentions"], r["id"]))[:top]


def bar_chart_svg(items: Sequence[tuple[str, int]], label: str) -> str:
    """Horizontal bars with the count at the end of each; labels on the left."""
    if not items:
        return "<p class='hint'>none</p>"
    row, top_pad = 22, 6
    label_width = min(320, 12 + PIXELS_PER_COLUMN * max(display_width(k) for k, _ in items))
    bar_space = 420
    most = max(n for _, n in items) or 1
    height = top_pad + row * len(items)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
             f'width="{label_width + bar_space + 60}" height="{height + 4}" class="chart">']
    for i, (key, n) in enumerate(items):
        y = top_pad + i * row
        width = max(1.0, bar_space * n / most)
        parts.append(f'<text x="{label_width - 8}" y="{y + 14}" text-anchor="end">{escape(key)}</text>'
                     f'<rect x="{label_width}" y="{y + 2}" width="{width:.1f}" height="{row - 6}" fill="{BAR_COLOR}">'
                     f'<title>{escape(key)}: {n}</title></rect>'
                     f'<text x="{label_width + width + 6:.1f}" y="{y + 14}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart_svg(items: Sequence[tuple[str, int]], label: str) -> str:
    """Vertical bars for an ordered axis (years)."""
    if not items:
        return "<p class='hint'>none</p>"
    column, gap, height, base = 46, 10, 200, 24
    most = max(n for _, n in items) or 1
    width = len(items) * (column + gap) + gap
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
             f'width="{width}" height="{height + base + 20}" class="chart">']
    for i, (key, n) in enumerate(items):
        x = gap + i * (column + gap)
        bar = max(1.0, (height - 10) * n / most)
        top = 16 + height - bar
        parts.append(f'<rect x="{x}" y="{top:.1f}" width="{column}" height="{bar:.1f}" fill="{BAR_COLOR}">'
                     f'<title>{escape(key)}: {n}</title></rect>'
                     f'<text x="{x + column / 2}" y="{top - 4:.1f}" text-anchor="middle">{n}</text>'
                     f'<text x="{x + column / 2}" y="{16 + height + 16}" text-anchor="middle">{escape(key)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _documents(graph: nx.Graph) -> list[tuple]:
    targets = Counter(u for u, _, d in graph.edges(data=True) if d.get("type") == "SETS_TARGET")
    mentions = Counter(u for u, _, d in graph.edges(data=True) if d.get("type") == "MENTIONS")
    rows = []
    for n, d in graph.nodes(data=True):
        if d.get("type") == "Document":
            rows.append((d.get("path", ""), d.get("part", 0), d.get("title") or "", d.get("date") or "",
                         d.get("genre") or "", mentions[n], targets[n]))
    return sorted(rows, key=lambda r: (str(r[0]), int(r[1] or 0)))


def report_html(graph: nx.Graph, summary: dict | None = None, failures: Sequence[dict] = (),
                title: str = "policykg run report") -> str:
    nodes = count_by([str(d.get("type", "")) for _, d in graph.nodes(data=True)])
    edges = count_by([str(d.get("type", "")) for *_, d in graph.edges(data=True)])
    sections = [f"<h1>{escape(title)}</h1>"]
    if summary:
        facts = [(k, summary[k]) for k in ("out_dir", "documents", "parts", "parts_extracted", "parts_cached",
                                           "targets", "seconds") if k in summary]
        sections.append("<h2>Run</h2>" + _table(facts, ["", "value"]))
    sections.append("<div class='row'><div><h2>Nodes</h2>" + _table(nodes, ["type", "count"]) + "</div>"
                    "<div><h2>Edges</h2>" + _table(edges, ["type", "count"]) + "</div></div>")
    sections.append("<h2>Targets by deadline</h2>" + column_chart_svg(targets_by_deadline(graph), "targets by deadline"))
    sections.append("<h2>Targets by region</h2>" + bar_chart_svg(targets_by_region(graph), "targets by region"))
    sections.append("<h2>Most mentioned</h2><div class='row'>")
    for node_type in ENTITY_TYPES:
        top = most_mentioned(graph, node_type)
        if top:
            sections.append(f"<div><h3>{node_type}</h3>" + bar_chart_svg(
                [(r["name"], r["mentions"]) for r in top], f"most mentioned {node_type}") + "</div>")
    sections.append("</div>")
    sections.append("<h2>Documents</h2>" + _table(_documents(graph),
                                                   ["path", "part", "title", "date", "genre", "mentions", "targets"]))
    if failures:
        sections.append("<h2>Files skipped</h2>" + _table([(f.get("path", ""), f.get("reason", "")) for f in failures],
                                                          ["path", "reason"]))
    style = ("body{font:14px/1.45 system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;margin:16px 24px;"
             "color:#222}table{border-collapse:collapse;font-size:13px;margin-bottom:8px}"
             "td,th{border-top:1px solid #ddd;padding:2px 8px;text-align:left}th{background:#eef}"
             ".row{display:flex;flex-wrap:wrap;gap:32px}.chart text{font-size:12px;fill:#222}"
             ".hint{color:#888}h2{margin-top:28px}")
    return (f"<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n")


def _read_failures(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def write_report(run_dir: Path) -> Path:
    """Write ``run_dir/report.html`` from the run's graph, summary and failures; return its path."""
    run_dir = Path(run_dir)
    graph = load_graph(run_dir)
    summary_path = run_dir / "summary.json"
    summary = json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else None
    out = run_dir / "report.html"
    html = report_html(graph, summary, _read_failures(run_dir / "failures.csv"),
                       title=f"policykg run report — {run_dir.name}")
    write_bytes_atomic(out, html.encode("utf-8"))
    return out
