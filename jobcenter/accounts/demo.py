"""Demo geography and one user per role."""

from __future__ import annotations

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, State, User
from jobcenter.core.demo import DEMO_PASSWORD, DemoContext

REGIONS = [
    (
        "KC",
        "Kansas City Region",
        "29005",
        [
            ("KC-DT", "Kansas City Downtown Job Center", "Kansas City"),
            ("IND", "Independence Job Center", "Independence"),
        ],
    ),
    (
        "STL",
        "St. Louis Region",
        "29010",
        [("STL-CITY", "St. Louis City Job Center", "St. Louis"), ("STC", "St. Charles Job Center", "St. Charles")],
    ),
]

# username, role, job center code (or region code for regional roles), first, last
DEMO_USERS = [
    ("staff", Role.STAFF, "KC-DT", "Sam", "Staffer"),
    ("staff2", Role.STAFF, "STL-CITY", "Tara", "Nguyen"),
    ("supervisor", Role.SUPERVISOR, "KC-DT", "Sue", "Park"),
    ("regional", Role.REGIONAL_MANAGER, "KC", "Ray", "Gonzalez"),
    ("csu", Role.CSU, None, "Cora", "Support"),
    ("flc", Role.FLC_COORDINATOR, None, "Frank", "Lopez"),
    ("wpc", Role.WP_COORDINATOR, None, "Wendy", "Powell"),
    ("sma", Role.MONITOR_ADVOCATE, None, "Manuel", "Alvarez"),
    ("analyst", Role.PERFORMANCE_ANALYST, None, "Ana", "Lytics"),
    ("interviewer", Role.FOLLOWUP_INTERVIEWER, "KC", "Ivy", "Follow"),
    ("admin", Role.ADMIN, None, "Ada", "Admin"),
    ("seeker", Role.JOB_SEEKER, None, "Jordan", "Seeker"),
    ("employer", Role.EMPLOYER, None, "Erin", "Boss"),
]


def seed(ctx: DemoContext) -> None:
    """Create the state, 2 regions, 4 job centers and a user for every role."""
    state, _ = State.objects.get_or_create(code="MO", defaults={"name": "Missouri"})
    centers: dict[str, JobCenter] = {}
    regions: dict[str, Region] = {}
    for code, name, lwdb, jcs in REGIONS:
        region, _ = Region.objects.get_or_create(code=code, defaults={"state": state, "name": name, "lwdb_code": lwdb})
        regions[code] = region
        for jc_code, jc_name, city in jcs:
            centers[jc_code], _ = JobCenter.objects.get_or_create(
                code=jc_code, defaults={"region": region, "name": jc_name, "city": city}
            )
    users = {}
    for username, role, place, first, last in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username, role=role, first_name=first, last_name=last, email=f"{username}@demo.jobcenter.test"
            )
            if place in centers:
                user.job_center = centers[place]
            elif place in regions:
                user.region = regions[place]
            if role == Role.ADMIN:
                user.is_staff = user.is_superuser = True
            user.set_password(DEMO_PASSWORD)
            user.full_clean()
            user.save()
        users[username] = user
        ctx.logins.append((username, role.label, place or "statewide"))
    ctx.objects.update({"state": state, "regions": regions, "centers": centers, "users": users})
