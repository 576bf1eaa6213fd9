"""Reads for geography: which job center serves a place."""

from __future__ import annotations

from jobcenter.accounts.models import JobCenter, ServiceArea, normalize_county


def job_center_for_place(*, state: str, postcode: str = "", county: str = "") -> JobCenter | None:
    """The job center that serves a place, from the service-area table: the ZIP code's row first, then the
    county's; None when the table knows neither (CSU then chooses at verification)."""
    state = (state or "").strip().upper()
    zip5 = (postcode or "").strip()[:5]
    rows = ServiceArea.objects.select_related("job_center", "job_center__region")
    if zip5:
        row = rows.filter(state=state, zip_code=zip5).first()
        if row is not None:
            return row.job_center
    county = normalize_county(county)
    if county:
        row = rows.filter(state=state, county__iexact=county).first()
        if row is not None:
            return row.job_center
    return None
