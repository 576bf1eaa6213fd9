"""Test helpers for the job-order screening engine: screening results as dicts.

Employers and job orders are built with jobcenter.testing.joborders.
"""

from __future__ import annotations


def result(decision: str, *findings: dict, notices=()) -> dict:
    """A screening result in the engine's ``to_dict`` shape."""
    return {"decision": decision, "findings": list(findings), "notices": list(notices)}


def finding(rule="wage.substandard", severity="reject", field="wage.min", message="Below the minimum wage.") -> dict:
    """One finding dict."""
    return {
        "rule": rule,
        "severity": severity,
        "citation": "20 CFR 658.501",
        "message": message,
        "field": field,
        "matched": None,
    }
