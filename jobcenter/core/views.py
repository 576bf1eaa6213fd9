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
    """htmx: <option>s of O*NET occupations for what was typed in an occupation field (title words, or a code such
    as 31-9097). Occupations are public taxonomy, so any signed-in user may ask."""
    from django.shortcuts import render

    from jobcenter.occupations.selectors import occupation_search

    typed = next((v for v in request.GET.values() if v.strip()), "")[:100]
    return render(request, "includes/occupation_options.html", {"occupations": occupation_search(q=typed, limit=15)})
