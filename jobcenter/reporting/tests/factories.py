"""Builders for reporting tests: real periods of participation made through the cases services."""

from __future__ import annotations

import datetime as dt

from jobcenter.cases import services
from jobcenter.cases.models import Enrollment
from jobcenter.cases.tests.factories import make_seeker
from jobcenter.core import clock


def participant(*, job_center, case_manager, entry: dt.date, last_service: dt.date | None = None, exit=True, **fields):
    """A person who became a Wagner-Peyser participant on ``entry`` (code 101), had a last job-search service on
    ``last_service`` and (with ``exit``) exited by the 90-day rule. Returns the enrollment."""
    seeker = make_seeker(job_center=job_center, **fields)
    with clock.frozen(dt.datetime.combine(entry, dt.time(10))):
        services.enrollment_create(actor=case_manager, seeker=seeker, case_manager=case_manager)
        services.service_record(actor=case_manager, seeker=seeker, code="101")
    if last_service and last_service != entry:
        with clock.frozen(dt.datetime.combine(last_service, dt.time(10))):
            services.service_record(actor=case_manager, seeker=seeker, code="102")
    if exit:
        services.enrollments_apply_exits(as_of=(last_service or entry) + dt.timedelta(days=120))
    return Enrollment.objects.get(seeker=seeker, program="wp")


def import_wages(tmp_path, lines: list[str], name: str = "ui.csv"):
    """Import UI wage rows (``ssn,employer_fein,ui_account,naics,state,year,quarter,wages``) with the real importer."""
    from jobcenter.wages.services import wage_file_import

    path = tmp_path / name
    path.write_text("ssn,employer_fein,ui_account,naics,state,year,quarter,wages\n" + "\n".join(lines) + "\n")
    return wage_file_import(path=path, source="ui")
