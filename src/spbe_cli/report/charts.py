"""Inline SVG charts: a radar of the aspect indices and bars of the domain indices.

Pure functions from numbers and labels to SVG text. Every label is escaped; the output is
deterministic (fixed precision) and readable in greyscale print (solid vs dashed lines).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

INK = "#1b2a3a"
FILL = "#3d6a96"
GRID = "#9aa5b1"


@dataclass(frozen=True)
class Point:
    label: str  # short, e.g. "A1"
    value: float  # exact value, only positioned to 0.01 px
    shown: str  # the displayed value, e.g. "2,75"


def _f(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def radar(
    points: Sequence[Point],
    *,
    low: int,
    high: int,
    title: str,
    desc: str,
    series: str,
    target: float | None = None,
    target_label: str = "",
) -> str:
    size, cx, cy, radius = 380, 190, 190, 135
    base = min(0, low)
    n = max(len(points), 1)

    def at(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        r = radius * (value - base) / (high - base)
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    # labels stand outside the outer ring: leave them room on both sides
    parts = _open("radar", size + 80, size + 30, title, desc, font_size=12, left=-40)
    for level in range(max(low, base + 1), high + 1):
        ring = " ".join(f"{_f(x)},{_f(y)}" for x, y in (at(i, level) for i in range(n)))
        parts.append(f'<polygon points="{ring}" fill="none" stroke="{GRID}" stroke-width="0.6"/>')
        x, y = at(0, level)
        parts.append(
            f'<text x="{_f(x + 3)}" y="{_f(y - 2)}" font-size="9" fill="#4a5563">{level}</text>'
        )
    for i, point in enumerate(points):
        x, y = at(i, high)
        parts.append(
            f'<line x1="{cx}" y1="{cy}" x2="{_f(x)}" y2="{_f(y)}" stroke="{GRID}" '
            'stroke-width="0.6"/>'
        )
        lx, ly = at(i, high + (high - base) * 0.13)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        parts.append(
            f'<text x="{_f(lx)}" y="{_f(ly + 4)}" text-anchor="{anchor}" '
            f'font-weight="bold">{escape(point.label)} '
            f'<tspan font-weight="normal">{escape(point.shown)}</tspan></text>'
        )
    if target is not None:
        ring = " ".join(f"{_f(x)},{_f(y)}" for x, y in (at(i, target) for i in range(n)))
        parts.append(
            f'<polygon points="{ring}" fill="none" stroke="{INK}" stroke-width="1.6" '
            f'stroke-dasharray="6 4"><title>{escape(target_label)}</title></polygon>'
        )
    shape = " ".join(f"{_f(x)},{_f(y)}" for x, y in (at(i, p.value) for i, p in enumerate(points)))
    parts.append(
        f'<polygon points="{shape}" fill="{FILL}" fill-opacity="0.28" stroke="{FILL}" '
        f'stroke-width="2.2"><title>{escape(series)}</title></polygon>'
    )
    for i, point in enumerate(points):
        x, y = at(i, point.value)
        parts.append(
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3" fill="{FILL}"><title>'
            f"{escape(point.label)}: {escape(point.shown)}</title></circle>"
        )
    legend_y = size + 12
    parts.append(
        f'<line x1="20" y1="{legend_y}" x2="44" y2="{legend_y}" stroke="{FILL}" '
        'stroke-width="2.2"/>'
    )
    parts.append(f'<text x="50" y="{legend_y + 4}">{escape(series)}</text>')
    if target is not None:
        parts.append(
            f'<line x1="200" y1="{legend_y}" x2="224" y2="{legend_y}" stroke="{INK}" '
            'stroke-width="1.6" stroke-dasharray="6 4"/>'
        )
        parts.append(f'<text x="230" y="{legend_y + 4}">{escape(target_label)}</text>')
    parts.append("</g></svg>")
    return "\n".join(parts)


def bars(
    points: Sequence[Point],
    names: Sequence[str],
    *,
    low: int,
    high: int,
    title: str,
    desc: str,
    target: float | None = None,
    target_label: str = "",
) -> str:
    label_w, bar_w, row_h = 250, 260, 32
    width = label_w + bar_w + 56
    height = 40 + row_h * len(points) + 30
    base = min(0, low)

    def x_of(value: float) -> float:
        return label_w + bar_w * (value - base) / (high - base)

    parts = _open("bars", width, height, title, desc, font_size=13)
    bottom = 20 + row_h * len(points)
    for level in range(base, high + 1):
        x = x_of(level)
        parts.append(
            f'<line x1="{_f(x)}" y1="14" x2="{_f(x)}" y2="{bottom}" stroke="{GRID}" '
            'stroke-width="0.6"/>'
        )
        parts.append(
            f'<text x="{_f(x)}" y="{bottom + 14}" text-anchor="middle" font-size="9">{level}</text>'
        )
    for i, (point, name) in enumerate(zip(points, names, strict=True)):
        y = 20 + i * row_h
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">'
            f'<tspan font-weight="bold">{escape(point.label)}</tspan> '
            f"{escape(_clip(name, 30))}</text>"
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{_f(x_of(point.value) - label_w)}"'
            f' height="{row_h - 10}" fill="{FILL}"><title>{escape(point.label)} '
            f"{escape(name)}: {escape(point.shown)}</title></rect>"
        )
        parts.append(
            # values in their own column, clear of the bars and of the target line
            f'<text x="{label_w + bar_w + 10}" y="{y + 15}" '
            f'font-weight="bold">{escape(point.shown)}</text>'
        )
    if target is not None:
        x = x_of(target)
        parts.append(
            f'<line x1="{_f(x)}" y1="10" x2="{_f(x)}" y2="{bottom + 2}" stroke="{INK}" '
            f'stroke-width="1.6" stroke-dasharray="6 4"><title>{escape(target_label)}'
            "</title></line>"
        )
        parts.append(
            f'<text x="{_f(x)}" y="9" text-anchor="middle" font-size="9">'
            f"{escape(target_label)}</text>"
        )
    parts.append("</g></svg>")
    return "\n".join(parts)


def _open(
    key: str, width: int, height: int, title: str, desc: str, *, font_size: int, left: int = 0
) -> list[str]:
    """The start of a chart: size, an accessible title and description, the text style."""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left} 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="{key}-title">',
        f'<title id="{key}-title">{escape(title)}</title>',
        f"<desc>{escape(desc)}</desc>",
        f'<g font-family="sans-serif" font-size="{font_size}" fill="{INK}">',
    ]


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


__all__ = ["Point", "bars", "radar"]


def trend(
    points: Sequence[Point],
    *,
    low: int,
    high: int,
    title: str,
    desc: str,
    thresholds: Sequence[tuple[float, str]] = (),
) -> str:
    """The index per year as a line, with the predikat thresholds as faint reference lines."""
    left, top, plot_w, plot_h = 46, 18, 420, 200
    width, height = left + plot_w + 110, top + plot_h + 40
    base = min(0, low)

    def x_of(i: int) -> float:
        return left + (plot_w * i / (len(points) - 1) if len(points) > 1 else plot_w / 2)

    def y_of(value: float) -> float:
        return top + plot_h * (1 - (value - base) / (high - base))

    parts = _open("trend", width, height, title, desc, font_size=12)
    for level in range(base, high + 1):
        y = y_of(level)
        parts.append(
            f'<line x1="{left}" y1="{_f(y)}" x2="{left + plot_w}" y2="{_f(y)}" '
            f'stroke="{GRID}" stroke-width="0.5"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{_f(y + 4)}" text-anchor="end" font-size="10">{level}</text>'
        )
    for value, name in thresholds:
        y = y_of(value)
        parts.append(
            f'<line x1="{left}" y1="{_f(y)}" x2="{left + plot_w}" y2="{_f(y)}" '
            f'stroke="{INK}" stroke-width="0.8" stroke-dasharray="2 3"/>'
        )
        parts.append(
            f'<text x="{left + plot_w + 6}" y="{_f(y + 4)}" font-size="10">{escape(name)}</text>'
        )
    line = " ".join(f"{_f(x_of(i))},{_f(y_of(p.value))}" for i, p in enumerate(points))
    parts.append(f'<polyline points="{line}" fill="none" stroke="{FILL}" stroke-width="2.4"/>')
    for i, p in enumerate(points):
        x, y = x_of(i), y_of(p.value)
        parts.append(
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="4" fill="{FILL}"><title>'
            f"{escape(p.label)}: {escape(p.shown)}</title></circle>"
        )
        parts.append(
            f'<text x="{_f(x)}" y="{_f(y - 9)}" text-anchor="middle" '
            f'font-weight="bold">{escape(p.shown)}</text>'
        )
        parts.append(
            f'<text x="{_f(x)}" y="{top + plot_h + 18}" text-anchor="middle">'
            f"{escape(p.label)}</text>"
        )
    parts.append("</g></svg>")
    return "\n".join(parts)
