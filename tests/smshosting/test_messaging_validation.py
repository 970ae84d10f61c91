"""Documented error codes for malformed requests, and no 500 for hostile input (messaging area).

Raw HTTP through ``book_transport`` (conftest), so every answer is also checked against the spec.
Some request-level checks happen in the shared validation step (``smsim/apis/smshosting/errors.py``)
before the messaging handlers run; these cases check that it answers the code each operation
documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from smsim import Simulator
from smsim.apis.smshosting import SmshostingApi

from .conftest import BASE, DEMO_KEY, DEMO_SECRET

IT = "393401234567"
ALIAS = {
    "alias": "Acme",
    "businessname": "a",
    "address": "a",
    "city": "a",
    "postcode": "a",
    "province": "a",
    "country": "DE",
    "vatnumber": "a",
    "email": "a@b.de",
    "phone": "+4930123456",
    "taxcode": "a",
    "pec": "a@b.de",
}
SUB = {"username": "abcdef", "password": "abcdef", "name": "a", "lastname": "b", "email": "a@b.it"}
MAIL = {"templateId": "1", "from": "sender@example.com", "fromName": "a", "to": "a@b.it", "subject": "s"}
OTP = {"to": IT, "text": "${verify_code}"}


@pytest.fixture
def raw(book_transport: Any) -> Iterator[httpx.Client]:
    with httpx.Client(transport=book_transport, base_url=BASE, auth=(DEMO_KEY, DEMO_SECRET)) as client:
        yield client


@pytest.fixture
def sub_id(hosting_sim: Simulator) -> str:
    api = hosting_sim.api(SmshostingApi)
    return str(api.create_account(None, None, 0.0, parent=api.accounts.by_key[DEMO_KEY]).id)


def code(raw: httpx.Client, method: str, path: str, fields: dict[str, Any]) -> Any:
    response = raw.get(path, params=fields) if method == "GET" else raw.request(method, path, data=fields)
    return response.json()["errorMsg"] if response.status_code >= 400 else response.status_code


@pytest.mark.parametrize(
    ("method", "path", "fields", "expected"),
    [
        ("GET", "/sms/search", {}, "NO_PARAMS"),
        ("GET", "/sms/search", {"offset": 3}, "NO_PARAMS"),
        ("GET", "/sms/received/search", {"limit": 5}, "NO_PARAMS"),
        ("GET", "/verify/search", {}, "NO_PARAMS"),
        ("GET", "/sms/search", {"status": "LOST"}, "BAD_STATUS"),
        ("GET", "/sms/search", {"id": "1,,2"}, "BAD_ID"),
        ("POST", "/sms/send", {"text": "hi", "to": "39340;1"}, "NO_VALID_RECIPIENT"),
        ("POST", "/sms/send", {"text": "", "to": IT}, "BAD_TEXT"),
        ("POST", "/sms/send", {"text": "hi", "to": IT, "from": "far too long sender"}, "BAD_FROM"),
        ("POST", "/sms/send", {"text": "hi", "to": IT, "date": "2026-09-21 20:00"}, "BAD_DATE"),
        ("POST", "/sms/send", {"text": "hi", "to": IT, "transactionId": "t" * 61}, "BAD_TRANSACTIONID"),
        ("POST", "/sms/send", {"text": "hi", "to": IT, "encoding": "latin1"}, "BAD_ENCODING"),
        ("POST", "/sms/sendbulk", {"text": "ab", "to": IT, "pid": "300"}, "BAD_PID"),
        ("POST", "/sms/sendbulk", {"text": "ab", "to": IT, "udh": "0"}, "BAD_UDH_HEX"),
        ("POST", "/email/campaign/send", {**MAIL, "group": "x", "campaignTitle": "t"}, "BAD_GROUP"),
        ("POST", "/verify/send", {**OTP, "text": ""}, "BAD_TEXT"),
        pytest.param("POST", "/sms/send", {"text": "hi"}, "NO_VALID_RECIPIENT"),
        pytest.param("POST", "/sms/estimate", {"text": "hi"}, "NO_VALID_RECIPIENT"),
        pytest.param("POST", "/sms/cancel", {}, "NO_PARAMS"),
        pytest.param("POST", "/verify/send", {**OTP, "to": "abc"}, "BAD_TO"),
        pytest.param("POST", "/verify/send", {**OTP, "code_len": "9"}, "BAD_COD_LEN"),
        pytest.param("POST", "/verify/send", {**OTP, "max_retry": "0"}, "BAD_RETRY"),
        pytest.param("POST", "/verify/send", {**OTP, "ttl": "5"}, "BAD_TTL"),
        pytest.param("POST", "/verify/command", {"verify_id": "x", "command": "FOO"}, "BAD_COMMAND"),
        pytest.param("POST", "/alias/", {**ALIAS, "alias": "x" * 12}, "BAD_ALIAS"),
        pytest.param("POST", "/alias/", {**ALIAS, "country": "de"}, "BAD_COUNTRY"),
        pytest.param("POST", "/reseller/subuser", {**SUB, "username": "ab"}, "BAD_USERNAME"),
        pytest.param("POST", "/reseller/subuser", {**SUB, "password": "a"}, "BAD_PASSWORD"),
        pytest.param("POST", "/reseller/subuser", {**SUB, "name": ""}, "BAD_NAME"),
        pytest.param("POST", "/reseller/subuser", {**SUB, "lastname": ""}, "BAD_LASTNAME"),
        pytest.param("POST", "/email/send", {**MAIL, "templateId": "x"}, "BAD_TEMPLATEID"),
        pytest.param("POST", "/email/send", {**MAIL, "subject": ""}, "BAD_SUBJECT"),
        pytest.param("POST", "/email/campaign/send", {**MAIL, "group": "1", "campaignTitle": ""}, "BAD_CAMPAIGN_TITLE"),
    ],
)
def test_documented_codes(raw: httpx.Client, method: str, path: str, fields: dict[str, Any], expected: str) -> None:
    assert code(raw, method, path, fields) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "NO_PARAMS"),
        ({"packId": "x"}, "BAD_PACKID"),
        ({"newPackSmsItaly": "0"}, "BAD_SMS"),
        ({"newPackSmsItaly": "5", "newPackUnitCostItaly": "-1"}, "BAD_UNITCOST"),
    ],
)
def test_documented_order_codes(raw: httpx.Client, sub_id: str, fields: dict[str, Any], expected: str) -> None:
    assert code(raw, "POST", f"/reseller/subuser/{sub_id}/order", fields) == expected


HOSTILE: list[Any] = [
    ("GET", "/sms/search", {"id": "9" * 5000}),
    ("GET", "/sms/search", {"id": ",".join(["1"] * 2000)}),
    ("GET", "/sms/search", {"msisdn": "+" + "9" * 200}),
    ("GET", "/sms/search", {"fromDate": "9999-12-31T23:59:59+9999"}),
    ("GET", "/sms/search", {"fromDate": "0000-01-01T00:00:00+0000"}),
    ("GET", "/sms/search", {"transactionId": "\u0000\u202e"}),
    ("POST", "/sms/cancel", {"id": "9" * 5000}),
    ("POST", "/sms/send", {"text": "hi", "to": json.dumps([{"msisdn": {"a": [1]}}, 3, None, [], "x"])}),
    ("POST", "/sms/send", {"text": "${a}${b}", "to": json.dumps([{"msisdn": IT, "a": {"x": 1}, "b": None}])}),
    ("POST", "/sms/send", {"text": "hi", "to": "[" * 5000 + "]" * 5000}),
    ("POST", "/sms/send", {"text": "hi", "to": json.dumps([{"msisdn": 3.9e300}])}),
    ("POST", "/sms/send", {"text": "hi", "to": IT, "date": "9999-12-31T23:59:59+0000"}),
    ("POST", "/sms/send", {"text": "hi", "to": IT, "date": "0001-01-01T00:00:00+2359"}),
    ("POST", "/sms/send", {"text": "hi", "to": IT, "group": "9" * 40}),
    ("POST", "/sms/send", {"text": "hi", "to": IT, "group": ",,,"}),
    ("POST", "/sms/send", {"text": "hi", "to": IT, "statusCallback": "http://[::1"}),
    ("POST", "/sms/send", {"text": "hi", "to": IT, "statusCallback": "http://127.0.0.1:99999/x"}),
    ("POST", "/sms/send", {"text": "\ud7ff\ue000\U0010ffff" * 50, "to": IT, "encoding": "AUTO"}),
    ("POST", "/sms/estimate", {"text": "hi", "group": "1,2,3"}),
    ("POST", "/sms/sendbulk", {"text": "zz", "to": IT, "udh": "00"}),
    ("POST", "/sms/sendbulk", {"text": "ab" * 5000, "to": IT, "pid": "0"}),
    ("GET", "/verify/check", {"verify_id": "x" * 10_000, "verify_code": "1" * 5000}),
    ("POST", "/verify/send", {**OTP, "to": "+" + "9" * 300}),
    ("POST", "/verify/send", {**OTP, "text": "${verify_code}${verify_code}" * 200}),
    ("POST", "/email/send", {**MAIL, "to": json.dumps([{"to": ["x"]}, {"to": None}, 5])}),
    ("POST", "/email/send", {**MAIL, "templateId": "9" * 25}),
    ("POST", "/email/campaign/send", {**MAIL, "group": "9" * 25, "campaignTitle": "t"}),
    ("GET", "/email/template/" + "9" * 25, {}),
    ("GET", "/email/999999999999999999999999", {}),
    ("DELETE", "/alias/" + "9" * 25, {}),
    ("POST", "/alias/", {**ALIAS, "country": "IT", "postcode": "\u0661\u0662\u0663\u0664\u0665"}),
    ("GET", "/reseller/subuser/" + "9" * 5000, {}),
    ("POST", "/reseller/subuser/" + "9" * 30 + "/credit/remove", {}),
    ("POST", "/reseller/subuser", {**SUB, "birthdate": "2000-02-30T00:00:00+0000"}),
    ("GET", "/reseller/subuser/search", {"query": "\u0000" * 100, "fromDate": "2030-01-01T00:00:00+0000"}),
    ("GET", "/sms/received/search", {"from": ",,,", "simIdRef": "9" * 100}),
]


@pytest.mark.parametrize(("method", "path", "fields"), HOSTILE)
def test_hostile_input_never_gives_a_500(raw: httpx.Client, method: str, path: str, fields: dict[str, Any]) -> None:
    response = raw.get(path, params=fields) if method == "GET" else raw.request(method, path, data=fields or None)
    assert response.status_code < 500, response.text


# The spec sets no upper bound on ``offset``: a schema generator sends 36-digit offsets (strict
# fuzz, seeds 7-12), which used to be refused with BAD_PARAMS (the validator read at most 30
# digits). Any offset Python reads is a valid one: past the last item it is an empty page.
HUGE = "9" * 40
PAGED = [
    ("/sms/search", {"transactionId": "none"}, "smsList"),
    ("/email/template/list", {}, "templates"),
    ("/phonebook/contact/search", {"name": "a"}, "contacts"),
    ("/reseller/subuser/search", {}, "subUserList"),
]


@pytest.mark.parametrize(("path", "filters", "items"), PAGED, ids=[p for p, _, _ in PAGED])
def test_any_offset_is_a_page(raw: httpx.Client, path: str, filters: dict[str, str], items: str) -> None:
    answer = raw.get(path, params={**filters, "offset": HUGE, "limit": 5})
    assert answer.status_code == 200, answer.text
    assert answer.json()["metadata"]["offset"] == int(HUGE)
    assert answer.json()[items] == []


def test_an_integer_python_cannot_read_is_refused_in_the_documented_format(raw: httpx.Client) -> None:
    answer = raw.get("/sms/search", params={"transactionId": "none", "offset": "9" * 4301})
    assert answer.status_code == 400
    assert answer.json() == {"errorCode": 400, "errorMsg": "BAD_PARAMS"}
