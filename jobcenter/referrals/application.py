"""H-2A: the approved applicant's application, résumé and profile go directly to the employer (manual: H-2A and
H-2B Job Orders — "H-2A job orders require JC staff to screen all applicants and send approved applications,
resumes, profiles directly to the employer").

Sent by email through Django's email backends as the order instructs: to the email addresses written in the order's
application instructions, otherwise to the employer's address; the referral contact (``job_order_referral_contact``)
is the reply-to; the employer's users also get it in their portal inbox. The package holds only what the employer needs
to consider the person: never the SSN, demographic or disability data, veteran status or union affiliation.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.notifications import notify
from jobcenter.core.presentation import format_phone
from jobcenter.referrals import constants as C
from jobcenter.referrals.messaging import KEY_HEADER

# PIRL 408 value "3" (certificate of attendance, disability) would disclose a disability: never sent.
_WITHHELD_EDUCATION_LEVELS = {"3"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def application_recipients(order) -> list[str]:
    """Where the application goes: addresses the order's application instructions give, else the employer's."""
    named = list(dict.fromkeys(EMAIL_RE.findall(order.application_instructions or "")))[:5]
    if named:
        return named
    return [order.employer.email] if order.employer.email else []


def _date(d) -> str:
    return d.strftime("%B %Y") if d else "present"


def application_text(referral) -> str:
    """The application, résumé and profile of the referred person, as plain text."""
    from jobcenter.joborders.selectors import job_order_referral_contact

    p = referral.seeker
    order = referral.job_order
    contact = job_order_referral_contact(order)
    staff = contact.staff
    lines = [
        f"The job center referred this applicant to your job order {order.number}, {order.title}.",
        "",
        "APPLICANT",
        f"Name: {p.full_name}",
        f"Email: {p.email or 'not given'}",
        f"Phone: {format_phone(p.phone) if p.phone else 'not given'}",
        f"City: {', '.join(x for x in (p.city, p.state) if x) or 'not given'}",
        "",
        "WORK HISTORY",
    ]
    lines += [
        f"- {w.title}, {w.employer_name} ({_date(w.start_date)} to {_date(w.end_date)})"
        for w in p.work_history.all().order_by("-start_date")
    ] or ["- none listed"]
    lines += ["", "EDUCATION"]
    lines += [
        "- " + ", ".join(x for x in (e.institution, e.program) if x)
        for e in p.education.all()
        if e.level not in _WITHHELD_EDUCATION_LEVELS
    ] or ["- none listed"]
    lines += ["", "LICENSES AND CERTIFICATIONS"]
    lines += [f"- {c.name}" for c in p.credentials.all()] or ["- none listed"]
    lines += ["", "SKILLS", ", ".join(s.name for s in p.skills.all()) or "none listed", ""]
    if referral.dispute_notice:
        lines += [referral.dispute_notice, ""]
    lines += [
        f"Referred by {contact.job_center}"
        + (f", {staff.get_full_name() or staff.username}" if staff is not None else "")
        + ".",
    ]
    return "\n".join(lines)


def send_application(*, actor, referral) -> bool:
    """Send the package (after the transaction commits) and record that it was sent. When the order gives no
    address and the employer has neither an email address nor a portal user, nothing can be sent: the referral
    keeps no sent time, the staff responsible for the order are told to send it by hand, and False is returned."""
    from jobcenter.employers.models import EmployerMembership
    from jobcenter.joborders.selectors import job_order_referral_contact

    order = referral.job_order
    employer = order.employer
    subject = C.H2A_SUBJECT.format(order=f"{order.number} {order.title}")
    body = application_text(referral)
    contact = job_order_referral_contact(order)
    reply_to = [contact.staff.email] if contact.staff is not None and contact.staff.email else []
    key = f"referral-{referral.pk}-application"
    recipients = application_recipients(order)
    if recipients:
        message = EmailMessage(
            subject=subject,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=recipients,
            reply_to=reply_to,
            headers={KEY_HEADER: key},
        )
        transaction.on_commit(lambda: message.send(fail_silently=False))
    users = [m.user for m in EmployerMembership.objects.filter(employer=employer, user__is_active=True)]
    if not (recipients or users):
        notify(
            kind="referrals.application.unsent",
            subject=f"Send the H-2A application by hand: {order.number}",
            body=C.H2A_NO_ADDRESS.format(person=referral.seeker.full_name),
            obj=referral,
            users=[u for u in (actor, contact.staff) if u is not None],
        )
        audit_log(action="referrals.referral.application_unsent", actor=actor, obj=referral, data={"order": order.pk})
        return False
    notify(kind="referrals.application.sent", subject=subject, body=body, obj=referral, users=users)
    referral.application_sent_at = clock.now()
    audit_log(
        action="referrals.referral.application_sent",
        actor=actor,
        obj=referral,
        data={"order": order.pk, "emailed": len(recipients), "portal_users": len(users)},
    )
    return True
