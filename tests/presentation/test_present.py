"""The one presentation layer: codes, phones, durations, audit actions and the raw-internals check read as people
expect; the password hint comes from the configured validators."""

import datetime as dt

import pytest
from django.test import override_settings

from jobcenter.core.presentation import (
    action_label,
    data_summary,
    format_phone,
    humanize_code,
    humanize_duration,
    password_hint,
    yes_no,
)
from jobcenter.testing.reach import raw_internals


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("+18165550142", "(816) 555-0142"),
        ("8165550142", "(816) 555-0142"),
        ("816-555-0142 x12", "(816) 555-0142 ext. 12"),
        ("", ""),
        ("+44 20 7946 0958", "+44 20 7946 0958"),  # not a US number: left as typed
    ],
)
def test_phones_read_in_national_format(raw, shown):
    assert format_phone(raw) == shown


@pytest.mark.parametrize(
    ("delta", "shown"),
    [
        (dt.timedelta(days=11, hours=6, minutes=51, seconds=24, microseconds=479292), "11 days, 6 hours"),
        (dt.timedelta(hours=1, minutes=5), "1 hour, 5 minutes"),
        (dt.timedelta(seconds=20), "less than a minute"),
        (dt.timedelta(days=1), "1 day"),
    ],
)
def test_durations_read_without_microseconds(delta, shown):
    assert humanize_duration(delta) == shown


def test_audit_actions_and_codes_read_as_words():
    assert action_label("seekers.resume.added") == "Résumé entry added"
    assert action_label("joborders.order.opened") == "Job order put online"
    assert action_label("employers.discontinuation.notice_issued") == "Discontinuation notice issued"
    assert humanize_code("staff_assisted") == "Staff assisted"
    assert yes_no(True) == "Yes" and yes_no(False) == "No" and yes_no(None) == "—"
    assert data_summary({"fields": ["wage_min", "title"], "assisted": True}) == "Fields: Wage min, title; Assisted: Yes"


def test_the_password_hint_comes_from_the_validators():
    assert "at least 10 characters" in password_hint()
    with override_settings(
        AUTH_PASSWORD_VALIDATORS=[
            {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 14}}
        ]
    ):
        assert "at least 14 characters" in password_hint()


@pytest.mark.parametrize(
    "text",
    [
        "seekers.resume.added",
        "Required because: staff_assisted",
        "Active True",
        "Phone +18165550142",
        "Late by 11 days, 6:51:24.479292",
        "{'fields': ['title']}",
    ],
)
def test_the_raw_internals_check_finds_what_must_not_reach_a_page(text):
    assert raw_internals(f"<p>{text}</p>")


@pytest.mark.parametrize(
    "text",
    [
        "Résumé entry added",
        "Required because: Needs staff-assisted services to find employment",
        "None recorded.",
        "Phone (816) 555-0142",
        "Visit jobs.mo.gov or write to first_last@example.com",
        "Late by 11 days, 6 hours",
    ],
)
def test_plain_text_passes_the_raw_internals_check(text):
    assert raw_internals(f"<p>{text}</p><input value='pending_verification'><script>var a_b = 1;</script>") == []


def test_sentences_built_in_python_use_the_pages_date_formats(settings):
    """One date and one date-time format (jobcenter/formats) also in messages, PDFs and inbox texts (issue #8)."""
    import datetime as dt

    from jobcenter.core.presentation import format_date, format_datetime

    settings.TIME_ZONE = "America/Chicago"
    assert format_date(dt.date(2026, 6, 2)) == "Jun 2, 2026"
    assert format_date(dt.datetime(2026, 6, 2, 3, 0, tzinfo=dt.UTC)) == "Jun 1, 2026"  # local day
    assert format_datetime(dt.datetime(2026, 11, 28, 21, 5, tzinfo=dt.UTC)) == "Nov 28, 2026, 3:05 PM"
    assert format_date(None) == format_datetime(None) == ""


def test_python_built_messages_no_longer_use_other_date_formats():
    """No strftime-style ISO, numeric or long-month dates in user-facing strings of the services and PDFs."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[2] / "jobcenter"
    files = ["employers/services.py", "employers/notice.py", "joborders/pdf.py", "joborders/services/workflow.py",
             "cases/rules.py", "reporting/presentation.py", "reporting/pdf.py", "followup/dashboard.py"]  # fmt: skip
    pattern = re.compile(r"\{[^{}]*:%[A-Za-z]|\.isoformat\(\)")
    found = {f: pattern.findall((root / f).read_text()) for f in files}
    assert not any(found.values()), found


def test_dates_kept_in_audit_data_read_in_the_pages_format():
    assert data_summary({"decision_due": "2026-06-22", "signed_on": dt.date(2025, 3, 1)}) == (
        "Decision due: Jun 22, 2026; Signed on: Mar 1, 2025"
    )


def test_a_list_that_shows_djangos_row_of_dashes_is_found_and_forms_say_select_instead():
    from django import forms

    from jobcenter.core.forms import UswdsFormMixin

    assert raw_internals('<select name="s"><option value="">---------</option><option value="1">One</option></select>')
    assert raw_internals('<select name="s"><option value="">- Select -</option></select>') == []

    class Form(UswdsFormMixin, forms.Form):
        kind = forms.ChoiceField(choices=[("", "---------"), ("a", "A")], required=False)
        center = forms.ModelChoiceField(queryset=None, required=False)

        def __init__(self, *args, **kwargs):
            from jobcenter.accounts.models import JobCenter

            super().__init__(*args, **kwargs)
            self.fields["center"].queryset = JobCenter.objects.none()

    html = Form().as_p()
    assert "---------" not in html and html.count("- Select -") == 2
