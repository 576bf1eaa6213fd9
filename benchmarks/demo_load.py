"""Time ``load_demo`` the way the tests run it: each load inside a transaction that is rolled back afterwards.

    JOBCENTER_ENV=test DATABASE_URL=postgresql://postgres@127.0.0.1:5432/jc_demo_bench \
        JOBCENTER_VAR_DIR=/tmp/demo-bench-var python benchmarks/demo_load.py --loads 3

The database must be migrated and empty. The first load in an empty ``JOBCENTER_VAR_DIR`` builds the occupation
coder; later ones show what each demo test after the first costs. Prints wall and CPU seconds per load.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class _Undo(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobcenter.config.settings")
    import django

    django.setup()
    from django.db import transaction

    from jobcenter.core.demo import load_demo

    for n in range(1, args.loads + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            with transaction.atomic():
                load_demo(verbosity=0)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                raise _Undo
        except _Undo:
            pass
        print(f"load {n}: wall {wall:.1f} s, cpu {cpu:.1f} s", flush=True)


if __name__ == "__main__":
    main()
