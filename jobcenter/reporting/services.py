"""Writes of the reporting app: preparing a quarterly report (a background job from the staff page)."""

from __future__ import annotations

from dataclasses import asdict

from django.db import transaction

from jobcenter.core import clock
from jobcenter.core.audit import audit_log
from jobcenter.reporting import ese, indicators
from jobcenter.reporting.exchange import exchange_activity
from jobcenter.reporting.models import QuarterlyReport
from jobcenter.reporting.pirl import edits
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter

MAX_STORED_FAILURES = 500
_OUTCOME_COLUMNS = ("p901", "p1602", "p1603", "p1704", "p1606", "p1607", "p1618")


def quarterly_report_prepare(*, quarter: Quarter, actor=None, progress=None) -> QuarterlyReport:
    """Build the PIRL for ``quarter``, run the edit checks, compute the indicators and employer measures, and store
    them as a new report. ``progress(done, total, message)`` is called as it goes."""
    rows = build_pirl(quarter=quarter, progress=progress)
    if progress:
        progress(len(rows), len(rows), "Running edit checks and computing indicators")
    failures = edits.check_records(rows)
    figures = indicators.compute_all(rows, quarter)
    wage_loaded = any(r.get("p1602") not in ("", "9") for r in rows) or _engine_installed()
    with transaction.atomic():
        report = QuarterlyReport(
            quarter=str(quarter),
            prepared_at=clock.now(),
            prepared_by=actor if getattr(actor, "pk", None) else None,
            records=len(rows),
            wage_data_loaded=wage_loaded,
            figures=figures,
            employer_measures=ese.employer_measures(report=quarter),
            exchange_activity=exchange_activity(quarter=quarter),
            outcomes={
                str(r["_enrollment_id"]): {c: r.get(c, "") for c in _OUTCOME_COLUMNS} for r in rows if r.get("p901")
            },
            edit_failures=[asdict(f) for f in failures[:MAX_STORED_FAILURES]],
            edit_failure_count=len(failures),
        )
        report.full_clean()
        report.save()
        audit_log(
            action="reporting.quarterly_report.prepared",
            actor=actor,
            obj=report,
            data={"quarter": str(quarter), "records": len(rows), "edit_failures": len(failures)},
        )
    return report


def _engine_installed() -> bool:
    try:
        import jobcenter.analytics  # noqa: F401
    except ImportError:
        return False
    return True
