"""The words of job notifications (plain language, a link to the job and how to stop them) and of the employer
case note (staff: the procedure and its citation). A confidential employer is never named: the job comes from
``joborders.selectors.public_job_order``."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from jobcenter.core import clock
from jobcenter.core.presentation import format_phone


def job_link(job) -> str:
    """The public page of the job, marked as coming from a notification (a referral asked there says so)."""
    return f"{settings.JOBCENTER_PUBLIC_URL}{reverse('portal:job-public', args=[job.pk])}?from=notification"


def preferences_link() -> str:
    return f"{settings.JOBCENTER_PUBLIC_URL}{reverse('portal:notification-preferences')}"


def _facts(job) -> list[str]:
    lines = [job.title, f"{job.employer_name} · {job.worksite}"]
    if job.wage:
        lines.append(job.wage)
    lines.append(job.employment_type)
    return lines


def email(job, seeker) -> tuple[str, str]:
    """(subject, body) of the email."""
    subject = f"New job you may qualify for: {job.title}"
    parts = [
        f"Hello {seeker.given_name},",
        "A new job is open that matches your profile:",
        "\n".join(_facts(job)),
    ]
    if job.labor_dispute_notice:
        parts.append(job.labor_dispute_notice)
    parts += [
        f"Read about the job and ask to be referred:\n{job_link(job)}",
        "You get these messages because you asked to hear about new jobs. To stop them, or to change how we "
        f"contact you, sign in and open Job notifications:\n{preferences_link()}",
    ]
    return subject, "\n\n".join(parts) + "\n"


def text(job) -> str:
    """A short text message."""
    return (
        f"New job you may qualify for: {job.title}, {job.worksite}. See it and ask to be referred: {job_link(job)} "
        f"To stop job texts: {preferences_link()}"
    )


def address_block(seeker) -> str:
    lines = [seeker.full_name, seeker.address_1]
    if seeker.address_2:
        lines.append(seeker.address_2)
    lines.append(f"{seeker.city}, {seeker.state} {seeker.postcode}")
    return "\n".join(lines)


def letter(job, seeker, center) -> str:
    """A letter for people who chose mail."""
    call = f"call {center.name}" + (f" at {format_phone(center.phone)}" if center.phone else "")
    parts = [
        f"Dear {seeker.full_name},",
        "A new job is open that matches your profile:",
        "\n".join(_facts(job)),
    ]
    if job.labor_dispute_notice:
        parts.append(job.labor_dispute_notice)
    parts += [
        f"To read about the job and ask to be referred, visit {job_link(job)} or {call}.",
        f"To stop these letters, or to change how we contact you, visit {preferences_link()} or {call}.",
    ]
    return "\n\n".join(parts) + "\n"


def _when(moment) -> str:
    local = moment.astimezone(clock.local_tz())
    return local.strftime("%B %-d, %Y at %-I:%M %p").replace("AM", "a.m.").replace("PM", "p.m.")


CHANNEL_WORDS = {"email": "email", "text": "text message", "mail": "letter"}
CITATION = (
    "manual: Manage Labor Exchange Tools, Notifications; Employers (case note notifications or their lack); "
    "priority of service: 38 U.S.C. 4215, 20 CFR 1010, TEGL 10-09"
)


def employer_note(run, counts: dict) -> str:
    """The case note on the employer's record when a run is complete."""
    order = run.job_order
    sent = sum(n for (_c, s), n in counts.items() if s == "sent")
    failed = sum(n for (_c, s), n in counts.items() if s == "failed")
    head = f"Job notifications for {order.number} {order.title}"
    if not sent and not failed:
        return f"{head}: no qualified job seekers to notify ({CITATION})."
    by_channel = ", ".join(
        f"{CHANNEL_WORDS[c]} {sum(n for (cc, s), n in counts.items() if cc == c and s == 'sent')}"
        for c in ("email", "text", "mail")
        if any(cc == c and s == "sent" for (cc, s) in counts)
    )
    people = "person" if sent == 1 else "people"
    text = f"{head}: {sent} qualified job-seeking {people} notified ({by_channel})."
    if run.covered_count:
        text += f" Covered persons (veterans and eligible spouses) first: {run.covered_count} on {_when(run.opened_at)}"
        if run.others_count and run.others_due_at:
            text += f"; the other {run.others_count} after the {run.window_hours}-hour priority window"
        text += "."
    else:
        text += " No covered person (veteran or eligible spouse) qualified, so nobody was held back."
    if failed:
        text += f" {failed} message{'s' if failed != 1 else ''} could not be sent."
    return f"{text} ({CITATION})"
