"""Keep SSNs out of logs and error reports."""

from __future__ import annotations

import re

from django.views.debug import SafeExceptionReporterFilter

from jobcenter.core.logredact import (  # noqa: F401  (re-exported)
    SSN_RE,
    RedactSSNFilter,
    install_record_factory,
    redact,
)


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
