"""Writes for job orders, one module per concern:

* ``entry``: entry of orders and duplicates;
* ``editing``: edits after entry (versions, re-screening, off line when the change fails);
* ``screening``: the screening engine's input, result and the transition its decision drives;
* ``flc``: the FLC coordinator's take-over or return of orders routed to them;
* ``online``: the one guard every transition putting an order online goes through;
* ``ending``: the one path every transition ending an order (fill, close, expire) goes through;
* ``workflow``: staff actions, release after verification, expiry;
* ``employer_end``: the employer marks its own order filled or closes it from the portal;
* ``violations``: suspected violations and suspected fraud;
* ``disputes``: labor disputes (20 CFR 652.9);
* ``self_employment``: self-employment postings.

Every transition is audited (``joborders.order.<verb>``) and journalled as a note on the employer's record
(``cases.EmployerCaseNote``). Rules cite the Missouri Wagner-Peyser & Labor Exchange Manual (rev. Jan 2024) and
20 CFR. Callers import from ``jobcenter.joborders.services``; the names below are its public API.
"""

from jobcenter.joborders.services._common import employer_note_add, normalize_title
from jobcenter.joborders.services.disputes import (
    labor_dispute_candidate_orders,
    labor_dispute_end,
    labor_dispute_reject,
    labor_dispute_report,
    labor_dispute_verify,
    order_at_issue,
    position_matches,
)
from jobcenter.joborders.services.editing import EDITABLE_AFTER_ENTRY, EditOutcome, job_order_edit
from jobcenter.joborders.services.employer_end import (
    EMPLOYER_END_STATUSES,
    EmployerEndOutcome,
    employer_end_actions_for,
    job_order_employer_close,
    job_order_employer_fill,
)
from jobcenter.joborders.services.ending import ENDINGS, EndOutcome, job_order_end
from jobcenter.joborders.services.entry import (
    EDITABLE_FIELDS,
    job_order_create,
    job_order_find_duplicate,
    job_order_update,
)
from jobcenter.joborders.services.flc import (
    FLC_ACTIONS,
    job_order_flc_act,
    job_order_flc_actions_for,
    job_order_flc_return,
    job_order_flc_take_over,
)
from jobcenter.joborders.services.online import (
    OnlineCheck,
    job_order_online_check,
    job_order_put_online,
    job_order_try_release,
)
from jobcenter.joborders.services.screening import (
    ENGINE_EMPLOYER_STATUS,
    ENGINE_VISA,
    FIELD_ALIASES,
    ScreeningOutcome,
    findings_by_field,
    job_order_apply_screening,
    job_order_screen_now,
    job_order_screening_input,
    job_order_submit,
    labor_dispute_value,
    result_as_dict,
    screen_data,
)
from jobcenter.joborders.services.self_employment import (
    self_employment_interest_record,
    self_employment_posting_create,
    self_employment_posting_initial,
    self_employment_posting_remove,
)
from jobcenter.joborders.services.violations import (
    fraud_investigation_close,
    fraud_investigation_open,
    job_order_report_fraud,
    violation_case_close,
    violation_case_open,
    violation_question_ask,
)
from jobcenter.joborders.services.workflow import (
    ACTION_CAPABILITIES,
    ACTION_LABELS,
    ACTION_VERBS,
    job_order_act,
    job_order_actions_for,
    job_order_expiry_date,
    job_orders_expire_due,
    job_orders_open_after_verification,
)

__all__ = [
    "ENDINGS",
    "EndOutcome",
    "job_order_end",
    "EMPLOYER_END_STATUSES",
    "EmployerEndOutcome",
    "employer_end_actions_for",
    "job_order_employer_close",
    "job_order_employer_fill",
    "FLC_ACTIONS",
    "job_order_flc_act",
    "job_order_flc_actions_for",
    "job_order_flc_return",
    "job_order_flc_take_over",
    "EDITABLE_AFTER_ENTRY",
    "EditOutcome",
    "job_order_edit",
    "OnlineCheck",
    "fraud_investigation_open",
    "job_order_online_check",
    "job_order_put_online",
    "job_order_screen_now",
    "job_order_try_release",
    "labor_dispute_candidate_orders",
    "order_at_issue",
    "position_matches",
    "ACTION_CAPABILITIES",
    "ACTION_LABELS",
    "ACTION_VERBS",
    "EDITABLE_FIELDS",
    "ENGINE_EMPLOYER_STATUS",
    "ENGINE_VISA",
    "FIELD_ALIASES",
    "ScreeningOutcome",
    "employer_note_add",
    "findings_by_field",
    "fraud_investigation_close",
    "job_order_act",
    "job_order_actions_for",
    "job_order_apply_screening",
    "job_order_create",
    "job_order_expiry_date",
    "job_order_find_duplicate",
    "job_order_report_fraud",
    "job_order_screening_input",
    "job_order_submit",
    "job_order_update",
    "job_orders_expire_due",
    "job_orders_open_after_verification",
    "labor_dispute_end",
    "labor_dispute_reject",
    "labor_dispute_report",
    "labor_dispute_value",
    "labor_dispute_verify",
    "normalize_title",
    "result_as_dict",
    "screen_data",
    "self_employment_interest_record",
    "self_employment_posting_create",
    "self_employment_posting_initial",
    "self_employment_posting_remove",
    "violation_case_close",
    "violation_case_open",
    "violation_question_ask",
]
