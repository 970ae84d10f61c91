"""The hostile inputs of issue 13, one case each, against the served simulator.

Each case asserts what the issue asks of every bad input: no 5xx, the API's own error body,
and afterwards every listing still answers (nothing poisoned was stored).
"""

from __future__ import annotations

import json

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
    create_subaccount,
    created_id,
    smsend_headers,
    subaccount,
)

NON_ASCII_DIGITS = ["%C2%B9", "%C2%B2", "%E2%91%A0", "%EF%BC%91", "%D9%A1", "%E0%A5%A7"]  # ¹ ² ① １ ١ १


@pytest.mark.parametrize("operation", ["login", "token"])
def test_smsend_login_with_non_ascii_password(client: httpx.Client, operation: str) -> None:
    answer = client.get(f"{SMSEND}/{operation}?username=demo&password=%C3%A9")
    assert_smsend_error(answer, 400, 401, 404)
    assert_listings_ok(client)


def test_smsend_subaccount_with_non_ascii_password_can_log_in(client: httpx.Client) -> None:
    headers = smsend_headers(client)
    answer = create_subaccount(client, headers, "annarossi", password="pässwörd-ok1")
    if answer.status_code == 400:  # refused at the door: fine too
        assert_smsend_error(answer, 400)
    else:
        created_id(answer)
        login = client.get(f"{SMSEND}/login", params={"username": "annarossi", "password": "pässwörd-ok1"})
        assert login.status_code == 200, login.text
    assert_listings_ok(client)


# The digits 0-9 of other scripts: superscripts and circled ones (int() refuses them), fullwidth,
# Arabic-Indic and Devanagari ones (int() reads them as numbers).
SCRIPTS = {
    "superscript": "⁰¹²³⁴⁵⁶⁷⁸⁹",
    "circled": "⓪①②③④⑤⑥⑦⑧⑨",
    "fullwidth": "０１２３４５６７８９",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "devanagari": "०१२३४५६७८९",
}


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_smsend_path_id_in_other_digits_names_no_subaccount(client: httpx.Client, script: str) -> None:
    headers = smsend_headers(client)
    own_id = created_id(create_subaccount(client, headers, "annarossi", **{"credit-eat-mode": 2}))
    look_alike = own_id.translate(str.maketrans("0123456789", SCRIPTS[script]))
    for method, suffix in (("GET", ""), ("GET", "/credit"), ("GET", "/purchase"), ("DELETE", "/purchase/1")):
        answer = client.request(method, f"{SMSEND}/subaccount/{look_alike}{suffix}", headers=headers)
        assert_smsend_error(answer, 400, 404)  # not the subaccount whose id has the same digit values
    assert_listings_ok(client)


@pytest.mark.parametrize("digit", NON_ASCII_DIGITS)
def test_smsend_integer_query_with_non_ascii_digits(client: httpx.Client, digit: str) -> None:
    answer = client.get(f"{SMSEND}/subaccounts?pageSize={digit}", headers=smsend_headers(client))
    assert_smsend_error(answer, 400)


@pytest.mark.parametrize("digit", NON_ASCII_DIGITS)
def test_smshosting_integer_query_with_non_ascii_digits(client: httpx.Client, digit: str) -> None:
    for path in ("/sms/search?status=DELIVERED&", "/phonebook/contact/search?", "/reseller/subuser/search?"):
        answer = client.get(f"{SMSHOSTING}{path}limit={digit}", auth=HOSTING_AUTH)
        assert_smshosting_error(answer, 400)


@pytest.mark.parametrize("operation", ["send", "estimate"])
@pytest.mark.parametrize("group", ["²", "①", "１", "12²", "٣", "12\n"])
def test_smshosting_group_with_non_ascii_digits(client: httpx.Client, operation: str, group: str) -> None:
    answer = client.post(f"{SMSHOSTING}/sms/{operation}", auth=HOSTING_AUTH, data={"group": group, "text": "hi"})
    assert_smshosting_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize("field", ["login", "name", "address", "email"])
def test_smsend_lone_surrogate_in_json_is_refused(client: httpx.Client, field: str) -> None:
    headers = {**smsend_headers(client), "content-type": "application/json"}
    body = json.dumps({**subaccount("annarossi"), field: "x\ud800y"})  # ensure_ascii keeps it as \ud800
    answer = client.post(f"{SMSEND}/subaccount", headers=headers, content=body)
    assert_smsend_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize("value", ["%ED%A0%80", "%FF", "%C3"])
def test_smshosting_undecodable_form_value_is_refused(client: httpx.Client, value: str) -> None:
    answer = client.post(
        f"{SMSHOSTING}/phonebook/contact",
        auth=HOSTING_AUTH,
        headers={"content-type": "application/x-www-form-urlencoded"},
        content=f"name=Mario{value}&msisdn=393480000000",
    )
    assert_smshosting_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize(
    "post_code",
    ["²", "１２３", "12a", "-5", "99999999999999999999999", "0" * 5000],
)
def test_smshosting_contact_post_code_cannot_poison_its_list(client: httpx.Client, post_code: str) -> None:
    group = client.post(f"{SMSHOSTING}/phonebook/group", auth=HOSTING_AUTH, data={"name": "hostile"})
    assert group.status_code == 200, group.text
    group_id = group.json()["id"]
    answer = client.post(
        f"{SMSHOSTING}/phonebook/contact",
        auth=HOSTING_AUTH,
        data={"name": "Mario", "msisdn": "393480000000", "groupsId": str(group_id), "postCode": post_code},
    )
    if answer.status_code != 200:
        assert_smshosting_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize("recipient", ["393480000000\n", "393480000000\r", "３９３４８０００００００"])
def test_smshosting_patterns_have_ecma_semantics(client: httpx.Client, recipient: str) -> None:
    # `to` has pattern ^(...)$: in ECMA-262 `$` is the very end, so a trailing newline is refused
    # (Python's `$` would let it through), and [0-9] is ASCII (tests/simulator has the rest).
    answer = client.post(f"{SMSHOSTING}/sms/send", auth=HOSTING_AUTH, data={"to": recipient, "text": "hi"})
    assert_smshosting_error(answer, 400)
    assert answer.json()["errorMsg"] == "NO_VALID_RECIPIENT"


@pytest.mark.parametrize(
    ("placeholders", "value"),
    [
        (90_000, ""),  # the case: ${a} filling the body limit (900 KB form-encoded), 1,000 recipients
        (1_070, ""),  # the longest text accepted, every placeholder filled with nothing
        (300, "xxxx"),  # short text, each recipient's filled text past the longest message
    ],
)
def test_smshosting_placeholder_work_is_bounded(client: httpx.Client, placeholders: int, value: str) -> None:
    # Every placeholder is filled for every recipient; the text and the filled texts are bounded,
    # so no such send costs more than a bounded amount of work (the froze the server).
    recipients = json.dumps([{"msisdn": f"39348{n:07d}", "a": value} for n in range(1000)])
    text = "${a}" * placeholders + "hi"
    answer = client.post(
        f"{SMSHOSTING}/sms/send", auth=HOSTING_AUTH, data={"to": recipients, "text": text, "sandbox": "true"}
    )
    if placeholders * len(value) > 1071 or len(text) > 4 * 1071:
        assert_smshosting_error(answer, 400)
        assert answer.json()["errorMsg"] == "BAD_TEXT"
    else:
        assert answer.status_code == 200, answer.text[:300]
        assert answer.json()["smsInserted"] == 1000
    assert_listings_ok(client)


@pytest.mark.parametrize("value", ["\\ud800", "a\\udfffb"])
def test_smshosting_json_recipients_with_lone_surrogates_are_refused(client: httpx.Client, value: str) -> None:
    recipients = '[{"msisdn": "393480000001", "name": "' + value + '"}]'
    answer = client.post(f"{SMSHOSTING}/sms/send", auth=HOSTING_AUTH, data={"to": recipients, "text": "hi ${name}"})
    assert_smshosting_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize(
    "count",
    [1.5, -1, 0, "2", True, 10**30, None, [1]],
)
def test_control_plane_fault_count_is_validated(client: httpx.Client, count: object) -> None:
    answer = client.post(
        "/_sim/faults", json={"api": "smshosting", "operation_id": "getUser", "status": 503, "count": count}
    )
    assert answer.status_code == 400, answer.text
    assert "error" in answer.json()
    assert client.get("/_sim/faults").json()["pending"] == []


@pytest.mark.parametrize("retry_after", ["1\r\nX-Evil: 1", "1\n", "\r", "é", "5", 1.5, -3, True, 10**12])
def test_control_plane_retry_after_is_validated(client: httpx.Client, retry_after: str) -> None:
    answer = client.post(
        "/_sim/faults",
        json={"api": "smshosting", "operation_id": "getUser", "status": 503, "retry_after": retry_after},
    )
    assert answer.status_code == 400, answer.text
    assert client.get(f"{SMSHOSTING}/user", auth=HOSTING_AUTH).status_code == 200  # no fault was added


def test_control_plane_takes_a_well_formed_fault(served: Served, client: httpx.Client) -> None:
    fault = {"api": "smshosting", "operation_id": "getUser", "status": 503, "retry_after": 7, "count": 2}
    assert client.post("/_sim/faults", json=fault).status_code == 201
    # The injected 503s go through a client of their own: they are not the simulator's answers.
    with httpx.Client(base_url=served.base, timeout=30) as untallied:
        for _ in range(2):
            answer = untallied.get(f"{SMSHOSTING}/user", auth=HOSTING_AUTH)
            assert (answer.status_code, answer.headers["retry-after"]) == (503, "7")
    assert client.get(f"{SMSHOSTING}/user", auth=HOSTING_AUTH).status_code == 200  # the count ran out


@pytest.mark.parametrize(
    "payload",
    [[], "x", 5, {"seconds": "abc"}, {"seconds": float("nan")}, {"seconds": -1}, {"seconds": 10**400}]
    + [{"seconds": True}],
)
def test_control_plane_clock_input_is_validated(client: httpx.Client, payload: object) -> None:
    answer = client.post(
        "/_sim/clock/advance", content=json.dumps(payload) if payload != {"seconds": 10**400} else '{"seconds": 1e400}'
    )
    assert answer.status_code == 400, answer.text
    assert "error" in answer.json()


def test_smsend_all_digit_login_cannot_be_mistaken_for_an_id(client: httpx.Client) -> None:
    headers = smsend_headers(client)
    first = created_id(create_subaccount(client, headers, "annarossi"))
    answer = create_subaccount(client, headers, first)  # a login equal to the first one's id
    assert_smsend_error(answer, 400)
    assert_listings_ok(client)


LOGINS = [
    "ｄｅｍｏ",
    "jose\u0301",
    "de\u200bmo",
    "dеmo",
    "a/b",
    "a\\b",
    ".",
    "..",
    "a b",
    "a%2Fb",
    "a?b",
    "a#b",
    "\u00e9t\u00e9",
]


@pytest.mark.parametrize("login", LOGINS)
def test_smsend_unaddressable_and_look_alike_logins_are_refused(client: httpx.Client, login: str) -> None:
    answer = create_subaccount(client, smsend_headers(client), login)
    assert_smsend_error(answer, 400)
    assert_listings_ok(client)


@pytest.mark.parametrize("login", ["anna.rossi", "anna_rossi-2", "anna@example.com", "a1"])
def test_smsend_ordinary_logins_are_addressable(client: httpx.Client, login: str) -> None:
    headers = smsend_headers(client)
    created_id(create_subaccount(client, headers, login))
    answer = client.get(f"{SMSEND}/subaccount/{login}", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["login"] == login
