"""Job seeker portal: saved job searches (docs/adr/0044). "Save this search" on the search results, "Saved
searches" to run, rename, change how often to hear of new jobs, stop notices or delete; and the public page a
notice's stop link opens (a signed token, no sign-in needed). A person sees and changes only their own searches:
another person's id is not found (404)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.portal.views.referrals_seeker import _own_seeker
from jobcenter.savedsearches import services
from jobcenter.savedsearches.forms import FREQUENCY_CHOICES, SavedSearchForm
from jobcenter.savedsearches.models import Frequency, SavedSearch

HOW_OFTEN = dict(FREQUENCY_CHOICES)
LIST_WORDS = {
    Frequency.DAILY: "We tell you once a day when there are new jobs.",
    Frequency.WEEKLY: "We tell you once a week when there are new jobs.",
    Frequency.NEVER: "We do not tell you about new jobs for this search.",
}


def _own(request, pk: int) -> SavedSearch:
    return get_object_or_404(SavedSearch, pk=pk, seeker=_own_seeker(request))


def _search_url(saved: SavedSearch) -> str:
    query = services.criteria_query(saved.criteria)
    return reverse("portal:job-search") + (f"?{query}" if query else "")


def _plain_errors(exc: ValidationError) -> list[str]:
    if hasattr(exc, "error_dict"):
        return [m for errors in exc.message_dict.values() for m in errors]
    return list(exc.messages)


@require_POST
@capability_required("portal.seeker")
def save(request):
    """The "Save this search" button: the search form's fields, validated by the search form itself."""
    seeker = _own_seeker(request)
    criteria = {k: request.POST.get(k, "")[:300] for k in services.FIELDS}
    back = reverse("portal:job-search")
    query = services.criteria_query({k: v for k, v in criteria.items() if v})
    try:
        saved = services.saved_search_create(seeker=seeker, criteria=criteria, actor=request.user)
    except ValidationError as exc:
        for message in _plain_errors(exc):
            messages.error(request, message)
        return redirect(f"{back}?{query}" if query else back)
    told = "We will tell you once a week about new jobs that match it."
    if seeker.notification_method == "none":
        told = (
            "You chose not to hear about new jobs in Job notifications, so we will not send any until you change that."
        )
    messages.success(request, f"Saved as “{saved.name}”. {told} Change its name or how often on Saved searches.")
    return redirect(_search_url(saved))


@capability_required("portal.seeker")
def saved_list(request):
    """My saved searches: run, rename or change how often, stop notices, delete."""
    seeker = _own_seeker(request)
    rows = [
        {"saved": s, "run_url": _search_url(s), "how_often": LIST_WORDS[s.frequency]}
        for s in SavedSearch.objects.filter(seeker=seeker).order_by("name", "id")
    ]
    context = {"rows": rows, "limit": services.MAX_PER_SEEKER, "full": len(rows) >= services.MAX_PER_SEEKER}
    return render(request, "portal/savedsearches/list.html", context)


@require_http_methods(["GET", "POST"])
@capability_required("portal.seeker")
def edit(request, pk: int):
    """Rename a saved search, or change how often we tell the person about new jobs for it."""
    saved = _own(request, pk)
    form = SavedSearchForm(request.POST or None, initial={"name": saved.name, "frequency": saved.frequency})
    if request.method == "POST" and form.is_valid():
        try:
            services.saved_search_update(
                saved_search=saved, actor=request.user, name=form.cleaned_data["name"],
                frequency=form.cleaned_data["frequency"],
            )  # fmt: skip
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(request, f"Saved “{saved.name}”. {LIST_WORDS[saved.frequency]}")
            return redirect("portal:saved-searches")
    return render(request, "portal/savedsearches/edit.html", {"form": form, "saved": saved})


@require_POST
@capability_required("portal.seeker")
def stop(request, pk: int):
    """Stop a saved search's notices from the Saved searches page (the search is kept)."""
    saved = _own(request, pk)
    services.saved_search_stop(saved_search=saved, actor=request.user)
    messages.success(request, f"We will not tell you about new jobs for “{saved.name}”. The search is still saved.")
    return redirect("portal:saved-searches")


@require_http_methods(["GET", "POST"])
@capability_required("portal.seeker")
def delete(request, pk: int):
    """Delete a saved search, after the person confirms."""
    saved = _own(request, pk)
    if request.method == "POST":
        name = saved.name
        services.saved_search_delete(saved_search=saved, actor=request.user)
        messages.success(request, f"Deleted the saved search “{name}”.")
        return redirect("portal:saved-searches")
    return render(request, "portal/savedsearches/delete.html", {"saved": saved})


@login_not_required
@require_http_methods(["GET", "POST"])
def stop_by_link(request, token: str):
    """The stop link of a notice: a signed token names the saved search; the page asks, the button stops."""
    from jobcenter.savedsearches.messages import saved_search_from_token

    pk = saved_search_from_token(token)
    saved = SavedSearch.objects.filter(pk=pk).first() if pk is not None else None
    if saved is None:
        raise Http404("This link is not valid, or the saved search was deleted.")
    stopped = False
    if request.method == "POST":
        services.saved_search_stop(saved_search=saved, actor=request.user if request.user.is_authenticated else None)
        stopped = True
    return render(
        request,
        "portal/savedsearches/stop.html",
        {"saved": saved, "stopped": stopped or saved.frequency == Frequency.NEVER, "just_stopped": stopped},
    )
