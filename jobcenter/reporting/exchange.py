"""Labor exchange activity in the report quarter: job orders received, referrals issued and placements (hires
through referrals), for the state and by job center (dates in the state's time zone, ``TIME_ZONE``) (manual: Referrals; Manage Labor Exchange Tools; issue #12:
"placements reported"). A referral counts in the quarter it was issued (made by staff, or approved from Referrals
Pending Review); a placement in the quarter of the date of hire. Self-employment postings are not job orders and
never count (manual: Employer Request for Workers without Placing Bona Fide Job Orders)."""

from __future__ import annotations

from collections import Counter

from django.db.models import F
from django.db.models.functions import Coalesce

from jobcenter.accounts.models import JobCenter
from jobcenter.joborders.models import JobOrder
from jobcenter.referrals.choices import ReferralStatus as S
from jobcenter.referrals.models import Referral
from jobcenter.referrals.selectors import placements
from jobcenter.reporting.quarters import Quarter

ISSUED = (S.REFERRED, S.HIRED, S.NOT_HIRED, S.NO_SHOW, S.REFUSED)


def exchange_activity(*, quarter: Quarter) -> dict:
    """Counts for ``quarter``: ``{"state": {...}, "by_center": {code: {...}}}`` with ``orders``, ``referrals``,
    ``placements``."""
    orders = Counter(
        JobOrder.objects.filter(received_at__date__range=(quarter.start, quarter.end)).values_list(
            "job_center__code", flat=True
        )
    )
    issued = (
        Referral.objects.filter(status__in=ISSUED)
        .annotate(issued_at=Coalesce(F("decided_at"), F("created_at")))
        .filter(issued_at__date__range=(quarter.start, quarter.end))
    )
    referrals = Counter(issued.values_list("job_center__code", flat=True))
    hires = Counter(placements(start=quarter.start, end=quarter.end).values_list("job_center__code", flat=True))
    codes = sorted(set(orders) | set(referrals) | set(hires) | set(JobCenter.objects.values_list("code", flat=True)))
    by_center = {c: {"orders": orders[c], "referrals": referrals[c], "placements": hires[c]} for c in codes}
    state = {key: sum(v[key] for v in by_center.values()) for key in ("orders", "referrals", "placements")}
    return {"state": state, "by_center": by_center}
