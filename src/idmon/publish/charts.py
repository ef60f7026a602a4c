"""The briefing's time-series chart, as SVG: IDPs at the end of each month (a line) above new displacements in each
month (bars). Two panels sharing the months, rather than one chart with two scales: stocks and flows differ by
orders of magnitude, and a second axis misleads."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

W = 640
LEFT, RIGHT = 74, 16
PANEL_H = 130


@dataclass(frozen=True)
class MonthPoint:
    """One month of the series: its first day, the stock at its end and the new displacements within it."""

    month: date
    stock: int
    new_displacement: int


@dataclass(frozen=True)
class ChartText:
    """The words on the chart, already in the reader's language."""

    stock: str
    flows: str
    number: Callable[[float], str]
    month: Callable[[date, bool], str]  # (first day, with year) -> label
    gap: str = ""  # says that months without a figure are left blank


def ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``top`` (steps of 1, 2 or 5 × 10^k)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


def _t(x: float, y: float, text: str, size: float, extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{extra}>{escape(text)}</text>'


def _axis(y0: float, values: list[float], text: ChartText) -> tuple[list[str], Callable[[float], float]]:
    top = values[-1]

    def scale(v: float) -> float:
        return y0 + PANEL_H - (v / top) * PANEL_H

    out = []
    for v in values:
        y = scale(v)
        out.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#dde3ea" stroke-width="1"/>')
        out.append(_t(LEFT - 6, y + 3.5, text.number(v), 9.5, ' text-anchor="end" fill="#3b4652"'))
    return out, scale


def render_chart(points: Sequence[MonthPoint], text: ChartText) -> str:
    """The two-panel SVG chart of a monthly series (an empty series draws empty axes)."""
    n = max(1, len(points))
    band = (W - LEFT - RIGHT) / n
    xs = [LEFT + (i + 0.5) * band for i in range(len(points))]
    top1, top2 = 30, 30 + PANEL_H + 46
    out = [_t(6, 16, text.stock, 12, ' font-weight="bold" fill="#1d2733"')]
    grid, y_stock = _axis(top1, ticks(max((p.stock for p in points), default=0)), text)
    out += grid
    out += _stock_line(points, xs, y_stock)
    if any(not p.stock for p in points) and text.gap:
        out.append(_t(W - RIGHT, 16, text.gap, 9, ' text-anchor="end" font-style="italic" fill="#5a6470"'))
    out.append(_t(6, top2 - 14, text.flows, 12, ' font-weight="bold" fill="#1d2733"'))
    grid, y_flow = _axis(top2, ticks(max((p.new_displacement for p in points), default=0)), text)
    out += grid
    for x, p in zip(xs, points, strict=True):
        y = y_flow(p.new_displacement)
        height = top2 + PANEL_H - y
        out.append(
            f'<rect class="flow" x="{x - band * 0.35:.1f}" y="{y:.1f}" width="{band * 0.7:.1f}" '
            f'height="{height:.1f}" fill="#e07b39"/>'
        )
    out += _months(points, xs, top2 + PANEL_H, text)
    height = top2 + PANEL_H + 34
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {W} {height}" width="{W}" '
        f'height="{height}" role="img" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">'
        f"<title>{escape(text.stock)}; {escape(text.flows)}</title>" + "".join(out) + "</svg>"
    )


def _stock_line(points: Sequence[MonthPoint], xs: Sequence[float], y: Callable[[float], float]) -> list[str]:
    """The stock as a line with a dot per month; a month with no figure (0) is a gap, not a fall to zero."""
    out, run = [], []
    for x, p in [*zip(xs, points, strict=True), (0.0, None)]:
        if p is not None and p.stock:
            run.append(f"{x:.1f},{y(p.stock):.1f}")
            out.append(f'<circle class="stock" cx="{x:.1f}" cy="{y(p.stock):.1f}" r="2.6" fill="#1f5f99"/>')
        elif run:
            if len(run) > 1:
                out.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="#1f5f99" stroke-width="2.2"/>')
            run = []
    return out


def _months(points: Sequence[MonthPoint], xs: Sequence[float], base: float, text: ChartText) -> list[str]:
    """Month labels under the bars (every other month when there are many), each year under its first month."""
    every = 1 if len(points) <= 8 else 2
    out = [f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{base:.1f}" y2="{base:.1f}" stroke="#6b7785"/>']
    shown_year = None
    for i, (x, p) in enumerate(zip(xs, points, strict=True)):
        if i % every:
            continue
        out.append(_t(x, base + 14, text.month(p.month, False), 9.5, ' text-anchor="middle" fill="#3b4652"'))
        if p.month.year != shown_year:  # the year under the first month shown of each year
            out.append(_t(x, base + 26, str(p.month.year), 9.5, ' text-anchor="middle" fill="#3b4652"'))
            shown_year = p.month.year
    return out
