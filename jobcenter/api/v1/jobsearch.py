"""Public job search and a job seeker's notification preferences through the API (issue #12: "API for all of
it"). The search is the one the public pages use (``joborders.search``), with the same validation and the same
public-safe rows (confidential employers never named); it needs no token. Notification preferences are the job
seeker's own (``portal.seeker``)."""

from __future__ import annotations

from typing import Literal

from django.core.exceptions import PermissionDenied, ValidationError
from ninja import Field, Query, Router, Schema, Status

from jobcenter.accounts.roles import user_can
from jobcenter.accounts.scoping import scoped
from jobcenter.api.schemas import In
from jobcenter.api.v1.job_orders import PublicJobOrderOut, _public
from jobcenter.joborders import selectors
from jobcenter.joborders.search import CappedPaginator, search_open_orders
from jobcenter.joborders.search_forms import JobSearchForm
from jobcenter.seekers.models import JobSeeker

PREFIX = "/jobs/"
PER_PAGE = 20
COUNT_CAP = 10_000  # 500 pages of 20, as on the public page
router = Router(tags=["job search"])

EmploymentType = Literal["", "full_time", "part_time", "seasonal", "temporary"]
Posted = Literal["", "1", "3", "7", "14", "30"]
Method = Literal["email", "text", "mail", "none"]


class SearchQuery(Schema):
    """What the public search form asks; every field optional."""

    q: str = Field("", max_length=200, description="Keywords, e.g. forklift")
    place: str = Field("", max_length=100, description="City (and state) or ZIP code")
    radius: int | None = Field(None, ge=1, le=200, description="Miles from the place (default 25)")
    occupation: str = Field("", max_length=100, description="A job title or an O*NET-SOC code")
    min_wage: float | None = Field(None, ge=0, le=9999, description="Pays at least, dollars an hour")
    employment_type: EmploymentType = ""
    posted: Posted = Field("", description="Posted within this many days")
    page: int = Field(1, ge=1, le=500)


class SearchOut(Schema):
    count: int = Field(description="Matches counted, at most 10,000")
    more: bool = Field(description="More matches than counted")
    page: int
    pages: int
    results: list[PublicJobOrderOut]


class FieldErrorsOut(Schema):
    detail: str
    errors: dict[str, list[str]]


@router.get("search", auth=None, response={200: SearchOut, 422: FieldErrorsOut}, summary="Search open jobs (public)")
def job_search(request, filters: Query[SearchQuery]):
    """Open jobs, best match first (newest first without keywords), 20 a page; no sign-in needed."""
    data = {k: v for k, v in filters.dict().items() if k != "page" and v not in (None, "")}
    form = JobSearchForm(data)
    if not form.is_valid():
        errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
        return Status(422, {"detail": "Some search fields need attention.", "errors": errors})
    paginator = CappedPaginator(search_open_orders(form.search()), PER_PAGE, cap=COUNT_CAP)
    page = paginator.get_page(filters.page)
    rows = selectors.public_job_orders(list(page.object_list))
    return {
        "count": paginator.count,
        "more": paginator.capped,
        "page": page.number,
        "pages": paginator.num_pages,
        "results": [_public(j) for j in rows],
    }


class PreferencesOut(Schema):
    notification_method: str
    email: str
    phone_is_mobile: bool


class PreferencesIn(In):
    notification_method: Method
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=30)
    phone_is_mobile: bool = False


def _own_seeker(user) -> JobSeeker:
    if not user_can(user, "portal.seeker"):
        raise PermissionDenied("Only job seekers have notification preferences.")
    seeker = scoped(JobSeeker.objects.filter(is_active=True), user).first()
    if seeker is None:
        raise PermissionDenied("No job seeker profile is linked to this account.")
    return seeker


def _prefs(seeker) -> dict:
    return {
        "notification_method": seeker.notification_method,
        "email": seeker.email or "",
        "phone_is_mobile": bool(seeker.phone_is_mobile),
    }


@router.get("notifications", response=PreferencesOut, summary="My job notification preferences")
def preferences(request):
    """How I am told about new jobs I qualify for."""
    return _prefs(_own_seeker(request.auth))


@router.put("notifications", response={200: PreferencesOut, 422: FieldErrorsOut}, summary="Change my job notifications")
def preferences_update(request, payload: PreferencesIn):
    """Email, text message, mail, or not at all; the method's address or mobile phone is checked."""
    from jobcenter.referrals.notify_forms import NotificationPreferencesForm
    from jobcenter.seekers.services import seeker_update_profile

    seeker = _own_seeker(request.auth)
    form = NotificationPreferencesForm(
        {**payload.dict(), "phone_is_mobile": "on" if payload.phone_is_mobile else ""}, seeker=seeker
    )
    if not form.is_valid():
        errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
        return Status(422, {"detail": "Some fields need attention.", "errors": errors})
    try:
        seeker_update_profile(seeker=seeker, actor=request.auth, **form.profile_data())
    except ValidationError as exc:
        return Status(422, {"detail": "Some fields need attention.", "errors": exc.message_dict})
    seeker.refresh_from_db()
    return _prefs(seeker)
