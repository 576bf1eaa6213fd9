"""Portal: a job seeker's own services."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import cases

NAV_ITEMS = [NavItem("My services", "portal:my-services", "portal.seeker", order=20)]

urlpatterns = [path("seeker/services/", cases.my_services, name="my-services")]
