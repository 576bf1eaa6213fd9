"""Root URLs: the staff workspace, the public portal, the API and authentication."""

from django.contrib import admin
from django.urls import include, path

from jobcenter.api.urls import api
from jobcenter.core import views as core_views
from jobcenter.portal.views import jobsearch

urlpatterns = [
    path("", jobsearch.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("occupations/suggest/", core_views.occupation_suggest, name="occupation-suggest"),
    path("occupations/hint/", core_views.occupation_hint, name="occupation-hint"),
    path("industries/suggest/", core_views.industry_suggest, name="industry-suggest"),
    path("accounts/", include("jobcenter.accounts.urls")),
    path("staff/", include("jobcenter.staff.urls")),
    path("portal/", include("jobcenter.portal.urls")),
    path("api/v1/", api.urls),
    path("api/docs", core_views.api_docs_redirect, name="api-docs"),
    path("admin/", admin.site.urls),
]
handler404 = "jobcenter.core.views.not_found"
