"""The quarterly performance report as a PDF (fpdf2): the same figures and SVG charts as the page."""

from __future__ import annotations

import io
import re

from fpdf import FPDF

from jobcenter.core.presentation import format_datetime
from jobcenter.reporting import ese, indicators
from jobcenter.reporting.models import QuarterlyReport
from jobcenter.reporting.presentation import report_view


def _latin(text: str) -> str:
    """Core PDF fonts are Latin-1: replace the few typographic characters the report uses."""
    return (
        text.replace("\u2014", "-")
        .replace("\u2013", "-")
        .replace("\u2019", "'")
        .encode("latin-1", "replace")
        .decode("latin-1")
    )


def _svg_for_pdf(svg: str) -> io.BytesIO:
    """The page's SVG without its accessible <title> (fpdf2 does not draw it)."""
    return io.BytesIO(re.sub(r"<title>.*?</title>", "", svg, flags=re.S).encode())


def report_pdf(report: QuarterlyReport) -> bytes:
    """PDF bytes of ``report``."""
    view = report_view(report)
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_title(f"Quarterly performance report {view['quarter'].label}")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin(f"Quarterly performance report - {view['quarter'].label}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        _latin(
            f"Wagner-Peyser Employment Service. Prepared {format_datetime(report.prepared_at)} from {report.records} "
            f"PIRL records (participants and reportable individuals). Definitions: {indicators.CITATION}."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    widths = (70, 28, 28, 28, 42)
    for w, h in zip(
        widths, ("Indicator", "Numerator", "Denominator", "Rate / median", "Negotiated level"), strict=True
    ):
        pdf.cell(w, 7, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for ind in view["indicators"]:
        numerator = "-" if ind.kind == "median" else str(ind.numerator)
        cells = (ind.label, numerator, str(ind.denominator), ind.value, ind.level)
        for w, text in zip(widths, cells, strict=True):
            pdf.cell(w, 7, _latin(text)[:44], border=1)
        pdf.ln()
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8)
    for ind in view["indicators"]:
        pdf.multi_cell(
            0,
            4,
            _latin(f"{ind.label}: exits {ind.window}. Negotiated level: {ind.level_note} {ind.level_citation}"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    e = view["ese"]
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Effectiveness in Serving Employers (state)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    retention = next(i for i in view["indicators"] if i.key == "retention_with_same_employer")
    for text in (
        f"Retention with the same employer: {retention.numerator} of {retention.denominator} ({retention.value}).",
        f"Repeat business customers: {e['repeat']['numerator']} of {e['repeat']['denominator']} employers served "
        f"{e['prior_window']} were served again {e['window']} ({e['repeat_value']}).",
        f"Employer penetration: {e['penetration']['numerator']} employers served of {e['penetration']['denominator']:,} "
        f"establishments ({e['penetration_value']}; establishment count {e['penetration']['denominator_status']}).",
        f"Sources: {ese.CITATION}.",
    ):
        pdf.multi_cell(0, 5, _latin(text), new_x="LMARGIN", new_y="NEXT")
    for ind in view["indicators"]:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 8, _latin(ind.label), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 6, "Trend by quarter", new_x="LMARGIN", new_y="NEXT")
        pdf.image(_svg_for_pdf(ind.trend_svg), w=180)
        pdf.cell(0, 6, "By job center", new_x="LMARGIN", new_y="NEXT")
        pdf.image(_svg_for_pdf(ind.centers_svg), w=180)
    return bytes(pdf.output())
