"""Other programs a person took part in during a Wagner-Peyser period of participation: PIRL 907, 908, 910, 913,
917, 921, 931 and 932 (DOL PIRL public-use layout PY2022 Q4; federal-specs 1.3). ADR 0041.

Staff record them on the Wagner-Peyser enrollment ("Other programs" on the case page). They are facts about the
period, not enrollments of the exchange: none of these programs' services is a Wagner-Peyser participation-
triggering service (incumbent worker training and rapid response alone are named non-triggers, TEGL 10-16 Chg 3
Att. VII; federal-specs 2.1), and the exchange's exit is the 90-day rule over its own programs' services (20 CFR
677.150(c); federal-specs 2.2). So recording them never completes, exits or reopens an enrollment.

Not recorded (blank) is written as the layout's "unknown / unable to track" code 9 where the element has one
(908, 910, 917, 931, 932) and blank otherwise (907, 913 "leave blank if ... not funded by this program", 921
"leave blank if it is not known").

The same page records PIRL 1608, employment related to training: whether the job held in the 2nd quarter after
exit is directly related to the training received (layout PY2022 Q4, 1608: 1 / 0 "if the participant received
training services", "leave blank if the data is not available"). The exchange records no occupation for a
training, so this is staff's judgement; it is written only for a period with training received (1300 = 1) and
employment in the 2nd quarter after exit (1602 = 1-3), blank otherwise and when not recorded (ADR 0041).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from jobcenter.cases import constants
from jobcenter.cases.choices import Program
from jobcenter.cases.models import Enrollment
from jobcenter.core.audit import audit_log

# Enrollment field -> PIRL column.
ELEMENTS = {
    "incumbent_worker_training": "p907",
    "rapid_response": "p908",
    "adult_education": "p910",
    "ina_program": "p913",
    "vocational_rehabilitation": "p917",
    "snap_employment_training": "p921",
    "registered_apprenticeship": "p931",
    "national_dwg": "p932",
}
TRAINING_RELATED = "training_related_employment"  # PIRL 1608
FIELDS = (*ELEMENTS, TRAINING_RELATED)
EMPLOYED_Q2 = {"1", "2", "3"}  # PIRL 1602 employed codes (0 not employed, 9 not yet known)
NOT_RECORDED = {"p908": "9", "p910": "9", "p917": "9", "p931": "9", "p932": "9"}


def pirl_values(enrollment: Enrollment) -> dict[str, str]:
    """The period's PIRL 907-932 values (see the module docstring for what "not recorded" becomes)."""
    return {col: getattr(enrollment, f) or NOT_RECORDED.get(col, "") for f, col in ELEMENTS.items()}


SUMMARY_LABELS = {TRAINING_RELATED: "Job in the 2nd quarter after exit related to the training"}


def recorded(enrollment: Enrollment) -> list[str]:
    """The answers staff recorded, as they read them on the case page ("Rapid response activities: Yes");
    those not recorded are left out."""
    out = []
    for name in FIELDS:
        if getattr(enrollment, name):
            label = SUMMARY_LABELS.get(name, str(Enrollment._meta.get_field(name).verbose_name))
            out.append(f"{label}: {getattr(enrollment, f'get_{name}_display')()}")
    return out


def training_related(enrollment: Enrollment, *, trained: str, employed_q2: str) -> str:
    """PIRL 1608 from staff's answer: only with training received (1300 = 1) and employment in the 2nd quarter
    after exit (1602 = 1-3); blank otherwise and when not recorded (see the module docstring)."""
    if trained != "1" or employed_q2 not in EMPLOYED_Q2:
        return ""
    return enrollment.training_related_employment or ""


@transaction.atomic
def enrollment_record_other_programs(*, actor, enrollment: Enrollment, **values: str) -> Enrollment:
    """Record the other programs of a Wagner-Peyser period; audits which changed. Status and dates stay."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"Not other-program fields: {sorted(unknown)}")
    if enrollment.program != Program.WAGNER_PEYSER:
        raise ValidationError(constants.OTHER_PROGRAMS_WP_ONLY)
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    changed = sorted(f for f, v in values.items() if getattr(enrollment, f) != (v or ""))
    for f, v in values.items():
        setattr(enrollment, f, v or "")
    enrollment.full_clean(exclude=["status"])
    enrollment.save(update_fields=list(values))
    audit_log(action="cases.enrollment.other_programs_recorded", actor=actor, obj=enrollment, data={"fields": changed})
    return enrollment
