"""Employer portal URLs for referred candidates and their outcomes."""

from django.urls import path

from jobcenter.portal.views import referrals_employer as v

urlpatterns = [
    path("employer/job-orders/<int:pk>/candidates/", v.candidates, name="employer-candidates"),
    path("employer/referrals/<int:pk>/outcome/", v.record_outcome, name="employer-referral-outcome"),
]
