"""Background jobs for job seekers: the registry-wide duplicate scan (manual: Verifying Accounts, Duplicate
Accounts). Runs with a progress bar from the Duplicates page, or ``jobcenter people scan``."""

from __future__ import annotations

import pandas as pd
from django.db import transaction

from jobcenter.core.jobs import job
from jobcenter.seekers import choices
from jobcenter.seekers.models import JobSeeker
from jobcenter.seekers.services import _pair_already_queued, merge_request_create, merge_requests_from_linkage

EXPORT_COLUMNS = [
    "given_name",
    "surname",
    "date_of_birth",
    "address_1",
    "address_2",
    "city",
    "state",
    "postcode",
    "phone",
    "email",
]


def registry_frame() -> pd.DataFrame:
    """Every active job seeker in the batch input layout (``record_id`` = primary key). The SSN column is left
    empty: same-SSN pairs are found through the keyed hash, so no SSN is ever decrypted for a scan."""
    rows = JobSeeker.objects.filter(is_active=True).order_by("pk").values_list("pk", *EXPORT_COLUMNS)
    df = pd.DataFrame.from_records(list(rows), columns=["record_id", *EXPORT_COLUMNS])
    df["record_id"] = df["record_id"].astype(str)
    df["date_of_birth"] = df["date_of_birth"].map(lambda d: d.isoformat() if d else "")
    df["ssn"] = ""
    df["street_number"] = ""
    return df.fillna("")


@job("seekers.registry.scan")
def registry_scan(*, params: dict, report) -> dict:
    """Cluster the whole registry with the Splink model and queue each possible duplicate pair for CSU review.

    Pairs already waiting or dismissed as two people are not queued again, so a second scan adds nothing new.
    """
    from jobcenter.seekers.linkage import dedupe_dataframe

    threshold = float(params.get("threshold", 0.9))
    report(0, total=100, message="Reading the registry")
    df = registry_frame()
    report(10, message=f"Scoring {len(df):,} people with the duplicate model")
    clusters = dedupe_dataframe(df, threshold=threshold) if len(df) > 1 else df.assign(cluster_id=df["record_id"])
    report(80, message="Queueing possible duplicates for review")
    opened = 0
    with transaction.atomic():
        opened += merge_requests_from_linkage(seekers=[])  # same SSN (keyed hash)
        groups = clusters.groupby("cluster_id")["record_id"].apply(list)
        multi = [sorted(int(r) for r in members) for members in groups if len(members) > 1]
        by_pk = JobSeeker.objects.in_bulk([pk for members in multi for pk in members])
        probability = dict(zip(clusters["record_id"], clusters.get("match_probability", []), strict=False))
        for members in multi:
            first = by_pk[members[0]]
            for other_pk in members[1:]:
                if _pair_already_queued(first.pk, other_pk):
                    continue
                p = probability.get(str(other_pk))
                merge_request_create(
                    actor=None,
                    seeker_a=first,
                    seeker_b=by_pk[other_pk],
                    source=choices.MergeRequestSource.LINKAGE,
                    match_probability=None if p is None or pd.isna(p) else round(float(p), 4),
                    reasons=["Registry scan (duplicate model)"],
                )
                opened += 1
    report(100, message=f"{opened} pair(s) queued")
    return {"people": int(len(df)), "clusters_with_duplicates": len(multi), "pairs_queued": opened}
