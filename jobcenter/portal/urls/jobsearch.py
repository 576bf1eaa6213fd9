"""Public job search and the job seeker's referrals and notification preferences (issue #12)."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import jobsearch, referrals_seeker

NAV_ITEMS = [
    NavItem("My referrals", "portal:my-referrals", "portal.seeker", order=16),
    NavItem("Job notifications", "portal:notification-preferences", "portal.seeker", order=17),
]

urlpatterns = [
    path("jobs/", jobsearch.job_search, name="job-search"),
    path("jobs/<int:pk>/", jobsearch.job_public, name="job-public"),
    path("jobs/<int:pk>/refer/", referrals_seeker.refer_me, name="job-refer"),
    path("seeker/referrals/", referrals_seeker.my_referrals, name="my-referrals"),
    path("seeker/notifications/", referrals_seeker.notification_preferences, name="notification-preferences"),
]
