#!/usr/bin/env bash
# Browser tests use Debian's chromium (never `playwright install`, which downloads).
set -uo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian chromium for browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "WARNING: could not install chromium; browser (e2e) tests will be SKIPPED."
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "WARNING: could not install chromium; browser (e2e) tests will be SKIPPED."
else
  echo "WARNING: /usr/bin/chromium missing and apt is not available; browser (e2e) tests will be SKIPPED."
fi
exit 0
