#!/usr/bin/env bash
# Load test of the production stack on loopback (issue #10; results in docs/reliability.md).
#
#   scripts/load_test.sh                                  # 100,000 job seekers, 5,000 open orders, 20 users, 2 min
#   LOAD_SEEKERS=3000 LOAD_ORDERS=500 LOAD_TIME=30s scripts/load_test.sh     # a quick run
#
# Sets up, on 127.0.0.1 only: a PostgreSQL database (LOAD_DB, created if missing; LOAD_FRESH=1 drops it first),
# migrate, the demo data (once), the scaled data (benchmarks/load/scale.py, tops up), collectstatic, gunicorn with
# the production settings (JOBCENTER_ENV=production, WhiteNoise, the systemd unit's options; the proxy's
# X-Forwarded-Proto/-For headers are sent by the load generator, as the TLS-terminating proxy would) and the
# background worker (`jobcenter jobs work`). No Redis: the stack's cache is per process and the task queue is the
# database backend (docs/deploy.md). Then locust, headless, LOAD_USERS users for LOAD_TIME, and a table of
# p50/p95/errors per endpoint, with the machine's load average sampled during the run.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
BIN="$(dirname "$PY")"
PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
LOAD_DB="${LOAD_DB:-jobcenter_load}"
LOAD_SEEKERS="${LOAD_SEEKERS:-100000}"
LOAD_ORDERS="${LOAD_ORDERS:-5000}"
LOAD_USERS="${LOAD_USERS:-20}"
LOAD_TIME="${LOAD_TIME:-2m}"
LOAD_PORT="${LOAD_PORT:-8765}"
GUNICORN_WORKERS="${GUNICORN_WORKERS:-4}"
GUNICORN_THREADS="${GUNICORN_THREADS:-2}"
WORK="${LOAD_WORK:-$ROOT/var/load}"
mkdir -p "$WORK"
cd "$ROOT"

# Keys are made once and kept with the database (the demo SSNs are encrypted and hashed with them).
if [ ! -f "$WORK/keys.env" ]; then
  "$PY" - >"$WORK/keys.env" <<'EOF'
import secrets
from cryptography.fernet import Fernet
print(f"SECRET_KEY={secrets.token_urlsafe(60)}")
print(f"FIELD_ENCRYPTION_KEY={Fernet.generate_key().decode()}")
print(f"SSN_HASH_KEY={secrets.token_urlsafe(40)}")
EOF
  chmod 600 "$WORK/keys.env"
fi
set -a
. "$WORK/keys.env"
JOBCENTER_ENV=production
ALLOWED_HOSTS=127.0.0.1,localhost
CSRF_TRUSTED_ORIGINS="https://127.0.0.1:$LOAD_PORT"
DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$LOAD_DB"
DB_CONN_MAX_AGE=60
STATIC_ROOT="$WORK/static"
JOBCENTER_VAR_DIR="$WORK/var"
JOBCENTER_OUTBOX_DIR="$WORK/outbox"
PROXY_COUNT=1
LOG_LEVEL=WARNING
set +a
PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONPATH
jc() { "$PY" -m jobcenter.cli "$@"; }

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

step "database $LOAD_DB"
psql -q -d postgres -c 'select 1' >/dev/null || { echo "PostgreSQL is not reachable on $PGHOST:$PGPORT" >&2; exit 1; }
[ "${LOAD_FRESH:-0}" = 1 ] && dropdb --if-exists --force "$LOAD_DB"
psql -d postgres -tAc "select 1 from pg_database where datname = '$LOAD_DB'" | grep -q 1 || createdb "$LOAD_DB"
jc migrate --noinput -v0
if [ "$(psql -d "$LOAD_DB" -tAc "select count(*) from accounts_user where username = 'staff'")" = 0 ]; then
  step "demo data"
  jc demo load
fi
step "scale to $LOAD_SEEKERS job seekers, $LOAD_ORDERS open job orders"
"$PY" -m benchmarks.load.scale --seekers "$LOAD_SEEKERS" --orders "$LOAD_ORDERS" --targets "$WORK/targets.json"
if [ ! -f "$STATIC_ROOT/staticfiles.json" ] || [ "${LOAD_COLLECTSTATIC:-0}" = 1 ]; then
  step "collectstatic"   # once per work folder (LOAD_COLLECTSTATIC=1 to redo after changing static files)
  jc collectstatic --noinput -v0
fi
jc check --deploy --fail-level WARNING
[ "${LOAD_SETUP_ONLY:-0}" = 1 ] && exit 0

step "gunicorn ($GUNICORN_WORKERS workers x $GUNICORN_THREADS threads) and the worker on 127.0.0.1:$LOAD_PORT"
"$BIN/gunicorn" jobcenter.config.wsgi:application --bind "127.0.0.1:$LOAD_PORT" \
  --workers "$GUNICORN_WORKERS" --threads "$GUNICORN_THREADS" --timeout 60 --graceful-timeout 30 \
  --max-requests 2000 --max-requests-jitter 200 --forwarded-allow-ips 127.0.0.1 \
  >"$WORK/gunicorn.log" 2>&1 &
PIDS+=($!)
"$PY" -m jobcenter.cli jobs work >"$WORK/worker.log" 2>&1 &   # not through jc(): $! must be the worker itself
PIDS+=($!)
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$LOAD_PORT/healthz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$LOAD_PORT/healthz" >/dev/null
# Warm each gunicorn worker (imports, first queries) before measuring.
for _ in $(seq 1 $((GUNICORN_WORKERS * 3))); do
  curl -fsS -o /dev/null -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$LOAD_PORT/?q=forklift" || true
done

step "locust: $LOAD_USERS users for $LOAD_TIME"
(while sleep 5; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; done) >"$WORK/loadavg.log" &
PIDS+=($!)
rm -f "$WORK"/locust_*.csv
LOAD_TARGETS="$WORK/targets.json" "$BIN/locust" -f benchmarks/load/locustfile.py --headless \
  -u "$LOAD_USERS" -r "$LOAD_USERS" -t "$LOAD_TIME" --host "http://127.0.0.1:$LOAD_PORT" \
  --csv "$WORK/locust" --only-summary --loglevel WARNING >"$WORK/locust.log" 2>&1 || true

step "results"
"$PY" - "$WORK" "$LOAD_SEEKERS" "$LOAD_ORDERS" "$LOAD_USERS" "$LOAD_TIME" <<'EOF'
import csv
import sys
from pathlib import Path

work, seekers, orders, users, duration = sys.argv[1:]
rows = list(csv.DictReader(open(Path(work) / "locust_stats.csv")))
loads = [line.split()[1:] for line in open(Path(work) / "loadavg.log") if line.strip()]
one_minute = [float(x[0]) for x in loads]
print(f"{int(seekers):,} job seekers, {int(orders):,} open job orders; {users} users for {duration}")
print(f"machine load average (1 min) during the run: min {min(one_minute):.1f}, max {max(one_minute):.1f}"
      f" (nproc {__import__('os').cpu_count()})")
print(f"{'endpoint':<26}{'requests':>9}{'errors':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'max ms':>8}{'req/s':>7}")
for r in rows:
    print(f"{r['Name'][:25]:<26}{r['Request Count']:>9}{r['Failure Count']:>8}{r['50%']:>8}{r['95%']:>8}"
          f"{r['99%']:>8}{float(r['Max Response Time']):>8.0f}{float(r['Requests/s']):>7.1f}")
failures = Path(work) / "locust_failures.csv"
if failures.exists():
    for f in list(csv.DictReader(open(failures)))[:10]:
        print(f"  failure: {f['Name']}: {f['Error'][:150]} x{f['Occurrences']}")
EOF
