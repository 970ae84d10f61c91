"""Hostile HTTP against the served simulator: sizes, encodings, framing, paths, pipelining.

Requests that no HTTP library sends go through a raw socket (:func:`support.raw_answers`).
Every case asserts no 5xx, the API's error body where the request reached an API, and that
the server keeps serving afterwards.
"""

from __future__ import annotations

import base64
import json
import select
import socket
import time
from typing import Any

import httpx
import pytest

from ..conftest import Served
from .support import (
    HOSTING_AUTH,
    SMSEND,
    SMSHOSTING,
    assert_listings_ok,
    assert_smsend_error,
    assert_smshosting_error,
    raw_answers,
    smsend_headers,
    subaccount,
)

BASIC = "Basic " + base64.b64encode(":".join(HOSTING_AUTH).encode()).decode()


def request_bytes(method: str, path: str, headers: dict[str, str], body: bytes = b"", close: bool = True) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def assert_api_error_body(api: str, status: int, body: Any) -> None:
    assert isinstance(body, dict), body
    if api == "smsend":
        assert body["result"] == "ERROR" and isinstance(body["error"], str), body
    else:
        assert body == {"errorCode": status, "errorMsg": body["errorMsg"]}, body


def test_oversized_bodies_get_413_with_the_api_body(client: httpx.Client) -> None:
    big = b"x" * 1_100_000
    answer = client.post(
        f"{SMSHOSTING}/sms/send",
        auth=HOSTING_AUTH,
        content=big,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert_smshosting_error(answer, 413)
    answer = client.post(
        f"{SMSEND}/subaccount", headers={**smsend_headers(client), "content-type": "application/json"}, content=big
    )
    assert_smsend_error(answer, 413)
    assert_listings_ok(client)


def test_oversized_chunked_body_gets_413(client: httpx.Client) -> None:
    def chunks() -> Any:
        for _ in range(40):
            yield b"text=" + b"y" * 50_000

    answer = client.post(
        f"{SMSHOSTING}/sms/send",
        auth=HOSTING_AUTH,
        content=chunks(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert_smshosting_error(answer, 413)
    assert_listings_ok(client)


def test_chunked_body_is_read_like_any_other(served: Served, client: httpx.Client) -> None:
    body = b"name=hostile"
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    headers = {
        "Authorization": BASIC,
        "Content-Type": "application/x-www-form-urlencoded",
        "Transfer-Encoding": "chunked",
    }
    [(status, answer)] = raw_answers(
        served.base, request_bytes("POST", f"{SMSHOSTING}/phonebook/group", headers, chunked)
    )
    assert status == 200 and answer["name"] == "hostile", answer
    assert_listings_ok(client)


@pytest.mark.parametrize(
    "body",
    [
        b'{"login": "anna\xff"}',
        b'{"login": "\xed\xa0\x80"}',
        b"\xfe\xff\x00{",
        b'{"login": "anna"',
        b"[]",
        b"null",
        b"1e999999",
        b'"\\ud800"',
        b"\x00",
    ],
)
def test_smsend_broken_json_gets_400(client: httpx.Client, body: bytes) -> None:
    headers = {**smsend_headers(client), "content-type": "application/json"}
    assert_smsend_error(client.post(f"{SMSEND}/subaccount", headers=headers, content=body), 400)
    assert_listings_ok(client)


@pytest.mark.parametrize("depth", [100, 10_000, 200_000])
def test_deeply_nested_json_gets_400(client: httpx.Client, depth: int) -> None:
    headers = {**smsend_headers(client), "content-type": "application/json"}
    body = b"[" * depth + b"]" * depth
    assert_smsend_error(client.post(f"{SMSEND}/subaccount", headers=headers, content=body), 400)
    nested = (
        json.dumps(subaccount("annarossi")).encode()[:-1] + b', "x": ' + b'{"a":' * depth + b"1" + b"}" * depth + b"}"
    )
    # The largest one is also over the body limit (413).
    assert_smsend_error(client.post(f"{SMSEND}/subaccount", headers=headers, content=nested), 400, 413)
    assert_listings_ok(client)


def test_duplicate_json_keys_are_not_a_crash(client: httpx.Client) -> None:
    headers = {**smsend_headers(client), "content-type": "application/json"}
    body = json.dumps(subaccount("annarossi"))[:-1] + ', "login": "other-login", "credit-eat-mode": "x"}'
    answer = client.post(f"{SMSEND}/subaccount", headers=headers, content=body)
    if answer.status_code >= 400:
        assert_smsend_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize(
    "query",
    [
        "text=%FF&to=393480000000",
        "text=%&to=3934",
        "text=a&text=b&to=393480000000",
        "to=" + "9" * 5000 + "&text=a",
        "text=a&to=" + ",".join(["393480000000"] * 1001),
        "&&&==&",
    ],
)
def test_smshosting_odd_form_bodies_get_400(client: httpx.Client, query: str) -> None:
    answer = client.post(
        f"{SMSHOSTING}/sms/send",
        auth=HOSTING_AUTH,
        content=query.encode(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert_smshosting_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize(
    ("api", "path"),
    [
        ("smsend", f"{SMSEND}/subaccount/%00"),
        ("smsend", f"{SMSEND}/subaccount/..%2F..%2F_sim%2Freset"),
        ("smsend", f"{SMSEND}/subaccount/%2e%2e"),
        ("smsend", f"{SMSEND}//subaccounts"),
        ("smsend", f"{SMSEND}/subaccount/" + "a" * 20_000),
        ("smsend", f"{SMSEND}/subaccount/%F0%9F%98%80"),
        ("smsend", f"{SMSEND}/subaccount/%C0%AF"),
        ("smshosting", f"{SMSHOSTING}/phonebook/contact/%2F"),
        ("smshosting", f"{SMSHOSTING}/phonebook/contact/1%3Bdrop"),
        ("smshosting", f"{SMSHOSTING}/phonebook/contact/-1"),
        ("smshosting", f"{SMSHOSTING}/phonebook/contact/99999999999999999999999999"),
        ("smshosting", f"{SMSHOSTING}/phonebook/contact/0x10"),
        ("smshosting", f"{SMSHOSTING}/phonebook/contact/1e3"),
        ("smshosting", f"{SMSHOSTING}/phonebook/contact/%20%31"),
        ("smshosting", f"{SMSHOSTING}/phonebook/group/1_000/contacts"),
        ("smshosting", f"{SMSHOSTING}/sms/../../_sim/reset"),
    ],
)
def test_path_tricks_get_the_api_error(served: Served, client: httpx.Client, api: str, path: str) -> None:
    headers = {"Authorization": BASIC} if api == "smshosting" else smsend_headers(client)
    before = client.get("/_sim/smsend/credits").json()
    client.post(f"{SMSHOSTING}/phonebook/group", auth=HOSTING_AUTH, data={"name": "kept"})
    for method in ("GET", "POST", "DELETE"):
        [(status, body)] = raw_answers(served.base, request_bytes(method, path, headers, b""))
        assert 400 <= status < 500, (method, status, body)
        assert_api_error_body(api, status, body)
    # None of them reached the control plane: nothing was reset.
    assert client.get(f"{SMSHOSTING}/phonebook/group/list", auth=HOSTING_AUTH).json() != []
    assert client.get("/_sim/smsend/credits").json() == before
    assert_listings_ok(client)


def test_pipelined_requests_are_all_answered_in_order(served: Served, client: httpx.Client) -> None:
    headers = smsend_headers(client)
    one = request_bytes("GET", f"{SMSEND}/subaccounts", headers, close=False)
    bad = request_bytes("GET", f"{SMSEND}/subaccounts?pageSize=abc", headers, close=False)
    group = request_bytes("GET", f"{SMSHOSTING}/phonebook/group/list", {"Authorization": BASIC}, close=False)
    answers = raw_answers(served.base, one + bad + group + bad + one, answers=5)
    assert [status for status, _ in answers] == [200, 400, 200, 400, 200]
    assert_api_error_body("smsend", 400, answers[1][1])
    assert_listings_ok(client)


@pytest.mark.parametrize(
    ("data", "api"),
    [
        (b"GET /API/v1.0/REST/subaccounts\xff\x00 HTTP/1.1\r\nHost: x\r\n\r\n", None),
        (b"GET /rest/api/user HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "smshosting"),
        (b"POST /rest/api/sms/send HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", None),
        (
            b"POST /rest/api/sms/send HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n0\r\n\r\n",
            None,
        ),
        (
            b"POST /rest/api/sms/send HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n"
            b"0\r\n\r\n",
            None,
        ),
        (b"GET /API/v1.0/REST/subaccounts HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n", "smsend"),
        (b"GET /rest/api/user HTTP/9.9\r\nHost: x\r\n\r\n", None),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64, None),
    ],
)
def test_malformed_http_gets_a_json_400_and_the_server_keeps_serving(
    served: Served, client: httpx.Client, data: bytes, api: str | None
) -> None:
    # Where the parser read the path before it gave up, the answer is in that API's format.
    [(status, body)] = raw_answers(served.base, data)
    assert status == 400, body
    assert isinstance(body, dict), body
    if api is not None:
        assert_api_error_body(api, 400, body)
    assert_listings_ok(client)


# The served simulator's read timeout is 5 s (``python -m smsim``); this bound only keeps the
# test from waiting forever when a connection is never closed.
SLOW_CLIENT_BOUND = 15.0


def test_slow_clients_are_timed_out(served: Served, client: httpx.Client) -> None:
    where = served.base.removeprefix("http://").split(":")
    sockets = [socket.create_connection((where[0], int(where[1])), timeout=SLOW_CLIENT_BOUND) for _ in range(20)]
    try:
        for sock in sockets:
            sock.sendall(b"GET /rest/api/user HTTP/1.1\r\nHost: x\r\nX-Drip: ")
        assert_listings_ok(client)  # the dripping connections do not stop anyone else
        deadline = time.monotonic() + SLOW_CLIENT_BOUND
        open_ones = list(sockets)
        while open_ones and time.monotonic() < deadline:
            readable, _, _ = select.select(open_ones, [], [], 0.5)
            for sock in readable:  # the server answered (408, 400) or closed the connection
                open_ones.remove(sock)
            for sock in open_ones:
                try:
                    sock.sendall(b"a")  # one more byte: the request never ends
                except OSError:
                    open_ones.remove(sock)
        assert open_ones == [], f"{len(open_ones)} dripping connections still open"
    finally:
        for sock in sockets:
            sock.close()
    assert_listings_ok(client)
