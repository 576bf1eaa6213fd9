"""Server-side SVG charts (no JavaScript): a trend line by quarter and bars by job center.

The same SVG is inlined in the page and drawn into the PDF by fpdf2, so both read the same without a browser.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 640, 230
PAD_L, PAD_R, PAD_T, PAD_B = 84, 56, 20, 40
INK, ACCENT, TARGET, GRID = "#1b1b1b", "#005ea2", "#d54309", "#dfe1e2"


def _fmt(value: Decimal, unit: str) -> str:
    return f"${value:,.0f}" if unit == "USD" else f"{value:.1f}%"


def _scale_max(values: list[Decimal], unit: str) -> Decimal:
    top = max(values, default=Decimal(0))
    if unit != "USD":
        return Decimal(100)
    return max(Decimal(1000), (top * Decimal("1.15") / 1000).to_integral_value(rounding=ROUND_CEILING) * 1000)


def trend_svg(*, title: str, points: list[tuple[str, Decimal | None]], unit: str, target: Decimal | None) -> str:
    """Line chart of ``points`` (label, value or None) with an optional dashed negotiated level."""
    values = [v for _, v in points if v is not None] + ([target] if target is not None else [])
    ymax = _scale_max(values, unit)
    plot_w, plot_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B
    n = max(1, len(points) - 1)

    def x(i):
        return PAD_L + plot_w * i / n

    def y(v):
        return PAD_T + plot_h * (1 - float(v) / float(ymax))

    parts = [_open(title)]
    for frac in (0, 0.25, 0.5, 0.75, 1):
        gy = PAD_T + plot_h * (1 - frac)
        parts.append(f'<line x1="{PAD_L}" y1="{gy:.1f}" x2="{WIDTH - PAD_R}" y2="{gy:.1f}" stroke="{GRID}"/>')
        parts.append(_text(PAD_L - 6, gy + 4, _fmt(ymax * Decimal(str(frac)), unit), anchor="end"))
    if target is not None:
        ty = y(target)
        parts.append(
            f'<line x1="{PAD_L}" y1="{ty:.1f}" x2="{WIDTH - PAD_R}" y2="{ty:.1f}" stroke="{TARGET}" '
            f'stroke-dasharray="6 4" stroke-width="2"/>'
        )
        parts.append(_text(WIDTH - PAD_R, ty - 6, f"Negotiated level {_fmt(target, unit)}", anchor="end", fill=TARGET))
    coords = [(x(i), y(v)) for i, (_, v) in enumerate(points) if v is not None]
    if len(coords) > 1:
        path = " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in coords)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{ACCENT}" stroke-width="3"/>')
    for i, (label, v) in enumerate(points):
        parts.append(_text(x(i), HEIGHT - PAD_B + 18, label, anchor="middle"))
        if v is not None:
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="{ACCENT}"/>')
            parts.append(_text(x(i), y(v) - 9, _fmt(v, unit), anchor="middle", fill=ACCENT))
        else:
            parts.append(_text(x(i), PAD_T + plot_h - 6, "no data", anchor="middle"))
    parts.append("</svg>")
    return "".join(parts)


def bars_svg(*, title: str, bars: list[tuple[str, Decimal | None]], unit: str, target: Decimal | None) -> str:
    """Horizontal bars (one per job center) with an optional negotiated level line."""
    row_h = 26
    height = PAD_T + row_h * max(1, len(bars)) + 30
    label_w = 230
    plot_w = WIDTH - label_w - PAD_R - 60
    values = [v for _, v in bars if v is not None] + ([target] if target is not None else [])
    ymax = _scale_max(values, unit)
    parts = [_open(title, height)]
    for i, (label, v) in enumerate(bars):
        top = PAD_T + i * row_h
        parts.append(_text(label_w - 8, top + 16, label[:34], anchor="end"))
        if v is None:
            parts.append(_text(label_w + 4, top + 16, "no data", anchor="start"))
            continue
        w = plot_w * float(v) / float(ymax)
        parts.append(f'<rect x="{label_w}" y="{top + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{ACCENT}"/>')
        parts.append(_text(label_w + w + 6, top + 16, _fmt(v, unit), anchor="start"))
    if target is not None:
        tx = label_w + plot_w * float(target) / float(ymax)
        bottom = PAD_T + row_h * max(1, len(bars))
        parts.append(
            f'<line x1="{tx:.1f}" y1="{PAD_T}" x2="{tx:.1f}" y2="{bottom}" stroke="{TARGET}" '
            f'stroke-dasharray="6 4" stroke-width="2"/>'
        )
        parts.append(_text(tx, bottom + 18, f"Negotiated level {_fmt(target, unit)}", anchor="middle", fill=TARGET))
    parts.append("</svg>")
    return "".join(parts)


def _open(title: str, height: int = HEIGHT) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" font-family="Helvetica, Arial, sans-serif" '
        f'font-size="12"><title>{escape(title)}</title>'
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>'
    )


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = INK) -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}">{escape(text)}</text>'
