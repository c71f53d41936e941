"""The handout's charts on paper: every label at least 8 pt where the print stylesheet puts the
chart on A4, long names wrapped rather than cut, and the trend broken where the framework
changes, each framework with its own predikat thresholds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import EXAMPLE, ROOT, run_cli
from spbe_cli.report import charts

SVG = re.compile(r"<svg .*?</svg>", re.S)
MM_PER_PT = 25.4 / 72
NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "contoh")
    monkeypatch.chdir(tmp_path / "contoh")
    return tmp_path / "contoh"


def _print_widths() -> dict[str, float]:
    css = (ROOT / "templates" / "report.css").read_text(encoding="utf-8")
    printed = css[css.index("@media print") :]
    return {
        kind: float(mm)
        for kind, mm in re.findall(r"svg\.chart-(\w+) \{ width: ([\d.]+)mm", printed)
    }


def _smallest_text_pt(svg: str, print_mm: float) -> tuple[float, str]:
    root = ElementTree.fromstring(svg)
    width = float(root.attrib["viewBox"].split()[2])
    scale = print_mm / width  # millimetres per SVG unit on paper
    smallest = (1e9, "")

    def walk(node: ElementTree.Element, size: float) -> None:
        nonlocal smallest
        size = float(node.attrib.get("font-size", size))
        text = "".join(node.itertext()).strip()
        if node.tag in (f"{NS}text", f"{NS}tspan") and text:
            pt = size * scale / MM_PER_PT
            smallest = min(smallest, (pt, text))
        for child in node:
            walk(child, size)

    walk(root, 16.0)  # the browser's default, never relied upon: every chart sets its own
    return smallest


def test_the_print_stylesheet_sizes_each_chart_as_the_charts_expect() -> None:
    assert _print_widths() == {k: float(v) for k, v in charts.PRINT_MM.items()}


@pytest.mark.parametrize("year", ["2023", "2026"])
def test_every_chart_label_is_at_least_8pt_on_a4(example: Path, year: str) -> None:
    html = run_cli("report", year, "--format", "html").stdout
    svgs = SVG.findall(html)
    kinds = [re.search(r'class="chart chart-(\w+)"', s)[1] for s in svgs]  # type: ignore[index]
    assert {"radar", "bars", "trend"} <= set(kinds)
    for kind, svg in zip(kinds, svgs, strict=True):
        pt, text = _smallest_text_pt(svg, charts.PRINT_MM[kind])
        assert pt >= charts.MIN_PRINT_PT, (kind, text, round(pt, 2))


def test_long_names_wrap_and_are_never_cut() -> None:
    name = "Keterpaduan Layanan Digital Pemerintah dan Interoperabilitas Lintas Instansi"
    svg = charts.bars([charts.Point("A6", 2.5, "2,50")], [name], low=1, high=5, title="t", desc="d")
    assert "…" not in svg
    lines = [
        "".join(t.itertext())
        for t in ElementTree.fromstring(svg).iter(f"{NS}tspan")
        if t.attrib.get("x") == "242"
    ]
    assert " ".join(lines) == f"A6 {name}"
    assert len(lines) > 1 and all(len(line) <= charts.LABEL_CHARS for line in lines)


def test_the_trend_breaks_where_the_framework_changes(example: Path) -> None:
    html = run_cli("report", "2026", "--format", "html").stdout
    trend = next(s for s in SVG.findall(html) if "chart-trend" in s)
    root = ElementTree.fromstring(trend)
    lines = list(root.iter(f"{NS}polyline"))
    names = ["".join(line.itertext()) for line in lines]
    # 2019 (spbe-2018), 2022-2023 (spbe-2020), 2026 (pemdi-2026): three series, never joined
    assert names == ["Indeks SPBE", "Indeks SPBE", "Indeks Pemdi"]
    assert [len(line.attrib["points"].split()) for line in lines] == [1, 2, 1]
    labelled = {"".join(t.itertext()) for t in root.iter(f"{NS}text")}
    assert {"Memuaskan", "Sangat Baik", "Baik", "Cukup"} <= labelled
    # each framework's thresholds stand over its own years: no threshold crosses a change
    changes = sorted(
        float(line.attrib["x1"])
        for line in root.iter(f"{NS}line")
        if line.attrib.get("stroke-dasharray") == "1 3"
    )
    assert len(changes) == 2
    for line in root.iter(f"{NS}line"):
        if line.attrib.get("stroke-dasharray") == "2 3":
            x1, x2 = float(line.attrib["x1"]), float(line.attrib["x2"])
            assert not any(x1 < x < x2 for x in changes), (x1, x2, changes)


def _text_boxes(svg: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Every text of a chart with the box it takes (the charts' own generous estimate)."""
    root = ElementTree.fromstring(svg)
    found = []
    for node in root.iter(f"{NS}text"):
        size = float(node.attrib.get("font-size", 12))
        anchor = node.attrib.get("text-anchor", "start")
        spans = list(node.iter(f"{NS}tspan")) or [node]
        y = float(node.attrib["y"])
        for n, span in enumerate(spans):
            text = "".join(span.itertext()).strip()
            x = float(span.attrib.get("x", node.attrib["x"]))
            baseline = y + n * (size + 1)
            found.append((text, charts._box(x, baseline, text, size, anchor)))
    return found


def test_no_two_trend_labels_meet(example: Path) -> None:
    """Values, years, axis ticks, framework names and predikat names stand apart."""
    html = run_cli("report", "2026", "--format", "html").stdout
    svg = next(s for s in SVG.findall(html) if "chart-trend" in s)
    boxes = _text_boxes(svg)
    assert len(boxes) > 20
    clashes = [
        (a, b)
        for i, (a, box_a) in enumerate(boxes)
        for b, box_b in boxes[i + 1 :]
        if charts._meets(box_a, box_b)
    ]
    assert clashes == []
