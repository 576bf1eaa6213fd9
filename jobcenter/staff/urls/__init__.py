"""Staff workspace URLs. Each area has its own module in this package exporting ``urlpatterns`` and
optionally ``NAV_ITEMS``; they are all included here under ``/staff/`` in the ``staff`` namespace."""

import importlib
import pkgutil

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import dashboard

app_name = "staff"

NAV_ITEMS = [NavItem("Dashboard", "staff:dashboard", "staff.workspace", order=0)]

urlpatterns = [path("", dashboard.dashboard, name="dashboard")]
for _mod in pkgutil.iter_modules(__path__):
    urlpatterns += importlib.import_module(f"{__name__}.{_mod.name}").urlpatterns
