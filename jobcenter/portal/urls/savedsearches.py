"""Portal: a job seeker's saved job searches (docs/adr/0044)."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.portal.views import savedsearches as v

NAV_ITEMS = [NavItem("Saved searches", "portal:saved-searches", "portal.seeker", order=18)]

urlpatterns = [
    path("seeker/saved-searches/", v.saved_list, name="saved-searches"),
    path("seeker/saved-searches/new/", v.save, name="saved-search-save"),
    path("seeker/saved-searches/<int:pk>/edit/", v.edit, name="saved-search-edit"),
    path("seeker/saved-searches/<int:pk>/stop/", v.stop, name="saved-search-stop-now"),
    path("seeker/saved-searches/<int:pk>/delete/", v.delete, name="saved-search-delete"),
    path("saved-searches/stop/<str:token>/", v.stop_by_link, name="saved-search-stop"),
]
