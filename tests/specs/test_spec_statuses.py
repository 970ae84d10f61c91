"""Statuses every operation must declare (decisions S33 and D35).

The client retries 429 and 503 honouring ``Retry-After`` on every operation, and a spec-driven
peer (e.g. Prism in proxy mode) flags any undeclared status as a contract violation, so each
operation of each spec declares both, through the shared responses that carry the header.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ("smsend", "smshosting")
METHODS = ("get", "put", "post", "delete", "patch")
SHARED = {"429": "#/components/responses/TooManyRequests", "503": "#/components/responses/ServiceUnavailable"}


@pytest.mark.parametrize("name", SPECS)
def test_every_operation_declares_429_and_503_with_retry_after(name: str) -> None:
    document = yaml.safe_load((ROOT / "spec" / f"{name}.yaml").read_text(encoding="utf-8"))
    missing = [
        f"{method.upper()} {path} {status}"
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
        for status, ref in SHARED.items()
        if (operation["responses"].get(status) or operation["responses"].get(int(status)) or {}).get("$ref") != ref
    ]
    assert not missing, f"add {{'$ref': ...}} to the shared responses: {missing}"
    for ref in SHARED.values():
        response = document["components"]["responses"][ref.rsplit("/", 1)[1]]
        assert response["headers"]["Retry-After"] == {"$ref": "#/components/headers/RetryAfter"}
