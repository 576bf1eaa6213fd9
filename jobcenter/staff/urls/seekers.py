"""Job seekers and duplicates in the staff workspace."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import people, seekers

NAV_ITEMS = [
    NavItem("Job seekers", "staff:seeker-search", "seekers.search", order=20),
    NavItem("Duplicates", "staff:duplicates", "dedupe.review", order=25),
]

urlpatterns = [
    path("seekers/", seekers.seeker_search, name="seeker-search"),
    path("seekers/register/", seekers.seeker_register, name="seeker-register"),
    path("seekers/<str:state_id>/", seekers.seeker_detail, name="seeker-detail"),
    path("seekers/<str:state_id>/edit/", seekers.seeker_edit, name="seeker-edit"),
    path("seekers/<str:state_id>/resume/", people.resume_edit, name="seeker-resume"),
    path("seekers/<str:state_id>/ssn/", people.ssn_change, name="seeker-ssn-change"),
    path("seekers/<str:state_id>/reveal-ssn/", seekers.seeker_reveal_ssn, name="seeker-reveal-ssn"),
    path("seekers/<str:state_id>/report-duplicate/", seekers.seeker_report_duplicate, name="seeker-report-duplicate"),
    path("duplicates/", seekers.duplicate_queue, name="duplicates"),
    path("duplicates/<int:pk>/", seekers.merge_detail, name="merge-detail"),
]
