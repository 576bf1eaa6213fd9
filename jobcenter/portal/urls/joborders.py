"""Portal URLs for job orders (employer entry and status; job seeker browsing)."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import joborders as v

NAV_ITEMS = [
    NavItem("Job orders", "portal:employer-joborders", "portal.employer", order=10),
    NavItem("Find jobs", "portal:job-search", "portal.seeker", order=10),
]

urlpatterns = [
    path("employer/job-orders/", v.employer_orders, name="employer-joborders"),
    path("employer/job-orders/new/", v.employer_order_new, name="employer-joborder-new"),
    path("employer/job-orders/<int:pk>/", v.employer_order_detail, name="employer-joborder-detail"),
    path("employer/job-orders/<int:pk>/correct/", v.employer_order_correct, name="employer-joborder-correct"),
    path("employer/job-orders/<int:pk>/filled/", v.employer_order_fill, name="employer-joborder-fill"),
    path("employer/job-orders/<int:pk>/close/", v.employer_order_close, name="employer-joborder-close"),
    path("seeker/jobs/", v.seeker_jobs, name="seeker-jobs"),
    path("seeker/jobs/<int:pk>/", v.seeker_job_detail, name="seeker-job-detail"),
]
