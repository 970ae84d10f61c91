"""Benchmarks behind ``./scripts/bench``: see ``docs/benchmarks.md``."""
