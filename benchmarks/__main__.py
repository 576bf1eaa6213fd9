"""``python -m benchmarks`` runs the duplicate-detection benchmarks (see ``benchmarks/README.md``)."""

from benchmarks.dedupe import main

main()
