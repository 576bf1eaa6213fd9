"""``jobcenter joborders screen FILE.json`` — screen one job order with the compliance rule engine.

Reads the order (the JSON input shape of docs/rules.md) from FILE or from standard input (``-``), prints the
result as JSON (``{"decision", "findings", "notices"}``) and exits 0. Bad input (unreadable JSON or fields that
fail validation) prints ``{"errors": {field: message}}`` on standard error and exits 2.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from jobcenter.compliance.screening import ScreeningInputError, screen_job_order
from jobcenter.compliance.screening import constants as C

MAX_INPUT_CHARS = 1_000_000


class Command(BaseCommand):
    """Screen a job order read from a JSON file or stdin and print the decision, findings and notices."""

    help = "Screen a job order (JSON file or - for stdin) and print the decision, findings and notices as JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON file with one job order, or - to read standard input")
        parser.add_argument(
            "--as-of", dest="as_of", help="screen as on this date (YYYY-MM-DD) instead of the received date"
        )

    def _fail(self, errors: dict[str, str]) -> None:
        self.stderr.write(json.dumps({"errors": errors}, indent=2, ensure_ascii=False))
        raise CommandError(f"invalid job order: {len(errors)} field error(s)", returncode=2)

    def handle(self, *args, **options):
        as_of = None
        if options["as_of"]:
            try:
                as_of = dt.date.fromisoformat(options["as_of"])
            except ValueError:
                self._fail({"--as-of": C.INPUT_BAD_AS_OF})
        path = options["file"]
        try:
            raw = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()  # noqa: SIM115
        except OSError as exc:
            self._fail({"file": f"Cannot read {path}: {exc.strerror}."})
        except UnicodeDecodeError as exc:
            self._fail({"file": f"{path} is not UTF-8 text (byte {exc.start + 1} cannot be read); save it as UTF-8."})
        if len(raw) > MAX_INPUT_CHARS:
            self._fail(
                {"file": f"The file is larger than {MAX_INPUT_CHARS:,} characters; one job order is far smaller."}
            )
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            self._fail({"": f"Not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."})
        except RecursionError:
            self._fail({"": "The JSON is nested too deeply; a job order is one object of fields."})
        if not isinstance(data, dict):
            self._fail({"": 'The JSON must be one object of job order fields, like {"title": "Cook"}.'})
        try:
            result = screen_job_order(data, as_of=as_of)
        except ScreeningInputError as exc:
            self._fail(exc.errors)
        self.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
