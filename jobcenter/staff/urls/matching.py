"""Staff URLs for matching."""

from django.urls import path

from jobcenter.staff.views import matching as v

urlpatterns = [
    path("job-orders/<int:pk>/candidates/", v.order_candidates, name="match-order"),
    path("job-orders/<int:pk>/requirements/", v.order_requirements, name="match-requirements"),
    path("seekers/<str:state_id>/matching-jobs/", v.seeker_jobs, name="match-seeker"),
]
