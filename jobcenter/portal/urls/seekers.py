"""Job seeker self-service: register, my profile, my résumé."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import seekers

NAV_ITEMS = [
    NavItem("My profile", "portal:seeker-profile", "portal.seeker", order=10),
    NavItem("My résumé", "portal:seeker-resume", "portal.seeker", order=11),
]

urlpatterns = [
    path("seeker/register/", seekers.seeker_register, name="seeker-register"),
    path("seeker/profile/", seekers.my_profile, name="seeker-profile"),
    path("seeker/resume/", seekers.my_resume, name="seeker-resume"),
]
