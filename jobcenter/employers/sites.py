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
    site = _create(Worksite, employer=employer, actor=actor, fields=fields, action="employers.worksite.created")
    employer_propose_job_center(employer=employer, actor=actor)
    return site


@transaction.atomic
def worksite_update(*, worksite: Worksite, actor, **fields) -> Worksite:
    """Change a worksite's name or address. Orders already entered keep the address they were entered with."""
    _update(worksite, actor=actor, fields=fields, allowed=WORKSITE_FIELDS, action="employers.worksite.updated")
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
    return _create(EmployerContact, employer=employer, actor=actor, fields=fields, action="employers.contact.created")


@transaction.atomic
def contact_update(*, contact: EmployerContact, actor, **fields) -> EmployerContact:
    """Change a contact person's details."""
    return _update(contact, actor=actor, fields=fields, allowed=CONTACT_FIELDS, action="employers.contact.updated")


@transaction.atomic
def contact_remove(*, contact: EmployerContact, actor) -> None:
    """Remove a contact person (the audit trail keeps that it existed, without the person's details)."""
    employer = contact.employer
    pk = contact.pk
    contact.delete()
    audit_log(action="employers.contact.removed", actor=actor, obj=employer, data={"contact": pk})


def _create(model, *, employer: Employer, actor, fields: dict, action: str):
    """A validated new ``model`` row (worksite or contact) of ``employer``, audited as ``action``
    ("employers.<kind>.created") with its id under <kind>."""
    row = model(employer=employer, **fields)
    row.full_clean()
    row.save()
    audit_log(action=action, actor=actor, obj=employer, data={_kind(action): row.pk})
    return row


def _update(row, *, actor, fields: dict, allowed: tuple[str, ...], action: str):
    """``row`` with ``fields`` (only ``allowed`` names) validated and saved, audited as ``action``
    ("employers.<kind>.updated") with its id under <kind> and the fields that changed."""
    changed = _assign(row, fields, allowed)
    row.full_clean()
    row.save()
    audit_log(action=action, actor=actor, obj=row.employer, data={_kind(action): row.pk, "fields": changed})
    return row


def _kind(action: str) -> str:
    """'employers.worksite.created' -> 'worksite'."""
    return action.split(".")[1]


def _assign(row, fields: dict, allowed: tuple[str, ...]) -> list[str]:
    unknown = set(fields).difference(allowed)
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")
    changed = sorted(name for name, value in fields.items() if getattr(row, name) != value)
    for name, value in fields.items():
        setattr(row, name, value)
    return changed
