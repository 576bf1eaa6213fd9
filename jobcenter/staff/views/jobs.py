"""Watch background jobs: a progress bar that refreshes itself with htmx until the job ends."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.roles import user_can
from jobcenter.core.models import BackgroundJob


def _visible(user):
    qs = BackgroundJob.objects.select_related("created_by")
    return qs if user_can(user, "audit.view") else qs.filter(created_by=user)


@capability_required("staff.workspace")
def job_list(request):
    """The user's jobs (auditors see everyone's)."""
    return render(request, "staff/jobs/list.html", {"jobs": _visible(request.user)[:100]})


@capability_required("staff.workspace")
def job_detail(request, pk: int):
    """One job; htmx requests get just the progress fragment."""
    row = get_object_or_404(BackgroundJob, pk=pk)
    if row.created_by_id != request.user.pk and not user_can(request.user, "audit.view"):
        raise PermissionDenied("This job was started by someone else.")
    template = "staff/jobs/_progress.html" if request.htmx else "staff/jobs/detail.html"
    return render(request, template, {"job": row})
