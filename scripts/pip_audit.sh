#!/usr/bin/env bash
# Known-vulnerability check of the installed Python dependencies (pip-audit; issue #10). Fails on any known
# vulnerability. Packages the vulnerability service could not look up are listed loudly (on machines whose package
# index is a mirror without PyPI's JSON API every package is "not found"); that is reported, not hidden.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(.venv/bin/pip-audit --skip-editable --progress-spinner off 2>&1); rc=$?
echo "$out" | grep -v "could not be audited" | head -40
skipped=$(echo "$out" | grep -c "could not be audited" || true)
if [ "$skipped" -gt 0 ]; then
  echo "!!! pip-audit: $skipped installed package(s) could not be looked up by the vulnerability service !!!"
fi
if echo "$out" | grep -qE "^Found [0-9]+ known vulnerabilit"; then
  exit 1
fi
exit $rc
