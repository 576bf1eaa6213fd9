"""Background jobs of the reporting app (core.jobs API)."""

from __future__ import annotations

from jobcenter.accounts.models import User
from jobcenter.core.jobs import job
from jobcenter.reporting.quarters import Quarter


@job("reporting.quarterly_report")
def prepare_quarterly_report(*, params: dict, report) -> dict:
    """Prepare the quarterly performance report for ``params["quarter"]`` as ``params["user_id"]``."""
    from jobcenter.reporting.services import quarterly_report_prepare

    actor = User.objects.filter(pk=params.get("user_id")).first()
    row = quarterly_report_prepare(
        quarter=Quarter.parse(params["quarter"]),
        actor=actor,
        progress=lambda done, total, message="": report(done, total=total or None, message=message),
    )
    return {"report_id": row.pk, "quarter": row.quarter, "records": row.records}
