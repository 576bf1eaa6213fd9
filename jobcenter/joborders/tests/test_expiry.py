"""Job orders expire the day after their closing date, or after the default open period."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command

from jobcenter.core import clock
from jobcenter.core.audit import audit_trail
from jobcenter.joborders.models import JobOrder
from jobcenter.joborders.services import job_order_expiry_date, job_orders_expire_due
from jobcenter.testing.joborders import make_employer, make_order

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def employer(personas):
    return make_employer(job_center=personas.center_a)


def entered(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10, 0), tzinfo=clock.local_tz())


def test_an_order_with_a_closing_date_expires_the_day_after_it(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    JobOrder.objects.filter(pk=order.pk).update(closes_on=D(2026, 12, 1), entered_at=entered(D(2026, 11, 1)))
    assert job_orders_expire_due(as_of=D(2026, 12, 1)) == []  # the closing day itself is still open
    assert [o.pk for o in job_orders_expire_due(as_of=D(2026, 12, 2))] == [order.pk]
    assert JobOrder.objects.get(pk=order.pk).status == "expired"
    assert "joborders.order.expired" in [e.action for e in audit_trail(order)]
    assert job_orders_expire_due(as_of=D(2026, 12, 3)) == []  # running again changes nothing


def test_without_a_closing_date_the_default_open_period_applies(personas, employer):
    order = make_order(employer=employer, job_center=personas.center_a, status="on_hold")
    JobOrder.objects.filter(pk=order.pk).update(entered_at=entered(D(2026, 1, 1)), worksite_state="MO")
    order.refresh_from_db()
    assert job_order_expiry_date(order) == D(2026, 3, 2)  # 60 days (unconfirmed parameter)
    assert job_orders_expire_due(as_of=D(2026, 3, 2)) == []
    assert len(job_orders_expire_due(as_of=D(2026, 3, 3))) == 1


@pytest.mark.parametrize("status", ["draft", "screening", "filled", "closed", "denied"])
def test_orders_not_online_never_expire(personas, employer, status):
    order = make_order(employer=employer, job_center=personas.center_a, status=status)
    JobOrder.objects.filter(pk=order.pk).update(closes_on=D(2020, 1, 1), entered_at=entered(D(2019, 1, 1)))
    assert job_orders_expire_due(as_of=D(2026, 1, 1)) == []


def test_the_command_expires_and_refuses_a_bad_date(personas, employer, capsys):
    order = make_order(employer=employer, job_center=personas.center_a, status="open")
    JobOrder.objects.filter(pk=order.pk).update(closes_on=D(2026, 1, 1))
    call_command("joborders_expire", "--as-of", "2026-01-02")
    assert "1 job order(s) expired" in capsys.readouterr().out
    with pytest.raises(CommandError, match="not a date"):
        call_command("joborders_expire", "--as-of", "tomorrow")
