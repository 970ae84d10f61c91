"""Security: hostile input never gets a 5xx, credentials are required everywhere, secrets never leak.

Figures printed at the end: 5xx answers to hostile input (must be 0) and secrets found in logs,
reprs, exception texts and logged URLs (must be 0).
"""

from __future__ import annotations

import base64
import gc
import io
import logging
from collections.abc import Iterator

import httpx
import pytest
import yaml
from smsend_client.api.subaccounts import get_subaccount, list_subaccounts
from smsgw import smsend, smshosting
from smsgw.errors import NotFoundError, SmsGatewayError
from smsgw.retry import RetryPolicy
from smsim import Simulator, SimulatorTransport
from smsim.apis.smsend import SmsendApi
from smsim.faults import Fault
from smsim.kernel import spec_text
from smsim.testing import DEMO, Served

SMSEND = "/API/v1.0/REST"
SMSHOSTING = "/rest/api"
FIGURES: dict[str, int] = {"hostile requests": 0, "5xx on hostile input": 0, "secrets found": 0}


@pytest.fixture(scope="module", autouse=True)
def print_figures() -> Iterator[None]:
    yield
    print("\n\nsecurity figures: " + ", ".join(f"{k}: {v}" for k, v in FIGURES.items()))


def hostile_requests(prefix: str, headers: dict[str, str]) -> list[tuple[str, str, bytes, dict[str, str]]]:
    json_headers = {**headers, "content-type": "application/json"}
    form_headers = {**headers, "content-type": "application/x-www-form-urlencoded"}
    create = "/subaccount" if prefix == SMSEND else "/sms/send"
    read = "/subaccounts" if prefix == SMSEND else "/sms/search"
    hostile_headers = json_headers if prefix == SMSEND else form_headers
    return [
        ("POST", create, b"x" * 2_000_000, hostile_headers),  # huge body
        ("POST", create, b"\xff\xfe\xfa\x00garbage", hostile_headers),  # invalid UTF-8
        (
            "POST",
            create,
            "text=caff\xe8".encode("latin-1"),
            {**form_headers, "content-type": "application/x-www-form-urlencoded; charset=latin-1"},
        ),
        ("POST", create, b"[" * 100_000, json_headers),  # deep JSON
        ("POST", create, b'{"a":' * 5000 + b"1" + b"}" * 5000, json_headers),
        (
            "POST",
            create,
            b"--x\r\nContent-Disposition: form-data; name=a\r\n\r\n",
            {**headers, "content-type": "multipart/form-data; boundary=x"},
        ),
        ("POST", create, b"{}", {**headers, "content-type": "application/xml"}),
        ("POST", create, b"{}", {**headers, "content-type": "nonsense"}),
        ("GET", read + "?" + "a=1&" * 5000, b"", headers),
        ("GET", read + "?pageSize=99999999999999999999999&limit=-1&offset=1e309", b"", headers),
        ("GET", read + "?%ff%fe=%c0%af", b"", headers),
        ("GET", "/subaccount/%2e%2e%2f%2e%2e%2fetc%2fpasswd", b"", headers),
        ("GET", "/..%2f..%2f_sim/reset", b"", headers),
        ("GET", "/subaccount/a%00b", b"", headers),
        ("GET", "/subaccount/%C2%B3", b"", headers),  # a digit to str.isdigit(), not to int()
        ("POST", create, b"text=hi&group=%C2%B3", form_headers),
        ("DELETE", "/subaccount/%C2%B3/purchase/1", b"", headers),
        ("GET", "/" + "a/" * 2000, b"", headers),
        ("DELETE", read, b"", headers),
        ("PATCH", create, b"{}", json_headers),
    ]


def smsend_headers(base: str) -> dict[str, str]:
    user_key, _, token = httpx.get(
        f"{base}{SMSEND}/token", params={"username": DEMO.smsend_login, "password": DEMO.smsend_password}
    ).text.partition(";")
    return {"user_key": user_key, "Access_token": token}


def smshosting_headers() -> dict[str, str]:
    return {
        "authorization": "Basic "
        + base64.b64encode(f"{DEMO.smshosting_key}:{DEMO.smshosting_secret}".encode()).decode()
    }


@pytest.mark.parametrize("prefix", [SMSEND, SMSHOSTING])
def test_hostile_input_gets_4xx_in_the_api_format(served: Served, prefix: str) -> None:
    api = "smsend" if prefix == SMSEND else "smshosting"
    specs = httpx.get(f"{served.base}/_sim/specs/{api}.json")
    if specs.status_code == 404:
        pytest.skip(f"{api} is not mounted in this simulator build")
    headers = smsend_headers(served.base) if prefix == SMSEND else smshosting_headers()
    with httpx.Client(base_url=served.base + prefix, timeout=30) as raw:
        for method, path, body, request_headers in hostile_requests(prefix, headers):
            FIGURES["hostile requests"] += 1
            response = raw.request(method, path, content=body, headers=request_headers)
            if response.status_code >= 500:
                FIGURES["5xx on hostile input"] += 1
            assert 400 <= response.status_code < 500, (method, path[:60], response.status_code)
            payload = response.json()
            if prefix == SMSEND:
                assert payload["result"] == "ERROR"
            else:
                assert payload["errorCode"] == response.status_code and payload["errorMsg"]
        # ...and the server is still there.
        assert httpx.get(f"{served.base}/_sim/clock").status_code == 200


@pytest.mark.parametrize("api", ["smsend", "smshosting"])
def test_every_operation_requires_credentials(api: str) -> None:
    sim = Simulator(apis=(api,)) if api == "smsend" else _hosting_simulator()
    spec = yaml.safe_load(spec_text(api))
    transport = SimulatorTransport(sim)
    base = SMSEND if api == "smsend" else SMSHOSTING
    checked = 0
    with httpx.Client(transport=transport, base_url=f"http://127.0.0.1{base}") as raw:
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if method not in ("get", "post", "put", "delete") or operation.get("security") == []:
                    continue
                concrete = path.replace("{", "").replace("}", "")  # any value: auth comes first
                for headers in (
                    {},
                    {"user_key": "UK1", "Session_key": "forged"},
                    {"authorization": "Basic Zm9vOmJhcg=="},
                ):
                    # Credentials are checked first: an invalid request without them is still a 401.
                    response = raw.request(method.upper(), concrete, headers=headers)
                    assert response.status_code == 401, (method, path, headers, response.status_code)
                    checked += 1
    assert checked > 0


def _hosting_simulator() -> Simulator:
    try:
        return Simulator(apis=("smshosting",))
    except ImportError:
        pytest.skip("the Smshosting simulator is not complete in this build")


def test_tenants_are_apart_in_smsend() -> None:
    sim = Simulator()
    first = smsend.client(
        f"http://127.0.0.1{SMSEND}",
        auth=smsend.SessionLogin(DEMO.smsend_login, DEMO.smsend_password),
        transport=SimulatorTransport(sim),
    )
    sim.control.call("POST", "smsend/accounts", {"login": "other", "password": "other-pass-1"})
    second = smsend.client(
        f"http://127.0.0.1{SMSEND}",
        auth=smsend.SessionLogin("other", "other-pass-1"),
        transport=SimulatorTransport(sim),
    )
    from tests.reliability.test_smsend_faults import body

    sub = smsend.create_subaccount_once(first, body("mine")).subaccount_id
    with pytest.raises(NotFoundError):
        get_subaccount.sync_detailed(sub, client=second)
    assert smsend.check(list_subaccounts.sync_detailed(client=second)).parsed.total == 0  # type: ignore[union-attr]


def test_no_secret_in_logs_reprs_exceptions_or_urls(caplog: pytest.LogCaptureFixture) -> None:
    """Run calls with known secrets through success, failure, retry and re-login paths, then scan."""
    password, secret = "Pa55-word-XYZ-123", "auth-SECRET-987654"
    sim = Simulator()
    sim.control.call("POST", "smsend/accounts", {"login": "scan", "password": password})
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    texts: list[str] = []
    try:
        with caplog.at_level(logging.DEBUG):
            auth = smsend.SessionLogin("scan", password)
            client = smsend.client(
                f"http://127.0.0.1{SMSEND}",
                auth=auth,
                transport=SimulatorTransport(sim),
                retry=RetryPolicy(initial_delay=0, max_delay=0),
            )
            smsend.check(list_subaccounts.sync_detailed(client=client))
            sim.faults.add(Fault(api="smsend", operation_id="listSubaccounts", count=1, status=503))
            smsend.check(list_subaccounts.sync_detailed(client=client))
            sim.control.call("POST", "smsend/sessions/expire", {})
            smsend.check(list_subaccounts.sync_detailed(client=client))
            for call in (
                lambda: get_subaccount.sync_detailed("nobody", client=client),
                lambda: list_subaccounts.sync_detailed(
                    client=smsend.client(
                        f"http://127.0.0.1{SMSEND}",
                        auth=smsend.SessionLogin("scan", password + "x"),
                        transport=SimulatorTransport(sim),
                    )
                ),
                lambda: smshosting.client("http://example.com/rest/api", auth_key="k", auth_secret=secret),
            ):
                try:
                    call()
                except (SmsGatewayError, ValueError) as error:
                    texts += [str(error), repr(error), repr(error.args)]
            hosting_auth = smshosting.BasicAuth("key", secret)
            texts += [repr(auth), str(auth), repr(auth._keys), repr(hosting_auth), repr(client)]
    finally:
        root.removeHandler(handler)
    session_keys = [key for key in sim.api(SmsendApi).state.logins]
    haystack = "\n".join([stream.getvalue(), caplog.text, *texts, *(repr(r.__dict__) for r in caplog.records)])
    assert "HTTP Request" in haystack  # httpx did log the calls, the login included...
    found = sum(haystack.count(s) for s in [password, secret, *session_keys])
    FIGURES["secrets found"] = found
    assert found == 0  # ...but never a secret
    gc.collect()
