"""Keep SSNs out of logs and error reports."""

from __future__ import annotations

import logging
import re

from django.views.debug import SafeExceptionReporterFilter

SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?!\d)")


def redact(text: str) -> str:
    """Replace anything shaped like an SSN with a mask."""
    return SSN_RE.sub("***-**-****", text)


class RedactSSNFilter(logging.Filter):
    """Logging filter that masks SSN-shaped numbers in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(str(record.msg))
        if record.args:
            record.args = tuple(redact(str(a)) for a in record.args) if isinstance(record.args, tuple) else record.args
        return True


class SensitiveExceptionReporterFilter(SafeExceptionReporterFilter):
    """Error reports never show request bodies or variables whose names mention SSNs."""

    hidden_settings = re.compile("API|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|SSN", flags=re.I)

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        return [
            (name, self.cleansed_substitute if "ssn" in name.lower() else value)
            for name, value in super().get_traceback_frame_variables(request, tb_frame)
        ]
