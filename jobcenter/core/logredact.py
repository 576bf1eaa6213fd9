"""Mask SSNs in every log record (imported by settings, so it must not import Django)."""

from __future__ import annotations

import logging
import re

SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?!\d)")


def redact(text: str) -> str:
    """Replace anything shaped like an SSN with a mask."""
    return SSN_RE.sub("***-**-****", text)


def _redact_record(record: logging.LogRecord) -> None:
    """Format the record's message once, mask it, and drop the arguments (so no handler sees the raw values)."""
    if getattr(record, "_ssn_redacted", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep what we can, masked
        message = f"{record.msg} {record.args!r}"
    record.msg = redact(message)
    record.args = ()
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    record._ssn_redacted = True


class RedactSSNFilter(logging.Filter):
    """Logging filter that masks SSN-shaped numbers in every record (message, arguments and traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


_base_factory = logging.getLogRecordFactory()


def _redacting_factory(*args, **kwargs) -> logging.LogRecord:
    record = _base_factory(*args, **kwargs)
    _redact_record(record)
    return record


def install_record_factory() -> None:
    """Mask SSNs when any log record is created, whatever logger or handler (Django's request and server logs,
    gunicorn, third parties) later writes it. Idempotent; called from settings."""
    if logging.getLogRecordFactory() is not _redacting_factory:
        logging.setLogRecordFactory(_redacting_factory)
