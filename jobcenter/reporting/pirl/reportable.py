"""PIRL records for Wagner-Peyser reportable individuals (PIRL 918 = 2).

A reportable individual used only self-service or information-only services (20 CFR 677.150(b); TEGL 10-16
Chg 3; federal-specs 2.1). Their activity runs in periods: a new period starts after more than
``cases.reportable_individual_period_days`` (90) consecutive days without any service (federal-specs 2.1), the
same rule and the same services (delivered Wagner-Peyser services) as the case page's PIRL 918
(``cases.rules.pirl_918`` / ``reportable_periods``; docs/adr/0015).

One record per period of activity whose last contact (PIRL 1007) falls in the four quarters ending the report
quarter (the reportable individuals of the quarterly report), unless the period holds a participation-triggering
service or overlaps a Wagner-Peyser period of participation: a participant is reported as a participant, never
also as a reportable individual ("only those who are not participants", federal-specs 2.1). Reportable
individuals have no date of program entry or exit (PIRL 900 / 901 are the participant's dates) and never enter
the performance indicators (those take 918 = 1 only).

A reportable individual is also someone who only "provide[d] identifying information" (20 CFR 677.150(b);
federal-specs 2.1): a person who registered (the seeker record's creation day, in the installation's time zone)
in the four quarters ending the report quarter and received no Wagner-Peyser service up to its end gets one
record with 1007 = the registration day (``registrant_rows``), never when the person was a participant in any
program from registration to the report quarter's end or already has a reportable-individual record of the
quarter. The case page's PIRL 918 still counts services only (ADR 0015, 0041).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from jobcenter.cases import rules
from jobcenter.cases.choices import EnrollmentStatus, Program, ServiceCategory, ServiceStatus
from jobcenter.cases.models import Enrollment, Service
from jobcenter.core import clock
from jobcenter.core.parameters import param
from jobcenter.reporting.pirl.elements import COLUMNS
from jobcenter.reporting.quarters import Quarter
from jobcenter.seekers.models import JobSeeker

WINDOW_QUARTERS = 4
_SELF_OR_INFO = {ServiceCategory.SELF_SERVICE, ServiceCategory.INFORMATION_ONLY}


def reportable_rows(*, quarter: Quarter) -> list[dict]:
    """Records of the reportable individuals of ``quarter`` (see module docstring)."""
    from jobcenter.reporting.pirl.build import person_elements, ymd

    first, last = (quarter - (WINDOW_QUARTERS - 1)).start, quarter.end
    gap = int(param("cases.reportable_individual_period_days", as_of=last))
    wp = Service.objects.filter(program=Program.WAGNER_PEYSER, status=ServiceStatus.DELIVERED, service_date__lte=last)
    seeker_ids = set(wp.filter(service_date__gte=first).values_list("seeker_id", flat=True))
    services: dict[int, list[Service]] = defaultdict(list)
    for s in wp.filter(seeker_id__in=seeker_ids).order_by("service_date", "id"):
        services[s.seeker_id].append(s)
    participations: dict[int, list[Enrollment]] = defaultdict(list)
    for e in Enrollment.objects.filter(
        seeker_id__in=seeker_ids, program=Program.WAGNER_PEYSER, participation_date__isnull=False
    ):
        participations[e.seeker_id].append(e)
    seekers = JobSeeker.objects.filter(pk__in=seeker_ids).select_related("home_job_center__region").order_by("pk")

    rows = []
    for seeker in seekers:
        mine = services[seeker.pk]
        facts = [rules.ServiceFact(date=s.service_date, triggers_participation=s.triggers_participation) for s in mine]
        for period in rules.reportable_periods(facts, as_of=last, gap_days=gap):
            if period.end < first:
                continue
            in_period = [s for s in mine if period.start <= s.service_date <= period.end]
            if any(s.triggers_participation for s in in_period) or _participant_during(
                participations[seeker.pk], period
            ):
                continue
            rows.append(_row(seeker, in_period, period, person_elements, ymd))
    rows.extend(registrant_rows(first=first, last=last, counted={r["_seeker_id"] for r in rows}))
    return rows


def registrant_rows(*, first: dt.date, last: dt.date, counted: set[int]) -> list[dict]:
    """Records of people who registered from ``first`` to ``last`` and received no Wagner-Peyser service up to
    ``last``: 918 = 2 with 1007 = the registration day (module docstring). ``counted``: people who already have a
    reportable-individual record of the quarter."""
    from jobcenter.reporting.pirl.build import person_elements, ymd

    tz = clock.local_tz()
    start = dt.datetime.combine(first, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    # Anyone served (any program) or a participant by the quarter's end gave more than identifying information.
    served = Service.objects.filter(status=ServiceStatus.DELIVERED, service_date__lte=last)
    enrolled = Enrollment.objects.filter(participation_date__isnull=False, participation_date__lte=last)
    seekers = list(
        JobSeeker.objects.filter(is_active=True, created_at__gte=start, created_at__lt=end)
        .exclude(pk__in=served.values("seeker_id"))
        .exclude(pk__in=enrolled.values("seeker_id"))
        .exclude(pk__in=counted)
        .select_related("home_job_center__region")
        .order_by("pk")
    )
    participations: dict[int, list[Enrollment]] = defaultdict(list)
    for e in Enrollment.objects.filter(
        seeker_id__in=[s.pk for s in seekers], participation_date__isnull=False, participation_date__lte=last
    ):
        participations[e.seeker_id].append(e)
    rows = []
    for seeker in seekers:
        registered = seeker.created_at.astimezone(tz).date()
        if _participant_during(participations[seeker.pk], rules.ActivityPeriod(start=registered, end=last)):
            continue
        rows.append(_registrant_row(seeker, registered, person_elements, ymd))
    return rows


def _participant_during(enrollments: list[Enrollment], period: rules.ActivityPeriod) -> bool:
    return any(
        e.participation_date <= period.end
        and (e.status != EnrollmentStatus.EXITED or e.exit_date is None or e.exit_date >= period.start)
        for e in enrollments
    )


def _registrant_row(seeker, registered: dt.date, person_elements, ymd) -> dict:
    """A registrant's record: the person's elements, 918 = 2 and 1007 = the registration day; no service dates."""
    center = seeker.home_job_center
    row = dict.fromkeys(COLUMNS, "")
    row.update(person_elements(seeker))
    row.update(
        {
            "p108a": (center.region.lwdb_code or "") if center else "",
            "p918": "2",
            "p1007": ymd(registered),
            "job_center": center.code if center else "",
            "region": center.region.code if center else "",
            "_enrollment_id": None,
            "_seeker_id": seeker.pk,
            "_ssn_hash": seeker.ssn_hash,
            "_exit_date": None,
        }
    )
    return row


def _row(seeker, services: list[Service], period: rules.ActivityPeriod, person_elements, ymd) -> dict:
    center = seeker.home_job_center
    row = dict.fromkeys(COLUMNS, "")
    row.update(person_elements(seeker))
    self_info = [s.service_date for s in services if s.category in _SELF_OR_INFO]
    by_element: dict[int, list] = defaultdict(list)
    for s in services:
        by_element[s.pirl_element].append(s.service_date)
    row.update(
        {
            "p108a": (center.region.lwdb_code or "") if center else "",
            "p918": "2",
            "p1000": ymd(min(self_info)) if self_info else "",
            "p1002": ymd(max(self_info)) if self_info else "",
            "p1007": ymd(period.end),
            **{f"p{n}": ymd(max(by_element[n])) for n in (1100, 1101, 1103) if by_element.get(n)},
            "job_center": center.code if center else "",
            "region": center.region.code if center else "",
            "_enrollment_id": None,
            "_seeker_id": seeker.pk,
            "_ssn_hash": seeker.ssn_hash,
            "_exit_date": None,
        }
    )
    return row
