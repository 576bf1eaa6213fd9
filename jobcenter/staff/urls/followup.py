"""Supplemental wage follow-up: work queue, case pages, documents and links, supervisor dashboard, reports."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import followup as v
from jobcenter.staff.views import followup_documents as d

NAV_ITEMS = [
    NavItem("Wage follow-up", "staff:followup-queue", "followup.interview", order=45),
    NavItem("Follow-up supervision", "staff:followup-dashboard", "followup.supervise", order=46),
]

urlpatterns = [
    path("followup/", v.queue, name="followup-queue"),
    path("followup/cases/<int:pk>/", v.case_detail, name="followup-case"),
    path("followup/cases/<int:pk>/take/", v.take, name="followup-take"),
    path("followup/cases/<int:pk>/attempts/new/", v.attempt_new, name="followup-attempt"),
    path("followup/cases/<int:pk>/identity/", v.identity, name="followup-identity"),
    path("followup/cases/<int:pk>/introduction/", v.introduction, name="followup-introduction"),
    path("followup/cases/<int:pk>/interview/", v.interview, name="followup-interview"),
    path("followup/cases/<int:pk>/close/", v.close, name="followup-close"),
    path("followup/cases/<int:pk>/assign/", v.assign_case, name="followup-assign"),
    path("followup/cases/<int:pk>/alternate-contacts/new/", v.alternate_new, name="followup-alternate"),
    path("followup/cases/<int:pk>/documents/new/", d.document_new, name="followup-document"),
    path("followup/cases/<int:pk>/upload-link/", d.link_new, name="followup-link"),
    path("followup/cases/<int:pk>/consent/", d.consent, name="followup-consent"),
    path("followup/cases/<int:pk>/form.pdf", d.form_pdf, name="followup-form-pdf"),
    path("followup/documents/<int:pk>/review/", d.document_review, name="followup-review"),
    path("followup/documents/<int:pk>/file/", d.document_file, name="followup-document-file"),
    path("followup/supervision/", d.dashboard, name="followup-dashboard"),
    path("followup/supervision/select/", d.select_run, name="followup-select"),
    path("followup/reports/", d.reports, name="followup-reports"),
    path("followup/seekers/<int:pk>/path/", v.path_new, name="followup-path"),
]
