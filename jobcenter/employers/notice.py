"""The written notice of intent to discontinue services (20 CFR 658.502), as a PDF made with fpdf2.

Generated on demand from the case, so the PDF always matches the recorded notice date, reasons and deadline.
"""

from __future__ import annotations

from fpdf import FPDF

from jobcenter.core.presentation import format_date
from jobcenter.employers.models import DiscontinuationCase


def _latin1(text: str) -> str:
    """fpdf2's core fonts are Latin-1: replace what they cannot draw."""
    return (
        text.replace("\u2014", "-")
        .replace("\u2013", "-")
        .replace("\u2019", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .encode("latin-1", "replace")
        .decode("latin-1")
    )


def notice_pdf(case: DiscontinuationCase) -> bytes:
    """PDF bytes of the notice of intent for ``case`` (which must have a notice date)."""
    from django.conf import settings

    employer = case.employer
    pdf = FPDF(format="Letter")
    pdf.set_title(f"Notice of intent to discontinue services - case {case.pk}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, _latin1("Notice of Intent to Discontinue Employment Services"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    lines = [
        f"Date of notice: {format_date(case.notice_date)}",
        f"Case number: {case.pk}",
        "",
        f"To: {employer.legal_name}" + (f" (DBA {employer.dba})" if employer.dba else ""),
        f"FEIN: {employer.fein or 'not on file'}",
        ", ".join(p for p in [employer.address_1, employer.city, employer.state, employer.postcode] if p),
        "",
        f"The state workforce agency of {settings.JOBCENTER_STATE} intends to discontinue the employment services "
        "it provides to you under 20 CFR part 658, subpart F.",
        "",
        f"Reason: {case.get_reason_code_display()} (20 CFR {case.reason_code}).",
        "",
        "Facts:",
        case.facts,
    ]
    if case.job_order_reference:
        lines += ["", f"Job order: {case.job_order_reference}"]
    lines += [
        "",
        f"You have until {format_date(case.response_due)} (20 working days from the date of this notice) to respond in "
        "writing: to show that the job order terms are not contrary to employment-related laws, or to withdraw or "
        "correct them, or to otherwise address the reasons above (20 CFR 658.502). If you do not respond by that "
        "date, services will be discontinued.",
        "",
        "When you respond, you may request a hearing (20 CFR 658.502 and 658.417).",
        "",
        "State Monitor Advocate",
    ]
    for line in lines:
        pdf.multi_cell(0, 6, _latin1(line) or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
