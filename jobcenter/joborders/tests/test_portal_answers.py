"""The employer's order page shows the answers to the order form's structured questions in plain language
(issue #9: the questions feed the screening rules; the employer sees what was recorded)."""

from __future__ import annotations

import re

from django.urls import reverse

from jobcenter.employers.models import EmployerMembership
from jobcenter.testing.joborders import make_employer, make_order


def answers_on_page(page: str) -> dict[str, str]:
    block = re.search(r'data-testid="order-answers">(.*?)</dl>', page, re.S).group(1)
    return dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", block))


def test_the_employer_sees_each_answer_in_plain_words(client, personas):
    employer = make_employer(job_center=personas.center_a)
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user, is_admin=True)
    order = make_order(
        employer=employer,
        job_center=personas.center_a,
        position_open_now=True,
        paid_on_w2=False,
        applicant_pays_before_hire=None,
        union_membership_condition=False,
        visa_program="h2a",
    )
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-joborder-detail", args=[order.pk])).content.decode()
    answers = answers_on_page(page)
    assert answers == {
        "Is the position open now?": "Yes",
        "Will the workers be your employees, paid on a W-2?": "No",
        "Does an applicant pay anything before being hired?": "Not answered",
        "Is union membership, or staying out of a union, a condition of the job?": "No",
        "Is there a foreign worker visa program?": "Yes, H-2A (agricultural)",
    }
    assert "h2a" not in page and "None" not in answers.values()


def test_an_order_without_a_visa_program_says_no(client, personas):
    employer = make_employer(job_center=personas.center_a)
    EmployerMembership.objects.create(employer=employer, user=personas.employer_user, is_admin=True)
    order = make_order(employer=employer, job_center=personas.center_a)
    client.force_login(personas.employer_user)
    page = client.get(reverse("portal:employer-joborder-detail", args=[order.pk])).content.decode()
    assert answers_on_page(page)["Is there a foreign worker visa program?"] == "No"
