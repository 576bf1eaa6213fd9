"""OpenAPI conformance (issue #10): schemathesis generates requests for every operation of /api/v1/ from the
schema the API publishes, sends them with a supervisor's token, and checks that no request answers 5xx, that every
status code and content type is documented, and that every response matches its schema. Bounded: eight examples
per operation, deterministic, no shrinking. The seeker-side operations get the same checks with a seeker's token.

Excluded check: "schema-valid request rejected" (positive data acceptance). The schema states types, bounds and
patterns; it cannot state the rules the services apply (the employer must exist, an attestation must be given,
a name may not be blank after trimming, duplicates), which answer 422 with the reasons by design (ADR 0029)."""

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from jobcenter.config.wsgi import application
from jobcenter.occupations.tests.onet_subset import ONET, write_subset

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(scope="module")
def onet_subset(tmp_path_factory):
    return write_subset(tmp_path_factory.mktemp("onet")) if (ONET / "Occupation Data.txt").exists() else None


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """Calls go straight to the WSGI application, whose request signals close database connections; like Django's
    test client, keep the test's connection (and its transaction) open across them."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def world(personas, onet_subset, settings, tmp_path):
    """A supervisor's token, and the O*NET subset imported so the occupation coder answers (without O*NET data it
    answers a documented 503, which schemathesis counts as a server error)."""
    from jobcenter.accounts.models import ApiToken
    from jobcenter.occupations.importer import import_onet

    if onet_subset is not None:
        settings.VAR_DIR = tmp_path / "var"
        import_onet(onet_subset, release="29.3")
    return ApiToken.issue(user=personas.supervisor_a, name="schemathesis")[1]


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case, world):
    case.call_and_validate(headers={"Authorization": f"Bearer {world}"}, excluded_checks=[positive_data_acceptance])
