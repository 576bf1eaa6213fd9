"""Occupation look-up for forms (O*NET-SOC codes and titles)."""

from ninja import Router, Schema

from jobcenter.occupations.selectors import occupation_search

router = Router(tags=["occupations"])


class OccupationOut(Schema):
    """An O*NET-SOC occupation."""

    code: str
    title: str
    job_zone: int | None


@router.get("", response=list[OccupationOut], summary="Search occupations by code prefix or title")
def search(request, q: str = "", limit: int = 20):
    """Occupations matching ``q`` (code prefix, title or alternate title)."""
    return list(occupation_search(q=q, limit=min(max(limit, 1), 50)))
