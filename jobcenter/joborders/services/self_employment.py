"""Self-employment postings (manual: Self-Employment Opportunities): never job orders."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.core.parameters import param
from jobcenter.joborders import constants
from jobcenter.joborders.models import (
    SelfEmploymentPosting,
)


@transaction.atomic
def self_employment_posting_create(
    *,
    actor,
    firm_name: str,
    firm_contact: str,
    title: str,
    details: str,
    posted_from: dt.date,
    posted_until: dt.date,
    job_center=None,
) -> SelfEmploymentPosting:
    """Record a self-employment (independent contractor) opportunity for the job center's board, never as a job
    order. It carries the manual's notice and stays up at most ``joborders.entry_self_employment_posting_days``."""
    max_days = param("joborders.entry_self_employment_posting_days", as_of=posted_from)
    # "for up to sixty (60) days", counting the first and the last day posted (1 Jan to 1 Mar is 60 days).
    if posted_until < posted_from or (posted_until - posted_from).days + 1 > max_days:
        raise ValidationError({"posted_until": constants.SELF_EMPLOYMENT_TOO_LONG.format(days=max_days)})
    posting = SelfEmploymentPosting(
        firm_name=firm_name,
        firm_contact=firm_contact,
        title=title,
        details=details,
        notice=constants.SELF_EMPLOYMENT_NOTICE,
        posted_from=posted_from,
        posted_until=posted_until,
        job_center=job_center or actor.job_center,
        created_by=actor,
    )
    posting.full_clean(exclude=["status"])
    posting.save()
    audit_log(action="joborders.self_employment.created", actor=actor, obj=posting)
    return posting


@transaction.atomic
def self_employment_posting_initial(*, posting: SelfEmploymentPosting, actor, initials: str) -> SelfEmploymentPosting:
    """A supervisor initials and dates the notice, and the posting goes up (manual: "must be initialed and dated
    prior to posting")."""
    from jobcenter.accounts.scoping import require

    require(actor, "joborders.approve_notice")
    if not initials.strip():
        raise ValidationError({"initials": constants.SELF_EMPLOYMENT_NEEDS_INITIALS})
    posting.initials = initials.strip().upper()[:5]
    posting.initialed_by = actor
    posting.initialed_on = clock.today()
    posting.post()
    posting.full_clean(exclude=["status"])
    posting.save()
    audit_log(action="joborders.self_employment.posted", actor=actor, obj=posting, data={"initials": posting.initials})
    return posting


@transaction.atomic
def self_employment_posting_remove(*, posting: SelfEmploymentPosting, actor) -> SelfEmploymentPosting:
    """Take a posting down."""
    posting.remove()
    posting.save()
    audit_log(action="joborders.self_employment.removed", actor=actor, obj=posting)
    return posting


@transaction.atomic
def self_employment_interest_record(*, posting: SelfEmploymentPosting, actor) -> SelfEmploymentPosting:
    """An applicant asked for the firm's contact details. A public service only: never a referral or placement."""
    SelfEmploymentPosting.objects.filter(pk=posting.pk).update(interest_count=posting.interest_count + 1)
    posting.refresh_from_db(fields=["interest_count"])
    audit_log(action="joborders.self_employment.interest", actor=actor, obj=posting)
    return posting
