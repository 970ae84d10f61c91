"""The client asks each operation for the media type its spec declares, and checks login keys.

A peer that negotiates media types (e.g. Prism) answers 406 when ``Accept`` names a type the
operation does not produce; smsend's logins answer ``text/plain`` only (spec decision D37).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from smsend_client import media_types as smsend_media_types
from smsend_client.api.authentication import login_access_token, login_session_key
from smsend_client.api.subaccounts import list_subaccounts
from smsgw import _http, smsend, smshosting
from smsgw.errors import LoginError
from smshosting_client import media_types as smshosting_media_types
from smsim import SimulatorTransport, testing

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "patch")


class Recording(httpx.BaseTransport):
    """Passes requests on to ``inner`` and keeps (path, Accept) of each."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.seen: list[tuple[str, str | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.url.path, request.headers.get("Accept")))
        return self.inner.handle_request(request)


def success_media_types(operation: dict[str, Any], document: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for code, response in operation["responses"].items():
        if str(code).startswith("2"):
            if "$ref" in response:
                response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
            found |= set(response.get("content") or {})
    return found


def spec_operations(name: str) -> list[tuple[str, str, set[str]]]:
    document = yaml.safe_load((ROOT / "spec" / f"{name}.yaml").read_text(encoding="utf-8"))
    return [
        (method.upper(), path, success_media_types(operation, document))
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_generated_login_calls_ask_for_text_against_the_simulator(transport: SimulatorTransport) -> None:
    recording = Recording(transport)
    demo = (testing.DEMO.smsend_login, testing.DEMO.smsend_password)
    client = smsend.client(testing.SMSEND_URL, auth=smsend.SessionLogin(*demo), transport=recording)
    for operation in (login_session_key, login_access_token):
        answer = operation.sync_detailed(client=client, username=demo[0], password=demo[1])
        assert answer.status_code == 200 and isinstance(answer.parsed, str)
        assert re.fullmatch(r"[!-:<-~]+;[!-:<-~]+", answer.parsed), "LoginKeys pattern of spec/smsend.yaml"
    assert recording.seen == [
        ("/API/v1.0/REST/login", "text/plain"),
        ("/API/v1.0/REST/token", "text/plain"),
    ]
    smsend.check(list_subaccounts.sync_detailed(client=client))
    # the strategy's own login, then the JSON call
    assert recording.seen[2:] == [
        ("/API/v1.0/REST/login", "text/plain"),
        ("/API/v1.0/REST/subaccounts", "application/json"),
    ]


@pytest.mark.parametrize("name", ["smsend", "smshosting"])
def test_every_operation_is_asked_for_a_media_type_it_declares(name: str) -> None:
    operations = spec_operations(name)
    base = {"smsend": "https://gateway.test/API/v1.0/REST", "smshosting": "https://gateway.test/rest/api"}[name]
    seen: dict[tuple[str, str], str | None] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if name == "smsend" and path.endswith(("/login", "/token")) and "username" in request.url.params:
            return httpx.Response(200, text="UK1;key1")  # the auth strategy's own login
        seen[(request.method, path)] = request.headers.get("Accept")
        return httpx.Response(204)

    transport = httpx.MockTransport(answer)
    if name == "smsend":
        http = smsend.client(base, auth=smsend.SessionLogin("me", "pw"), transport=transport).get_httpx_client()
    else:
        http = smshosting.client(base, auth_key="k", auth_secret="s", transport=transport).get_httpx_client()
    for method, path, declared in operations:
        url = re.sub(r"\{[^}]+\}", "1", path)
        http.request(method, url.lstrip("/"))
        accept = seen[(method, httpx.URL(base + url).path)]
        if declared:  # operations without a success body accept anything
            assert accept in declared, (method, path, accept, declared)
    assert len(seen) == len(operations)


@pytest.mark.parametrize("name", ["smsend", "smshosting"])
def test_the_clients_send_the_accept_generated_from_the_spec(name: str) -> None:
    generated = {"smsend": smsend_media_types.ACCEPT, "smshosting": smshosting_media_types.ACCEPT}[name]
    assert {"smsend": smsend.ACCEPT, "smshosting": smshosting.ACCEPT}[name] is generated
    declared = {f"{method} {path}": media for method, path, media in spec_operations(name) if media}
    sent = {key: accept.split(", ") for key, accept in generated.items()}
    assert all(len(types) == len(set(types)) for types in sent.values()), sent
    assert {key: set(types) for key, types in sent.items()} == declared


def test_a_parameter_of_a_template_stands_for_one_path_segment() -> None:
    accept = {"GET /a/{id}": "text/plain", "GET /a/{id}/b/{n}.csv": "text/csv", "/c": "text/html"}
    seen: list[tuple[str, str, str | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path, request.headers.get("Accept")))
        return httpx.Response(204)

    base = "https://gateway.test/api"
    http = _http.sync_client(
        base, auth=None, read_error=smsend.read_error, transport=httpx.MockTransport(answer), accept=accept
    )
    for method, path in [("GET", "a/1"), ("GET", "a/1/b/2.csv"), ("GET", "a/1/b"), ("POST", "a/1"), ("PUT", "c")]:
        http.request(method, path)
    assert seen == [
        ("GET", "/api/a/1", "text/plain"),
        ("GET", "/api/a/1/b/2.csv", "text/csv"),
        ("GET", "/api/a/1/b", "application/json"),
        ("POST", "/api/a/1", "application/json"),
        ("PUT", "/api/c", "text/html"),
    ]


def test_a_client_whose_operations_all_answer_json_looks_nothing_up() -> None:
    json_only = {"GET /a/{id}": "application/json", "POST /b": "application/json"}
    http = _http.sync_client("https://gateway.test/api", auth=None, read_error=smsend.read_error, accept=json_only)
    assert http.event_hooks["request"] == []
    hosting = smshosting.client("https://gateway.test/rest/api", auth_key="k", auth_secret="s").get_httpx_client()
    all_json = set(smshosting.ACCEPT.values()) == {"application/json"}
    assert (hosting.event_hooks["request"] == []) == all_json


@pytest.mark.parametrize(
    "answer",
    ["UK1; key", "UK1 ;key", "UK1;ke y", "UK1;key\x7f", "UK1;", ";key", "UK1;key;more", "UK1key", "UK1;kéy"],
)
def test_login_keys_that_cannot_be_header_values_are_refused(answer: str) -> None:
    def gateway(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, text=answer)
        return httpx.Response(200, json={})

    client = smsend.client(
        "https://gateway.test/API/v1.0/REST",
        auth=smsend.SessionLogin("me", "pw"),
        transport=httpx.MockTransport(gateway),
    )
    with pytest.raises(LoginError, match="USER_KEY;KEY|cannot be sent back as an HTTP header"):
        list_subaccounts.sync_detailed(client=client)


def test_a_line_break_after_the_login_answer_is_tolerated() -> None:
    def gateway(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, text="UK1;key-1_A.b\r\n")
        assert request.headers["user_key"] == "UK1" and request.headers["Session_key"] == "key-1_A.b"
        return httpx.Response(200, json={"result": "OK", "pageNumber": 1, "pageSize": 10, "total": 0, "subaccount": []})

    client = smsend.client(
        "https://gateway.test/API/v1.0/REST",
        auth=smsend.SessionLogin("me", "pw"),
        transport=httpx.MockTransport(gateway),
    )
    assert smsend.check(list_subaccounts.sync_detailed(client=client)).status_code == 200
