#!/usr/bin/env bash
# Copy the front-end packages from npm into Django static files, so the UI works offline afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules/@uswds/uswds/dist ] || [ ! -f node_modules/htmx.org/dist/htmx.min.js ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund
fi
dest=jobcenter/static/vendor
rm -rf "$dest"
mkdir -p "$dest/uswds" "$dest/htmx"
cp -r node_modules/@uswds/uswds/dist/css node_modules/@uswds/uswds/dist/js \
      node_modules/@uswds/uswds/dist/fonts node_modules/@uswds/uswds/dist/img "$dest/uswds/"
cp node_modules/htmx.org/dist/htmx.min.js "$dest/htmx/"
echo "static assets built into $dest"
