"""Identifiers made of non-ASCII digits ("³" is a digit to ``str.isdigit`` but not to ``int``)
get the API's 400 answer, naming the spec's pattern, never a 500 (found by the schemathesis run
on smsend)."""

from __future__ import annotations

import httpx
from smsim import Simulator, SimulatorTransport

BASE = "http://127.0.0.1:8765"


def test_non_ascii_digit_ids_are_refused_not_a_crash() -> None:
    with httpx.Client(transport=SimulatorTransport(Simulator()), base_url=BASE) as client:
        user_key, token = client.get(
            "/API/v1.0/REST/token", params={"username": "demo", "password": "demo-password-1"}
        ).text.split(";")
        answer = client.delete(
            "/API/v1.0/REST/subaccount/%C2%B3/purchase/575505", headers={"user_key": user_key, "Access_token": token}
        )
        assert answer.status_code == 400, answer.text
        assert answer.json() == {
            "result": "ERROR",
            "error": "INVALID_REQUEST: path subaccount_id: must match pattern ^[A-Za-z0-9._@-]+$",
        }
        sent = client.post(
            "/rest/api/sms/send",
            auth=("demo-auth-key", "demo-auth-secret"),
            data={"group": "\u00b3", "text": "hi", "sandbox": "true"},
        )
        assert sent.status_code == 400, sent.text
        assert sent.json() == {"errorCode": 400, "errorMsg": "BAD_GROUP"}
