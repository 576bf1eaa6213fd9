"""Staff URLs for job orders, labor disputes, suspected violations, fraud and self-employment postings."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import joborders as v

NAV_ITEMS = [
    NavItem("Job orders", "staff:joborder-list", "joborders.view", order=30),
    NavItem("Labor disputes", "staff:dispute-list", "disputes.manage", order=33),
    NavItem("Violations", "staff:violation-queue", "violations.review", order=34),
    NavItem("Fraud queue", "staff:fraud-queue", "joborders.investigate", order=35),
]

urlpatterns = [
    path("job-orders/", v.joborder_list, name="joborder-list"),
    path("job-orders/new/", v.joborder_new, name="joborder-new"),
    path("job-orders/check/", v.joborder_check, name="joborder-check"),
    path("job-orders/overdue/", v.joborder_overdue, name="joborder-overdue"),
    path("job-orders/<int:pk>/", v.joborder_detail, name="joborder-detail"),
    path("job-orders/<int:pk>/edit/", v.joborder_edit, name="joborder-edit"),
    path("job-orders/<int:pk>/do/<slug:action>/", v.joborder_action, name="joborder-action"),
    path("job-orders/<int:pk>/fraud/", v.joborder_fraud, name="joborder-fraud"),
    path("labor-disputes/", v.dispute_list, name="dispute-list"),
    path("labor-disputes/<int:pk>/", v.dispute_detail, name="dispute-detail"),
    path("violations/", v.violation_queue, name="violation-queue"),
    path("violations/<int:pk>/", v.violation_detail, name="violation-detail"),
    path("violations/<int:pk>/letter.pdf", v.violation_letter, name="violation-letter"),
    path("fraud/", v.fraud_queue, name="fraud-queue"),
    path("fraud/<int:pk>/close/", v.fraud_close, name="fraud-close"),
    path("self-employment/", v.selfemp_list, name="selfemp-list"),
    path("self-employment/<int:pk>/initial/", v.selfemp_initial, name="selfemp-initial"),
    path("self-employment/<int:pk>/interest/", v.selfemp_interest, name="selfemp-interest"),
]
