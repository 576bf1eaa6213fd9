"""The staff "Screening rules" catalogue is generated from the registry and open to staff roles only; the try
page screens a pasted order for roles that may screen."""

import json

from django.urls import reverse

from jobcenter.compliance.screening import RULES
from jobcenter.compliance.screening import constants as C
from jobcenter.compliance.tests.screening_orders import make_order

STAFF = {
    "staff_a",
    "staff_b",
    "supervisor_a",
    "supervisor_b",
    "regional_a",
    "regional_b",
    "csu",
    "flc",
    "wpc",
    "sma",
    "analyst",
    "interviewer_a",
    "dcsupervisor_a",
    "admin",
}


def test_rules_page_authorization_matrix(client, personas):
    personas.assert_matrix(client, reverse("staff:screening-rules"), allowed=STAFF, ok=(200,))


def test_the_page_lists_every_rule_with_its_id_title_citation_severity_dates_and_examples(client, personas):
    client.force_login(personas.staff_a)
    response = client.get(reverse("staff:screening-rules"))
    html = response.content.decode()
    for rule in RULES.values():
        assert f'id="rule-{rule.id}"' in html
        assert rule.title in html.replace("&#x27;", "'")
        assert rule.examples[0].replace("'", "&#x27;").replace('"', "&quot;") in html
    assert "from May 25, 2012 to Dec 31, 2023" in html
    assert "Refer to the supervisor" in html and "Route to the FLC Coordinator" in html


def test_the_page_lists_the_states_special_categories(client, personas):
    client.force_login(personas.staff_a)
    html = client.get(reverse("staff:screening-rules")).content.decode()
    for label in ("Summer Youth Program", "Show Me Heroes", "Federal Contract Job Listings", "AES"):
        assert label in html


def test_staff_see_the_screening_rules_navigation_item(client, personas):
    client.force_login(personas.staff_a)
    assert "Screening rules" in client.get(reverse("staff:dashboard")).content.decode()


# The try page needs both the staff workspace and joborders.screen (not the monitor advocate, analyst or
# follow-up interviewer and data-collection supervisor; employers have no staff workspace).
CAN_TRY = STAFF - {"sma", "analyst", "interviewer_a", "dcsupervisor_a"}


def test_try_page_authorization_matrix(client, personas):
    personas.assert_matrix(client, reverse("staff:screening-rules-try"), allowed=CAN_TRY, ok=(200,))


def test_trying_an_order_shows_the_decision_findings_and_notices(client, personas):
    client.force_login(personas.staff_a)
    order = make_order({"employer.labor_dispute": "position_not_at_issue", "requirements": "Men only."})
    response = client.post(reverse("staff:screening-rules-try"), {"order": json.dumps(order)})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Decision: Refer to the supervisor" in html
    assert "Matched: “Men only”" in html
    assert "A labor dispute currently exists at this employing establishment." in html


def test_trying_with_as_of_screens_on_that_date(client, personas):
    client.force_login(personas.staff_a)
    order = json.dumps(make_order({"wage": {"min": "14.00", "unit": "hour"}}))
    html = client.post(reverse("staff:screening-rules-try"), {"order": order, "as_of": "2025-06-30"}).content.decode()
    assert "Decision: Accept" in html


def test_bad_json_is_shown_next_to_the_field_and_the_text_is_kept(client, personas):
    client.force_login(personas.staff_a)
    response = client.post(reverse("staff:screening-rules-try"), {"order": '{"title": "Cook",'})
    html = response.content.decode()
    assert 'id="id_order-error"' in html and "Not valid JSON" in html
    assert "{&quot;title&quot;: &quot;Cook&quot;," in html
    assert "Decision:" not in html


def test_engine_field_errors_are_listed_by_path(client, personas):
    client.force_login(personas.staff_a)
    order = json.dumps(make_order({"wage.min": "lots"}))
    html = client.post(reverse("staff:screening-rules-try"), {"order": order}).content.decode()
    assert f"wage.min: {C.INPUT_NOT_NUMBER}" in html


def test_the_catalogue_links_to_the_try_page_only_for_roles_that_can_screen(client, personas):
    client.force_login(personas.staff_a)
    assert reverse("staff:screening-rules-try") in client.get(reverse("staff:screening-rules")).content.decode()
    client.force_login(personas.analyst)
    assert reverse("staff:screening-rules-try") not in client.get(reverse("staff:screening-rules")).content.decode()
