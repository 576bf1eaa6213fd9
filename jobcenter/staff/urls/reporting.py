"""Quarterly performance report: list and prepare, progress, report page, PDF, drill-down to people."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import reporting

NAV_ITEMS = [NavItem("Performance report", "staff:reports", "reports.view", order=60)]

urlpatterns = [
    path("reports/", reporting.report_list, name="reports"),
    path("reports/prepare/", reporting.report_prepare, name="report-prepare"),
    path("reports/progress/<int:job_pk>/", reporting.report_progress, name="report-progress"),
    path("reports/<int:pk>/", reporting.report_detail, name="report-detail"),
    path("reports/<int:pk>/pdf/", reporting.report_pdf, name="report-pdf"),
    path("reports/<int:pk>/people/<str:indicator>/<str:part>/", reporting.report_people, name="report-people"),
    path("reports/<int:pk>/employers/<str:measure>/<str:part>/", reporting.report_employers, name="report-employers"),
]
