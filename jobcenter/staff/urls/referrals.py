"""Staff URLs for referrals: refer (consent step), Referrals Pending Review, outcomes."""

from django.urls import path

from jobcenter.core.navigation import NavItem
from jobcenter.staff.views import referrals as v

NAV_ITEMS = [NavItem("Referrals pending review", "staff:referral-review", "matching.refer", order=31)]

urlpatterns = [
    path("job-orders/<int:pk>/refer/<str:state_id>/", v.refer, name="referral-new"),
    path("seekers/<str:state_id>/refer/", v.seeker_refer, name="seeker-refer"),
    path("referrals/review/", v.review_queue, name="referral-review"),
    path("referrals/<int:pk>/review/", v.review_detail, name="referral-review-detail"),
    path("referrals/<int:pk>/outcome/", v.outcome, name="referral-outcome"),
]
