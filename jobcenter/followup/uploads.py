"""Checking and storing uploaded source documents: the type is read from the content (never trusted from the
name or the browser), the size is bounded by a dated parameter, and files go through Django's storage API
(``default_storage``: the filesystem by default, an S3-compatible backend in production via ``STORAGES``)."""

from __future__ import annotations

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from jobcenter.core import clock
from jobcenter.core.parameters import param
from jobcenter.followup import constants

SIGNATURES = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
)


def sniff(head: bytes) -> tuple[str, str] | None:
    """``(content type, extension)`` of a PDF, PNG or JPEG from its first bytes, else None."""
    for magic, ctype, ext in SIGNATURES:
        if head.startswith(magic):
            return ctype, ext
    return None


def check_upload(upload: UploadedFile) -> tuple[str, str, str]:
    """Validate an upload; returns ``(content type, extension, sha256)`` or raises ``ValidationError``."""
    limit = param("followup.upload_max_bytes", as_of=clock.today())
    if not upload or upload.size == 0:
        raise ValidationError({"file": constants.DOC_EMPTY})
    if upload.size > limit:
        raise ValidationError({"file": constants.DOC_TOO_BIG.format(mb=limit // (1024 * 1024))})
    upload.seek(0)
    head = upload.read(16)
    found = sniff(head)
    if not found:
        raise ValidationError({"file": constants.DOC_TYPE})
    upload.seek(0)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return found[0], found[1], digest.hexdigest()


def stored_name(ext: str) -> str:
    """A random file name: the participant's own file name never becomes a path."""
    return f"{secrets.token_hex(16)}.{ext}"
