"""On-demand benchmarks (not part of pytest): ``python -m benchmarks --help``."""
