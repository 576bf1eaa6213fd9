"""Staff URLs for employers and discontinuation of services. One navigation item (the header is crowded);
the CSU queue and the SMA cases are reached from the dashboard panels and the employer list."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import employers as v

NAV_ITEMS = [
    NavItem("Employers", "staff:employer-list", "employers.view", order=30),
]

urlpatterns = [
    path("employers/", v.employer_list, name="employer-list"),
    path("employers/new/", v.employer_register, name="employer-register"),
    path("employers/suggest/", v.employer_suggest, name="employer-suggest"),
    path("employers/verification/", v.verification_queue, name="employer-verification-queue"),
    path("employers/<int:pk>/", v.employer_detail, name="employer-detail"),
    path("employers/<int:pk>/edit/", v.employer_edit, name="employer-edit"),
    path("employers/<int:pk>/verify/", v.employer_verify, name="employer-verify"),
    path("employers/<int:pk>/deny/", v.employer_deny, name="employer-deny"),
    path("employers/<int:pk>/worksites/new/", v.worksite_add, name="employer-worksite-add"),
    path("employers/<int:pk>/worksites/<int:site>/edit/", v.worksite_edit, name="employer-worksite-edit"),
    path("employers/<int:pk>/worksites/<int:site>/remove/", v.worksite_remove, name="employer-worksite-remove"),
    path("employers/<int:pk>/contacts/new/", v.contact_add, name="employer-contact-add"),
    path("employers/<int:pk>/contacts/<int:contact>/edit/", v.contact_edit, name="employer-contact-edit"),
    path("employers/<int:pk>/contacts/<int:contact>/remove/", v.contact_remove, name="employer-contact-remove"),
    path("employers/<int:pk>/discontinuation/new/", v.discontinuation_initiate, name="discontinuation-initiate"),
    path("discontinuation/", v.discontinuation_list, name="discontinuation-list"),
    path("discontinuation/<int:pk>/", v.discontinuation_detail, name="discontinuation-detail"),
    path("discontinuation/<int:pk>/notice.pdf", v.discontinuation_notice, name="discontinuation-notice"),
    path("discontinuation/<int:pk>/issue-notice/", v.discontinuation_issue_notice, name="discontinuation-issue-notice"),
    path("discontinuation/<int:pk>/response/", v.discontinuation_response, name="discontinuation-response"),
    path("discontinuation/<int:pk>/decide/", v.discontinuation_decide, name="discontinuation-decide"),
    path("discontinuation/<int:pk>/reinstatement/", v.reinstatement_request, name="reinstatement-request"),
    path("reinstatement/<int:pk>/decide/", v.reinstatement_decide, name="reinstatement-decide"),
]
