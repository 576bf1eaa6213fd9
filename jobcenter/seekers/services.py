"""Writes for job seekers: registration, profile, résumé, duplicate checks and merges.

Identity numbers are handled here only. Sources: Missouri Wagner-Peyser & Labor Exchange Manual sections
Initial Job Center Process, Registration Requirements, Verifying Accounts, Duplicate Accounts and Job Seekers -
Service Policy; PIRL element definitions (federal-specs 1.1-1.2).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from stdnum.us import ssn as stdnum_ssn

from jobcenter.accounts.roles import user_can
from jobcenter.core import clock, crypto
from jobcenter.core.audit import audit_log
from jobcenter.seekers import choices, constants
from jobcenter.seekers.models import (
    Credential,
    DesiredOccupation,
    Education,
    JobSeeker,
    MergedRow,
    MergeRequest,
    SeekerOccupation,
    Skill,
    WorkHistory,
)


def normalize_ssn(raw: str) -> str:
    """Digits only; raises ``ValidationError`` (field ``ssn``) when not a valid SSN.

    Validity per python-stdnum ``us.ssn``: 9 digits, area not 000/666/900-999, group not 00, serial not 0000.
    """
    digits = re.sub(r"[\s-]", "", raw or "")
    if not stdnum_ssn.is_valid(digits):
        raise ValidationError({"ssn": constants.SSN_INVALID})
    return digits


def ssn_hash(raw: str) -> str:
    """Keyed hash of a (valid) SSN for exact look-up."""
    return crypto.keyed_hash(normalize_ssn(raw), purpose="ssn")


def seeker_set_ssn(*, seeker: JobSeeker, ssn: str | None, actor=None) -> None:
    """Store (or clear, with ``None``/empty) the SSN: encrypted, keyed hash, last four. Audited without the number."""
    if not ssn:
        seeker.ssn_encrypted = seeker.ssn_hash = seeker.ssn_last4 = ""
    else:
        digits = normalize_ssn(ssn)
        seeker.ssn_encrypted = crypto.encrypt(digits)
        seeker.ssn_hash = crypto.keyed_hash(digits, purpose="ssn")
        seeker.ssn_last4 = digits[-4:]
    seeker.save(update_fields=["ssn_encrypted", "ssn_hash", "ssn_last4", "updated_at"])
    if actor is not None:
        audit_log(action="seekers.ssn.changed", actor=actor, obj=seeker, data={"cleared": not ssn})


def seeker_reveal_ssn(*, seeker: JobSeeker, actor, reason: str, detail: str = "") -> str:
    """Return the full SSN formatted NNN-NN-NNNN to a user allowed to see it; every view is audited.

    ``reason`` is one of ``choices.SSNRevealReason`` and ``detail`` a sentence of real length
    (``constants.REVEAL_DETAIL_MIN_LENGTH``) saying what the user is doing; both are recorded.
    """
    if not user_can(actor, "seekers.ssn.view_full"):
        raise PermissionDenied(constants.SSN_FULL_VIEW_DENIED)
    errors: dict[str, list[str]] = {}
    if reason not in choices.SSNRevealReason.values:
        errors["reason"] = [constants.REVEAL_REASON_CHOICE]
    detail = " ".join((detail or "").split())
    if len(detail) < constants.REVEAL_DETAIL_MIN_LENGTH or len(set(detail.replace(" ", ""))) < 5:
        errors["detail"] = [constants.REVEAL_DETAIL_TOO_SHORT]
    if errors:
        raise ValidationError(errors)
    if not seeker.ssn_encrypted:
        return ""
    digits = crypto.decrypt(seeker.ssn_encrypted)
    audit_log(
        action="seekers.ssn.viewed",
        actor=actor,
        obj=seeker,
        data={"reason": reason, "reason_label": choices.SSNRevealReason(reason).label, "detail": detail[:500]},
    )
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def next_state_id(*, prefix: str | None = None) -> str:
    """A new unique State ID (PIRL 100): state code + 10 digits, never derived from the SSN."""
    from django.conf import settings

    prefix = prefix or settings.JOBCENTER_STATE
    import secrets

    while True:
        candidate = f"{prefix}{secrets.randbelow(10**10):010d}"
        if not JobSeeker.objects.filter(state_id=candidate).exists():
            return candidate


def validate_dob(dob: dt.date | None) -> None:
    """Date of birth may not be in the future."""
    if dob and dob > clock.today():
        raise ValidationError({"date_of_birth": constants.DOB_IN_FUTURE})


US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "PR",
        "VI",
        "GU",
        "AS",
        "MP",
    ]
)
POSTCODE_RE = re.compile(r"^\d{5}(-\d{4})?$")

# Fields a person or staff may set through registration / profile forms (never SSN, status or merge fields).
PROFILE_FIELDS = [
    "given_name",
    "middle_name",
    "surname",
    "suffix",
    "date_of_birth",
    "email",
    "phone",
    "phone_is_mobile",
    "address_1",
    "address_2",
    "city",
    "state",
    "postcode",
    "county_fips",
    "notification_method",
    "home_job_center",
    "sex",
    "disability",
    "hispanic_latino",
    "race_american_indian",
    "race_asian",
    "race_black",
    "race_pacific_islander",
    "race_white",
    "veteran",
    "eligible_veteran",
    "campaign_veteran",
    "disabled_veteran",
    "military_separation_date",
    "transitioning_service_member",
    "active_duty_spouse",
    "employment_status",
    "uc_status",
    "msfw",
    "education_level",
    "highest_grade",
    "school_status",
    "homeless",
    "ex_offender",
    "low_income",
    "english_learner",
    "basic_skills_deficient",
    "cultural_barriers",
    "single_parent",
    "displaced_homemaker",
    "eligible_msfw",
    "dislocation_date",
    "tanf",
    "ssi_ssdi",
    "snap",
    "authorized_to_work",
    "desired_wage",
    "desired_wage_unit",
    "availability",
    "commute_radius_miles",
    "willing_to_relocate",
]


def normalize_phone(raw: str) -> str:
    """A US phone number in E.164 (``+18165550123``); ``ValidationError`` (field ``phone``) if not valid.

    Uses ``phonenumbers`` (libphonenumber metadata); only North American numbers are accepted.
    """
    import phonenumbers

    try:
        number = phonenumbers.parse(raw or "", "US")
    except phonenumbers.NumberParseException:
        raise ValidationError({"phone": constants.PHONE_INVALID}) from None
    if number.country_code != 1 or not phonenumbers.is_valid_number(number):
        raise ValidationError({"phone": constants.PHONE_INVALID})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_street_address(address_1: str) -> None:
    """The first address line must parse (``usaddress``) as a street address (number + street) or a PO box."""
    import usaddress

    try:
        parts, kind = usaddress.tag(address_1 or "")
    except usaddress.RepeatedLabelError:
        raise ValidationError({"address_1": constants.ADDRESS_UNPARSEABLE}) from None
    street = kind == "Street Address" and parts.get("AddressNumber") and parts.get("StreetName")
    po_box = kind == "PO Box" and parts.get("USPSBoxID")
    if not (street or po_box):
        raise ValidationError({"address_1": constants.ADDRESS_UNPARSEABLE})


def _clean_contact(fields: dict) -> dict[str, list[str]]:
    """Normalise phone/state/postcode in place and collect contact errors by field."""
    errors: dict[str, list[str]] = {}

    def check(fn):
        try:
            fn()
        except ValidationError as exc:
            for k, v in exc.message_dict.items():
                errors.setdefault(k, []).extend(v)

    if fields.get("phone"):

        def phone():
            fields["phone"] = normalize_phone(fields["phone"])

        check(phone)
    if fields.get("address_1"):
        check(lambda: validate_street_address(fields["address_1"]))
    if fields.get("state"):
        fields["state"] = fields["state"].strip().upper()
        if fields["state"] not in US_STATES:
            errors.setdefault("state", []).append(constants.STATE_INVALID)
    if fields.get("postcode"):
        fields["postcode"] = fields["postcode"].strip()
        if not POSTCODE_RE.match(fields["postcode"]):
            errors.setdefault("postcode", []).append(constants.POSTCODE_INVALID)
    if fields.get("email"):
        fields["email"] = fields["email"].strip().lower()
    if fields.get("date_of_birth"):
        check(lambda: validate_dob(fields["date_of_birth"]))
    # PIRL 410 is the last day worked at a job already lost (DOL PIRL public-use layout PY2022 Q4, 410).
    if fields.get("dislocation_date") and fields["dislocation_date"] > clock.today():
        errors.setdefault("dislocation_date", []).append(constants.DISLOCATION_IN_FUTURE)
    return errors


def _full_clean_collect(seeker: JobSeeker, errors: dict[str, list[str]]) -> None:
    """Run ``full_clean`` and raise one ``ValidationError`` with every problem found (contact ones too)."""
    try:
        seeker.full_clean(exclude=list(errors))
    except ValidationError as exc:
        for k, v in exc.message_dict.items():
            errors.setdefault(k, []).extend(v)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def seeker_create(*, actor=None, ssn: str | None = None, state_id: str | None = None, **fields) -> JobSeeker:
    """Create a job seeker (validated, no duplicate check: used by imports and the demo), set the SSN, audit it."""
    errors = _clean_contact(fields)
    if ssn:
        try:
            normalize_ssn(ssn)
        except ValidationError as exc:
            errors.update(exc.message_dict)
    seeker = JobSeeker(state_id=state_id or next_state_id(), **fields)
    _full_clean_collect(seeker, errors)
    if seeker.authorized_to_work and not seeker.work_authorization_attested_at:
        seeker.work_authorization_attested_at = clock.now()
    seeker.save()
    if ssn:
        seeker_set_ssn(seeker=seeker, ssn=ssn)
    audit_log(
        action="seekers.seeker.created",
        actor=actor,
        obj=seeker,
        data={"state_id": seeker.state_id, "assisted": bool(actor and actor.is_staff_role)},
    )
    return seeker


# --- Duplicate check (manual: Verifying Accounts) -------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateCandidate:
    """A record that may be the same person: what staff may see of it (never the SSN)."""

    seeker_id: int
    state_id: str
    name: str
    date_of_birth: dt.date | None
    home_job_center: str
    match_probability: float | None = None
    reasons: tuple[str, ...] = ()
    birth_year: int | None = None
    in_scope: bool = True

    @property
    def same_ssn(self) -> bool:
        """The candidate holds the same SSN (keyed hash)."""
        return SAME_SSN_REASON in self.reasons

    def for_user(self, user) -> DuplicateCandidate:
        """What ``user`` may see: outside their scope only the State ID and the year of birth (issue #10)."""
        from jobcenter.accounts.scoping import scoped

        if scoped(JobSeeker.objects.filter(pk=self.seeker_id), user).exists():
            return self
        return DuplicateCandidate(
            seeker_id=self.seeker_id,
            state_id=self.state_id,
            name="",
            date_of_birth=None,
            home_job_center="",
            match_probability=self.match_probability,
            # Which details matched would tell the caller about the other record: say only whether the SSN did.
            reasons=(SAME_SSN_REASON,) if self.same_ssn else ("Similar details",),
            birth_year=self.birth_year,
            in_scope=False,
        )


SAME_SSN_REASON = "Same Social Security number"


class DuplicatesFound(Exception):
    """Raised by registration when possible duplicates exist and nobody said to proceed anyway."""

    def __init__(self, candidates: list[DuplicateCandidate]):
        super().__init__(constants.DUPLICATES_FOUND)
        self.candidates = candidates


def _linkage_record(fields: dict, ssn: str | None) -> dict:
    keys = (
        "given_name",
        "surname",
        "date_of_birth",
        "address_1",
        "address_2",
        "city",
        "state",
        "postcode",
        "phone",
        "email",
    )
    record = {k: fields.get(k) for k in keys}
    if ssn:
        record["ssn"] = re.sub(r"\D", "", ssn)
    return record


def seeker_find_duplicates(
    *, fields: dict, ssn: str | None = None, exclude_id: int | None = None, limit: int = 10
) -> list[DuplicateCandidate]:
    """Statewide check for records that may be this person (manual: Verifying Accounts; Duplicate Accounts).

    Exact evidence first (same SSN by keyed hash; same name and date of birth), then the probabilistic
    model of ``seekers.linkage.find_candidates`` when it is installed. Only active records are offered.
    """
    found: dict[int, DuplicateCandidate] = {}
    base = JobSeeker.objects.filter(is_active=True).select_related("home_job_center")
    if exclude_id:
        base = base.exclude(pk=exclude_id)

    def add(seeker: JobSeeker, reason: str, probability: float | None = None) -> None:
        prev = found.get(seeker.pk)
        reasons = (*(prev.reasons if prev else ()), reason)
        prob = max(filter(None, [probability, prev.match_probability if prev else None]), default=None)
        found[seeker.pk] = DuplicateCandidate(
            seeker.pk,
            seeker.state_id,
            seeker.full_name,
            seeker.date_of_birth,
            str(seeker.home_job_center or ""),
            prob,
            reasons,
            seeker.date_of_birth.year if seeker.date_of_birth else None,
        )

    if ssn:
        for s in base.filter(ssn_hash=ssn_hash(ssn))[:limit]:
            add(s, SAME_SSN_REASON, 1.0)
    if fields.get("date_of_birth") and fields.get("surname") and fields.get("given_name"):
        same = base.filter(
            date_of_birth=fields["date_of_birth"],
            surname__iexact=fields["surname"].strip(),
            given_name__iexact=fields["given_name"].strip(),
        )
        for s in same[:limit]:
            add(s, "Same name and date of birth")
    try:
        from jobcenter.seekers.linkage import find_candidates
    except ImportError:  # the probabilistic model is optional
        find_candidates = None
    if find_candidates is not None:
        for c in find_candidates(_linkage_record(fields, ssn), exclude_id=exclude_id, limit=limit):
            seeker = base.filter(pk=c.seeker_id).first()
            if seeker is not None:
                add(seeker, "; ".join(c.reasons) or "Similar details", c.match_probability)
    ranked = sorted(found.values(), key=lambda c: (-(c.match_probability or 0.5), c.state_id))
    return ranked[:limit]


# --- Registration (manual: Registration Requirements) ---------------------------------------------------------


@transaction.atomic
def seeker_register(
    *,
    actor,
    ssn: str | None = None,
    proceed_reason: str = "",
    user=None,
    self_service: bool = False,
    **fields,
) -> JobSeeker:
    """Register a job seeker after the duplicate check (manual: Verifying Accounts; Registration Requirements).

    Every field is validated first (all errors at once). Then the statewide duplicate check runs:

    * staff / API (``self_service`` False): candidates raise ``DuplicatesFound`` unless ``proceed_reason`` is
      given (audited as ``seekers.seeker.registered_despite_duplicates``);
    * self-registration (``self_service`` True): nothing about other records is revealed; the account is
      created and the candidates go to the CSU review queue (the portal shows a neutral "we need to check
      your details" page).

    Whoever registers, a record whose SSN is already on file is created only as pending CSU review
    (``identity_review_pending``) and every record holding that SSN is queued with it (issue #10).
    Legal authorization to work must be attested (manual: Job Seekers - Service Policy).
    """
    errors = _clean_contact(fields)
    if not fields.get("date_of_birth"):
        errors.setdefault("date_of_birth", []).append(constants.DOB_REQUIRED)
    if not fields.get("authorized_to_work"):
        errors.setdefault("authorized_to_work", []).append(constants.WORK_AUTHORIZATION_REQUIRED)
    if ssn:
        try:
            normalize_ssn(ssn)
        except ValidationError as exc:
            errors.update(exc.message_dict)
    probe = JobSeeker(state_id="X", user=user, **fields)
    _full_clean_collect(probe, {**errors})  # raises with every error
    _serialize_registrations()
    candidates = seeker_find_duplicates(fields=fields, ssn=ssn)
    reason = (proceed_reason or "").strip()
    if candidates and not (reason or self_service):
        raise DuplicatesFound(candidates)
    seeker = seeker_create(actor=actor, ssn=ssn, user=user, **fields)
    if not candidates:
        return seeker
    audit_log(
        action="seekers.seeker.registered_despite_duplicates",
        actor=actor,
        obj=seeker,
        data={
            "reason": reason[:500],
            "self_service": self_service,
            "candidates": [c.state_id for c in candidates],
        },
    )
    same_ssn = [c for c in candidates if c.same_ssn]
    if same_ssn:
        JobSeeker.objects.filter(pk=seeker.pk).update(identity_review_pending=True)
        seeker.identity_review_pending = True
    # Always queued: every record with the same SSN; self-registration also queues its best other candidate.
    to_queue = same_ssn + ([c for c in candidates if not c.same_ssn][:1] if self_service else [])
    note = (
        "Self-registration: the person was told their details need checking."
        if self_service
        else f"Registered by staff despite possible duplicates: {reason[:300]}"
    )
    for candidate in to_queue:
        other = JobSeeker.objects.get(pk=candidate.seeker_id)
        if _pair_already_queued(seeker.pk, other.pk):
            continue
        merge_request_create(
            actor=None,
            seeker_a=seeker,
            seeker_b=other,
            source=choices.MergeRequestSource.REGISTRATION,
            match_probability=candidate.match_probability,
            reasons=list(candidate.reasons),
            note=note,
        )
    return seeker


def _serialize_registrations() -> None:
    """Registrations run one at a time, so two identical ones sent together cannot both pass the duplicate check:
    SQLite's IMMEDIATE transactions already queue writers; on PostgreSQL a transaction-scoped advisory lock does."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REGISTRATION_LOCK_KEY])


REGISTRATION_LOCK_KEY = 0x6A6F6273  # "jobs": the advisory lock id of seeker registration


def seeker_identity_review_settle(*, seeker: JobSeeker) -> None:
    """Clear ``identity_review_pending`` once no merge request about the record waits for review."""
    if not seeker.identity_review_pending:
        return
    waiting = MergeRequest.objects.filter(status=choices.MergeRequestStatus.PENDING).filter(
        models.Q(seeker_a=seeker) | models.Q(seeker_b=seeker)
    )
    if not waiting.exists():
        JobSeeker.objects.filter(pk=seeker.pk).update(identity_review_pending=False)
        seeker.identity_review_pending = False


@transaction.atomic
def seeker_self_register(*, username: str, password: str, ssn: str | None = None, **fields) -> JobSeeker:
    """Self-registration in the portal: creates the portal user (role job seeker) and the seeker record.

    Same validation and duplicate check as staff registration, but nothing about other records is revealed:
    possible duplicates go to the CSU queue (``seeker_register(self_service=True)``). The password is checked
    by Django's password validators. Nothing is saved if anything fails.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password

    from jobcenter.accounts.choices import Role

    User = get_user_model()
    errors: dict[str, list[str]] = {}
    user = User(
        username=(username or "").strip(),
        role=Role.JOB_SEEKER,
        email=fields.get("email", ""),
        first_name=fields.get("given_name", ""),
        last_name=fields.get("surname", ""),
    )
    try:
        user.full_clean(exclude=["password"])
    except ValidationError as exc:
        errors.update({("username" if k == "__all__" else k): v for k, v in exc.message_dict.items()})
    try:
        validate_password(password or "", user)
    except ValidationError as exc:
        errors["password"] = list(exc.messages)
    errors = {k: v for k, v in errors.items() if k in ("username", "password", "email")}
    if errors:
        # Report the account errors together with the profile's own.
        try:
            seeker_validate(fields=dict(fields), ssn=ssn)
        except ValidationError as exc:
            errors.update(exc.message_dict)
        raise ValidationError(errors)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:  # the same username taken at the same moment by another sign-up
        raise ValidationError({"username": [constants.USERNAME_TAKEN]}) from None
    seeker = seeker_register(actor=user, ssn=ssn, user=user, self_service=True, **fields)
    return seeker


def seeker_validate(*, fields: dict, ssn: str | None = None) -> None:
    """Validate registration fields without saving; raises one ``ValidationError`` with every problem."""
    errors = _clean_contact(fields)
    if not fields.get("date_of_birth"):
        errors.setdefault("date_of_birth", []).append(constants.DOB_REQUIRED)
    if not fields.get("authorized_to_work"):
        errors.setdefault("authorized_to_work", []).append(constants.WORK_AUTHORIZATION_REQUIRED)
    if ssn:
        try:
            normalize_ssn(ssn)
        except ValidationError as exc:
            errors.update(exc.message_dict)
    _full_clean_collect(JobSeeker(state_id="X", **fields), errors)


@transaction.atomic
def seeker_update_profile(*, seeker: JobSeeker, actor, **fields) -> JobSeeker:
    """Change profile fields (validated like registration) and audit which fields changed (not their values)."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not profile fields: {sorted(unknown)}")
    errors = _clean_contact(fields)
    if "authorized_to_work" in fields and not fields["authorized_to_work"]:
        errors.setdefault("authorized_to_work", []).append(constants.WORK_AUTHORIZATION_REQUIRED)
    changed = [k for k, v in fields.items() if getattr(seeker, k) != v]
    for k, v in fields.items():
        setattr(seeker, k, v)
    _full_clean_collect(seeker, errors)
    seeker.save()
    queued = 0
    if set(changed) & IDENTITY_FIELDS:
        queued = seeker_queue_duplicates_after_edit(seeker=seeker)
    audit_log(
        action="seekers.seeker.updated",
        actor=actor,
        obj=seeker,
        data={"fields": sorted(changed), "duplicates_queued": queued},
    )
    return seeker


# Fields whose change can make an edited record match someone else (manual: Verifying Accounts).
IDENTITY_FIELDS = frozenset(
    {"given_name", "surname", "date_of_birth", "email", "phone", "address_1", "address_2", "city", "postcode"}
)
EDIT_CHECK_THRESHOLD = 0.9


def seeker_queue_duplicates_after_edit(*, seeker: JobSeeker) -> int:
    """Incremental duplicate check of an edited record against everyone (``linkage.find_candidates``); likely
    duplicates go to the CSU review queue unless the pair is already queued or was dismissed. Returns how many
    pairs were queued."""
    from jobcenter.seekers.linkage import find_candidates

    record = _linkage_record({f: getattr(seeker, f) for f in PROFILE_FIELDS}, None)
    record["ssn_hash"] = seeker.ssn_hash or None
    queued = 0
    for candidate in find_candidates(record, exclude_id=seeker.pk, limit=5, threshold=EDIT_CHECK_THRESHOLD):
        other = JobSeeker.objects.filter(pk=candidate.seeker_id, is_active=True).first()
        if other is None or _pair_already_queued(seeker.pk, other.pk):
            continue
        merge_request_create(
            actor=None,
            seeker_a=seeker,
            seeker_b=other,
            source=choices.MergeRequestSource.LINKAGE,
            match_probability=round(candidate.match_probability, 4),
            reasons=["Found after a profile edit", *candidate.reasons],
        )
        queued += 1
    return queued


# --- Résumé (manual: Initial Job Center Process) ---------------------------------------------------------------

RESUME_MODELS = {
    "work": WorkHistory,
    "education": Education,
    "credential": Credential,
    "skill": Skill,
    "occupation": DesiredOccupation,
}


@transaction.atomic
def resume_entry_add(*, seeker: JobSeeker, actor, section: str, **fields):
    """Add one résumé entry to ``section`` (work, education, credential, skill, occupation), validated."""
    model = RESUME_MODELS[section]
    row = model(seeker=seeker, **fields)
    row.full_clean()
    row.save()
    audit_log(action="seekers.resume.added", actor=actor, obj=seeker, data={"section": section, "id": row.pk})
    return row


@transaction.atomic
def resume_entry_remove(*, seeker: JobSeeker, actor, section: str, entry_id: int) -> None:
    """Remove one of the seeker's own résumé entries."""
    model = RESUME_MODELS[section]
    deleted, _ = model.objects.filter(seeker=seeker, pk=entry_id).delete()
    if deleted:
        audit_log(action="seekers.resume.removed", actor=actor, obj=seeker, data={"section": section, "id": entry_id})


# --- Merge requests and merges (manual: Duplicate Accounts) ---------------------------------------------------


@transaction.atomic
def merge_request_create(
    *,
    actor,
    seeker_a: JobSeeker,
    seeker_b: JobSeeker,
    source: str,
    note: str = "",
    match_probability: float | None = None,
    reasons: list[str] | None = None,
) -> MergeRequest:
    """Put a possible duplicate pair in the CSU review queue (manual: Duplicate Accounts: name State IDs only).

    Staff need ``dedupe.request_merge``. One open request per pair.
    """
    if actor is not None and not user_can(actor, "dedupe.request_merge"):
        raise PermissionDenied("Your role cannot do this (dedupe.request_merge).")
    if seeker_a.pk == seeker_b.pk:
        raise ValidationError(constants.MERGE_SAME_RECORD)
    if not (seeker_a.is_active and seeker_b.is_active):
        raise ValidationError(constants.MERGE_NOT_ACTIVE)
    pair = {seeker_a.pk, seeker_b.pk}
    open_requests = MergeRequest.objects.filter(status=choices.MergeRequestStatus.PENDING)
    for a_id, b_id in open_requests.filter(seeker_a__in=pair, seeker_b__in=pair).values_list("seeker_a", "seeker_b"):
        if {a_id, b_id} == pair:
            raise ValidationError(constants.MERGE_REQUEST_EXISTS)
    request = MergeRequest(
        seeker_a=seeker_a,
        seeker_b=seeker_b,
        source=source,
        note=(note or "").strip(),
        match_probability=match_probability,
        reasons=list(reasons or []),
        requested_by=actor,
        created_at=clock.now(),
    )
    request.full_clean(exclude=["status"])
    request.save()
    audit_log(
        action="seekers.merge.requested",
        actor=actor,
        obj=request,
        data={"state_ids": [seeker_a.state_id, seeker_b.state_id], "source": source},
    )
    return request


def merge_request_report_by_state_id(*, actor, seeker: JobSeeker, other_state_id: str, note: str = "") -> bool:
    """A staff report naming a State ID outside the reporter's scope: queued when it names another active record
    and the pair is not queued yet; the caller tells the reporter the same thing either way. Audited."""
    if not user_can(actor, "dedupe.request_merge"):
        raise PermissionDenied("Your role cannot do this (dedupe.request_merge).")
    other = JobSeeker.objects.filter(state_id__iexact=(other_state_id or "").strip(), is_active=True).first()
    queued = False
    if (
        other is not None
        and other.pk != seeker.pk
        and seeker.is_active
        and not _pair_already_queued(seeker.pk, other.pk)
    ):
        merge_request_create(
            actor=actor, seeker_a=seeker, seeker_b=other, source=choices.MergeRequestSource.STAFF, note=note
        )
        queued = True
    audit_log(
        action="seekers.merge.reported_outside_scope",
        actor=actor,
        obj=seeker,
        data={"other_state_id": (other_state_id or "")[:12], "queued": queued},
    )
    return queued


def _pair_already_queued(a_id: int, b_id: int) -> bool:
    """A pair that is waiting for review or was judged to be two people is not queued again."""
    statuses = (choices.MergeRequestStatus.PENDING, choices.MergeRequestStatus.DISMISSED)
    return MergeRequest.objects.filter(
        status__in=statuses, seeker_a__in=(a_id, b_id), seeker_b__in=(a_id, b_id)
    ).exists()


@transaction.atomic
def merge_requests_from_linkage(*, seekers=None, limit_per_seeker: int = 3, threshold: float | None = None) -> int:
    """Queue possible duplicate pairs for CSU review (manual: Duplicate Accounts); returns how many were opened.

    Two sources: active records sharing an SSN (keyed hash; probability 1.0), and the duplicate model
    (``seekers.linkage.find_candidates``) asked about ``seekers`` (default: every active record). Pairs
    already waiting for review, or dismissed as different people, are not queued again.
    """
    opened = 0
    active = JobSeeker.objects.filter(is_active=True)

    def queue(a: JobSeeker, b: JobSeeker, probability: float | None, reasons: list[str]) -> None:
        nonlocal opened
        if a.pk == b.pk or _pair_already_queued(a.pk, b.pk):
            return
        merge_request_create(
            actor=None,
            seeker_a=a,
            seeker_b=b,
            source=choices.MergeRequestSource.LINKAGE,
            match_probability=probability,
            reasons=reasons,
        )
        opened += 1

    shared = (
        active.exclude(ssn_hash="").values("ssn_hash").annotate(n=models.Count("id")).filter(n__gt=1).values("ssn_hash")
    )
    for ssn_key in shared:
        group = list(active.filter(ssn_hash=ssn_key["ssn_hash"]).order_by("created_at", "id"))
        for other in group[1:]:
            queue(group[0], other, 1.0, ["Same Social Security number"])
    try:
        from jobcenter.seekers.linkage import find_candidates
    except ImportError:
        return opened
    scan_all = seekers is None
    for seeker in active if scan_all else seekers:
        record = _linkage_record({f: getattr(seeker, f) for f in PROFILE_FIELDS}, None)
        kwargs = {"exclude_id": seeker.pk, "limit": limit_per_seeker}
        if threshold is not None:
            kwargs["threshold"] = threshold
        for c in find_candidates(record, **kwargs):
            if scan_all and c.seeker_id < seeker.pk:
                continue  # each unordered pair once when scanning everyone
            other = active.filter(pk=c.seeker_id).first()
            if other is not None:
                queue(seeker, other, c.match_probability, list(c.reasons))
    return opened


def merge_pick_primary(
    *, a: JobSeeker, b: JobSeeker, chosen: JobSeeker | None = None, confirm_different_ssns: bool = False
) -> tuple[JobSeeker, JobSeeker]:
    """Which record survives (manual, Duplicate Accounts: "use the account with the correct SSN as the primary").

    * only one record has an SSN: that one (choosing the other is refused);
    * both have the same SSN, or neither has one: the reviewer's choice, else the older record;
    * both have different SSNs: refused unless the reviewer chose one and confirmed it is the correct SSN.
    Returns ``(primary, duplicate)``.
    """
    if chosen is not None and chosen.pk not in (a.pk, b.pk):
        raise ValueError("The chosen primary must be one of the pair.")
    other = (lambda s: b if s.pk == a.pk else a) if chosen else None
    if bool(a.ssn_hash) != bool(b.ssn_hash):
        with_ssn = a if a.ssn_hash else b
        if chosen is not None and chosen.pk != with_ssn.pk:
            raise ValidationError({"primary": constants.MERGE_PRIMARY_LACKS_SSN})
        return with_ssn, (b if with_ssn.pk == a.pk else a)
    if a.ssn_hash and b.ssn_hash and a.ssn_hash != b.ssn_hash:
        if chosen is None or not confirm_different_ssns:
            raise ValidationError({"primary": constants.MERGE_DIFFERENT_SSNS})
        return chosen, other(chosen)
    if chosen is not None:
        return chosen, other(chosen)
    older, newer = sorted((a, b), key=lambda s: (s.created_at, s.pk))
    return older, newer


# Relations that are merge bookkeeping, not the person's data.
MERGE_SKIP_MODELS = {"seekers.MergeRequest", "seekers.MergedRow", "seekers.JobSeeker"}


def _reindex_after_merge(*seekers: JobSeeker) -> None:
    """Derived search indexes (``merge_derived = True`` models, e.g. the match index) are rebuilt, not moved."""
    from jobcenter.matching.index import profiles_rebuild

    profiles_rebuild(JobSeeker.objects.filter(pk__in=[s.pk for s in seekers]))


def seeker_relations() -> list[tuple[type, str, bool]]:
    """Every ``(model, field name, is_one_to_one)`` whose rows point at a JobSeeker, from any app.

    Walks ``JobSeeker._meta`` reverse relations (hidden ones too), so models added later are covered;
    many-to-many links are moved through their ``through`` table.
    """
    out = []
    for rel in JobSeeker._meta.get_fields(include_hidden=True):
        if not rel.is_relation or not rel.auto_created or rel.concrete:
            continue
        if rel.many_to_many:
            through = rel.through
            for f in through._meta.fields:
                if f.is_relation and f.related_model is JobSeeker and through._meta.label not in MERGE_SKIP_MODELS:
                    out.append((through, f.name, False))
            continue
        model = rel.related_model
        if model._meta.label in MERGE_SKIP_MODELS or getattr(model, "merge_derived", False):
            continue
        out.append((model, rel.field.name, rel.one_to_one))
    return sorted(set(out), key=lambda t: (t[0]._meta.label, t[1]))


def _merge_occupation_corrections(keep: JobSeeker, dup: JobSeeker, lineage: list, counts: dict) -> dict:
    """Staff occupation corrections move to the primary (``SeekerOccupation`` is otherwise rebuilt, not moved;
    ADR 0028): added to the merge lineage and counts; returns what happened to them, for the audit."""
    from jobcenter.seekers.classification import classification_merge

    result = classification_merge(keep=keep, dup=dup)
    label = SeekerOccupation._meta.label
    lineage += [
        MergedRow(model_label=label, field_name="seeker", object_pk=str(pk), from_seeker=dup, to_seeker=keep)
        for pk in result.moved
    ]
    if result.moved:
        counts[label] = counts.get(label, 0) + len(result.moved)
    return result.audit_data()


@transaction.atomic
def seeker_merge(
    *,
    merge_request: MergeRequest,
    actor,
    primary: JobSeeker | None = None,
    confirm_different_ssns: bool = False,
    note: str = "",
) -> MergeRequest:
    """Merge the pair of a pending request (CSU/admin, ``dedupe.merge``; manual: Duplicate Accounts).

    Picks the primary by ``merge_pick_primary``, moves every row of every model that points at the duplicate
    to the primary (recording each in ``MergedRow`` so ``seeker_unmerge`` can move exactly those back), moves
    the portal user if only the duplicate has one (if both have one, the duplicate's is deactivated), and makes
    the duplicate inactive with ``merged_into``.
    Staff occupation corrections move too (``classification_merge``; the coder's own rows are rebuilt).
    A one-to-one row on both records, or a row that clashes with a unique constraint, stops the merge with
    nothing changed. Audited as ``seekers.merge.executed`` (State IDs and counts only).
    """
    if not user_can(actor, "dedupe.merge"):
        raise PermissionDenied("Your role cannot do this (dedupe.merge).")
    request = MergeRequest.objects.select_for_update().get(pk=merge_request.pk)
    if request.status != choices.MergeRequestStatus.PENDING:
        raise ValidationError(constants.MERGE_NOT_PENDING)
    a = JobSeeker.objects.select_for_update().get(pk=request.seeker_a_id)
    b = JobSeeker.objects.select_for_update().get(pk=request.seeker_b_id)
    if not (a.is_active and b.is_active):
        raise ValidationError(constants.MERGE_NOT_ACTIVE)
    chosen = None
    if primary is not None:
        chosen = a if primary.pk == a.pk else b if primary.pk == b.pk else None
        if chosen is None:
            raise ValueError("The chosen primary must be one of the pair.")
    keep, dup = merge_pick_primary(a=a, b=b, chosen=chosen, confirm_different_ssns=confirm_different_ssns)
    lineage: list[MergedRow] = []
    counts: dict[str, int] = {}
    for model, field_name, one_to_one in seeker_relations():
        manager = model._base_manager
        pks = list(manager.filter(**{field_name: dup}).values_list("pk", flat=True))
        if not pks:
            continue
        label = model._meta.label
        if one_to_one and manager.filter(**{field_name: keep}).exists():
            raise ValidationError(constants.MERGE_ONE_TO_ONE_CONFLICT.format(model=model._meta.verbose_name))
        try:
            with transaction.atomic():
                manager.filter(pk__in=pks).update(**{field_name: keep})
        except IntegrityError:
            raise ValidationError(constants.MERGE_ROW_CONFLICT.format(model=model._meta.verbose_name)) from None
        lineage += [
            MergedRow(model_label=label, field_name=field_name, object_pk=str(pk), from_seeker=dup, to_seeker=keep)
            for pk in pks
        ]
        counts[label] = counts.get(label, 0) + len(pks)
    corrections = _merge_occupation_corrections(keep, dup, lineage, counts)
    moved_user = False
    if dup.user_id and not keep.user_id:
        user_id = dup.user_id
        JobSeeker.objects.filter(pk=dup.pk).update(user=None)
        JobSeeker.objects.filter(pk=keep.pk).update(user_id=user_id)
        moved_user = True
    elif dup.user_id and keep.user_id:
        # Both people had a portal login: the person keeps the primary's; the duplicate's is switched off so it
        # cannot open the merged (inactive) record. Undo switches it back on.
        type(dup.user).objects.filter(pk=dup.user_id).update(is_active=False)
        request.deactivated_user_id = dup.user_id
    JobSeeker.objects.filter(pk=dup.pk).update(is_active=False, merged_into=keep, updated_at=clock.now())
    request.mark_merged(primary=keep, duplicate=dup, by=actor, at=clock.now(), note=(note or "").strip())
    request.moved_user = moved_user
    request.save()
    for row in lineage:
        row.merge = request
    MergedRow.objects.bulk_create(lineage)
    for record in (keep, dup):
        record.refresh_from_db(fields=["identity_review_pending"])
        seeker_identity_review_settle(seeker=record)
    audit_log(
        action="seekers.merge.executed",
        actor=actor,
        obj=request,
        data={
            "primary": keep.state_id,
            "duplicate": dup.state_id,
            "rows_moved": counts,
            "moved_user": moved_user,
            "deactivated_portal_user": bool(request.deactivated_user_id),
            "occupation_corrections": corrections,
            "note": (note or "").strip()[:500],
        },
    )
    _reindex_after_merge(keep, dup)
    return request


@transaction.atomic
def seeker_unmerge(*, merge_request: MergeRequest, actor) -> MergeRequest:
    """Undo a merge: move exactly the rows recorded in its lineage back to the duplicate, give back the portal
    user if it was moved, and reactivate the duplicate. Rows deleted since are skipped (counted).
    Audited as ``seekers.merge.undone``."""
    if not user_can(actor, "dedupe.merge"):
        raise PermissionDenied("Your role cannot do this (dedupe.merge).")
    request = MergeRequest.objects.select_for_update().get(pk=merge_request.pk)
    if request.status != choices.MergeRequestStatus.MERGED:
        raise ValidationError(constants.UNMERGE_NOT_MERGED)
    keep, dup = request.primary, request.duplicate
    moved_back, missing = 0, 0
    for row in request.moved_rows.all():
        model = apps.get_model(row.model_label)
        n = model._base_manager.filter(pk=row.object_pk, **{row.field_name: keep}).update(**{row.field_name: dup})
        moved_back += n
        missing += 1 - n
    if request.moved_user:
        keep.refresh_from_db()
        if keep.user_id:
            user_id = keep.user_id
            JobSeeker.objects.filter(pk=keep.pk).update(user=None)
            JobSeeker.objects.filter(pk=dup.pk).update(user_id=user_id)
    if request.deactivated_user_id:
        type(request.deactivated_user).objects.filter(pk=request.deactivated_user_id).update(is_active=True)
    JobSeeker.objects.filter(pk=dup.pk).update(is_active=True, merged_into=None, updated_at=clock.now())
    request.mark_undone(by=actor, at=clock.now())
    request.save()
    audit_log(
        action="seekers.merge.undone",
        actor=actor,
        obj=request,
        data={"primary": keep.state_id, "duplicate": dup.state_id, "rows_moved_back": moved_back, "missing": missing},
    )
    _reindex_after_merge(keep, dup)
    return request


@transaction.atomic
def merge_request_dismiss(*, merge_request: MergeRequest, actor, note: str = "") -> MergeRequest:
    """The reviewer decides the pair are different people (``dedupe.merge``). Audited."""
    if not user_can(actor, "dedupe.merge"):
        raise PermissionDenied("Your role cannot do this (dedupe.merge).")
    request = MergeRequest.objects.select_for_update().get(pk=merge_request.pk)
    if request.status != choices.MergeRequestStatus.PENDING:
        raise ValidationError(constants.MERGE_NOT_PENDING)
    request.dismiss(by=actor, at=clock.now(), note=(note or "").strip())
    request.save()
    for record in (request.seeker_a, request.seeker_b):
        seeker_identity_review_settle(seeker=record)
    audit_log(action="seekers.merge.dismissed", actor=actor, obj=request, data={"note": (note or "")[:500]})
    return request
