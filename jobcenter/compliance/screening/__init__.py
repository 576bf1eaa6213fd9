"""The job-order screening rule engine (public API; ADR 0013, docs/rules.md).

    from jobcenter.compliance.screening import screen_job_order, validate_input, ScreeningInputError, RULES

    result = screen_job_order(order_dict)            # as_of defaults to the local date of received_at
    result.decision                                  # "reject" | "route_flc" | ... | "accept"
    result.findings                                  # [Finding(rule, severity, citation, message, field, matched)]
    result.notices                                   # texts staff must give (employer, applicants, CSU)
    result.to_dict()                                 # {"decision", "findings": [...], "notices": [...]}

``validate_input(order_dict)`` returns the normalized order or raises ``ScreeningInputError`` whose
``errors`` maps a field path (``"wage.min"``, ``"special_categories[0]"``) to a message.
``RULES`` is the registry: rule id -> ``Rule`` (id, title, citation, effective_from, effective_to, severity,
examples, status); iterate ``RULES.values()`` for the catalogue.
"""

from jobcenter.compliance.screening.engine import screen_job_order
from jobcenter.compliance.screening.inputs import special_category_table, validate_input
from jobcenter.compliance.screening.rules import RULES
from jobcenter.compliance.screening.types import DECISIONS, Finding, Rule, ScreeningInputError, ScreeningResult

__all__ = [
    "DECISIONS",
    "RULES",
    "Finding",
    "Rule",
    "ScreeningInputError",
    "ScreeningResult",
    "screen_job_order",
    "special_category_table",
    "validate_input",
]
