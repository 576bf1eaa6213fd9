"""Build PIRL records for a report quarter from the case database and the wage sources.

One record per period of participation (918 = 1): a Wagner-Peyser enrollment whose participant date (PIRL 900) falls on
or before the end of the report quarter and which is still open or exited within the last
``HISTORY_QUARTERS`` quarters (long enough for fourth-quarter outcomes and the trend charts). Co-enrollment
flags (903/904/905/914) come from the person's other enrollments that overlap the period. This is a statewide
batch read for the state's report (like the nightly exit run); pages that show people filter through
``scoped()``. Reportable individuals (918 = 2) follow (``reportable``); Federal (contractor) job referrals and
hires (1108-1111) come from the exchange's referrals (``federal_jobs``), the occupation of jobs after exit
(1610-1613) from referrals with a hire (``after_exit``), and what is known of the person before participation
(402-406, 1700-1702) from the résumé and the wage store (``entry``). Elements of section 1 that are not Wagner-
Peyser's are written blank (``elements.BLANK_COLUMNS``, each with its reason; ADR 0041).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from django.conf import settings

from jobcenter.cases.choices import (
    CAREER_SERVICE_CATEGORIES,
    NON_QUALIFYING_CATEGORIES,
    EnrollmentStatus,
    Program,
    ServiceCategory,
    ServiceStatus,
)
from jobcenter.cases.credentials import first_credential
from jobcenter.cases.models import Enrollment, RecognizedCredential, Service
from jobcenter.cases.other_programs import pirl_values as other_programs
from jobcenter.cases.other_programs import training_related
from jobcenter.core.parameters import param
from jobcenter.reporting import wage_sources
from jobcenter.reporting.pirl import after_exit, entry, federal_jobs
from jobcenter.reporting.pirl.elements import COLUMNS, OUTCOME_ELEMENTS
from jobcenter.reporting.pirl.outcomes import quarter_outcome, retention_same_employer
from jobcenter.reporting.pirl.reportable import reportable_rows
from jobcenter.reporting.quarters import Quarter
from jobcenter.seekers.models import SeekerOccupation, WorkHistory

HISTORY_QUARTERS = 12
Progress = Callable[[int, int, str], None]

_SEEKER_ELEMENTS = {
    "p201": "sex",
    "p202": "disability",
    "p210": "hispanic_latino",
    "p211": "race_american_indian",
    "p212": "race_asian",
    "p213": "race_black",
    "p214": "race_pacific_islander",
    "p215": "race_white",
    "p300": "veteran",
    "p301": "eligible_veteran",
    "p303": "disabled_veteran",
    "p400": "employment_status",
    "p401": "uc_status",
    "p408": "education_level",
    "p409": "school_status",
    "p413": "msfw",
    "p800": "homeless",
    "p801": "ex_offender",
    "p802": "low_income",
    "p803": "english_learner",
    "p804": "basic_skills_deficient",
    "p805": "cultural_barriers",
    "p806": "single_parent",
    "p807": "displaced_homemaker",
    "p808": "eligible_msfw",
    "p600": "tanf",
    "p602": "ssi_ssdi",
    "p603": "snap",
}
_CO_ENROLLMENT = {Program.ADULT: "p903", Program.DISLOCATED_WORKER: "p904", Program.YOUTH: "p905", Program.JVSG: "p914"}
_SELF_OR_INFO = {ServiceCategory.SELF_SERVICE, ServiceCategory.INFORMATION_ONLY}
_STAFF_BASIC = {ServiceCategory.STAFF_ASSISTED}


def ymd(day: dt.date | None) -> str:
    """PIRL date format YYYYMMDD (blank for no date)."""
    return f"{day:%Y%m%d}" if day else ""


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _service_elements(services: list[Service]) -> dict[str, str]:
    """Service dates (PIRL 1000-1005, 1100-1116 but 1114, 1200-1202) and 1300 from the period's delivered
    services (federal-specs 1.4)."""
    out: dict[str, str] = {}
    by_element: dict[int, list[dt.date]] = defaultdict(list)
    self_info, staff, career, individualized = [], [], [], []
    for s in services:
        by_element[s.pirl_element].append(s.service_date)
        if s.category in _SELF_OR_INFO:
            self_info.append(s.service_date)
        if s.category in _STAFF_BASIC:
            staff.append(s.service_date)
        if s.category == ServiceCategory.INDIVIDUALIZED:
            individualized.append(s.service_date)
        if s.category not in NON_QUALIFYING_CATEGORIES:
            career.append(s.service_date)
    for element, dates in by_element.items():
        if 1100 <= element <= 1116 and element != 1114:  # 1114 is a code, not a date (jvsg_referral)
            out[f"p{element}"] = ymd(max(dates))
    # 1202 Date IEP created: the day the plan was created in this period, so the first (PIRL layout PY2022 Q4).
    out["p1202"] = ymd(min(by_element[1202])) if by_element.get(1202) else ""
    # 1005: "any career service provided by a DVOP specialist", most recent (PIRL layout PY2022 Q4).
    dvop = [s.service_date for s in services if s.dvop_specialist and s.category in CAREER_SERVICE_CATEGORIES]
    out["p1005"] = ymd(max(dvop)) if dvop else ""
    out["p1000"] = ymd(min(self_info)) if self_info else ""
    out["p1002"] = ymd(max(self_info)) if self_info else ""
    out["p1001"] = ymd(min(staff)) if staff else ""
    out["p1003"] = ymd(max(staff)) if staff else ""
    out["p1004"] = ymd(max(career)) if career else ""
    out["p1200"] = ymd(min(individualized)) if individualized else ""
    out["p1201"] = ymd(max(individualized)) if individualized else ""
    out["p1300"] = _flag(any(s.category == ServiceCategory.TRAINING for s in services))
    return out


def periods_for(quarter: Quarter):
    """Wagner-Peyser periods of participation reported for ``quarter`` (see module docstring)."""
    oldest_exit = (quarter - (HISTORY_QUARTERS - 1)).start
    return (
        Enrollment.objects.filter(
            program=Program.WAGNER_PEYSER, participation_date__isnull=False, participation_date__lte=quarter.end
        )
        .exclude(status=EnrollmentStatus.EXITED, exit_date__lt=oldest_exit)
        .select_related("seeker", "job_center__region")
        .order_by("id")
    )


def build_pirl(*, quarter: Quarter, progress: Progress | None = None) -> list[dict[str, str]]:
    """PIRL records for ``quarter``: every column of ``elements.COLUMNS`` plus the state extensions
    ``job_center`` / ``region`` and the internal keys ``_enrollment_id`` / ``_seeker_id`` (never written).
    Participants' records (918 = 1) come first, then the reportable individuals' (918 = 2, ``reportable``)."""
    periods = list(periods_for(quarter))
    total = len(periods)
    tick = progress or (lambda done, total, message: None)
    tick(0, total, "Reading periods of participation")
    seeker_ids = {p.seeker_id for p in periods}
    services: dict[int, list[Service]] = defaultdict(list)
    for s in (
        Service.objects.filter(seeker_id__in=seeker_ids, status=ServiceStatus.DELIVERED, service_date__lte=quarter.end)
        .select_related("job_center__region")
        .order_by("service_date", "id")
    ):
        services[s.seeker_id].append(s)
    jobs: dict[int, list[WorkHistory]] = defaultdict(list)
    for job in WorkHistory.objects.filter(seeker_id__in=seeker_ids).order_by("id"):
        jobs[job.seeker_id].append(job)
    occupations: dict[int, list[SeekerOccupation]] = defaultdict(list)
    for occ in SeekerOccupation.objects.filter(seeker_id__in=seeker_ids).order_by("id"):
        occupations[occ.seeker_id].append(occ)
    hires = after_exit.hires(seeker_ids, last=quarter.end)
    supplemental = wage_sources.supplemental_facts()
    documents = after_exit.documented(supplemental)
    others: dict[int, list[Enrollment]] = defaultdict(list)
    for e in Enrollment.objects.filter(seeker_id__in=seeker_ids).exclude(program=Program.WAGNER_PEYSER):
        others[e.seeker_id].append(e)
    referrals = federal_jobs.referral_facts(seeker_ids, last=quarter.end)
    credentials: dict[int, list[RecognizedCredential]] = defaultdict(list)
    for c in RecognizedCredential.objects.filter(seeker_id__in=seeker_ids):
        credentials[c.seeker_id].append(c)

    rows = []
    for n, period in enumerate(periods, start=1):
        row = _base_row(period, quarter, services[period.seeker_id], others[period.seeker_id])
        last = row["_exit_date"] or quarter.end
        federal_jobs.apply(row, referrals[period.seeker_id], period.seeker, first=period.registered_on, last=last)
        sid, entered = period.seeker_id, period.participation_date
        row["p402"] = entry.long_term_unemployed(period.seeker.employment_status, jobs[sid], entered)
        row["p403"] = entry.prior_occupation(jobs[sid], occupations[sid], entered)
        after_exit.apply(row, hires[sid], exit_date=row["_exit_date"], last=quarter.end, documents=documents[sid])
        row["p1800"], row["p1801"] = first_credential(  # cases.credentials: training, entry to exit + 1 year
            credentials[sid], trained=row["p1300"] == "1", entry=entered, exit_date=row["_exit_date"], last=quarter.end
        )
        rows.append(row)
        if n % 200 == 0:
            tick(n, total, "Building participant records")
    tick(total, total, "Matching wage records")
    _add_outcomes(rows, quarter, supplemental)
    for row, period in zip(rows, periods, strict=True):  # 1608 needs 1602 (cases.other_programs)
        row["p1608"] = training_related(period, trained=row["p1300"], employed_q2=row["p1602"])
    entry.add_prior_wages(rows, quarter)
    tick(total, total, "Adding reportable individuals")
    rows.extend(reportable_rows(quarter=quarter))
    return rows


def person_elements(seeker) -> dict[str, str]:
    """The elements about the person (identity, residence, demographics, veteran, barriers): PIRL 100-808.
    410, 600, 602 and 603 are blank when staff have not recorded them (the layout's "leave blank")."""
    row = {
        "p100": seeker.state_id,
        "p101": seeker.state or "",
        "p102": seeker.county_fips or "",
        "p103": (seeker.postcode or "")[:5],
        "p200": ymd(seeker.date_of_birth),
        "p302": _flag(seeker.campaign_veteran),
        "p304": ymd(seeker.military_separation_date),
        "p410": ymd(seeker.dislocation_date),
        "p305": _flag(seeker.transitioning_service_member),
        "p316": _flag(seeker.active_duty_spouse),
        "p407": "" if seeker.highest_grade is None else str(seeker.highest_grade),
    }
    for column, attr in _SEEKER_ELEMENTS.items():
        row[column] = getattr(seeker, attr) or ""
    return row


def _base_row(period: Enrollment, quarter: Quarter, services: list[Service], others: list[Enrollment]) -> dict:
    seeker = period.seeker
    exited = period.status == EnrollmentStatus.EXITED and period.exit_date and period.exit_date <= quarter.end
    end = period.exit_date if exited else quarter.end
    in_period = [s for s in services if period.registered_on <= s.service_date <= end]
    row = dict.fromkeys(COLUMNS, "")
    row.update(person_elements(seeker))
    row.update(
        {
            "p108a": period.job_center.region.lwdb_code or "",
            "p900": ymd(period.participation_date),
            "p901": ymd(period.exit_date) if exited else "",
            "p918": "1",
            "p923": period.other_exit_reason if exited else "00",
            "job_center": period.job_center.code,
            "region": period.job_center.region.code,
            "_enrollment_id": period.pk,
            "_seeker_id": seeker.pk,
            "_ssn_hash": seeker.ssn_hash,
            "_exit_date": period.exit_date if exited else None,
        }
    )
    for column in _CO_ENROLLMENT.values():
        row[column] = "0"
    for other in others:
        overlaps = (other.participation_date or other.registered_on) <= end and (
            other.exit_date is None or other.exit_date >= period.participation_date
        )
        if overlaps and other.participation_date and other.program in _CO_ENROLLMENT:
            row[_CO_ENROLLMENT[other.program]] = "1"
    row.update(_service_elements(in_period))
    row.update(other_programs(period))  # 907-932, recorded on the W-P enrollment (cases.other_programs)
    row["p108b"], row["p108c"] = other_boards(in_period, row["p108a"])
    # 935 = 1: "the participant either disclosed an invalid social security number (SSN) or chose not to disclose
    # a SSN" (PIRL layout PY2022 Q4; federal-specs 1.3). A stored SSN has passed the SSN rules (seekers.services),
    # so only an undisclosed one gives 1. Codes 2 (retired) and 3 (TAA subsequent petition) are not recorded by
    # the exchange, and "0 or blank" means none applies, so the others are blank, not a claimed 0.
    row["p935"] = "" if seeker.ssn_hash else "1"
    row["p1114"] = jvsg_referral(seeker, others, first=period.registered_on, last=end)
    return row


def other_boards(services: list[Service], first: str) -> tuple[str, str]:
    """PIRL 108-B / 108-C: the 2nd and 3rd local workforce boards of the period, "for inclusion in the reports for
    the identified Local Area" (PIRL layout PY2022 Q4; federal-specs 1.1). 108-A is the board of the job center
    that enrolled the person; another board whose job centers delivered a service in the period is the 2nd, a
    further one the 3rd, in the order of their first service. Blank when there is none."""
    others: list[str] = []
    for s in services:
        code = s.job_center.region.lwdb_code if s.job_center_id and s.job_center.region_id else ""
        if code and code != first and code not in others:
            others.append(code)
    return (others[0] if others else "", others[1] if len(others) > 1 else "")


def jvsg_referral(seeker, others: list[Enrollment], *, first: dt.date, last: dt.date) -> str:
    """PIRL 1114 Referred to JVSG services (DOL PIRL public-use layout PY2022 Q4; federal-specs 1.4).

    A JVSG enrollment registered during the period is the referral; its recorded reason is the code (1-4). With
    none, 0 for the people the element applies to (veterans, eligible persons, transitioning service members,
    PIRL 300/301/305), blank for everyone else ("Leave blank if this data element does not apply"). A JVSG
    enrollment without a recorded reason (entered before the reason was asked) gives blank, never a guess.
    """
    referrals = sorted(
        (e for e in others if e.program == Program.JVSG and first <= e.registered_on <= last),
        key=lambda e: (e.registered_on, e.pk),
    )
    if referrals:
        return referrals[-1].jvsg_referral_reason or ""
    applies = seeker.veteran == "1" or seeker.eligible_veteran in {"1", "2", "3"} or seeker.transitioning_service_member
    return "0" if applies else ""


def _add_outcomes(rows: list[dict], quarter: Quarter, supplemental: dict) -> None:
    """Fill 1600-1607, 1614-1618 and 1703-1706 for exiters from direct matches and supplemental data."""
    exiters = [
        {"person_id": r["p100"], "ssn_hash": r["_ssn_hash"], "exit_date": r["_exit_date"]}
        for r in rows
        if r["_exit_date"]
    ]
    if not exiters:
        return
    direct = wage_sources.direct_matches(exiters, as_of=(quarter + 1).start)
    lag = param("reporting.wage_lag_quarters", as_of=quarter.end)
    for row in rows:
        exit_date = row["_exit_date"]
        if not exit_date:
            continue
        exit_q = Quarter.of(exit_date)
        outcomes = {}
        for k, (emp_col, type_col, wage_col, naics_col) in OUTCOME_ELEMENTS.items():
            target = exit_q + k
            o = quarter_outcome(
                direct=direct.get(row["p100"], k),
                supplemental=supplemental.get((row["_seeker_id"], target)),
                target=target,
                as_of=quarter,
                lag_quarters=lag,
                wage_data_loaded=direct.loaded,
            )
            outcomes[k] = o
            row[emp_col], row[type_col], row[wage_col], row[naics_col] = o.employed, o.type_of_match, o.wages, o.naics
        row["p1618"] = retention_same_employer(outcomes[2], outcomes[4])
        row["_employer_q2"] = outcomes[2].employer_id
        row["_employer_q4"] = outcomes[4].employer_id


def state_code() -> str:
    """The installation's state (PIRL 101 default and parameter breakdowns)."""
    return settings.JOBCENTER_STATE
