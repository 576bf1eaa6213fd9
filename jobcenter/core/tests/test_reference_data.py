"""Reference rows from data migrations can be restored after a transactional test emptied the tables."""

import pytest

from jobcenter.cases.models import SurveyMessageTemplate
from jobcenter.employers.models import TermsVersion
from jobcenter.testing.reference import restore_reference_data

pytestmark = pytest.mark.django_db


def test_restoring_reference_data_is_idempotent():
    SurveyMessageTemplate.objects.all().delete()
    assert restore_reference_data() >= 2
    assert SurveyMessageTemplate.objects.count() == 1
    terms = TermsVersion.objects.count()
    restore_reference_data()
    assert SurveyMessageTemplate.objects.count() == 1 and TermsVersion.objects.count() == terms >= 1
