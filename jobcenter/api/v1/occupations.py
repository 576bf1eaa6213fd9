"""Occupation look-up for forms (O*NET-SOC codes and titles) and the offline occupation coder (ADR 0028)."""

from typing import Annotated

from ninja import Field, Query, Router, Schema, Status

from jobcenter.api.schemas import MAX_QUERY, In
from jobcenter.occupations.coder import MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS
from jobcenter.occupations.coder_index import CoderUnavailable, get_coder
from jobcenter.occupations.selectors import occupation_search

router = Router(tags=["occupations"])
MAX_BATCH = 500
MAX_TOP = 20


class OccupationOut(Schema):
    """An O*NET-SOC occupation."""

    code: str
    title: str
    job_zone: int | None


class SuggestionOut(Schema):
    """A suggested O*NET-SOC code for a job title, with the coder's confidence (0 to 1)."""

    code: str
    title: str
    confidence: float


class CodedTitleOut(Schema):
    """One title of a batch and its ranked suggestions (none for a blank title or one like nothing known)."""

    title: str
    suggestions: list[SuggestionOut]


class CodeTitlesIn(In):
    """Job titles to code (at most 500, each at most 200 characters)."""

    titles: list[Annotated[str, Field(max_length=MAX_TITLE_CHARS)]] = Field(..., min_length=1, max_length=MAX_BATCH)
    top: int = Field(1, ge=1, le=MAX_TOP)


class UnavailableOut(Schema):
    """Why the coder cannot answer."""

    detail: str


class CodeQuery(Schema):
    """A job title to code, optionally with a description or tasks."""

    title: str = Field(..., min_length=1, max_length=MAX_TITLE_CHARS)
    description: str = Field("", max_length=MAX_DESCRIPTION_CHARS)
    top: int = Field(5, ge=1, le=MAX_TOP)


@router.get("", response=list[OccupationOut], summary="Search occupations by code prefix or title")
def search(request, q: str = Query("", max_length=MAX_QUERY), limit: int = 20):
    """Occupations matching ``q`` (code prefix, title or alternate title)."""
    return list(occupation_search(q=q, limit=min(max(limit, 1), 50)))


@router.get(
    "code",
    response={200: list[SuggestionOut], 503: UnavailableOut},
    summary="Suggest O*NET-SOC codes for a job title",
)
def code_title(request, query: Query[CodeQuery]):
    """Ranked O*NET-SOC codes for one job title (and optional description), each with a confidence from 0 to 1.
    Built offline from the imported O*NET release; an empty list when the title is like nothing known."""
    try:
        coder = get_coder()
    except CoderUnavailable as exc:
        return Status(503, {"detail": str(exc)})
    return coder.code(query.title, description=query.description, top=query.top)


@router.post(
    "code",
    response={200: list[CodedTitleOut], 503: UnavailableOut},
    summary="Suggest O*NET-SOC codes for many job titles",
)
def code_titles(request, payload: CodeTitlesIn):
    """Ranked O*NET-SOC codes for up to 500 job titles, in the order given."""
    try:
        coder = get_coder()
    except CoderUnavailable as exc:
        return Status(503, {"detail": str(exc)})
    results = coder.code_many(payload.titles, top=payload.top)
    return [{"title": t, "suggestions": r} for t, r in zip(payload.titles, results, strict=True)]
