"""300 deterministic demo job seekers (veterans, MSFW and UI claimants among them)."""

from __future__ import annotations

from jobcenter.core.demo import DemoContext
from jobcenter.seekers import choices
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import seeker_create, seeker_set_ssn

N_SEEKERS = 300


def _ssn(rng) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def seed(ctx: DemoContext) -> None:
    """Create the demo seekers; the demo ``seeker`` user owns the first one."""
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
    ctx.objects["seekers"] = seekers
