"""The employer demo data is complete and idempotent."""

import pytest

from jobcenter.accounts import demo as accounts_demo
from jobcenter.core.demo import DemoContext
from jobcenter.employers import demo
from jobcenter.employers.choices import DiscontinuationStatus, EmployerStatus
from jobcenter.employers.models import DiscontinuationCase, Employer, EmployerContact, TermsAcceptance, Worksite

pytestmark = pytest.mark.django_db


def _counts():
    return [m.objects.count() for m in (Employer, Worksite, EmployerContact, TermsAcceptance, DiscontinuationCase)]


def test_demo_employers_have_worksites_contacts_terms_and_one_discontinued_case():
    ctx = DemoContext()
    accounts_demo.seed(ctx)
    demo.seed(ctx)
    assert Employer.objects.count() == demo.N_EMPLOYERS
    assert Worksite.objects.count() == demo.N_EMPLOYERS and EmployerContact.objects.count() == demo.N_EMPLOYERS
    assert TermsAcceptance.objects.filter(user=ctx.objects["users"]["employer"]).exists()
    case = DiscontinuationCase.objects.get()
    assert case.status == DiscontinuationStatus.DISCONTINUED
    assert case.employer.status == EmployerStatus.SERVICES_DISCONTINUED
    assert Employer.objects.filter(status=EmployerStatus.PENDING_VERIFICATION).count() == 9  # i % 6 == 0 for i < 50
    before = _counts()
    demo.seed(ctx)
    assert _counts() == before
