"""Portal: jobs that match the signed-in job seeker."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import matching

NAV_ITEMS = [NavItem("Jobs that match you", "portal:my-matches", "portal.seeker", order=15)]

urlpatterns = [path("seeker/matching-jobs/", matching.my_matches, name="my-matches")]
