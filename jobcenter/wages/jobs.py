"""The wage file import as a background job, for the staff upload page (``staff:wage-files``).

The uploaded file holds SSNs in clear until it is read: it is written to a private folder under ``VAR_DIR``
(mode 0600), read once by ``wage_file_import`` (which keeps only the keyed hash), and deleted when the job ends,
whatever the outcome. The job's result holds counts and line-numbered errors only, never a value from the file.
"""

from __future__ import annotations

from pathlib import Path

from jobcenter.core.jobs import job

JOB_KIND = "wages.import"


@job(JOB_KIND)
def wage_import_job(*, params: dict, report) -> dict:
    from jobcenter.accounts.models import User
    from jobcenter.wages.services import WageImportError, wage_file_import

    path = Path(params["path"])
    actor = User.objects.filter(pk=params.get("user_id")).first()
    report(0, total=None, message="Reading the file")
    try:
        result = wage_file_import(
            path=path,
            source=params["source"],
            fmt=params.get("format") or None,
            actor=actor,
            original_name=params.get("name", ""),
            progress=lambda done, total: report(done, total=total, message="Checking every line"),
        )
    except WageImportError as exc:
        return {"rejected": True, "errors": [[line, message] for line, message in exc.errors], "total": exc.total}
    except FileNotFoundError:
        return {"rejected": True, "errors": [[None, "The uploaded file is no longer there; upload it again."]]}
    finally:
        path.unlink(missing_ok=True)
    return {
        "rejected": False,
        "rows": result.rows,
        "quarters": result.quarters,
        "already_imported": result.already_imported,
        "imported_at": result.imported_at,
    }
