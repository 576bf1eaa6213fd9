"""Wage records: loaded files, upload with a progress bar."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import wages

NAV_ITEMS = [NavItem("Wage records", "staff:wage-files", "wages.import", order=62)]

urlpatterns = [
    path("wages/", wages.wage_files, name="wage-files"),
    path("wages/imports/<int:job_pk>/", wages.wage_import, name="wage-import"),
]
