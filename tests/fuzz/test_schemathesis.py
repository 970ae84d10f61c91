"""Schemathesis, every check on, stateless and stateful (links), against the served simulator.

This runs the schemathesis CLI exactly as a developer would against ``./scripts/serve``: the spec
comes from the simulator's control plane (servers pointing at the simulator itself), and the
run covers the examples, coverage, fuzzing and stateful phases.  Every check is switched on in
``schemathesis.toml`` (not with ``--checks all``, which would also override the one documented
per-operation exception there).  The number of examples is
bounded so that the suite stays fast; ``FUZZ_EXAMPLES`` raises it for a deeper local run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from smsim.testing import DEMO, Served

CONFIG = Path(__file__).with_name("schemathesis.toml")
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "50"))
TIME_LIMIT = 600


def run_schemathesis(served: Served, api: str, headers: dict[str, str], auth: str | None = None) -> None:
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(CONFIG),
        "run",
        f"{served.base}/_sim/specs/{api}.json",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(EXAMPLES),
        "--seed",
        os.environ.get("FUZZ_SEED", "20261123"),
        "--workers",
        "1",
        "--no-color",
    ]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    if auth:
        command += ["--auth", auth]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIME_LIMIT)
    tail = "\n".join(result.stdout.splitlines()[-60:])
    print(tail)
    assert result.returncode == 0, f"schemathesis found problems:\n{result.stdout[-20000:]}\n{result.stderr[-2000:]}"


@pytest.mark.fuzz
def test_smsend(served: Served) -> None:
    httpx.post(f"{served.base}/_sim/reset", timeout=10)
    # An access token does not expire, so it stays valid for the whole run.
    answer = httpx.get(
        f"{served.base}/API/v1.0/REST/token",
        params={"username": DEMO.smsend_login, "password": DEMO.smsend_password},
        timeout=10,
    )
    user_key, _, token = answer.text.partition(";")
    run_schemathesis(served, "smsend", {"user_key": user_key, "Access_token": token})


@pytest.mark.fuzz
def test_smshosting(served: Served) -> None:
    httpx.post(f"{served.base}/_sim/reset", timeout=10)
    run_schemathesis(served, "smshosting", {}, auth=f"{DEMO.smshosting_key}:{DEMO.smshosting_secret}")
