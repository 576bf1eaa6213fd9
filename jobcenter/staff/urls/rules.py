"""Staff pages: the job-order screening rules catalogue and the try-it page."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import rules

NAV_ITEMS = [NavItem("Screening rules", "staff:screening-rules", "staff.workspace", order=915)]

urlpatterns = [
    path("screening-rules/", rules.rule_catalogue, name="screening-rules"),
    path("screening-rules/try/", rules.rule_try, name="screening-rules-try"),
]
