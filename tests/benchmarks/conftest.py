"""Benchmarks are scripts run by hand (``python tests/benchmarks/bench_build.py``), never collected by pytest."""
collect_ignore_glob = ["bench_*.py"]
