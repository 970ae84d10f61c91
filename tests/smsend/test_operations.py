"""Every smsend operation through the client classes (``smsgw.Smsend``), against the in-process
simulator; the login calls also through the generated functions, the low-level layer."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from smsend_client.api.authentication import login_access_token, login_session_key
from smsend_client.models import CreditMove, PurchaseInput, PurchaseMessageTypeInput
from smsgw import AsyncSmsend, Smsend, smsend
from smsgw.errors import BadRequestError, LoginError, NotFoundError
from smsim import Clock, Simulator, SimulatorTransport, testing

BASE = testing.SMSEND_URL
DEMO = (testing.DEMO.smsend_login, testing.DEMO.smsend_password)


def subaccount(login: str, mode: int = 0, **fields: Any) -> dict[str, Any]:
    """A valid subaccount as keyword arguments of ``client.subaccounts.create``."""
    wire = testing.smsend_subaccount(login, credit_eat_mode=mode)
    return {**{name.replace("-", "_"): value for name, value in wire.items()}, **fields}


def connect(sim: Simulator, username: str = DEMO[0], password: str = DEMO[1], **options: Any) -> Smsend:
    return Smsend(base_url=BASE, username=username, password=password, transport=SimulatorTransport(sim), **options)


@pytest.fixture
def client(sim: Simulator) -> Smsend:
    return connect(sim)


def credits_of(client: Smsend, sub: str) -> dict[str, int]:
    return {c.message_type: c.amount for c in client.credit.get(sub).credits_}


def test_login_calls_answer_user_key_and_key(client: Smsend) -> None:
    for login in (client.authentication.session_key, client.authentication.access_token):
        user_key, _, key = login(username=DEMO[0], password=DEMO[1]).partition(";")
        assert user_key.startswith("UK") and len(key) > 10
    with pytest.raises(NotFoundError):  # the API answers wrong credentials with 404
        client.authentication.session_key(username="demo", password="wrong-password")


def test_login_calls_through_the_generated_functions(client: Smsend) -> None:
    generated = client._client  # the low-level layer under the client class
    for endpoint in (login_session_key, login_access_token):
        response = endpoint.sync_detailed(client=generated, username=DEMO[0], password=DEMO[1])
        assert response.status_code == 200 and ";" in str(response.parsed)


def test_wrong_credentials_raise_login_error(sim: Simulator) -> None:
    with pytest.raises(LoginError):
        list(connect(sim, password="wrong-password").subaccounts.list())


def test_create_get_and_list(client: Smsend) -> None:
    sub_id = client.subaccounts.create(**subaccount("anna"))
    sub = client.subaccounts.get(sub_id)
    assert sub.login == "anna" and str(sub.id_user) == sub_id
    assert sub.super_account_name == "demo"
    assert client.subaccounts.get("anna").id_user == sub.id_user
    page = client.subaccounts.with_raw_response.list().parse()
    assert page.total == 1 and page.page_number == 1
    assert [s.login for s in page.subaccount] == ["anna"]


def test_duplicate_login_is_refused(client: Smsend) -> None:
    client.subaccounts.create(**subaccount("anna"))
    with pytest.raises(BadRequestError):
        client.subaccounts.create(**subaccount("anna"))


def test_company_needs_name_and_vat(client: Smsend) -> None:
    with pytest.raises(BadRequestError, match="company"):
        client.subaccounts.create(**subaccount("acme", company=True))
    client.subaccounts.create(**subaccount("acme", company=True, company_name="ACME srl", piva="01234567890"))


def test_update_replaces_data_and_locks(sim: Simulator, client: Smsend) -> None:
    sub_id = client.subaccounts.create(**subaccount("anna"))
    raw = client.subaccounts.with_raw_response.update(
        sub_id, lock_subaccount=True, **subaccount("anna2", city="Bolzano")
    )
    assert raw.headers["location"] == f"/subaccount/{sub_id}"
    sub = client.subaccounts.get(sub_id)
    assert (sub.login, sub.city, sub.active) == ("anna2", "Bolzano", False)
    # A locked subaccount cannot log in.
    with pytest.raises(LoginError):
        list(connect(sim, "anna2", "s3cret-pass").subaccounts.list())


def test_change_password(sim: Simulator, client: Smsend) -> None:
    sub_id = client.subaccounts.create(**subaccount("anna", mode=0))
    raw = client.subaccounts.with_raw_response.change_password(sub_id, passwd="n3w-password")
    assert raw.status_code == 201 and raw.headers["location"] == f"/subaccount/{sub_id}/changepwd"
    with pytest.raises(LoginError):
        list(connect(sim, "anna", "s3cret-pass").subaccounts.list())
    fresh = connect(sim, "anna", "n3w-password", login="token")
    # anna is not a superaccount: logged in, but refused by the subaccount calls.
    with pytest.raises(BadRequestError, match="SUPERACCOUNT"):
        list(fresh.subaccounts.list())


def test_move_credits_both_ways_conserving_totals(sim: Simulator, client: Smsend) -> None:
    sub = client.subaccounts.create(**subaccount("anna"))
    before = sim.control.call("GET", "smsend/credits", {})["total"]
    moves = [
        CreditMove(message_type="N", amount=300, super_to_sub=True),
        CreditMove(message_type="LL", amount=50, super_to_sub=True),
    ]
    raw = client.credit.with_raw_response.move(sub, credits=moves)
    assert raw.status_code == 201 and raw.headers["location"] == f"/subaccount/{sub}/credit"
    assert credits_of(client, sub) == {"N": 300, "L": 0, "LL": 50, "EE": 0}
    client.credit.move(sub, credits=[CreditMove(message_type="N", amount=100, super_to_sub=False)])
    assert credits_of(client, sub)["N"] == 200
    state = sim.control.call("GET", "smsend/credits", {})
    assert state["total"] == before
    assert state["superaccount"]["N"] == 1000 - 200


def test_move_credits_never_goes_negative_and_is_atomic(client: Smsend) -> None:
    sub = client.subaccounts.create(**subaccount("anna"))
    too_much = [
        CreditMove(message_type="L", amount=10, super_to_sub=True),
        CreditMove(message_type="N", amount=10_000, super_to_sub=True),
    ]
    with pytest.raises(BadRequestError, match="NOT_ENOUGH_CREDIT"):
        client.credit.move(sub, credits=too_much)
    assert credits_of(client, sub)["L"] == 0  # the first line was not applied either
    with pytest.raises(BadRequestError):
        client.credit.move(sub, credits=[CreditMove(message_type="N", amount=1, super_to_sub=False)])


def test_purchases_create_list_delete(client: Smsend) -> None:
    sub = client.subaccounts.create(**subaccount("reseller-client", mode=2))
    purchase = PurchaseInput(
        super_to_sub=True,
        price=25.0,
        message_types=[
            PurchaseMessageTypeInput(message_type="N", unit_price=0.05),
            PurchaseMessageTypeInput(message_type="L", unit_price=0.04),
        ],
    )
    raw = client.purchases.with_raw_response.create(sub, purchases=[purchase, purchase])
    assert raw.headers["location"] == f"/subaccount/{sub}/purchase"
    listed = client.purchases.with_raw_response.list(sub).parse()
    assert listed.total == 2 and [p.amount for p in listed.purchases] == [25, 25]
    first = listed.purchases[0].id_purchase
    assert client.purchases.delete(sub, first).result == "OK"
    assert [p.id_purchase for p in client.purchases.list(sub)] == [listed.purchases[1].id_purchase]
    with pytest.raises(NotFoundError):
        client.purchases.delete(sub, first)


def test_purchases_need_credit_eat_mode_2(client: Smsend) -> None:
    sub = client.subaccounts.create(**subaccount("anna", mode=0))
    with pytest.raises(BadRequestError, match="credit-eat-mode"):
        list(client.purchases.list(sub))


def test_other_superaccounts_cannot_see_subaccounts(sim: Simulator, client: Smsend) -> None:
    sub = client.subaccounts.create(**subaccount("anna"))
    sim.control.call("POST", "smsend/accounts", {"login": "rival", "password": "rival-pass-1"})
    rival = connect(sim, "rival", "rival-pass-1")
    with pytest.raises(NotFoundError):
        rival.subaccounts.get(sub)
    with pytest.raises(NotFoundError):
        rival.credit.get("anna")
    with pytest.raises(NotFoundError):
        rival.subaccounts.change_password(sub, passwd="hijacked-pw")
    assert list(rival.subaccounts.list()) == []


def test_paging_through_many_subaccounts(sim: Simulator, client: Smsend) -> None:
    for i in range(23):
        client.subaccounts.create(**subaccount(f"user{i:02d}"))
    logins = [s.login for s in client.subaccounts.list(page_size=5)]
    assert logins == [f"user{i:02d}" for i in range(23)]
    assert [len(page.subaccount) for page in client.subaccounts.list(page_size=5).pages()] == [5, 5, 5, 5, 3]

    async def collect() -> list[str]:
        async with AsyncSmsend(
            base_url=BASE, username=DEMO[0], password=DEMO[1], transport=SimulatorTransport(sim)
        ) as aclient:
            return [s.login async for s in aclient.subaccounts.list(page_size=4)]

    assert asyncio.run(collect()) == logins


def test_session_expires_after_five_idle_minutes(sim: Simulator, clock: Clock) -> None:
    auth = smsend.SessionLogin(*DEMO, clock=lambda: 0.0)  # the client never notices idling...
    client = Smsend(base_url=BASE, auth=auth, transport=SimulatorTransport(sim))
    list(client.subaccounts.list())
    clock.advance(299)
    list(client.subaccounts.list())
    assert auth.logins == 1
    clock.advance(301)  # ...so the gateway's 401 triggers the one re-login
    list(client.subaccounts.list())
    assert auth.logins == 2


def test_bad_input_gets_documented_error_not_500(sim: Simulator) -> None:
    raw = httpx.Client(transport=SimulatorTransport(sim), base_url=BASE)
    user_key, _, session = raw.get("/login", params={"username": DEMO[0], "password": DEMO[1]}).text.partition(";")
    auth = {"user_key": user_key, "Session_key": session}
    cases = [
        ("POST", "/subaccount", b"{not json", "application/json"),
        ("POST", "/subaccount", b'{"login": 5}', "application/json"),
        ("POST", "/subaccount/anna/credit", b'{"credits": []}', "application/json"),
        ("GET", "/subaccounts?pageSize=0", b"", ""),
        ("GET", "/subaccounts?pageNumber=abc", b"", ""),
        ("GET", "/subaccounts?unknown=1", b"", ""),
        ("POST", "/subaccount", b"\xff\xfe", "application/json"),
        ("POST", "/subaccount", b"login=x", "application/x-www-form-urlencoded"),
        ("POST", "/subaccount", b"[" * 10_000 + b"]" * 10_000, "application/json"),
        ("GET", "/subaccount/..%2F..%2Fetc", b"", ""),
        ("DELETE", "/subaccounts", b"", ""),
        ("GET", "/nowhere", b"", ""),
    ]
    for method, path, body, content_type in cases:
        headers = {**auth, "content-type": content_type} if content_type else auth
        response = raw.request(method, path, content=body, headers=headers)
        assert 400 <= response.status_code < 500, (path, response.status_code)
        payload = response.json()
        assert payload["result"] == "ERROR" and payload["error"], path
        assert session not in response.text
    assert raw.get("/subaccounts").status_code == 401  # no keys at all
