"""Public upload page of the wage follow-up: reached only with a one-time link from an interviewer."""

from django.urls import path

from jobcenter.portal.views import followup

urlpatterns = [path("followup/upload/<str:token>/", followup.upload, name="followup-upload")]
