"""A selected case, ready to be worked, and answers of a typical interview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from jobcenter.core import clock
from jobcenter.followup.selection import followup_select
from jobcenter.followup.tests.factories import WageTable, participant

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

NOW = dt.datetime(2025, 10, 6, 10, 0, tzinfo=dt.UTC)


def selected_case(personas, **kwargs):
    """A case selected in 2025Q4 for the 2nd quarter after a 2025Q1 exit (reference quarter July-Sept 2025)."""
    participant(personas, **kwargs)
    with clock.frozen(NOW):
        (case,) = followup_select(interview_quarter="2025Q4", matcher=WageTable()).created
    return case


def selected_this_quarter(personas, **fields):
    """For the browser journeys (real dates): a participant who exited three quarters ago, selected for follow-up
    in this quarter with no direct wage record; returns (seeker, case)."""
    from jobcenter.followup.models import FollowupCase
    from jobcenter.followup.quarters import Quarter

    this_quarter = Quarter.of(dt.date.today())
    seeker = participant(personas, exit_date=(this_quarter - 3).first_day + dt.timedelta(days=9), **fields)
    followup_select(interview_quarter=this_quarter, matcher=WageTable())
    return seeker, FollowupCase.objects.get(seeker=seeker)


def pdf_upload(name="stubs.pdf", body=PDF):
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def employed_answers(**overrides) -> dict:
    """A participant employed July-September 2025 at $18.50 an hour, 30 hours a week: 18.50 x 30 x 13 = 7215.00."""
    answers = {
        "respondent": "participant",
        "enrolled_in_education": False,
        "class_types": [],
        "employed_now": True,
        "periods_employed": [3, 4],
        "employer_name": "Riverside Clinic",
        "employment_type": "Medical assistant",
        "employer_fein": "431234567",
        "employer_city": "Kansas City",
        "employer_state": "MO",
        "related_to_training": True,
        "hours_per_week": Decimal("30"),
        "wage_amount": Decimal("18.50"),
        "wage_period": "hourly",
        "wages_actually_paid": True,
        "unemployment_reason": "",
        "self_employed": False,
    }
    answers.update(overrides)
    return answers
