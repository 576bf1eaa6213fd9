"""Staff pages for administrators and auditors: the audit log and the parameter catalogue."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import admin_tools

NAV_ITEMS = [
    NavItem("Audit log", "staff:audit-log", "audit.view", order=900),
    NavItem("Legal parameters", "staff:parameters", "staff.workspace", order=910),
]

urlpatterns = [
    path("audit/", admin_tools.audit_log_list, name="audit-log"),
    path("parameters/", admin_tools.parameter_catalogue, name="parameters"),
]
