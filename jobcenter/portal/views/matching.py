"""Job seeker portal: jobs that match you (confidential employers' names never shown)."""

from django.shortcuts import render

from jobcenter.accounts.decorators import capability_required
from jobcenter.accounts.scoping import scoped
from jobcenter.matching import selectors
from jobcenter.occupations.importer import ATTRIBUTION
from jobcenter.seekers.models import JobSeeker


@capability_required("portal.seeker")
def my_matches(request):
    """Open jobs that match the signed-in seeker, best first, with plain-language reasons."""
    seeker = scoped(JobSeeker.objects.filter(is_active=True), request.user).first()
    matches = selectors.jobs_for_seeker(seeker=seeker, limit=50) if seeker else []
    return render(
        request, "portal/matching/my_matches.html", {"seeker": seeker, "matches": matches, "attribution": ATTRIBUTION}
    )
