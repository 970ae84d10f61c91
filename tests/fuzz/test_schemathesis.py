"""Schemathesis with the strict profile, every check on, every phase, several seeds, against the
served simulator.

This runs the schemathesis CLI exactly as a developer would against ``./scripts/serve``: the spec
comes from the simulator's control plane (servers pointing at the simulator itself). The profile
(``schemathesis.toml`` and ``hooks.py``):

- every check on, including ``business_rule_rejection``: a schema-valid request answered with
  400 must name a business rule that ``business_rules.py`` lists, with its reason, for its
  operation; any other refusal is a spec gap and fails the run;
- the login calls are fuzzed like every other operation (no fixed credentials);
- the first seed runs all four phases (examples, coverage, fuzzing, stateful); the examples and
  coverage phases derive their cases from the spec alone, so the further seeds run the
  random phases (fuzzing, stateful) only.

Normal suite: ``FUZZ_EXAMPLES`` (default 15) examples per operation and seed, seeds
``FUZZ_SEEDS`` (default three). The deeper profile for a longer run, e.g. before a release::

    FUZZ_EXAMPLES=300 FUZZ_SEEDS=1,2,3,4,5,6,7,8 ./scripts/test tests/fuzz

(the fuzzing phases' time grows about linearly with the examples; the coverage and examples
phases, run once, are a fixed part).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from smsim.testing import DEMO, Served

from ..conftest import FIGURES_PREFIX

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
CONFIG = HERE / "schemathesis.toml"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "15"))
SEEDS = [int(seed) for seed in os.environ.get("FUZZ_SEEDS", "20261123,7,1312").split(",")]
TIME_LIMIT = 1800
SUMMARY = re.compile(r"\d+ generated[^\n]*")  # "818 generated, 22 found 22 unique failures, 145 skipped"


def run_schemathesis(
    served: Served,
    api: str,
    record: Callable[[str, object], None],
    headers: Callable[[], dict[str, str]],
    auth: str | None = None,
) -> None:
    """One run per seed, each on a freshly reset simulator; ``headers`` gives the headers to send.

    The figures of each seed go to ``record`` (pytest's ``record_property``) even when a seed fails.
    """
    figures: list[str] = []
    environment = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.fuzz.hooks", "PYTHONPATH": str(ROOT)}
    failures = []
    for number, seed in enumerate(SEEDS):
        httpx.post(f"{served.base}/_sim/reset", timeout=10)
        phases = "examples,coverage,fuzzing,stateful" if number == 0 else "fuzzing,stateful"
        command = [
            str(Path(sys.executable).with_name("schemathesis")),
            "--config-file",
            str(CONFIG),
            "run",
            f"{served.base}/_sim/specs/{api}.json",
            "--phases",
            phases,
            "--max-examples",
            str(EXAMPLES),
            "--seed",
            str(seed),
            # One worker: with two, hypothesis parses sources in two threads at once, which trips
            # CPython 3.11's AST recursion-depth tracking (python/cpython#106905) now and then.
            "--workers",
            "1",
            "--no-color",
        ]
        for name, value in headers().items():
            command += ["--header", f"{name}: {value}"]
        if auth:
            command += ["--auth", auth]
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIME_LIMIT, cwd=ROOT, env=environment)
        cases = next((m.group(0) for m in [SUMMARY.search(result.stdout)] if m), "no summary")
        verdict = "ok" if result.returncode == 0 else "FAILED"
        figures.append(f"schemathesis {api} seed {seed} ({phases}): {cases}: {verdict}")
        if result.returncode != 0:
            failures.append(f"seed {seed}:\n{result.stdout[-15000:]}\n{result.stderr[-2000:]}")
    record(FIGURES_PREFIX + "strict schemathesis profile", figures)
    assert not failures, "schemathesis found problems:\n" + "\n".join(failures)


def smsend_token(served: Served) -> dict[str, str]:
    # An access token does not expire, so it stays valid for the whole run.
    answer = httpx.get(
        f"{served.base}/API/v1.0/REST/token",
        params={"username": DEMO.smsend_login, "password": DEMO.smsend_password},
        timeout=10,
    )
    user_key, _, token = answer.text.partition(";")
    return {"user_key": user_key, "Access_token": token}


@pytest.mark.fuzz
def test_smsend(served: Served, record_property: Callable[[str, object], None]) -> None:
    run_schemathesis(served, "smsend", record_property, lambda: smsend_token(served))


@pytest.mark.fuzz
def test_smshosting(served: Served, record_property: Callable[[str, object], None]) -> None:
    keys = f"{DEMO.smshosting_key}:{DEMO.smshosting_secret}"
    run_schemathesis(served, "smshosting", record_property, dict, auth=keys)
