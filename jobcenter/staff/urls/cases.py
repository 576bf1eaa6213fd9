"""Cases: caseload, case page, services, notes, supervisor dashboard, events, employer case."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import cases

NAV_ITEMS = [
    NavItem("Caseload", "staff:cases-caseload", "cases.view", order=30),
    NavItem("Events", "staff:case-events", "cases.view", order=35),
    NavItem("Case supervision", "staff:cases-supervision", "cases.supervise", order=40),
]

urlpatterns = [
    path("cases/", cases.caseload, name="cases-caseload"),
    path("cases/supervision/", cases.supervision, name="cases-supervision"),
    path("cases/seekers/<int:pk>/", cases.case_detail, name="case-detail"),
    path("cases/seekers/<int:pk>/enroll/", cases.enroll, name="case-enroll"),
    path("cases/seekers/<int:pk>/services/new/", cases.service_new, name="case-service-new"),
    path("cases/seekers/<int:pk>/notes/new/", cases.note_new, name="case-note-new"),
    path("cases/seekers/<int:pk>/credentials/new/", cases.credential_new, name="case-credential-new"),
    path("cases/seekers/<int:pk>/survey-notice/", cases.survey_notice, name="case-survey-notice"),
    path("cases/services/<int:pk>/<str:action>/", cases.service_change, name="case-service-change"),
    path("cases/enrollments/<int:pk>/exit-reason/", cases.exit_reason, name="case-exit-reason"),
    path("cases/enrollments/<int:pk>/other-programs/", cases.other_programs_edit, name="case-other-programs"),
    path("cases/events/", cases.event_list, name="case-events"),
    path("cases/events/<int:pk>/", cases.event_detail, name="case-event"),
    path("cases/employers/<int:pk>/", cases.employer_case, name="case-employer"),
]
