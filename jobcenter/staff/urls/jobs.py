"""Background job status pages (progress bars)."""

from django.urls import path

from jobcenter.staff.views import jobs

urlpatterns = [
    path("jobs/", jobs.job_list, name="job-list"),
    path("jobs/<int:pk>/", jobs.job_detail, name="job-detail"),
]
