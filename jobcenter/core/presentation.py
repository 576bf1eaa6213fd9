"""One presentation layer: how codes, phones, durations, yes/no values and audit actions read on a page.

Templates use the ``present`` tag library (``{% load present %}``: ``|phone``, ``|duration``, ``|action_label``,
``|yes_no``, ``|label``); Python code that builds sentences for people calls these functions. Nothing internal
(dotted codes, E.164 numbers, snake_case values, True/None, microseconds) should reach a page — the
reachability test (``jobcenter.testing.reach``) looks for exactly those.
"""

from __future__ import annotations

import datetime as dt
import re

# Audit actions people see in histories. Unlisted actions read as "<object> <verb>" from their code
# (``seekers.resume.added`` -> "Résumé entry added"), so a new action never shows its dotted code.
ACTION_LABELS: dict[str, str] = {
    "seekers.seeker.created": "Registered",
    "seekers.seeker.registered": "Registered",
    "seekers.seeker.self_registered": "Registered in the portal",
    "seekers.seeker.updated": "Profile changed",
    "seekers.profile.updated": "Profile changed",
    "seekers.occupation.corrected": "Occupation corrected by staff",
    "seekers.occupation.rejected": "Occupation marked as not applying",
    "seekers.occupation.added": "Occupation added by staff",
    "seekers.ssn.viewed": "Full SSN viewed",
    "seekers.ssn.changed": "SSN changed",
    "seekers.ssn.set": "SSN recorded",
    "seekers.resume.added": "Résumé entry added",
    "seekers.resume.removed": "Résumé entry removed",
    "seekers.merge.requested": "Reported as a possible duplicate",
    "seekers.merge.merged": "Merged",
    "seekers.merge.unmerged": "Merge undone",
    "seekers.merge.dismissed": "Marked as different people",
    "seekers.registration.proceeded": "Registered despite possible duplicates",
    "employers.employer.created": "Employer account created",
    "employers.employer.registered": "Employer account registered",
    "employers.employer.self_registered": "Registered in the portal",
    "employers.employer.updated": "Company profile changed",
    "employers.employer.verified": "Verified by CSU",
    "employers.employer.denied": "Verification denied",
    "employers.job_center.proposed": "Job center proposed from the worksite ZIP code",
    "employers.worksite.created": "Worksite added",
    "employers.worksite.updated": "Worksite changed",
    "employers.worksite.removed": "Worksite removed",
    "employers.contact.created": "Contact added",
    "employers.contact.updated": "Contact changed",
    "employers.contact.removed": "Contact removed",
    "employers.membership.created": "Portal user added",
    "employers.terms.accepted": "Terms of service accepted",
    "joborders.order.created": "Job order received",
    "joborders.order.updated": "Job order changed",
    "joborders.order.submitted": "Job order submitted for screening",
    "joborders.order.opened": "Job order put online",
    "joborders.order.screened": "Job order screened",
    "joborders.order.edited": "Job order changed after entry",
    "joborders.order.held": "Job order put on hold",
    "joborders.order.released": "Hold released: job order back online",
    "joborders.order.returned": "Job order returned for changes",
    "joborders.order.denied": "Job order denied",
    "joborders.order.not_entered": "Job order not entered",
    "joborders.order.filled": "Job order filled",
    "joborders.order.closed": "Job order closed",
    "joborders.order.expired": "Job order expired (past its last day)",
    # The employer's own actions in the portal (joborders.services.employer_end); the detail says how many were
    # hired or why it was closed.
    "joborders.order.employer_filled": "Filled by the employer",
    "joborders.order.employer_closed": "Closed by the employer",
    # The FLC coordinator spelled out (manual: H-2A and H-2B Job Orders); the detail says which program and where
    # the order names it (``joborders.services.screening``).
    "joborders.order.routed_flc": "Sent to the foreign labor certification coordinator",
    "joborders.order.flc_taken_over": "Taken over and entered by the foreign labor certification coordinator",
    "joborders.order.flc_returned": (
        "Returned to the job center by the foreign labor certification coordinator as not a foreign labor order"
    ),
    "cases.enrollment.created": "Enrolled",
    "cases.service.recorded": "Service recorded",
    "cases.note.created": "Case note added",
    "referrals.referral.requested": "Asked to be referred (waiting for review)",
    "referrals.referral.self_referred": "Referred themselves",
    "referrals.referral.referred": "Referred by staff",
    "referrals.referral.sent_to_review": "Referral sent to review",
    "referrals.referral.approved": "Referral approved",
    "referrals.referral.denied": "Referral denied",
    "referrals.referral.application_sent": "Application sent to the employer",
    "referrals.referral.application_unsent": "Application to be sent by hand",
    "referrals.referral.outcome_recorded": "Referral outcome recorded",
    "referrals.referral.closed_with_order": "Request closed: the job was filled, closed or expired",
    "referrals.referral.order_ended": "The job was filled, closed or expired; outcome still to be recorded",
}

# Words in codes that read better spelled out.
WORDS = {
    "ssn": "SSN",
    "resume": "résumé",
    "joborder": "job order",
    "order": "job order",
    "flc": "FLC",
    "csu": "CSU",
    "wp": "Wagner-Peyser",
    "pirl": "PIRL",
    "api": "API",
}


def history_line(entry) -> str:
    """An audit entry as one line of a history: its action in words, then the plain detail the service wrote
    (``data["detail"]``, e.g. "the order names the H-2A program in its visa field"), when there is one."""
    line = action_label(getattr(entry, "action", ""))
    data = getattr(entry, "data", None)
    detail = data.get("detail") if isinstance(data, dict) else None
    return f"{line}: {detail}" if detail else line


def humanize_code(code: str) -> str:
    """'staff_assisted_job_finding' -> 'Staff assisted job finding'; 'seekers.resume.added' -> 'Résumé added'."""
    if not code:
        return ""
    parts = [p for p in re.split(r"[._]", str(code)) if p]
    if "." in str(code) and len(parts) >= 2:
        head, *rest = str(code).split(".")
        parts = [w for chunk in rest for w in chunk.split("_")]
    words = [WORDS.get(w.lower(), w.lower()) for w in parts]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def action_label(action: str) -> str:
    """The sentence an audit action reads as on a page."""
    return ACTION_LABELS.get(action) or humanize_code(action)


def format_phone(value) -> str:
    """US numbers in national format: '+18165550142' / '8165550142' -> '(816) 555-0142'; others unchanged."""
    if not value:
        return ""
    text = str(value).strip()
    digits = re.sub(r"\D", "", text)
    extension = ""
    match = re.search(r"(?:x|ext\.?)\s*(\d+)$", text, re.IGNORECASE)
    if match:
        extension = f" ext. {match.group(1)}"
        digits = re.sub(r"\D", "", text[: match.start()])
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) == 10:
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}{extension}"
    return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def humanize_duration(value: dt.timedelta | None, *, parts: int = 2) -> str:
    """'11 days, 6 hours' for a timedelta (never microseconds); '' for None; 'less than a minute' when tiny."""
    if value is None:
        return ""
    seconds = int(abs(value.total_seconds()))
    units = [("day", 86400), ("hour", 3600), ("minute", 60)]
    out = []
    for name, size in units:
        if seconds >= size:
            out.append(_plural(seconds // size, name))
            seconds %= size
        if len(out) == parts:
            break
    return ", ".join(out) if out else "less than a minute"


def format_date(value: dt.date | dt.datetime | None) -> str:
    """A date as every page shows it ('Nov 28, 2026', the DATE_FORMAT of jobcenter/formats); '' for None. For
    sentences built in Python (messages, dashboard panels, PDFs) so they read like the templates' ``|date``."""
    if value is None:
        return ""
    from django.utils import formats, timezone

    if isinstance(value, dt.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return formats.date_format(value, "DATE_FORMAT")


def format_datetime(value: dt.datetime | None) -> str:
    """A date and time as every page shows it ('Nov 28, 2026, 3:05 PM', local time); '' for None."""
    if value is None:
        return ""
    from django.utils import formats, timezone

    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, "DATETIME_FORMAT")


def yes_no(value) -> str:
    """True -> 'Yes', False -> 'No', None -> '—'."""
    if value is None or value == "":
        return "—"
    return "Yes" if value else "No"


def label_for(choices, value) -> str:
    """The label of ``value`` in a Django choices class or list of pairs (humanized when unknown)."""
    pairs = getattr(choices, "choices", choices)
    for code, text in pairs:
        if code == value:
            return str(text)
    return humanize_code(value)


def data_summary(data) -> str:
    """An audit entry's data as 'Fields: title, wage; Job center: KC-DT' (never a Python repr)."""
    if not data:
        return ""
    if not isinstance(data, dict):
        return str(data)
    out = []
    for key, value in data.items():
        if isinstance(value, list | tuple):
            value = ", ".join(humanize_code(v) if isinstance(v, str) and "_" in v else present_value(v) for v in value)
        else:
            value = present_value(value)
        out.append(f"{humanize_code(key)}: {value}")
    return "; ".join(out)


def password_hint() -> str:
    """The password rules of the configured validators, as one sentence (never a number of our own)."""
    from django.contrib.auth.password_validation import password_validators_help_texts

    texts = [t.strip().rstrip(".") for t in password_validators_help_texts()]
    return (". ".join(texts) + ".") if texts else ""


def _lazy_password_hint():
    from django.utils.functional import lazy

    return lazy(password_hint, str)()


PASSWORD_HINT = _lazy_password_hint()  # for form fields' help_text (read when the page renders)


def present_value(value) -> str:
    """Any stored value (a parameter's, an audit entry's) as people read it: Yes/No, words for keys, labels of
    coded rows, lists joined — never a Python repr."""
    if isinstance(value, bool) or value is None:
        return yes_no(value)
    if isinstance(value, dict):
        if "label" in value:
            return str(value["label"])
        return "; ".join(f"{humanize_code(k)}: {present_value(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(present_value(v) for v in value) if value else "none"
    if isinstance(value, dt.timedelta):
        return humanize_duration(value)
    if isinstance(value, str) and SNAKE_VALUE.match(value):
        return humanize_code(value)  # a stored choice code such as "on_hold"
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, str) and ISO_DATE.match(value):  # a date kept in JSON (audit data): "2026-06-22"
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and ISO_DATETIME.match(value):
        try:
            return format_datetime(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return value
    return str(value)


SNAKE_VALUE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
