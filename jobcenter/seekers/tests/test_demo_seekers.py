"""The seekers demo step: résumés for some seekers and planted duplicate pairs in the review queue."""

import pytest

from jobcenter.core.demo import DemoContext
from jobcenter.seekers import demo
from jobcenter.seekers.models import JobSeeker, MergeRequest, WorkHistory

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_demo_plants_resumes_and_duplicates_and_a_second_run_adds_nothing():
    from jobcenter.accounts import demo as accounts_demo

    ctx = DemoContext()
    accounts_demo.seed(ctx)
    demo.seed(ctx)
    counts = (JobSeeker.objects.count(), WorkHistory.objects.count(), MergeRequest.objects.count())
    assert counts[0] == demo.N_SEEKERS + demo.N_DUPLICATES
    assert counts[1] == 2 * (demo.N_SEEKERS // 3)  # a coded job and an earlier one in the person's own words
    assert counts[2] == demo.N_DUPLICATES
    assert MergeRequest.objects.filter(status="pending", source="linkage").exists()
    assert MergeRequest.objects.filter(source="staff").exists()
    uncoded = WorkHistory.objects.exclude(onet_soc_code__regex=r"^\d{2}-\d{4}\.\d{2}$")
    assert uncoded.count() == demo.N_SEEKERS // 3  # left to the occupation coder (ADR 0028)
    assert set(uncoded.values_list("onet_soc_code", flat=True)) == {""}
    assert set(uncoded.values_list("title", flat=True)) <= set(demo.LAY_TITLES)
    demo.seed(ctx)
    assert (JobSeeker.objects.count(), WorkHistory.objects.count(), MergeRequest.objects.count()) == counts
