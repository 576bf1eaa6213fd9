"""Validation of the engine's input (the job order as a plain dict; shape documented in docs/rules.md).

``validate_input`` returns a normalized copy (defaults filled in, money as ``Decimal``, the received time as
an aware ``datetime``, special categories as codes) or raises ``ScreeningInputError`` with every problem
found, keyed by field path (``employer.status``, ``wage.min``, ``special_categories[1]``).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from django.conf import settings

from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.screening.params import dated_param
from jobcenter.compliance.screening.types import ScreeningInputError
from jobcenter.core import clock
from jobcenter.core.parameters import ParameterError

EMPLOYER_STATUSES = ("active", "pending_verification", "discontinued")
LABOR_DISPUTE_VALUES = ("none", "position_at_issue", "position_not_at_issue")
WAGE_UNITS = ("hour", "week", "biweek", "month", "year", "piece", "commission")
SALARY_UNITS = ("week", "biweek", "month", "year")
EMPLOYMENT_TYPES = ("full_time", "part_time", "seasonal", "temporary", "independent_contractor")
HIRING_REQUIREMENTS = (
    "background_check",
    "drug_screen",
    "license",
    "physical",
    "driving_record",
    "credit_check",
    "safety_equipment",
)
VISA_ALIASES = {"H-2A": "H-2A", "H2A": "H-2A", "H-2B": "H-2B", "H2B": "H-2B", "NONE": None}

TOP_LEVEL = {
    "received_at",
    "employer",
    "title",
    "description",
    "requirements",
    "application_instructions",
    "soc_code",
    "naics",
    "worksite",
    "wage",
    "tipped",
    "hours_per_week",
    "openings",
    "employment_type",
    "visa_program",
    "special_categories",
    "minimum_age",
    "hiring_requirements",
    "answers",
}
# Structured questions on the order forms (issue #9): each is true, false or not answered (null).
ANSWER_KEYS = {"applicant_pays_before_hire", "union_membership_condition", "paid_on_w2", "position_open_now"}
EMPLOYER_KEYS = {
    "name",
    "fein",
    "status",
    "state",
    "employees",
    "annual_sales",
    "labor_dispute",
    "job_orders_last_12_months",
    "is_labor_organization",
    "confidential",
}
WORKSITE_KEYS = {"city", "state", "zip"}
WAGE_KEYS = {"min", "max", "unit"}

STATE_RE = re.compile(r"^[A-Za-z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")
FEIN_RE = re.compile(r"^\d{2}-?\d{7}$")
SOC_RE = re.compile(r"^\d{2}-\d{4}(\.\d{2})?$")
NAICS_RE = re.compile(r"^\d{2,6}$")


def special_category_table(*, as_of: dt.date, state: str | None = None) -> tuple[dict, ...]:
    """The special categories staff may record in ``state`` (default: this installation's state) on
    ``as_of`` (parameter ``joborders.special_categories``; manual: Job Special Categories)."""
    state = (state or settings.JOBCENTER_STATE).upper()
    try:
        return tuple(dated_param("joborders.special_categories", as_of=as_of, state=state))
    except ParameterError:
        return ()


def _category_lookup(table: tuple[dict, ...]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for row in table:
        for name in (row["code"], row["label"], *row.get("aliases", ())):
            lookup[_norm(name)] = row["code"]
    return lookup


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", str(name).lower())


class _Checker:
    """Collects errors while reading fields."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, path: str, message: str) -> None:
        self.errors.setdefault(path, message)

    def unknown(self, data: dict, allowed: set[str], prefix: str = "") -> None:
        for key in data:
            if key not in allowed:
                self.fail(f"{prefix}{key}", C.INPUT_UNKNOWN_FIELD)

    def text(self, data: dict, key: str, path: str, *, required: bool = False, max_length: int = 20000) -> str:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.fail(path, C.INPUT_REQUIRED)
            return ""
        if not isinstance(value, str):
            self.fail(path, C.INPUT_NOT_TEXT)
            return ""
        if required and not value.strip():
            self.fail(path, C.INPUT_REQUIRED)
        if len(value) > max_length:
            self.fail(path, C.INPUT_TOO_LONG.format(max_length=max_length))
        return value.strip()

    def boolean(self, data: dict, key: str, path: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(path, C.INPUT_NOT_BOOLEAN)
            return False
        return value

    def integer(self, data: dict, key: str, path: str, *, minimum: int = 0, maximum: int | None = None) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            else:
                self.fail(path, C.INPUT_NOT_WHOLE_NUMBER)
                return None
        if value < minimum or (maximum is not None and value > maximum):
            self.fail(
                path, C.INPUT_OUT_OF_RANGE.format(minimum=minimum, maximum=maximum if maximum is not None else "—")
            )
            return None
        return value

    def money(self, data: dict, key: str, path: str, *, required: bool = False) -> Decimal | None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.fail(path, C.INPUT_REQUIRED)
            return None
        if isinstance(value, bool):
            self.fail(path, C.INPUT_NOT_NUMBER)
            return None
        try:
            amount = Decimal(str(value).replace(",", "").lstrip("$"))
        except (InvalidOperation, ValueError):
            self.fail(path, C.INPUT_NOT_NUMBER)
            return None
        if not amount.is_finite() or amount < 0:
            self.fail(path, C.INPUT_NOT_NUMBER)
            return None
        return amount

    def choice(
        self, data: dict, key: str, path: str, choices: tuple[str, ...], *, default: str | None = None
    ) -> str | None:
        value = data.get(key, default)
        if value is None:
            if default is None:
                self.fail(path, C.INPUT_REQUIRED)
            return default
        if value not in choices:
            self.fail(path, C.INPUT_BAD_CHOICE.format(choices=", ".join(choices)))
            return default
        return value

    def state(self, data: dict, key: str, path: str, *, required: bool) -> str:
        value = data.get(key)
        if not value:
            if required:
                self.fail(path, C.INPUT_REQUIRED)
            return ""
        if not isinstance(value, str) or not STATE_RE.match(value):
            self.fail(path, C.INPUT_BAD_STATE)
            return ""
        return value.upper()

    def mapping(self, data: dict, key: str, path: str) -> dict:
        value = data.get(key)
        if value is None:
            self.fail(path, C.INPUT_REQUIRED)
            return {}
        if not isinstance(value, dict):
            self.fail(path, C.INPUT_NOT_OBJECT)
            return {}
        return value


def _received_at(ch: _Checker, data: dict) -> dt.datetime | None:
    value = data.get("received_at")
    if not value:
        ch.fail("received_at", C.INPUT_REQUIRED)
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            ch.fail("received_at", C.INPUT_BAD_DATETIME)
            return None
    else:
        ch.fail("received_at", C.INPUT_BAD_DATETIME)
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=clock.local_tz())
    return parsed


def validate_input(data: dict) -> dict:
    """Check a job order for the engine and return it normalized; raise ``ScreeningInputError`` listing every
    bad field. Unknown fields are errors (they are usually typos that would silently skip a rule)."""
    if not isinstance(data, dict):
        raise ScreeningInputError({"": C.INPUT_NOT_OBJECT})
    ch = _Checker()
    ch.unknown(data, TOP_LEVEL)
    received_at = _received_at(ch, data)
    as_of = received_at.astimezone(clock.local_tz()).date() if received_at else clock.today()

    emp_in = ch.mapping(data, "employer", "employer")
    ch.unknown(emp_in, EMPLOYER_KEYS, "employer.")
    fein = ch.text(emp_in, "fein", "employer.fein", max_length=20)
    if fein and not FEIN_RE.match(fein):
        ch.fail("employer.fein", C.INPUT_BAD_FEIN)
    employer = {
        "name": ch.text(emp_in, "name", "employer.name", required=bool(emp_in), max_length=300),
        "fein": fein,
        "status": ch.choice(emp_in, "status", "employer.status", EMPLOYER_STATUSES) if emp_in else None,
        "state": ch.state(emp_in, "state", "employer.state", required=False),
        "employees": ch.integer(emp_in, "employees", "employer.employees"),
        "annual_sales": ch.money(emp_in, "annual_sales", "employer.annual_sales"),
        "labor_dispute": ch.choice(
            emp_in, "labor_dispute", "employer.labor_dispute", LABOR_DISPUTE_VALUES, default="none"
        ),
        "job_orders_last_12_months": ch.integer(
            emp_in, "job_orders_last_12_months", "employer.job_orders_last_12_months"
        ),
        "is_labor_organization": ch.boolean(emp_in, "is_labor_organization", "employer.is_labor_organization"),
        "confidential": ch.boolean(emp_in, "confidential", "employer.confidential"),
    }

    ws_in = ch.mapping(data, "worksite", "worksite")
    ch.unknown(ws_in, WORKSITE_KEYS, "worksite.")
    zip_code = ch.text(ws_in, "zip", "worksite.zip", max_length=10)
    if zip_code and not ZIP_RE.match(zip_code):
        ch.fail("worksite.zip", C.INPUT_BAD_ZIP)
    worksite = {
        "city": ch.text(ws_in, "city", "worksite.city", max_length=100),
        "state": ch.state(ws_in, "state", "worksite.state", required=bool(ws_in)),
        "zip": zip_code,
    }

    wage_in = ch.mapping(data, "wage", "wage")
    ch.unknown(wage_in, WAGE_KEYS, "wage.")
    wage = {
        "min": ch.money(wage_in, "min", "wage.min", required=bool(wage_in)),
        "max": ch.money(wage_in, "max", "wage.max"),
        "unit": ch.choice(wage_in, "unit", "wage.unit", WAGE_UNITS) if wage_in else None,
    }
    if wage["min"] is not None and wage["max"] is not None and wage["max"] < wage["min"]:
        ch.fail("wage.max", C.INPUT_WAGE_MAX_BELOW_MIN)

    hours = ch.money(data, "hours_per_week", "hours_per_week")
    if hours is not None and not (Decimal(0) < hours <= Decimal(168)):
        ch.fail("hours_per_week", C.INPUT_BAD_HOURS)
        hours = None
    if wage["unit"] in SALARY_UNITS and hours is None and "hours_per_week" not in ch.errors:
        ch.fail("hours_per_week", C.INPUT_HOURS_NEEDED.format(unit=wage["unit"]))

    soc = ch.text(data, "soc_code", "soc_code", max_length=10)
    if soc and not SOC_RE.match(soc):
        ch.fail("soc_code", C.INPUT_BAD_SOC)
    naics = ch.text(data, "naics", "naics", max_length=6)
    if naics and not NAICS_RE.match(naics):
        ch.fail("naics", C.INPUT_BAD_NAICS)

    visa_raw = data.get("visa_program")
    visa = None
    if visa_raw not in (None, ""):
        if not isinstance(visa_raw, str) or visa_raw.strip().upper() not in VISA_ALIASES:
            ch.fail("visa_program", C.INPUT_BAD_CHOICE.format(choices="null, H-2A, H-2B"))
        else:
            visa = VISA_ALIASES[visa_raw.strip().upper()]

    categories: list[str] = []
    cats_in = data.get("special_categories") or []
    if not isinstance(cats_in, list):
        ch.fail("special_categories", C.INPUT_NOT_LIST)
        cats_in = []
    lookup = _category_lookup(special_category_table(as_of=as_of))
    for i, cat in enumerate(cats_in):
        code = lookup.get(_norm(cat)) if isinstance(cat, str) else None
        if code is None:
            ch.fail(
                f"special_categories[{i}]",
                C.INPUT_UNKNOWN_CATEGORY.format(
                    value=cat,
                    state=settings.JOBCENTER_STATE,
                    choices=", ".join(sorted({r["label"] for r in special_category_table(as_of=as_of)})),
                ),
            )
        elif code not in categories:
            categories.append(code)

    reqs: list[str] = []
    reqs_in = data.get("hiring_requirements") or []
    if not isinstance(reqs_in, list):
        ch.fail("hiring_requirements", C.INPUT_NOT_LIST)
        reqs_in = []
    for i, req in enumerate(reqs_in):
        if req not in HIRING_REQUIREMENTS:
            ch.fail(f"hiring_requirements[{i}]", C.INPUT_BAD_CHOICE.format(choices=", ".join(HIRING_REQUIREMENTS)))
        elif req not in reqs:
            reqs.append(req)

    ans_in = ch.mapping(data, "answers", "answers") if data.get("answers") is not None else {}
    ch.unknown(ans_in, ANSWER_KEYS, "answers.")
    answers = {}
    for key in sorted(ANSWER_KEYS):
        value = ans_in.get(key) if ans_in else None
        if value is not None and not isinstance(value, bool):
            ch.fail(f"answers.{key}", C.INPUT_NOT_BOOLEAN)
            value = None
        answers[key] = value

    order = {
        "received_at": received_at,
        "as_of": as_of,
        "employer": employer,
        "title": ch.text(data, "title", "title", required=True, max_length=300),
        "description": ch.text(data, "description", "description"),
        "requirements": ch.text(data, "requirements", "requirements"),
        "application_instructions": ch.text(data, "application_instructions", "application_instructions"),
        "soc_code": soc,
        "naics": naics,
        "worksite": worksite,
        "wage": wage,
        "tipped": ch.boolean(data, "tipped", "tipped"),
        "hours_per_week": hours,
        "openings": ch.integer(data, "openings", "openings", minimum=1) or 1,
        "employment_type": ch.choice(data, "employment_type", "employment_type", EMPLOYMENT_TYPES, default="full_time"),
        "visa_program": visa,
        "special_categories": categories,
        "minimum_age": ch.integer(data, "minimum_age", "minimum_age", minimum=0, maximum=120),
        "hiring_requirements": reqs,
        "answers": answers,
    }
    if ch.errors:
        raise ScreeningInputError(ch.errors)
    return order
