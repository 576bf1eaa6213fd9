"""Staff URLs for the Employment Service complaint system (20 CFR 658 Subpart E; ADR 0045)."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import complaints as v

NAV_ITEMS = [NavItem("Complaints", "staff:complaint-list", "complaints.take", order=36)]

urlpatterns = [
    path("complaints/", v.complaint_list, name="complaint-list"),
    path("complaints/export.csv", v.complaint_export, name="complaint-export"),
    path("complaints/new/", v.complaint_new, name="complaint-new"),
    path("complaints/<int:pk>/", v.complaint_detail, name="complaint-detail"),
    path("complaints/<int:pk>/action/", v.complaint_action, name="complaint-action"),
    path("complaints/<int:pk>/refer/", v.complaint_refer, name="complaint-refer"),
    path("complaints/<int:pk>/resolve/", v.complaint_resolve, name="complaint-resolve"),
    path("complaints/<int:pk>/close/", v.complaint_close, name="complaint-close"),
]
