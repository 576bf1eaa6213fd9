"""The printable mail-in form (fpdf2): the WIOA Participant Supplemental Wage Quarterly Exit Data Collection
Form in the policy's order (A.3, Collection of Accurate Information), the self-employment worksheet with its
attestation (policy, Required Documentation; Attachment B) and the "Staff Use Only" section."""

from __future__ import annotations

from fpdf import FPDF

from jobcenter.followup.choices import CalendarPeriod, ClassType, UnemploymentReason
from jobcenter.followup.models import FollowupCase

BOX = "[  ]"
ATTESTATION = (
    "I, ______________________________, certify that the information stated above is true and accurate, and "
    "there is no intent to commit fraud. I am aware that the information I have provided is subject to review "
    "and verification, and that I may be required to document its accuracy."
)


def _latin1(text: str) -> str:
    table = {"\u2014": "-", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
    return "".join(table.get(c, c) for c in str(text)).encode("latin-1", "replace").decode("latin-1")


def form_lines(case: FollowupCase) -> list[tuple[str, str]]:
    """``(style, text)`` lines of the form: style is "h" (heading), "b" (question) or "" (text)."""
    ref = case.reference_quarter
    lines = [
        ("h", "Supplemental Wage Quarterly Exit Data Collection Form"),
        ("", f"Participant: {case.seeker.full_name}    State ID: {case.seeker.state_id}"),
        ("", f"Reference quarter (the 3 months we ask about): {ref.label}"),
        (
            "",
            "Your participation is voluntary and your answers are kept strictly confidential. There is no penalty "
            "for not taking part. Please answer each question as well as you can and mail the form back.",
        ),  # fmt: skip
        ("h", "Education"),
        (
            "b",
            "1. Since the end of your program, have you enrolled in any postsecondary educational or training "
            "programs?   [  ] Yes   [  ] No",
        ),  # fmt: skip
        ("b", "2. If yes, in what type of class or classes have you enrolled? (Check all that apply.)"),
    ]
    lines += [("", f"    {BOX} {label}") for _c, label in ClassType.choices]
    lines += [
        ("h", "Employment (supplemental wage verification)"),
        ("b", "1. Are you currently employed?   [  ] Yes   [  ] No"),
        ("b", "2. Since completing our program, select the 3-month period(s) you have been employed."),
        ("", "    " + "   ".join(f"{BOX} {label}" for _c, label in CalendarPeriod.choices)),
        ("b", "3. Place of employment during the previous 3-month period:"),
        ("", "    Employer: ______________________   Type of employment: ______________________"),
        ("", "    Employer FEIN (if known): ______________   City and state: ______________________"),
        ("b", "4. Is the job related to any education/training you received during the program?   [  ] Yes   [  ] No"),
        ("b", "5. Approximately how many hours do you work each week?   ______ hours"),
        ("b", "6. Wage during the previous 3-month period of employment (only wages actually paid): $__________"),
        ("", f"    {BOX} hourly   {BOX} weekly   {BOX} every two weeks   {BOX} monthly   {BOX} yearly"),
        ("b", "7. Reason for unemployment:"),
    ]
    lines += [("", f"    {BOX} {label}") for _c, label in UnemploymentReason.choices]
    lines += [
        ("h", "Self-employment worksheet (only if you were self-employed)"),
        ("", "Gross receipts for the quarter: $__________   Total expenses for the quarter: $__________"),
        ("", "Earnings (net profit) = gross receipts minus total expenses: $__________"),
        ("", ATTESTATION),
        ("", "Signature: ______________________________   Date: ______________"),
        ("h", "Staff use only"),
        ("", "Quarter for which data is collected: ________   O*NET code: ____________   NAICS (2-digit): ____"),
        ("", "Employer FEIN: ____________   Employer: ______________________   City/State: ______________"),
        ("", "Total earnings for quarter (or N/A): $__________   Interviewer: ______________   Date: ________"),
    ]
    return lines


def collection_form_pdf(case: FollowupCase) -> bytes:
    """The mail-in form for ``case`` as PDF bytes."""
    pdf = FPDF(format="Letter")
    pdf.set_title("Supplemental wage data collection form")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for style, text in form_lines(case):
        if style == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 13)
        elif style == "b":
            pdf.set_font("Helvetica", "B", 10)
        else:
            pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 6, _latin1(text), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
