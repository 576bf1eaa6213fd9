"""Home (routes a signed-in user to their front), health check, API docs redirect."""

from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect

from jobcenter.accounts.choices import Role


def home(request):
    """Send each role to its own front."""
    user = request.user
    if user.role == Role.JOB_SEEKER:
        return redirect("portal:seeker-home")
    if user.role == Role.EMPLOYER:
        return redirect("portal:employer-home")
    return redirect("staff:dashboard")


@login_not_required
def healthz(request):
    """Liveness and database check for load balancers."""
    with connection.cursor() as cur:
        cur.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@login_not_required
def api_docs_redirect(request):
    """``/api/docs`` -> the interactive OpenAPI documentation."""
    return redirect("/api/v1/docs")


def forbidden(request, exception=None):
    """403 page that says why, in plain language."""
    from django.shortcuts import render

    return render(request, "403.html", {"reason": str(exception or "")}, status=403)


__all__ = ["home", "healthz", "api_docs_redirect", "forbidden", "HttpResponse"]


def occupation_suggest(request):
    """htmx: <option>s of O*NET occupations for what was typed in an occupation field (a job title in the person's
    own words, coded by the occupation coder, or a code such as 31-9097). Occupations are public taxonomy, so any signed-in user may ask."""
    from django.shortcuts import render

    from jobcenter.occupations.selectors import occupation_suggestions

    typed = next((v for v in request.GET.values() if v.strip()), "")[:100]
    return render(request, "includes/occupation_options.html", {"occupations": occupation_suggestions(q=typed)})


@login_not_required
def industry_suggest(request):
    """htmx: buttons naming the 2022 NAICS industries that match what was typed in an industry field (words of
    what the business does, or a code prefix). Anonymous visitors may ask, since employers pick their industry
    while registering; the answer is public taxonomy, nothing personal. At most 10 matches for at most 100
    typed characters, and ``settings.SUGGEST_LIMIT_PER_HOUR`` asks per client address (429 past it)."""
    from django.conf import settings
    from django.shortcuts import render

    from jobcenter.core.throttle import Throttled, client_ip, throttle_hit
    from jobcenter.employers.industries import MAX_TYPED, industry_search

    try:
        throttle_hit(scope="industry-suggest", key=client_ip(request), limit=settings.SUGGEST_LIMIT_PER_HOUR)
    except Throttled:
        return HttpResponse("", status=429)
    name, typed = next(((k, v) for k, v in request.GET.items() if v.strip()), ("", ""))
    typed = typed[:MAX_TYPED]
    field_id = "id_" + "".join(ch for ch in name[:60] if ch.isalnum() or ch in "-_")
    return render(
        request,
        "includes/industry_options.html",
        {"industries": industry_search(typed), "field_id": field_id, "typed": typed.strip()},
    )


def occupation_hint(request):
    """htmx: the occupation coder's suggestion for the job title (and description) typed on an order form, as the
    hint of the occupation field. Any signed-in user may ask (public taxonomy, nothing personal)."""
    from django.shortcuts import render

    from jobcenter.occupations.coder import MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS
    from jobcenter.occupations.coder_index import suggest

    title = (request.GET.get("title") or "")[:MAX_TITLE_CHARS]
    description = (request.GET.get("description") or "")[:MAX_DESCRIPTION_CHARS]
    found = suggest(title, description=description, top=1) if title.strip() else []
    return render(request, "includes/occupation_hint.html", {"suggestion": found[0] if found else None})


def not_found(request, exception=None):
    """404: JSON under /api/ (the API's error body, as its OpenAPI schema documents), the HTML page elsewhere."""
    from django.views.defaults import page_not_found

    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)
