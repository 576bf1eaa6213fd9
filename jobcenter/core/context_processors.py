"""Template context shared by every page: site name, state, role-aware navigation."""

from django.conf import settings


def site(request):
    """Site name, state code and name, and the navigation for the signed-in user."""
    from jobcenter.core.navigation import navigation_for
    from jobcenter.core.states import state_name

    return {
        "SITE_NAME": "jobcenter",
        "JOBCENTER_STATE": settings.JOBCENTER_STATE,
        "JOBCENTER_STATE_NAME": state_name(settings.JOBCENTER_STATE),
        "nav_items": navigation_for(request) if getattr(request, "user", None) else [],
    }
