"""The two forms of smsend credentials on ``/login`` and ``/token`` (spec decision D34): query
parameters (documented) and HTTP Basic (what other clients of the same platform send)."""

from __future__ import annotations

import re

import httpx
import pytest
from smsend_client import Client
from smsend_client.api.authentication import login_access_token, login_session_key
from smsend_client.api.subaccounts import list_subaccounts
from smsend_client.models import Error, SubaccountList
from smsim import Simulator, testing

LOGIN_KEYS = re.compile(r"[!-:<-~]+;[!-:<-~]+")  # LoginKeys in spec/smsend.yaml
OPERATIONS = [login_session_key, login_access_token]
LOGIN, PASSWORD = testing.DEMO.smsend_login, testing.DEMO.smsend_password


def generated(sim: Simulator, auth: tuple[str, str] | None = None) -> Client:
    """The bare generated client (no smsgw auth strategy), optionally sending HTTP Basic."""
    return Client(testing.SMSEND_URL, httpx_args={"transport": testing.SpecCheckedTransport(sim), "auth": auth})


@pytest.mark.parametrize("operation", OPERATIONS)
def test_basic_credentials_without_query_parameters_log_in(sim: Simulator, operation: object) -> None:
    answer = operation.sync_detailed(client=generated(sim, (LOGIN, PASSWORD)))  # type: ignore[attr-defined]
    assert answer.status_code == 200 and LOGIN_KEYS.fullmatch(answer.parsed)
    user_key, key = answer.parsed.split(";")
    header = "Session_key" if operation is login_session_key else "Access_token"
    client = Client(
        testing.SMSEND_URL,
        headers={"user_key": user_key, header: key},
        httpx_args={"transport": testing.SpecCheckedTransport(sim)},
    )
    assert isinstance(list_subaccounts.sync(client=client), SubaccountList)


def test_both_forms_of_the_same_credentials_give_keys(sim: Simulator) -> None:
    by_query = login_session_key.sync_detailed(client=generated(sim), username=LOGIN, password=PASSWORD)
    by_basic = login_session_key.sync_detailed(client=generated(sim, (LOGIN, PASSWORD)))
    assert by_query.status_code == by_basic.status_code == 200
    assert isinstance(by_query.parsed, str) and isinstance(by_basic.parsed, str)
    assert by_query.parsed.split(";")[0] == by_basic.parsed.split(";")[0]  # same account's user_key


@pytest.mark.parametrize("operation", OPERATIONS)
def test_wrong_basic_credentials_are_404_like_wrong_query_ones(sim: Simulator, operation: object) -> None:
    answer = operation.sync_detailed(client=generated(sim, (LOGIN, "wrong-password")))  # type: ignore[attr-defined]
    assert answer.status_code == 404 and isinstance(answer.parsed, Error)


def test_the_query_parameters_win_over_basic(sim: Simulator) -> None:
    right_query = login_session_key.sync_detailed(
        client=generated(sim, (LOGIN, "wrong-password")), username=LOGIN, password=PASSWORD
    )
    assert right_query.status_code == 200
    wrong_query = login_session_key.sync_detailed(
        client=generated(sim, (LOGIN, PASSWORD)), username=LOGIN, password="wrong-password"
    )
    assert wrong_query.status_code == 404


@pytest.mark.parametrize(
    ("query", "authorization"),
    [
        ("", None),  # no credentials at all
        ("?username=demo", None),  # half of the query form
        ("", "Bearer abc"),  # another scheme
        ("", "Basic not-base64!"),  # malformed Basic
        ("", "Basic ZGVtbw=="),  # "demo": no colon
    ],
)
def test_missing_or_malformed_credentials_are_400(sim: Simulator, query: str, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with httpx.Client(transport=testing.SpecCheckedTransport(sim)) as http:
        answer = http.get(f"{testing.SMSEND_URL}/login{query}", headers=headers)
    assert answer.status_code == 400 and answer.json()["result"] == "ERROR"
