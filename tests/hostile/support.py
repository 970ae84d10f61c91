"""What the battery's cases share: the two APIs' addresses and error bodies, a raw-socket client
for requests no HTTP library will send, and the check that no listing was poisoned."""

from __future__ import annotations

import json
import re
import socket
from typing import Any
from urllib.parse import urlsplit

import httpx

from .tally import TALLY

SMSEND = "/API/v1.0/REST"
SMSHOSTING = "/rest/api"
HOSTING_AUTH = ("demo-auth-key", "demo-auth-secret")
DEMO = {"username": "demo", "password": "demo-password-1"}


def smsend_headers(client: httpx.Client) -> dict[str, str]:
    answer = client.get(f"{SMSEND}/token", params=DEMO)
    assert answer.status_code == 200, answer.text
    user_key, _, token = answer.text.partition(";")
    return {"user_key": user_key, "Access_token": token}


def subaccount(login: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "login": login,
        "password": "s3cret-pass",
        "name": "Anna",
        "surname": "Rossi",
        "email": "anna@example.com",
        "address": "via Roma 1",
        "city": "Trento",
        "province": "TN",
        "zip-code": "38100",
        "cell": "+393331112222",
        "credit-eat-mode": 0,
        "company": False,
    }
    body.update(changes)
    return body


def create_subaccount(client: httpx.Client, headers: dict[str, str], login: str, **changes: Any) -> httpx.Response:
    return client.post(f"{SMSEND}/subaccount", headers=headers, json=subaccount(login, **changes))


def created_id(answer: httpx.Response) -> str:
    assert answer.status_code in (200, 201), answer.text
    return answer.headers["location"].rstrip("/").rsplit("/", 1)[-1]


def assert_smsend_error(answer: httpx.Response, *statuses: int) -> None:
    assert answer.status_code in statuses, (answer.status_code, answer.text[:300])
    body = answer.json()
    assert body["result"] == "ERROR" and isinstance(body["error"], str), body


def assert_smshosting_error(answer: httpx.Response, *statuses: int) -> None:
    assert answer.status_code in statuses, (answer.status_code, answer.text[:300])
    body = answer.json()
    assert body == {"errorCode": answer.status_code, "errorMsg": body["errorMsg"]}, body
    assert isinstance(body["errorMsg"], str) and body["errorMsg"], body


def assert_listings_ok(client: httpx.Client) -> None:
    """Every listing of both APIs still answers 200: nothing stored earlier poisons them."""
    headers = smsend_headers(client)
    answer = client.get(f"{SMSEND}/subaccounts", headers=headers, params={"pageSize": 100})
    assert answer.status_code == 200, answer.text[:300]
    for sub in answer.json()["subaccount"]:
        for suffix in ("", "/credit"):
            one = client.get(f"{SMSEND}/subaccount/{sub['id-user']}{suffix}", headers=headers)
            assert one.status_code == 200, one.text[:300]
    for path in (
        "/reseller/subuser/search",
        "/phonebook/contact/search",
        "/sms/search?status=DELIVERED",
        "/alias/list",
    ):
        answer = client.get(f"{SMSHOSTING}{path}", auth=HOSTING_AUTH)
        assert answer.status_code == 200, (path, answer.text[:300])
    groups = client.get(f"{SMSHOSTING}/phonebook/group/list", auth=HOSTING_AUTH)
    assert groups.status_code == 200, groups.text[:300]
    for group in groups.json():
        answer = client.get(f"{SMSHOSTING}/phonebook/group/{group['id']}/contacts", auth=HOSTING_AUTH)
        assert answer.status_code == 200, answer.text[:300]


# -- raw HTTP ---------------------------------------------------------------------------------

STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3})[^\r\n]*\r\n")


def raw_exchange(base: str, data: bytes, *, timeout: float = 20.0, answers: int = 1) -> bytes:
    """Send ``data`` as it is on a fresh connection and read until the server closes it or
    ``answers`` complete responses arrived (each needs a Content-Length)."""
    where = urlsplit(base)
    received = b""
    with socket.create_connection((where.hostname or "127.0.0.1", where.port or 80), timeout=timeout) as sock:
        sock.sendall(data)
        while len(_responses(received)) < answers:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
    statuses = _responses(received)
    if not statuses:
        TALLY.record(f"raw {data[:80]!r}", None)
    for status, _ in statuses:
        TALLY.record(f"raw {data[:80]!r}", status)
    return received


def _responses(received: bytes) -> list[tuple[int, bytes]]:
    """The complete (status, body) responses in ``received``."""
    found: list[tuple[int, bytes]] = []
    rest = received
    while True:
        match = STATUS_LINE.match(rest)
        head_end = rest.find(b"\r\n\r\n")
        if match is None or head_end < 0:
            return found
        head = rest[:head_end].decode("latin-1").lower()
        length_match = re.search(r"content-length: *(\d+)", head)
        length = int(length_match.group(1)) if length_match else 0
        body = rest[head_end + 4 : head_end + 4 + length]
        if len(body) < length:
            return found
        found.append((int(match.group(1)), body))
        rest = rest[head_end + 4 + length :]


def raw_answers(base: str, data: bytes, *, answers: int = 1) -> list[tuple[int, Any]]:
    """Like :func:`raw_exchange`, each answer as (status, parsed JSON body or the raw bytes)."""
    parsed: list[tuple[int, Any]] = []
    for status, body in _responses(raw_exchange(base, data, answers=answers)):
        try:
            parsed.append((status, json.loads(body)))
        except ValueError:
            parsed.append((status, body))
    return parsed
