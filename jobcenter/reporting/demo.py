"""Demo data for the quarterly performance report (idempotent).

Exited Wagner-Peyser participants in both demo job centers, spread over the cohorts of the last finished quarter's
report; UI wage records for most of them written to a CSV file and imported through the real wage importer
(``jobcenter.wages``), some with the same employer in the 2nd and 4th quarters; employer services over four
years for the employer measures; and one prepared report so the analyst sees figures at once.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from jobcenter.cases import services as case_services
from jobcenter.cases.choices import EmployerServiceCode
from jobcenter.cases.models import EmployerService, Enrollment
from jobcenter.core import clock
from jobcenter.core.demo import DemoContext
from jobcenter.reporting.quarters import Quarter, rolling_window
from jobcenter.seekers.models import JobSeeker

N_EXITERS = 48
STATE_ID_PREFIX = "MODEMO9"
FEINS = ["43-1000001", "43-1000002", "43-1000003", "43-1000004", "43-1000005"]


def _ssn(n: int) -> str:
    return f"4{n // 10000 % 100:02d}-{n // 100 % 99 + 1:02d}-{n % 9000 + 1000:04d}"


def seed(ctx: DemoContext) -> None:
    """Create the exiters, their wage records, employer services and one prepared report."""
    users = ctx.objects.get("users") or {}
    managers = [u for u in (users.get("staff"), users.get("staff2")) if u and u.job_center_id]
    if not managers:
        return
    today = clock.today()
    report_q = Quarter.of(today) - 1
    first = rolling_window(report_q, lag_quarters=6).first
    last = rolling_window(report_q, lag_quarters=1).last
    span = (last - first).days - 100
    rng = ctx.rng("reporting")
    fake = ctx.faker("reporting")
    exiters = []
    for i in range(N_EXITERS):
        state_id = f"{STATE_ID_PREFIX}{i:03d}"
        cm = managers[i % len(managers)]
        seeker = JobSeeker.objects.filter(state_id=state_id).first()
        given, surname = fake.first_name(), fake.last_name()
        entry = first + dt.timedelta(days=int(span * i / N_EXITERS) + rng.randint(0, 20))
        if seeker is None:
            from jobcenter.seekers.services import seeker_create

            with clock.frozen(dt.datetime.combine(entry, dt.time(9))):
                seeker = seeker_create(
                    actor=cm,
                    ssn=_ssn(1000 + i),
                    state_id=state_id,
                    given_name=given,
                    surname=surname,
                    home_job_center=cm.job_center,
                    date_of_birth=dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 27),
                    sex=rng.choice(["1", "2"]),
                    veteran="1" if i % 7 == 0 else "0",
                    eligible_veteran="2" if i % 7 == 0 else "0",
                    msfw="1" if i % 11 == 0 else "0",
                    notification_method="none",
                )
                case_services.enrollment_create(actor=cm, seeker=seeker, case_manager=cm)
                case_services.service_record(actor=cm, seeker=seeker, code="101")
            with clock.frozen(dt.datetime.combine(entry + dt.timedelta(days=rng.randint(5, 40)), dt.time(10))):
                case_services.service_record(actor=cm, seeker=seeker, code="102")
        exiters.append((i, seeker))
    case_services.enrollments_apply_exits(as_of=today)
    _import_wages(exiters, ctx.rng("reporting-wages"))
    _employer_services(ctx, managers, today, rng)
    _prepare_report(users.get("analyst"), report_q)


def _import_wages(exiters, rng) -> None:
    """UI wage records for about four in five exiters, imported with the real importer (if installed).

    ``rng`` is this step's own stream: the seeker step above draws more numbers when it creates people than when they
    exist, so sharing its stream would write a different file (a second import) on every later load.
    """
    try:
        from jobcenter.wages.services import wage_file_import
    except ImportError:
        return
    lines = ["ssn,employer_fein,ui_account,naics,state,year,quarter,wages"]
    for i, seeker in exiters:
        period = Enrollment.objects.filter(seeker=seeker, program="wp").first()
        if period is None or period.exit_date is None or i % 5 == 4:
            continue
        exit_q = Quarter.of(period.exit_date)
        employer = FEINS[i % len(FEINS)]
        base = 380_000 + rng.randint(0, 450_000)  # cents
        for k in (1, 2, 3, 4):
            q = exit_q + k
            fein = employer if (k <= 2 or i % 3) else FEINS[(i + 1) % len(FEINS)]
            cents = base + k * 1_250
            lines.append(f"{_ssn(1000 + i)},{fein},,561320,MO,{q.year},{q.q},{cents / 100:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo-ui-wages.csv"
        path.write_text("\n".join(lines) + "\n")
        wage_file_import(path=path, source="ui", original_name="demo-ui-wages.csv")


def _employer_services(ctx: DemoContext, managers, today: dt.date, rng) -> None:
    """Employer services in this year and the three before it (repeat business customers)."""
    employers = ctx.objects.get("employers") or []
    if not employers or EmployerService.objects.filter(remarks="demo: employer measures").exists():
        return
    for n, employer in enumerate(employers):
        years_back = [0, 1] if n % 2 == 0 else ([2] if n % 3 == 0 else [0])
        for back in years_back:
            day = today - dt.timedelta(days=365 * back + rng.randint(10, 200))
            with clock.frozen(dt.datetime.combine(day, dt.time(11))):
                case_services.employer_service_record(
                    actor=managers[n % len(managers)],
                    employer=employer,
                    code=EmployerServiceCode.RECRUITMENT,
                    service_date=day,
                    remarks="demo: employer measures",
                )


def _prepare_report(analyst, quarter: Quarter) -> None:
    from jobcenter.reporting.models import QuarterlyReport
    from jobcenter.reporting.services import quarterly_report_prepare

    if analyst is None or QuarterlyReport.objects.filter(quarter=str(quarter)).exists():
        return
    quarterly_report_prepare(quarter=quarter, actor=analyst)
