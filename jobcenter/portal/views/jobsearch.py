"""Public job search (issue #12; docs/adr/0032): anyone, without signing in, searches the open orders and reads
an order's details. A confidential employer's name, address and phone never appear (``public_job_order``);
getting referral information needs a registration (manual: Registration Requirements), so the page shows how to
apply only to a signed-in job seeker, through "Refer me"."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from jobcenter.joborders import selectors
from jobcenter.joborders.search import CappedPaginator, JobSearch, search_open_orders
from jobcenter.joborders.search_forms import JobSearchForm

PER_PAGE = 20
MAX_PAGE = 500
COUNT_CAP = PER_PAGE * MAX_PAGE  # the pages a visitor can reach: counting further costs time at 100,000 orders


def search_page(request, *, template: str = "portal/jobsearch/search.html"):
    """Render the search form and, when valid, one page of public-safe results."""
    form = JobSearchForm(request.GET or None)
    page, jobs = None, []
    search = JobSearch() if not form.is_bound else (form.search() if form.is_valid() else None)
    if search is not None:
        number = (request.GET.get("page") or "1")[:6]
        paginator = CappedPaginator(search_open_orders(search), PER_PAGE, cap=COUNT_CAP)
        page = paginator.get_page(min(int(number), MAX_PAGE) if number.isdigit() else 1)
        orders = list(page.object_list)
        jobs = list(zip(selectors.public_job_orders(orders), [o.entered_at for o in orders], strict=True))
    # Each result carries the search, so the job's "Back to job search" returns to these results.
    search_qs = request.GET.urlencode() if form.is_bound else ""
    context = {"form": form, "page": page, "jobs": jobs, "search_qs": search_qs}
    if page is not None and form.asked:
        # "Save this search" (docs/adr/0044): the form's own fields, sent back as typed; the save validates them.
        from jobcenter.savedsearches.services import FIELDS

        context["save_fields"] = [(k, request.GET.get(k)) for k in FIELDS if request.GET.get(k)]
        context["save_next"] = f"{reverse('portal:job-search')}?{search_qs}"
    return render(request, template, context)


@login_not_required
@require_GET
def job_search(request):
    """Search open jobs: keywords, place and distance, occupation, wage, full or part time, posting date."""
    return search_page(request)


@login_not_required
@require_GET
def job_public(request, pk: int):
    """One open job, public-safe. A signed-in job seeker sees "Refer me" (or what became of their request); anyone
    else is asked to sign in or create an account to get referral information."""
    job = selectors.job_order_for_seeker(pk=pk)
    if job is None:
        raise Http404("This job is not open.")
    here = reverse("portal:job-public", args=[pk])
    via = "notification" if request.GET.get("from") == "notification" else "order"
    back = reverse("portal:job-search")
    search = QueryDict(request.GET.get("search", "")[:2000]).urlencode()  # re-encoded: only a query string
    if search:
        back = f"{back}?{search}"
    context = {
        "job": job, "here": here, "seeker": None, "referral": None, "contact": None, "via": via, "back": back,
    }  # fmt: skip
    user = request.user
    if user.is_authenticated and user.role == "job_seeker":
        from jobcenter.portal.views.referrals_seeker import referral_context

        context.update(referral_context(request, pk))
    return render(request, "portal/jobsearch/detail.html", context)


@login_not_required
@require_GET
def home(request):
    """``/``: an anonymous visitor gets the job search (no sign-in needed to look, manual: Registration
    Requirements); a signed-in user goes to their own front."""
    if request.user.is_authenticated:
        from jobcenter.core.views import home as front_home

        return front_home(request)
    return search_page(request)
