"""The staff "Screening rules" catalogue is generated from the registry and open to staff roles only."""

from django.urls import reverse

from jobcenter.compliance.screening import RULES

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
    assert "from 2012-05-25 to 2023-12-31" in html
    assert "Refer to the supervisor" in html and "Route to the FLC Coordinator" in html


def test_the_page_lists_the_states_special_categories(client, personas):
    client.force_login(personas.staff_a)
    html = client.get(reverse("staff:screening-rules")).content.decode()
    for label in ("Summer Youth Program", "Show Me Heroes", "Federal Contract Job Listings", "AES"):
        assert label in html


def test_staff_see_the_screening_rules_navigation_item(client, personas):
    client.force_login(personas.staff_a)
    assert "Screening rules" in client.get(reverse("staff:dashboard")).content.decode()
