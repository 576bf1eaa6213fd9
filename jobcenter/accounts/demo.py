"""Demo geography and one user per role."""

from __future__ import annotations

from jobcenter.accounts.choices import Role
from jobcenter.accounts.models import JobCenter, Region, ServiceArea, State, User
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

# Which demo job center serves which Missouri ZIP codes and counties (an administrator keeps the real table in
# Django admin -> Job center service areas). ZIP rows win over county rows.
SERVICE_AREA_ZIPS = {
    "KC-DT": "64101 64102 64105 64106 64108 64109 64110 64111 64112 64113 64114 64116 64117 64118 64119 64120 "
    "64123 64124 64125 64126 64127 64128 64129 64130 64131 64132 64134 64137 64138 64139 64145 64146 64147 "
    "64149 64151 64152 64153 64154 64155 64156 64157 64158 64161 64163 64164 64165 64166 64167",
    "IND": "64050 64052 64053 64054 64055 64056 64057 64058",
    "STL-CITY": "63101 63102 63103 63104 63106 63107 63108 63109 63110 63111 63112 63113 63115 63116 63118 63139 63147",
    "STC": "63301 63303 63304 63366 63367 63368 63376",
}
SERVICE_AREA_COUNTIES = {
    "KC-DT": ["Jackson", "Clay", "Platte", "Cass"],
    "STL-CITY": ["St. Louis City", "St. Louis"],
    "STC": ["St. Charles", "Lincoln", "Warren"],
}

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
    ("dcsupervisor", Role.FOLLOWUP_SUPERVISOR, "KC", "Dana", "Collins"),
    ("admin", Role.ADMIN, None, "Ada", "Admin"),
    ("seeker", Role.JOB_SEEKER, None, "Jordan", "Seeker"),
    ("employer", Role.EMPLOYER, None, "Erin", "Boss"),
]


def seed(ctx: DemoContext) -> None:
    """Create the state, 2 regions, 4 job centers, their service areas and a user for every role."""
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
    for code, zips in SERVICE_AREA_ZIPS.items():
        for zip_code in zips.split():
            ServiceArea.objects.get_or_create(state="MO", zip_code=zip_code, defaults={"job_center": centers[code]})
    for code, counties in SERVICE_AREA_COUNTIES.items():
        for county in counties:
            ServiceArea.objects.get_or_create(state="MO", county=county, defaults={"job_center": centers[code]})
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
