"""The written referral of a suspected violation to the enforcement agency, as a PDF (fpdf2).

Manual: Suspected Violations in the Job Order — "If the employer has not filed a job order within the last 12
months, the suspected violation of the employment-related law must be referred to the appropriate enforcement
agency in writing." The letter names the employer, each requirement found and the law it appears to violate.
"""

from __future__ import annotations

from fpdf import FPDF

from jobcenter.core import clock
from jobcenter.core.presentation import format_date
from jobcenter.joborders.models import ViolationCase


def _latin1(text: str) -> str:
    """Core PDF fonts are Latin-1: replace typographic characters, drop the rest."""
    table = {"\u2014": "-", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "..."}
    text = "".join(table.get(c, c) for c in str(text))
    return text.encode("latin-1", "replace").decode("latin-1")


def violation_referral_text(*, case: ViolationCase, agency: str) -> str:
    """The letter's text (also what the PDF prints)."""
    order = case.job_order
    e = case.employer
    jc = case.job_center
    lines = [
        f"{jc.name}",
        f"{jc.city}" if jc.city else "",
        "",
        f"Date: {format_date(clock.today())}",
        f"To: {agency}",
        f"Re: Suspected violation of employment-related law in job order {order.number}",
        "",
        f"Employer: {e.legal_name}" + (f" (doing business as {e.dba})" if e.dba else ""),
        f"FEIN: {e.fein or 'not recorded'}",
        f"Address: {', '.join(p for p in [e.address_1, e.city, e.state, e.postcode] if p) or 'not recorded'}",
        f"Position: {order.title}, worksite {order.worksite_city}, {order.worksite_state} {order.worksite_zip}",
        f"Order received: {format_date(order.received_at)}",
        "",
        "The employer has not filed a job order with this job center within the last 12 months. Under the "
        "Missouri Wagner-Peyser & Labor Exchange Manual (Suspected Violations in the Job Order) and 20 CFR part "
        "658, we refer the following suspected violation(s) to your agency in writing:",
        "",
    ]
    for i, f in enumerate(case.findings or [], start=1):
        lines.append(f"{i}. Requirement: {f.get('message', '')}")
        if f.get("matched"):
            lines.append(f'   Text in the job order: "{f["matched"]}"')
        lines.append(f"   Law: {f.get('citation', '')}")
    lines += [
        "",
        "The job center has not acted on this job order. Please contact us if you need more information.",
        "",
        f"Supervisor: {case.closed_by.get_full_name() if case.closed_by else ''}",
    ]
    return "\n".join(lines)


def violation_referral_letter(*, case: ViolationCase, agency: str) -> bytes:
    """The referral letter as PDF bytes."""
    pdf = FPDF(format="Letter")
    pdf.set_title(_latin1(f"Referral of suspected violation - {case.job_order.number}"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Referral of a suspected violation of employment-related law", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=11)
    for line in violation_referral_text(case=case, agency=agency).splitlines():
        pdf.multi_cell(0, 6, _latin1(line) or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
