"""Writes for where an employer works and whom staff call: the serving job center (proposed from the worksite
ZIP code through the service-area table), worksites and contacts (edit, remove). Keyword-only, atomic,
validated, audited; re-exported by ``employers.services``."""

from __future__ import annotations

from django.db import transaction

from jobcenter.accounts.selectors import job_center_for_place
from jobcenter.core.audit import audit_log
from jobcenter.employers.choices import JobCenterSource
from jobcenter.employers.models import Employer, EmployerContact, Worksite

WORKSITE_FIELDS = ("name", "address_1", "address_2", "city", "state", "postcode", "county")
CONTACT_FIELDS = ("name", "title", "phone", "email", "is_primary")


def employer_job_center_proposal(*, employer: Employer, worksite: Worksite | None = None):
    """The job center the service-area table gives for ``worksite`` (default: the employer's first active
    worksite, else the company address), or None."""
    site = worksite or employer.worksites.filter(is_active=True).order_by("id").first()
    if site is not None:
        found = job_center_for_place(state=site.state, postcode=site.postcode, county=site.county)
        if found is not None or worksite is not None:
            return found
    return job_center_for_place(state=employer.state, postcode=employer.postcode)


@transaction.atomic
def employer_propose_job_center(*, employer: Employer, actor=None, worksite: Worksite | None = None) -> Employer:
    """Set a proposed job center when none was chosen by staff or confirmed by CSU yet; audited when it changes.
    Orders wait for CSU verification anyway, which confirms or changes the proposal."""
    if employer.job_center_source in (JobCenterSource.CHOSEN, JobCenterSource.CONFIRMED) and employer.job_center_id:
        return employer
    proposal = employer_job_center_proposal(employer=employer, worksite=worksite)
    if proposal is None or proposal.pk == employer.job_center_id:
        return employer
    employer.job_center = proposal
    employer.job_center_source = JobCenterSource.PROPOSED
    employer.save(update_fields=["job_center", "job_center_source", "updated_at"])
    audit_log(action="employers.job_center.proposed", actor=actor, obj=employer, data={"job_center": proposal.code})
    return employer


@transaction.atomic
def worksite_create(*, employer: Employer, actor, **fields) -> Worksite:
    """Add a worksite (the real place of work a job order points at); proposes the job center if none yet."""
    site = Worksite(employer=employer, **fields)
    site.full_clean()
    site.save()
    audit_log(action="employers.worksite.created", actor=actor, obj=employer, data={"worksite": site.pk})
    employer_propose_job_center(employer=employer, actor=actor)
    return site


@transaction.atomic
def worksite_update(*, worksite: Worksite, actor, **fields) -> Worksite:
    """Change a worksite's name or address. Orders already entered keep the address they were entered with."""
    changed = _assign(worksite, fields, WORKSITE_FIELDS)
    worksite.full_clean()
    worksite.save()
    audit_log(
        action="employers.worksite.updated",
        actor=actor,
        obj=worksite.employer,
        data={"worksite": worksite.pk, "fields": changed},
    )
    employer_propose_job_center(employer=worksite.employer, actor=actor)
    return worksite


@transaction.atomic
def worksite_remove(*, worksite: Worksite, actor) -> Worksite:
    """Take a worksite off the employer's list (kept for the orders and the history that name it)."""
    worksite.is_active = False
    worksite.save(update_fields=["is_active"])
    audit_log(action="employers.worksite.removed", actor=actor, obj=worksite.employer, data={"worksite": worksite.pk})
    return worksite


@transaction.atomic
def contact_create(*, employer: Employer, actor, **fields) -> EmployerContact:
    """Add a contact person at the employer."""
    contact = EmployerContact(employer=employer, **fields)
    contact.full_clean()
    contact.save()
    audit_log(action="employers.contact.created", actor=actor, obj=employer, data={"contact": contact.pk})
    return contact


@transaction.atomic
def contact_update(*, contact: EmployerContact, actor, **fields) -> EmployerContact:
    """Change a contact person's details."""
    changed = _assign(contact, fields, CONTACT_FIELDS)
    contact.full_clean()
    contact.save()
    audit_log(
        action="employers.contact.updated",
        actor=actor,
        obj=contact.employer,
        data={"contact": contact.pk, "fields": changed},
    )
    return contact


@transaction.atomic
def contact_remove(*, contact: EmployerContact, actor) -> None:
    """Remove a contact person (the audit trail keeps that it existed, without the person's details)."""
    employer = contact.employer
    pk = contact.pk
    contact.delete()
    audit_log(action="employers.contact.removed", actor=actor, obj=employer, data={"contact": pk})


def _assign(row, fields: dict, allowed: tuple[str, ...]) -> list[str]:
    unknown = set(fields).difference(allowed)
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")
    changed = sorted(name for name, value in fields.items() if getattr(row, name) != value)
    for name, value in fields.items():
        setattr(row, name, value)
    return changed
