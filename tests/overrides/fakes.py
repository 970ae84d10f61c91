"""Small builders of gateway bodies for the scripted (MockTransport) tests."""

from __future__ import annotations

from typing import Any


def subaccount_body(i: int) -> dict[str, Any]:
    """A minimal subaccount object that satisfies the spec's required fields."""
    return {
        "id-user": i,
        "login": f"sub{i}",
        "active": True,
        "address": "via Roma 1",
        "cell": "+393331112222",
        "city": "Trento",
        "credit-eat-mode": 0,
        "email": f"sub{i}@example.com",
        "name": "Anna",
        "province": "TN",
        "surname": "Rossi",
        "zip-code": "38100",
    }
