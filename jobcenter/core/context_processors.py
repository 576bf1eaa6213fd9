"""Template context shared by every page: site name, state, role-aware navigation."""

from django.conf import settings


def site(request):
    """Site name, state code and the navigation for the signed-in user."""
    from jobcenter.core.navigation import navigation_for

    return {
        "SITE_NAME": "jobcenter",
        "JOBCENTER_STATE": settings.JOBCENTER_STATE,
        "nav_items": navigation_for(request) if getattr(request, "user", None) else [],
    }
