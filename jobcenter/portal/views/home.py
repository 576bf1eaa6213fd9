"""Portal landing pages."""

from django.shortcuts import render

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.scoping import scoped
from jobcenter.employers.models import Employer
from jobcenter.seekers.models import JobSeeker


@capability_required("portal.seeker")
def seeker_home(request):
    """The job seeker's own home page."""
    seeker = scoped(JobSeeker.objects.all(), request.user).first()
    return render(request, "portal/seeker_home.html", {"seeker": seeker})


@capability_required("portal.employer")
def employer_home(request):
    """The employer user's company page(s)."""
    employers = scoped(Employer.objects.all(), request.user)
    return render(request, "portal/employer_home.html", {"employers": employers})
