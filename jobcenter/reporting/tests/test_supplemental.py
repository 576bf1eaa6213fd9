"""Supplemental wage facts (C5) in the PIRL: type of match 4 only without a paying direct match
(TEGL 26-16; Oklahoma supplemental wage policy section B; federal-specs 1.5)."""

from decimal import Decimal

import pytest

from jobcenter.core import clock
from jobcenter.followup import services as followup_services
from jobcenter.followup.tests.helpers import NOW, pdf_upload, selected_case
from jobcenter.reporting.pirl.build import build_pirl
from jobcenter.reporting.quarters import Quarter
from jobcenter.reporting.tests.factories import import_wages

pytestmark = pytest.mark.django_db


def documented(personas, **kwargs):
    """A 2025Q1 exiter documented by two pay stubs for July-September 2025 (Q2 after exit): $7,215.00."""
    case = selected_case(personas, **kwargs)
    with clock.frozen(NOW):
        doc = followup_services.document_receive(
            actor=personas.interviewer_a, case=case, kind="pay_stubs", upload=pdf_upload()
        )
        followup_services.document_accept(
            actor=personas.interviewer_a,
            document=doc,
            fields={
                "employed": True,
                "onet_code": "31-9092.00",
                "naics2": "62",
                "employer_fein": "431234567",
                "employer_name": "Riverside Clinic",
                "employer_city": "Kansas City",
                "employer_state": "MO",
                "total_earnings": Decimal("7215.00"),
                "stub_count": 2,
            },
        )
    return case


def test_a_documented_quarter_is_type_4_with_its_earnings(personas):
    case = documented(personas)
    [row] = [r for r in build_pirl(quarter=Quarter(2025, 4)) if r["_seeker_id"] == case.seeker_id]
    assert (row["p1602"], row["p1603"], row["p1704"]) == ("1", "4", "7215.00")
    # the document's occupation and sector describe the job (PIRL 1610, 1612, 1615); nothing known of Q4 (1613)
    assert (row["p1610"], row["p1612"], row["p1613"], row["p1615"]) == ("31909200", "31909200", "", "62")


def test_a_direct_wage_record_wins_over_the_documented_supplemental_quarter(personas, tmp_path):
    pytest.importorskip("jobcenter.wages.services")  # the real importer (C3, branch `wages`)
    case = documented(personas)  # SSN 123-45-6789, exit 2025Q1, documented $7,215.00 for 2025Q3
    import_wages(tmp_path, ["123-45-6789,43-5550000,,611110,MO,2025,3,2500.00"])
    [row] = [r for r in build_pirl(quarter=Quarter(2025, 4)) if r["_seeker_id"] == case.seeker_id]
    assert (row["p1602"], row["p1603"], row["p1704"]) == ("1", "1", "2500.00")
    assert row["p1615"] == "611110"  # the wage record's employer gives the industry
