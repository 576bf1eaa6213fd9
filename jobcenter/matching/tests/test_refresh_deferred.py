"""``refresh_deferred``: the bulk writers' way to rebuild each changed seeker's match profile once, at the end."""

import datetime as dt

import pytest

from jobcenter.matching import index
from jobcenter.matching.models import MatchOccupation, MatchProfile
from jobcenter.matching.tests.factories import FORKLIFT
from jobcenter.seekers.models import WorkHistory
from jobcenter.seekers.tests.factories import make_seeker

pytestmark = pytest.mark.usefixtures("occupations", "today")


def test_each_changed_seeker_is_refreshed_once_when_the_block_ends(personas, monkeypatch):
    calls = []
    real = index.profile_refresh
    monkeypatch.setattr(index, "profile_refresh", lambda s: calls.append(s.pk) or real(s))
    with index.refresh_deferred():
        seeker = make_seeker(job_center=personas.center_a)
        WorkHistory.objects.create(
            seeker=seeker, employer_name="Acme", title="Forklift operator", onet_soc_code=FORKLIFT,
            start_date=dt.date(2020, 1, 1), end_date=dt.date(2022, 1, 1),
        )  # fmt: skip
        assert calls == [] and not MatchProfile.objects.filter(seeker_id=seeker.pk).exists()
    assert calls == [seeker.pk]
    assert list(MatchOccupation.objects.filter(profile_id=seeker.pk).values_list("code", "months")) == [(FORKLIFT, 24)]


def test_without_the_block_every_save_refreshes_and_an_error_inside_skips_the_refresh(personas, monkeypatch):
    calls = []
    real = index.profile_refresh
    monkeypatch.setattr(index, "profile_refresh", lambda s: calls.append(s.pk) or real(s))
    seeker = make_seeker(job_center=personas.center_a)
    assert calls and set(calls) == {seeker.pk}
    calls.clear()
    with pytest.raises(RuntimeError), index.refresh_deferred():
        WorkHistory.objects.create(
            seeker=seeker, employer_name="Acme", title="Forklift operator", start_date=dt.date(2020, 1, 1)
        )
        raise RuntimeError
    assert calls == []
