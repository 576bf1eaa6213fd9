"""The words of saved-search notices: plain language, the new jobs (public-safe rows only: a confidential
employer is never named), a link to run the search, and how to stop these notices (a signed link)."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

STOP_SALT = "savedsearches.stop"
SHOWN = 20  # jobs listed in one notice; the rest are behind the search link


def stop_token(saved_search_id: int) -> str:
    """A signed token naming one saved search: whoever holds the notice can stop its notices, nothing else."""
    return signing.dumps({"ss": saved_search_id}, salt=STOP_SALT, compress=True)


def saved_search_from_token(token: str) -> int | None:
    """The saved search id in a stop token, or None when the token was not made here (or was altered)."""
    try:
        value = signing.loads(token[:200], salt=STOP_SALT)
    except signing.BadSignature:
        return None
    ss = value.get("ss") if isinstance(value, dict) else None
    return ss if isinstance(ss, int) else None


def stop_link(saved_search_id: int) -> str:
    return f"{settings.JOBCENTER_PUBLIC_URL}{reverse('portal:saved-search-stop', args=[stop_token(saved_search_id)])}"


def search_link(saved_search) -> str:
    from jobcenter.savedsearches.services import criteria_query

    query = criteria_query(saved_search.criteria)
    return f"{settings.JOBCENTER_PUBLIC_URL}{reverse('portal:job-search')}" + (f"?{query}" if query else "")


def job_link(job) -> str:
    return f"{settings.JOBCENTER_PUBLIC_URL}{reverse('portal:job-public', args=[job.pk])}?from=notification"


def manage_link() -> str:
    return f"{settings.JOBCENTER_PUBLIC_URL}{reverse('portal:saved-searches')}"


def _jobs_word(n: int) -> str:
    return "1 new job" if n == 1 else f"{n} new jobs"


def _job_lines(jobs: list, total: int) -> str:
    blocks = []
    for job in jobs[:SHOWN]:
        facts = [job.title, f"{job.employer_name} · {job.worksite}"]
        if job.wage:
            facts.append(job.wage)
        facts.append(job_link(job))
        blocks.append("\n".join(facts))
    if total > SHOWN:
        blocks.append(f"And {total - SHOWN} more: run your search to see them all.")
    return "\n\n".join(blocks)


def email(saved_search, jobs: list, total: int) -> tuple[str, str]:
    """(subject, body) of the email."""
    subject = f"{_jobs_word(total).capitalize()} for your saved search “{saved_search.name}”"
    body = "\n\n".join(
        [
            f"Hello {saved_search.seeker.given_name},",
            f"Since we last looked, {_jobs_word(total)} matching your saved search “{saved_search.name}” "
            f"{'was' if total == 1 else 'were'} put online:",
            _job_lines(jobs, total),
            f"Run your search:\n{search_link(saved_search)}",
            f"To stop these messages about this search (the search stays saved):\n{stop_link(saved_search.pk)}",
            f"To change how often we tell you, or delete the search, sign in and open Saved searches:\n{manage_link()}",
        ]
    )
    return subject, body + "\n"


def text(saved_search, total: int) -> str:
    return (
        f"{_jobs_word(total).capitalize()} for your saved search “{saved_search.name}”: {search_link(saved_search)} "
        f"To stop these texts: {stop_link(saved_search.pk)}"
    )


def letter(saved_search, jobs: list, total: int) -> str:
    seeker = saved_search.seeker
    return (
        "\n\n".join(
            [
                f"Dear {seeker.full_name},",
                f"Since we last looked, {_jobs_word(total)} matching your saved search “{saved_search.name}” "
                f"{'was' if total == 1 else 'were'} put online:",
                _job_lines(jobs, total),
                f"To stop these letters about this search, visit {stop_link(saved_search.pk)}",
            ]
        )
        + "\n"
    )
