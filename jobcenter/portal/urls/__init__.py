"""Portal URLs (job seekers and employers). Area modules in this package are included like the staff ones."""

import importlib
import pkgutil

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import home

app_name = "portal"

NAV_ITEMS = [
    NavItem("My home", "portal:seeker-home", "portal.seeker", order=0),
    NavItem("Company home", "portal:employer-home", "portal.employer", order=0),
]

urlpatterns = [
    path("seeker/", home.seeker_home, name="seeker-home"),
    path("employer/", home.employer_home, name="employer-home"),
]
for _mod in pkgutil.iter_modules(__path__):
    urlpatterns += importlib.import_module(f"{__name__}.{_mod.name}").urlpatterns
