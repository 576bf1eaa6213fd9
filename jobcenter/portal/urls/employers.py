"""Employer portal URLs (registration is public)."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import employers as v

NAV_ITEMS = [
    NavItem("Company profile", "portal:employer-company", "portal.employer", order=10),
    NavItem("Worksites", "portal:employer-worksites", "portal.employer", order=11),
    NavItem("Users", "portal:employer-users", "portal.employer", order=12),
    NavItem("Terms of service", "portal:employer-terms", "portal.employer", order=13),
]

urlpatterns = [
    path("employer/register/", v.employer_register, name="employer-register"),
    path("employer/company/", v.company, name="employer-company"),
    path("employer/company/edit/", v.company_edit, name="employer-company-edit"),
    path("employer/worksites/", v.worksites, name="employer-worksites"),
    path("employer/worksites/<int:pk>/edit/", v.worksite_edit, name="employer-worksite-edit"),
    path("employer/worksites/<int:pk>/remove/", v.worksite_remove, name="employer-worksite-remove"),
    path("employer/users/", v.users, name="employer-users"),
    path("employer/terms/", v.terms, name="employer-terms"),
]
