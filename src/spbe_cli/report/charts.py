"""Inline SVG charts: a radar of the aspect indices and bars of the domain indices.

Pure functions from numbers and labels to SVG text. Every label is escaped; the output is
deterministic (fixed precision) and readable in greyscale print (solid vs dashed lines).
Each chart is printed at the width of ``PRINT_MM`` (``templates/report.css`` sets it on the
chart's class), and its smallest text is at least ``MIN_PRINT_PT`` there; long names wrap.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

# The width each chart prints at on A4 (184 mm between the margins), and the smallest text
# allowed there: the tests measure every font size of every chart against these.
PRINT_MM = {"radar": 105, "bars": 180, "trend": 180}
MIN_PRINT_PT = 8
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

    def ring(value: float) -> str:
        return " ".join(f"{_f(x)},{_f(y)}" for x, y in (at(i, value) for i in range(n)))

    # labels stand outside the outer ring: leave them room on both sides
    parts = _open("radar", size + 80, size + 30, title, desc, font_size=13, left=-40)
    for level in range(max(low, base + 1), high + 1):
        parts.append(
            f'<polygon points="{ring(level)}" fill="none" stroke="{GRID}" stroke-width="0.6"/>'
        )
        x, y = at(0, level)
        parts.append(
            f'<text x="{_f(x + 3)}" y="{_f(y - 2)}" font-size="13" fill="#4a5563">{level}</text>'
        )
    parts += _spokes(points, at, (cx, cy), high, high + (high - base) * 0.13)
    if target is not None:
        parts.append(
            f'<polygon points="{ring(target)}" fill="none" stroke="{INK}" stroke-width="1.6" '
            f'stroke-dasharray="6 4"><title>{escape(target_label)}</title></polygon>'
        )
    parts += _shape(points, at, series)
    parts += _legend(size + 12, series, target_label if target is not None else None)
    parts.append("</g></svg>")
    return "\n".join(parts)


Place = Callable[[int, float], tuple[float, float]]


def _spokes(
    points: Sequence[Point], at: Place, centre: tuple[int, int], high: int, outside: float
) -> list[str]:
    """A line from the centre to each aspect's top, and its label outside the outer ring."""
    cx, cy = centre
    parts = []
    for i, point in enumerate(points):
        x, y = at(i, high)
        parts.append(
            f'<line x1="{cx}" y1="{cy}" x2="{_f(x)}" y2="{_f(y)}" stroke="{GRID}" '
            'stroke-width="0.6"/>'
        )
        lx, ly = at(i, outside)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        parts.append(
            f'<text x="{_f(lx)}" y="{_f(ly + 4)}" text-anchor="{anchor}" '
            f'font-weight="bold">{escape(point.label)} '
            f'<tspan font-weight="normal">{escape(point.shown)}</tspan></text>'
        )
    return parts


def _shape(points: Sequence[Point], at: Place, series: str) -> list[str]:
    """The series itself: the filled polygon of the values, and a point at each."""
    shape = " ".join(f"{_f(x)},{_f(y)}" for x, y in (at(i, p.value) for i, p in enumerate(points)))
    parts = [
        f'<polygon points="{shape}" fill="{FILL}" fill-opacity="0.28" stroke="{FILL}" '
        f'stroke-width="2.2"><title>{escape(series)}</title></polygon>'
    ]
    for i, point in enumerate(points):
        x, y = at(i, point.value)
        parts.append(
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3" fill="{FILL}"><title>'
            f"{escape(point.label)}: {escape(point.shown)}</title></circle>"
        )
    return parts


def _legend(legend_y: int, series: str, target_label: str | None) -> list[str]:
    parts = [
        f'<line x1="20" y1="{legend_y}" x2="44" y2="{legend_y}" stroke="{FILL}" '
        'stroke-width="2.2"/>',
        f'<text x="50" y="{legend_y + 4}">{escape(series)}</text>',
    ]
    if target_label is not None:
        parts.append(
            f'<line x1="200" y1="{legend_y}" x2="224" y2="{legend_y}" stroke="{INK}" '
            'stroke-width="1.6" stroke-dasharray="6 4"/>'
        )
        parts.append(f'<text x="230" y="{legend_y + 4}">{escape(target_label)}</text>')
    return parts


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
    """One bar per domain (or aspect); a long name wraps onto more lines, never cut."""
    label_w, bar_w, line_h = 250, 260, 16
    labels = [_wrap(f"{p.label} {n}", LABEL_CHARS) for p, n in zip(points, names, strict=True)]
    rows = [max(32, line_h * len(lines) + 10) for lines in labels]
    tops = [20 + sum(rows[:i]) for i in range(len(rows))]
    bottom = 20 + sum(rows)
    width, height = label_w + bar_w + 56, bottom + 30
    base = min(0, low)

    def x_of(value: float) -> float:
        return label_w + bar_w * (value - base) / (high - base)

    parts = _open("bars", width, height, title, desc, font_size=13)
    parts += _grid_lines(x_of, base, high, bottom)
    for point, name, lines, y, row in zip(points, names, labels, tops, rows, strict=True):
        parts.append(_wrapped(lines, label_w - 8, y + 15, line_h, bold=len(point.label)))
        parts.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{_f(x_of(point.value) - label_w)}"'
            f' height="{row - 10}" fill="{FILL}"><title>{escape(point.label)} '
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
            f'<text x="{_f(x)}" y="10" text-anchor="middle" font-size="10">'
            f"{escape(target_label)}</text>"
        )
    parts.append("</g></svg>")
    return "\n".join(parts)


LABEL_CHARS = 30  # a bar's label wraps past this many characters a line


def _grid_lines(x_of: Callable[[float], float], base: int, high: int, bottom: int) -> list[str]:
    parts = []
    for level in range(base, high + 1):
        x = x_of(level)
        parts.append(
            f'<line x1="{_f(x)}" y1="14" x2="{_f(x)}" y2="{bottom}" stroke="{GRID}" '
            'stroke-width="0.6"/>'
        )
        parts.append(
            f'<text x="{_f(x)}" y="{bottom + 14}" text-anchor="middle" font-size="10">'
            f"{level}</text>"
        )
    return parts


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken between words (a word longer
    than a line is broken into pieces of a line each)."""
    lines: list[str] = []
    words = [w[n : n + width] for w in text.split() for n in range(0, len(w), width)]
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _wrapped(lines: list[str], x: int, y: int, line_h: int, *, bold: int) -> str:
    """Right-aligned lines of one label; its first ``bold`` characters (the id) in bold."""
    first = lines[0]
    spans = [
        f'<tspan x="{x}" y="{y}"><tspan font-weight="bold">{escape(first[:bold])}</tspan>'
        f"{escape(first[bold:])}</tspan>"
    ]
    spans += [
        f'<tspan x="{x}" y="{y + line_h * n}">{escape(line)}</tspan>'
        for n, line in enumerate(lines[1:], start=1)
    ]
    return f'<text text-anchor="end">{"".join(spans)}</text>'


def _open(
    key: str, width: int, height: int, title: str, desc: str, *, font_size: int, left: int = 0
) -> list[str]:
    """The start of a chart: size, an accessible title and description, the text style."""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left} 0 {width} {height}" '
        f'width="{width}" height="{height}" class="chart chart-{key}" role="img" '
        f'aria-labelledby="{key}-title">',
        f'<title id="{key}-title">{escape(title)}</title>',
        f"<desc>{escape(desc)}</desc>",
        f'<g font-family="sans-serif" font-size="{font_size}" fill="{INK}">',
    ]


__all__ = ["Point", "Series", "bars", "radar", "trend"]


@dataclass(frozen=True)
class Series:
    """Consecutive years under one framework: its points and its predikat thresholds."""

    name: str  # the framework's index ("Indeks SPBE", "Indeks Pemdi")
    points: tuple[Point, ...]
    thresholds: tuple[tuple[float, str], ...] = ()


def trend(
    points: Sequence[Point] | Sequence[Series],
    *,
    low: int,
    high: int,
    title: str,
    desc: str,
    thresholds: Sequence[tuple[float, str]] = (),
) -> str:
    """The index per year as one line per framework: the line breaks where the framework
    changes (a dotted rule marks it, the framework's index is named above its years), and each
    framework's predikat thresholds are drawn and named over its own years only. Years stand
    in the middle of equal slots, so no value meets the axis; a threshold's name moves below
    its line, or to the other end, rather than touch a value."""
    series = [s for s in points if isinstance(s, Series)] or [  # else one framework
        Series("", tuple(p for p in points if isinstance(p, Point)), tuple(thresholds))
    ]
    count = max(sum(len(s.points) for s in series), 1)
    frame = _Frame(left=34, top=36, width=500, height=200, base=min(0, low), high=high)
    size = (frame.left + frame.width + 12, frame.top + frame.height + 34)
    step = frame.width / count
    parts = _open(
        "trend",
        *size,
        title,
        desc,
        font_size=12,
    )
    parts += frame.grid()
    start = 0
    for n, one in enumerate(series):
        x0, x1 = frame.left + step * start, frame.left + step * (start + len(one.points))
        if n:  # where the framework changed
            parts.append(
                f'<line x1="{_f(x0)}" y1="{_f(frame.top - 22)}" x2="{_f(x0)}" '
                f'y2="{frame.top + frame.height}" stroke="{INK}" stroke-width="1" '
                'stroke-dasharray="1 3"/>'
            )
        xs = [frame.left + step * (start + i + 0.5) for i in range(len(one.points))]
        values = [
            _box(x, frame.y_of(p.value) - 9, p.shown, 12, "middle")
            for x, p in zip(xs, one.points, strict=True)
        ]
        parts += _segment_title(one.name, x0, x1)
        parts += _thresholds(one, x0, x1, frame.y_of, values)
        parts += _line(one, xs, frame.y_of, frame.top + frame.height)
        start += len(one.points)
    parts.append("</g></svg>")
    return "\n".join(parts)


@dataclass(frozen=True)
class _Frame:
    left: int
    top: int
    width: int
    height: int
    base: int
    high: int

    def y_of(self, value: float) -> float:
        return self.top + self.height * (1 - (value - self.base) / (self.high - self.base))

    def grid(self) -> list[str]:
        parts = []
        for level in range(self.base, self.high + 1):
            y = self.y_of(level)
            parts.append(
                f'<line x1="{_f(self.left)}" y1="{_f(y)}" x2="{_f(self.left + self.width)}" '
                f'y2="{_f(y)}" stroke="{GRID}" stroke-width="0.5"/>'
            )
            parts.append(
                f'<text x="{_f(self.left - 6)}" y="{_f(y + 4)}" text-anchor="end" '
                f'font-size="10">{level}</text>'
            )
        return parts


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 of a text, estimated


def _box(x: float, baseline: float, text: str, size: float, anchor: str) -> Box:
    """Where a text stands (its width estimated at 0.6 em a character, generous for the
    sans-serif faces the charts use)."""
    width = 0.6 * size * len(text)
    left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
    return (left, baseline - size, left + width, baseline + 0.25 * size)


def _meets(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _segment_title(name: str, x0: float, x1: float) -> list[str]:
    """The framework's index above its years, wrapped by words to the width of its slots."""
    if not name:
        return []
    size, room = 10, max(x1 - x0 - 6, 30)
    lines = _wrap_words(name, max(int(room / (0.6 * size)), 4))
    mid = (x0 + x1) / 2
    spans = "".join(
        f'<tspan x="{_f(mid)}" dy="{0 if n == 0 else size + 1}">{escape(line)}</tspan>'
        for n, line in enumerate(lines)
    )
    y = 12 if len(lines) == 1 else 8
    head = f'<text x="{_f(mid)}" y="{y}" text-anchor="middle" font-size="{size}" fill="{INK}">'
    return [f"{head}{spans}</text>"]


def _wrap_words(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines[:2] if len(lines) > 2 else lines


def _thresholds(
    one: Series,
    x0: float,
    x1: float,
    y_of: Callable[[float], float],
    values: list[Box],
) -> list[str]:
    """A framework's predikat thresholds over its own years, each named where it meets no
    value: above its line at the left, below it, then the same at the right."""
    parts = []
    taken = list(values)
    for value, name in one.thresholds:
        y = y_of(value)
        parts.append(
            f'<line x1="{_f(x0)}" y1="{_f(y)}" x2="{_f(x1)}" y2="{_f(y)}" '
            f'stroke="{INK}" stroke-width="0.8" stroke-dasharray="2 3"/>'
        )
        spots = [(x0 + 3, y - 3, "start"), (x0 + 3, y + 10, "start"),
                 (x1 - 3, y - 3, "end"), (x1 - 3, y + 10, "end")]  # fmt: skip
        boxes = [(_box(x, base, name, 9, anchor), x, base, anchor) for x, base, anchor in spots]
        box, x, base, anchor = next(
            (b for b in boxes if not any(_meets(b[0], t) for t in taken)), boxes[0]
        )
        taken.append(box)
        parts.append(
            f'<text x="{_f(x)}" y="{_f(base)}" text-anchor="{anchor}" font-size="9" '
            f'fill="{INK}">{escape(name)}</text>'
        )
    return parts


def _line(
    one: Series,
    xs: Sequence[float],
    y_of: Callable[[float], float],
    axis: float,
) -> list[str]:
    """One framework's years: their line, points, values and year labels."""
    placed = [(x, y_of(p.value), p) for x, p in zip(xs, one.points, strict=True)]
    line = " ".join(f"{_f(x)},{_f(y)}" for x, y, _ in placed)
    named = f"<title>{escape(one.name)}</title>" if one.name else ""
    parts = [
        f'<polyline points="{line}" fill="none" stroke="{FILL}" stroke-width="2.4">'
        f"{named}</polyline>"
    ]
    for x, y, p in placed:
        parts.append(
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="4" fill="{FILL}"><title>'
            f"{escape(p.label)}: {escape(p.shown)}</title></circle>"
        )
        parts.append(
            f'<text x="{_f(x)}" y="{_f(y - 9)}" text-anchor="middle" '
            f'font-weight="bold">{escape(p.shown)}</text>'
        )
        parts.append(
            f'<text x="{_f(x)}" y="{axis + 18}" text-anchor="middle">{escape(p.label)}</text>'
        )
    return parts
