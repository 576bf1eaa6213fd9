"""300 deterministic demo job seekers (veterans, MSFW and UI claimants among them), résumés for every
third one, and planted duplicate accounts waiting in the CSU review queue. Idempotent: rows are found by
State ID (seekers) or by content (résumé entries, merge requests) before anything is created."""

from __future__ import annotations

from jobcenter.core.demo import DemoContext
from jobcenter.seekers import choices
from jobcenter.seekers.models import JobSeeker, MergeRequest
from jobcenter.seekers.services import merge_request_create, resume_entry_add, seeker_create, seeker_set_ssn

N_SEEKERS = 300


def _ssn(rng) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def seed(ctx: DemoContext) -> None:
    """Create the demo seekers; the demo ``seeker`` user owns the first one.

    Each person's match profile is rebuilt once, when the step ends, not after every one of their rows is saved
    (``refresh_deferred``): nothing here reads the match index or moves the clock, so the rows are the same."""
    from jobcenter.matching.index import refresh_deferred

    with refresh_deferred():
        _seed(ctx)


def _seed(ctx: DemoContext) -> None:
    fake = ctx.faker("seekers")
    rng = ctx.rng("seekers")
    centers = list(ctx.objects["centers"].values())
    seekers = []
    for i in range(N_SEEKERS):
        state_id = f"MO{9000000000 + i:010d}"
        given, surname = fake.first_name(), fake.last_name()
        dob = fake.date_of_birth(minimum_age=16, maximum_age=72)
        ssn = _ssn(rng)
        veteran = rng.random() < 0.12
        msfw = rng.random() < 0.04
        claimant = rng.random() < 0.3
        spouse = not veteran and rng.random() < 0.02
        fields = {
            "given_name": given,
            "surname": surname,
            "date_of_birth": dob,
            "email": f"{given}.{surname}.{i}@example.com".lower(),
            "phone": f"+1816555{i:04d}",
            "address_1": fake.street_address(),
            "city": fake.city(),
            "state": "MO",
            "postcode": fake.postcode_in_state("MO"),
            "home_job_center": centers[i % len(centers)],
            "sex": rng.choice(["1", "2", "9"]),
            "veteran": "1" if veteran else "0",
            "eligible_veteran": "2" if veteran else ("3" if spouse else "0"),
            "disabled_veteran": ("1" if rng.random() < 0.3 else "0") if veteran else "0",
            "msfw": rng.choice(["1", "2"]) if msfw else "0",
            "uc_status": rng.choice(["1", "2", "3"]) if claimant else "0",
            "employment_status": rng.choice(["0", "0", "1", "3"]),
            "education_level": rng.choice([c.value for c in choices.EducationLevel]),
            "authorized_to_work": True,
            "notification_method": rng.choice(["email", "email", "text", "mail", "none"]),
        }
        fields["phone_is_mobile"] = fields["notification_method"] == "text" or i % 2 == 0
        seeker = JobSeeker.objects.filter(state_id=state_id).first()
        if seeker is None:
            seeker = seeker_create(state_id=state_id, **fields)
            if rng.random() < 0.93:  # some people decline to give an SSN
                seeker_set_ssn(seeker=seeker, ssn=ssn)
        else:
            rng.random()
        seekers.append(seeker)
    user = ctx.objects["users"]["seeker"]
    first = seekers[0]
    if first.user_id is None:
        first.user = user
        first.save(update_fields=["user"])
    _seed_resumes(ctx, seekers)
    _seed_duplicates(ctx, seekers, centers)
    ctx.objects["seekers"] = seekers


OCCUPATIONS = [
    ("Welders, Cutters, Solderers, and Brazers", "51-4121.06"),
    ("Heavy and Tractor-Trailer Truck Drivers", "53-3032.00"),
    ("Registered Nurses", "29-1141.00"),
    ("Customer Service Representatives", "43-4051.00"),
    ("Software Developers", "15-1252.00"),
    ("Cooks, Restaurant", "35-2014.00"),
    ("Farmworkers and Laborers, Crop, Nursery, and Greenhouse", "45-2092.00"),
    ("Retail Salespersons", "41-2031.00"),
]
LAY_TITLES = ["Truck driver CDL", "CNA", "Forklift driver", "Line cook", "RN", "Cashier", "Warehouse worker", "Welder"]
SKILLS = ["Forklift", "Customer service", "Microsoft Excel", "CDL Class A", "Spanish", "Food safety", "Welding", "CPR"]


def _seed_resumes(ctx: DemoContext, seekers: list[JobSeeker]) -> None:
    """Work history, education, a credential, skills and wanted occupations for every third seeker."""
    import datetime as dt
    from decimal import Decimal

    fake = ctx.faker("seekers-resumes")
    rng = ctx.rng("seekers-resumes")
    for i, seeker in enumerate(seekers):
        if i % 3:
            continue
        title, code = OCCUPATIONS[i % len(OCCUPATIONS)]
        company = fake.company()
        start = dt.date(2015 + i % 8, 1 + i % 12, 1)
        end = dt.date(2024, 1 + i % 12, 1) if i % 2 else None
        wage = Decimal(rng.randint(1200, 3800)) / 100
        skill = SKILLS[i % len(SKILLS)]
        if seeker.work_history.exists():
            continue
        resume_entry_add(
            seeker=seeker,
            actor=None,
            section="work",
            employer_name=company,
            title=title,
            onet_soc_code=code,
            start_date=start,
            end_date=end,
            wage=wage,
            wage_unit="hour",
        )
        resume_entry_add(  # an earlier job in the person's own words, no code: the occupation coder classifies it
            seeker=seeker,
            actor=None,
            section="work",
            employer_name="Riverside Staffing",
            title=LAY_TITLES[(i // 3) % len(LAY_TITLES)],
            start_date=dt.date(2012 + i % 3, 3, 1),
            end_date=dt.date(2014 + i % 3, 12, 1),
        )
        resume_entry_add(seeker=seeker, actor=None, section="skill", name=skill)
        resume_entry_add(seeker=seeker, actor=None, section="occupation", title=title, onet_soc_code=code)
        if i % 2 == 0:
            resume_entry_add(
                seeker=seeker, actor=None, section="education", institution="Metropolitan Community College", level="6"
            )
        if code == "53-3032.00":
            resume_entry_add(
                seeker=seeker,
                actor=None,
                section="credential",
                kind="license",
                name="Commercial Driver's License, Class A",
                issuer="Missouri Department of Revenue",
            )


N_DUPLICATES = 6


def _seed_duplicates(ctx: DemoContext, seekers: list[JobSeeker], centers) -> None:
    """Plant duplicate accounts (typos, a short name, a birth date one day off, no email) and queue them."""
    import datetime as dt

    variants = [
        lambda s: {"given_name": s.given_name + "e"},
        lambda s: {"surname": s.surname[:-1]},
        lambda s: {"date_of_birth": s.date_of_birth + dt.timedelta(days=1)},
        lambda s: {"email": ""},
        lambda s: {"given_name": s.given_name[:3]},
        lambda s: {"address_1": s.address_1.upper()},
    ]
    for k in range(N_DUPLICATES):
        original = seekers[10 + 7 * k]
        state_id = f"MO{9000000000 + len(seekers) + k:010d}"
        duplicate = JobSeeker.objects.filter(state_id=state_id).first()
        if duplicate is None:
            fields = {
                f: getattr(original, f)
                for f in (
                    "given_name",
                    "surname",
                    "date_of_birth",
                    "email",
                    "phone",
                    "phone_is_mobile",
                    "address_1",
                    "city",
                    "state",
                    "postcode",
                    "sex",
                    "veteran",
                    "employment_status",
                    "authorized_to_work",
                )
            }
            fields.update(variants[k](original))
            fields["home_job_center"] = centers[(k + 1) % len(centers)]
            fields["notification_method"] = "email" if fields["email"] else "mail"
            duplicate = seeker_create(state_id=state_id, **fields)
        pair = {original.pk, duplicate.pk}
        if any(
            {a, b} == pair
            for a, b in MergeRequest.objects.filter(seeker_a__in=pair, seeker_b__in=pair).values_list(
                "seeker_a", "seeker_b"
            )
        ):
            continue
        merge_request_create(
            actor=None,
            seeker_a=duplicate,
            seeker_b=original,
            source="linkage" if k % 2 == 0 else "staff",
            match_probability=0.97 if k % 2 == 0 else None,
            reasons=["Similar name", "Same date of birth or one digit off", "Same phone"] if k % 2 == 0 else [],
            note="" if k % 2 == 0 else "Customer said they registered before at another job center.",
        )
