"""Message backends for job notifications.

Email goes through Django's email backends (``EMAIL_BACKEND``); ``KeyedFileEmailBackend`` is the development /
benchmark one: each message is written to ``EMAIL_FILE_PATH/<key>.eml`` (write to a temporary file, then
rename), where ``key`` is the ``X-Jobcenter-Key`` header — a message handed over twice under one key is one file.
Text messages go through a pluggable SMS backend (``JOBCENTER_SMS_BACKEND``): ``FileSMSBackend`` (keyed files under
``JOBCENTER_SMS_FILE_PATH``), ``ConsoleSMSBackend``, ``MemorySMSBackend`` (tests: ``outbox`` list). A production
SMS provider is a class with ``send(*, to, body, key) -> None`` passing ``key`` as the provider's idempotency key.
"""

from __future__ import annotations

import os
import sys
import threading
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.utils.module_loading import import_string

KEY_HEADER = "X-Jobcenter-Key"


def _write_atomic(directory: Path, name: str, data: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, directory / name)


class KeyedFileEmailBackend(BaseEmailBackend):
    """Django email backend writing one ``<key>.eml`` file per message (idempotent per key)."""

    def __init__(self, *args, file_path=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.directory = Path(file_path or settings.EMAIL_FILE_PATH)

    def send_messages(self, email_messages) -> int:
        sent = 0
        for message in email_messages:
            key = message.extra_headers.get(KEY_HEADER) or f"nokey-{os.getpid()}-{id(message)}"
            _write_atomic(self.directory, f"{key}.eml", message.message().as_bytes())
            sent += 1
        return sent


class MemorySMSBackend:
    """Keeps texts in ``MemorySMSBackend.outbox`` (tests)."""

    outbox: list[dict] = []

    def send(self, *, to: str, body: str, key: str) -> None:
        type(self).outbox.append({"to": to, "body": body, "key": key})


class ConsoleSMSBackend:
    """Prints texts to standard output (development)."""

    def send(self, *, to: str, body: str, key: str) -> None:
        sys.stdout.write(f"SMS to {to} [{key}]: {body}\n")


class FileSMSBackend:
    """Writes each text to ``<JOBCENTER_SMS_FILE_PATH>/<key>.txt`` (idempotent per key)."""

    def __init__(self, file_path=None):
        self.directory = Path(file_path or settings.SMS_FILE_PATH)

    def send(self, *, to: str, body: str, key: str) -> None:
        _write_atomic(self.directory, f"{key}.txt", f"To: {to}\n\n{body}\n".encode())


class MemoryLetterBackend(MemorySMSBackend):
    """Keeps letters in ``MemoryLetterBackend.outbox`` (tests)."""

    outbox: list[dict] = []


class FileLetterBackend:
    """Letters for people who chose mail: one ``<key>.txt`` per letter under ``<OUTBOX_DIR>/mail`` to print."""

    def __init__(self, file_path=None):
        self.directory = Path(file_path or Path(settings.OUTBOX_DIR) / "mail")

    def send(self, *, to: str, body: str, key: str) -> None:
        _write_atomic(self.directory, f"{key}.txt", f"{to}\n\n{body}\n".encode())


@cache
def _sms_class(path: str):
    return import_string(path)


def sms_backend():
    """The configured SMS backend instance."""
    return _sms_class(settings.SMS_BACKEND)()


def letter_backend():
    """The configured letter (postal mail) backend instance."""
    return _sms_class(settings.LETTER_BACKEND)()
