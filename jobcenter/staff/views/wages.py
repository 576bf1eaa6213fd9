"""Wage records: the files loaded into the wage store, and the upload of a new one (issue #13: "Progress bars on
every import"). The import itself is ``wages.services.wage_file_import``, run as a background job."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render

from jobcenter.accounts.decorators import capability_required
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.core.jobs import job_start
from jobcenter.core.models import BackgroundJob
from jobcenter.core.presentation import format_datetime
from jobcenter.wages.choices import WageFormat, WageSource
from jobcenter.wages.jobs import JOB_KIND
from jobcenter.wages.selectors import wage_files_list


def _parse(value: str | None):
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


SUFFIXES = {".csv", ".txt", ".dat", ".icesa", ".parquet"}


class WageUploadForm(UswdsFormMixin, forms.Form):
    file = forms.FileField(
        label="Wage record file",
        help_text="CSV with a header row, ICESA fixed-width (275-character records) or Parquet. Every line is "
        "checked first; a file with any error is not loaded at all, and loading the same file twice adds nothing.",
    )
    source = forms.ChoiceField(label="Where the file comes from", choices=WageSource.choices)
    format = forms.ChoiceField(
        label="File layout",
        required=False,
        choices=[("", "Tell from the file name"), *WageFormat.choices],
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.WAGE_UPLOAD_MAX_BYTES:
            limit = settings.WAGE_UPLOAD_MAX_BYTES // (1024 * 1024)
            raise forms.ValidationError(f"The file is larger than {limit:,} MB. Load it with `jobcenter wages import`.")
        if Path(upload.name).suffix.lower() not in SUFFIXES:
            raise forms.ValidationError("Choose a .csv, .txt, .dat or .parquet file.")
        return upload


def _save_private(upload) -> Path:
    """Write the upload where only this service can read it; the import job deletes it when it ends."""
    folder = Path(settings.VAR_DIR) / "uploads" / "wages"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{secrets.token_hex(16)}{Path(upload.name).suffix.lower()}"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return target


@capability_required("wages.import")
def wage_files(request):
    """The files in the wage store, newest first, and the upload form."""
    form = WageUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        path = _save_private(upload)
        row = job_start(
            kind=JOB_KIND,
            params={
                "path": str(path),
                "name": Path(upload.name).name[:200],
                "source": form.cleaned_data["source"],
                "format": form.cleaned_data["format"],
                "user_id": request.user.pk,
            },
            actor=request.user,
        )
        return redirect("staff:wage-import", job_pk=row.pk)
    files = wage_files_list()
    sources = dict(WageSource.choices)
    formats = dict(WageFormat.choices)
    for f in files:
        f["source_label"] = sources.get(f.get("source"), f.get("source"))
        f["format_label"] = formats.get(f.get("format"), f.get("format"))
        f["rows_text"] = f"{f.get('rows', 0):,}"
        f["loaded_text"] = format_datetime(_parse(f.get("imported_at")))
        f["quarters_text"] = quarter_labels(f.get("quarters") or [])
    status = 400 if request.method == "POST" else 200
    return render(request, "staff/wages/files.html", {"form": form, "files": files}, status=status)


@capability_required("wages.import")
def wage_import(request, job_pk: int):
    """Progress of the user's import; then what was loaded, or each line that stopped the file."""
    job = get_object_or_404(BackgroundJob, pk=job_pk, kind=JOB_KIND)
    if job.created_by_id != request.user.pk:
        raise PermissionDenied("This import was started by someone else.")
    template = "staff/wages/_progress.html" if request.htmx else "staff/wages/progress.html"
    result = job.result or {}
    context = {"job": job, "result": result, "quarters_text": quarter_labels(result.get("quarters") or [])}
    return render(request, template, context)


def quarter_labels(codes) -> str:
    """Quarters in the words the report pages use ("Jul-Sep 2024, Oct-Dec 2024"), not as codes ("2024Q3")."""
    from jobcenter.reporting.quarters import Quarter

    words = []
    for code in codes:
        try:
            words.append(Quarter.parse(str(code)).label)
        except ValueError:
            words.append(str(code))
    return ", ".join(words)
