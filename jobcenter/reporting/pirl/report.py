"""The edit-check report as CSV: one line per failing record, element and rule."""

from __future__ import annotations

import csv
from typing import IO

from jobcenter.reporting.pirl.edits import EditFailure

HEADER = ("line", "pirl_100", "element", "stage", "rule", "message", "citation")


def write_failures(failures: list[EditFailure], fh: IO[str]) -> None:
    """Write ``failures`` in WIPS order."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(HEADER)
    for f in failures:
        writer.writerow((f.line, f.record_id, f.element_label, f.stage, f.rule, f.message, f.citation))
