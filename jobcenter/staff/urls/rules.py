"""Staff page: the job-order screening rules catalogue."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import rules

NAV_ITEMS = [NavItem("Screening rules", "staff:screening-rules", "staff.workspace", order=915)]

urlpatterns = [path("screening-rules/", rules.rule_catalogue, name="screening-rules")]
