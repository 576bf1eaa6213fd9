"""The demo data for job orders (make demo)."""

import pytest


@pytest.mark.django_db(transaction=False)
def test_the_demo_seeds_job_orders_in_several_statuses_and_is_idempotent():
    from jobcenter.core.demo import load_demo
    from jobcenter.joborders.models import (
        FraudInvestigation,
        JobOrder,
        LaborDispute,
        SelfEmploymentPosting,
        ViolationCase,
    )

    load_demo(verbosity=0)
    n = JobOrder.objects.count()

    load_demo(verbosity=0)
    assert JobOrder.objects.count() == n
    assert ViolationCase.objects.count() == 1
    assert LaborDispute.objects.count() == 1
    assert SelfEmploymentPosting.objects.count() == 1
    assert FraudInvestigation.objects.count() == 1
    assert {"open", "on_hold", "filled", "closed", "denied", "routed_flc", "draft", "screening"} <= set(
        JobOrder.objects.values_list("status", flat=True)
    )
