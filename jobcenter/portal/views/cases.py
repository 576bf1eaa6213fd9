"""Job seeker portal: my enrollments and services (case notes are staff-only)."""

from django.shortcuts import render

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.scoping import scoped
from jobcenter.cases.models import Enrollment, Service
from jobcenter.seekers.models import JobSeeker


@capability_required("portal.seeker")
def my_services(request):
    """The signed-in job seeker's enrollments, services received and services scheduled."""
    seeker = scoped(JobSeeker.objects.all(), request.user).first()
    enrollments = scoped(Enrollment.objects.select_related("job_center", "case_manager"), request.user)
    services = scoped(Service.objects.exclude(status="cancelled"), request.user)
    return render(
        request, "portal/cases/my_services.html", {"seeker": seeker, "enrollments": enrollments, "services": services}
    )
