"""Who am I: the signed-in user's role, capabilities and scope."""

from ninja import Router, Schema

router = Router(tags=["account"])
PREFIX = "/me"


class MeOut(Schema):
    """The acting user."""

    username: str
    role: str
    scope: str
    job_center: str | None
    capabilities: list[str]


@router.get("", response=MeOut, summary="The authenticated user")
def me(request):
    """Role, scope and capabilities of the caller."""
    u = request.auth
    return {
        "username": u.username,
        "role": u.role,
        "scope": u.scope_level,
        "job_center": u.job_center.code if u.job_center_id else None,
        "capabilities": sorted(u.capabilities),
    }
