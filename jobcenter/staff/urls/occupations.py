"""Staff corrections of a person's occupational classification."""

from django.urls import path

from jobcenter.staff.views import occupations

urlpatterns = [
    path(
        "seekers/<str:state_id>/occupations/<int:pk>/correct/",
        occupations.occupation_correct,
        name="seeker-occupation-correct",
    ),
    path("seekers/<str:state_id>/occupations/add/", occupations.occupation_add, name="seeker-occupation-add"),
]
