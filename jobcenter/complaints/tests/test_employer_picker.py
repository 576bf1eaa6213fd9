"""The respondent employer of the intake form is a bounded search, not a list of every employer: the suggestions
(htmx) are at most ten and in the user's scope, and without JavaScript the typed name or FEIN is resolved on submit
to the one employer it names exactly, or the form asks to be more specific."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jobcenter.complaints.models import Complaint
from jobcenter.complaints.tests.conftest import TODAY
from jobcenter.employers.selectors import PICK_LIMIT, employer_pick_label, employer_resolve
from jobcenter.testing.joborders import make_employer

pytestmark = pytest.mark.django_db

SUGGEST = "staff:employer-suggest"


def _intake(p, employer_text: str) -> dict:
    return {
        "job_center": p.center_a.pk,
        "complainant_name": "Ana Ruiz",
        "filed_on": TODAY.isoformat(),
        "kind": "es_regulations",
        "respondent_kind": "employer",
        "employer": employer_text,
        "description": "Was not told about the job's hours.",
    }


def test_the_intake_page_has_no_list_of_every_employer(client, world):
    for n in range(30):
        make_employer(name=f"Bulk Employer {n}")
    client.force_login(world.staff_a)
    page = client.get(reverse("staff:complaint-new")).content.decode()
    assert "Bulk Employer" not in page and world.employer.legal_name not in page
    assert 'list="employer-suggestions"' in page and reverse(SUGGEST) in page


def test_suggestions_are_bounded_and_mark_a_confidential_employer(client, world):
    for n in range(PICK_LIMIT + 15):
        make_employer(name=f"Orchard Supply {n:02d}")
    secret = make_employer(name="Orchard Quiet Co", confidential=True)
    client.force_login(world.staff_a)
    body = client.get(reverse(SUGGEST), {"employer": "orchard"}).content.decode()
    assert body.count("<option") == PICK_LIMIT
    assert "Orchard Hill Farms" in body  # sorted by name: Hill, Quiet, Supply 00..
    assert employer_pick_label(secret) in body and "Confidential" in body
    assert client.get(reverse(SUGGEST), {"employer": "o"}).content.decode().strip() == ""  # one letter: nothing


def test_suggestions_are_refused_without_employers_view(client, world):
    for persona in ("employer_user", "seeker_user", "analyst"):
        client.force_login(getattr(world, persona))
        response = client.get(reverse(SUGGEST), {"employer": "Orchard"})
        assert response.status_code == 403
        assert b"Orchard" not in response.content
    client.logout()
    assert client.get(reverse(SUGGEST), {"employer": "Orchard"}).status_code == 302  # to the sign-in page


def test_found_by_exact_name_any_case_by_fein_and_by_the_suggestion_label(client, world):
    make_employer(name="Orchard Hill Farms Supply")  # contains the name, but is not named exactly alike
    e = world.employer
    for typed in ("orchard hill farms", e.fein, e.fein.replace("-", ""), employer_pick_label(e)):
        assert employer_resolve(user=world.staff_a, typed=typed) == (e, []), typed
    client.force_login(world.staff_a)
    response = client.post(reverse("staff:complaint-new"), _intake(world, employer_pick_label(e)))
    assert response.status_code == 302
    assert Complaint.objects.get().employer == e


def test_ambiguous_asks_to_be_more_specific_and_saves_nothing(client, world):
    twin = make_employer(name="Orchard Hill Farms")  # two employers with the same legal name
    client.force_login(world.staff_a)
    response = client.post(reverse("staff:complaint-new"), _intake(world, "Orchard Hill Farms"))
    assert response.status_code == 400
    error = str(response.context["form"].errors["employer"])
    assert "Be more specific" in error and world.employer.fein in error and twin.fein in error
    assert not Complaint.objects.exists()
    # the suggestion label (with the FEIN) settles it
    response = client.post(reverse("staff:complaint-new"), _intake(world, employer_pick_label(twin)))
    assert response.status_code == 302 and Complaint.objects.get().employer == twin


def test_a_part_of_a_name_offers_what_matches_boundedly(client, world):
    for n in range(PICK_LIMIT + 5):
        make_employer(name=f"Valley Packers {n:02d}")
    client.force_login(world.staff_a)
    response = client.post(reverse("staff:complaint-new"), _intake(world, "Valley"))
    error = str(response.context["form"].errors["employer"])
    assert response.status_code == 400 and "Be more specific" in error and "and more" in error
    assert error.count("(FEIN") == 5
    one = client.post(reverse("staff:complaint-new"), _intake(world, "Hill Farm"))
    assert "Did you mean Orchard Hill Farms (FEIN" in str(one.context["form"].errors["employer"])
    assert not Complaint.objects.exists()


def test_not_found_says_so_beside_the_box(client, world):
    client.force_login(world.staff_a)
    response = client.post(reverse("staff:complaint-new"), _intake(world, "Nobody Of That Name"))
    assert response.status_code == 400
    assert "No employer on file matches" in str(response.context["form"].errors["employer"])
    assert not Complaint.objects.exists()
    assert employer_resolve(user=world.staff_a, typed="   ") == (None, [])


def test_the_employer_box_is_ignored_for_another_respondent(client, world):
    client.force_login(world.staff_a)
    data = _intake(world, "Nobody Of That Name") | {"respondent_kind": "other", "respondent_name": "A recruiter"}
    assert client.post(reverse("staff:complaint-new"), data).status_code == 302
    assert Complaint.objects.get().employer is None
