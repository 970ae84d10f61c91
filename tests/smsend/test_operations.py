"""Every smsend operation through the typed client, against the in-process simulator."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from smsend_client import Client
from smsend_client.api.authentication import login_access_token, login_session_key
from smsend_client.api.credit import get_subaccount_credits, move_subaccount_credits
from smsend_client.api.purchases import (
    create_subaccount_purchases,
    delete_subaccount_purchase,
    list_subaccount_purchases,
)
from smsend_client.api.subaccounts import (
    change_subaccount_password,
    create_subaccount,
    get_subaccount,
    list_subaccounts,
    update_subaccount,
)
from smsend_client.models import (
    CreditBalanceList,
    CreditMove,
    CreditMoveRequest,
    PasswordChange,
    PurchaseInput,
    PurchaseList,
    PurchaseMessageTypeInput,
    PurchaseRequest,
    ResultOk,
    Subaccount,
    SubaccountInput,
    SubaccountList,
)
from smsgw import smsend
from smsgw.errors import BadRequestError, LoginError, NotFoundError
from smsim import Clock, Simulator, SimulatorTransport, testing

BASE = testing.SMSEND_URL
DEMO = (testing.DEMO.smsend_login, testing.DEMO.smsend_password)


def new_subaccount(login: str, mode: int = 0) -> SubaccountInput:
    return SubaccountInput.from_dict(testing.smsend_subaccount(login, credit_eat_mode=mode))


def connect(sim: Simulator, auth: smsend.SessionLogin | smsend.TokenLogin | None = None) -> Client:
    return smsend.client(BASE, auth=auth or smsend.SessionLogin(*DEMO), transport=SimulatorTransport(sim))


@pytest.fixture
def client(sim: Simulator) -> Client:
    return connect(sim)


def create(client: Client, login: str, mode: int = 0) -> str:
    return smsend.created_id(create_subaccount.sync_detailed(client=client, body=new_subaccount(login, mode)))


def credits_of(client: Client, sub: str) -> dict[str, int]:
    balance = smsend.unwrap(get_subaccount_credits.sync_detailed(sub, client=client), CreditBalanceList)
    return {c.message_type: c.amount for c in balance.credits_}


def test_login_calls_answer_user_key_and_key(sim: Simulator) -> None:
    http = connect(sim)
    for endpoint in (login_session_key, login_access_token):
        response = endpoint.sync_detailed(client=http, username=DEMO[0], password=DEMO[1])
        assert response.status_code == 200
        user_key, _, key = str(response.parsed).partition(";")
        assert user_key.startswith("UK") and len(key) > 10
    with pytest.raises(NotFoundError):  # the API answers wrong credentials with 404
        login_session_key.sync_detailed(client=http, username="demo", password="wrong-password")


def test_wrong_credentials_raise_login_error(sim: Simulator) -> None:
    client = connect(sim, smsend.SessionLogin("demo", "wrong-password"))
    with pytest.raises(LoginError):
        list_subaccounts.sync_detailed(client=client)


def test_create_get_and_list(client: Client) -> None:
    sub_id = create(client, "anna")
    sub = smsend.unwrap(get_subaccount.sync_detailed(sub_id, client=client), Subaccount)
    assert sub.login == "anna" and str(sub.id_user) == sub_id
    assert sub.super_account_name == "demo"
    by_login = smsend.unwrap(get_subaccount.sync_detailed("anna", client=client), Subaccount)
    assert by_login.id_user == sub.id_user
    page = smsend.unwrap(list_subaccounts.sync_detailed(client=client), SubaccountList)
    assert page.total == 1 and page.page_number == 1 and page.page_size == 10
    assert [s.login for s in page.subaccount] == ["anna"]


def test_duplicate_login_is_refused(client: Client) -> None:
    create(client, "anna")
    with pytest.raises(BadRequestError):
        smsend.check(create_subaccount.sync_detailed(client=client, body=new_subaccount("anna")))


def test_company_needs_name_and_vat(client: Client) -> None:
    body = new_subaccount("acme")
    body.company = True
    with pytest.raises(BadRequestError, match="company"):
        smsend.check(create_subaccount.sync_detailed(client=client, body=body))
    body.company_name, body.piva = "ACME srl", "01234567890"
    smsend.check(create_subaccount.sync_detailed(client=client, body=body))


def test_update_replaces_data_and_locks(sim: Simulator, client: Client) -> None:
    sub_id = create(client, "anna")
    body = new_subaccount("anna2")
    body.city = "Bolzano"
    response = smsend.check(update_subaccount.sync_detailed(sub_id, client=client, body=body, lock_subaccount=True))
    assert response.headers["location"] == f"/subaccount/{sub_id}"
    sub = smsend.unwrap(get_subaccount.sync_detailed(sub_id, client=client), Subaccount)
    assert (sub.login, sub.city, sub.active) == ("anna2", "Bolzano", False)
    # A locked subaccount cannot log in.
    locked = connect(sim, smsend.SessionLogin("anna2", "s3cret-pass"))
    with pytest.raises(LoginError):
        list_subaccounts.sync_detailed(client=locked)


def test_change_password(sim: Simulator, client: Client) -> None:
    sub_id = create(client, "anna", mode=0)
    response = smsend.check(
        change_subaccount_password.sync_detailed(sub_id, client=client, body=PasswordChange(passwd="n3w-password"))
    )
    assert response.status_code == 201
    assert response.headers["location"] == f"/subaccount/{sub_id}/changepwd"
    with pytest.raises(LoginError):
        list_subaccounts.sync_detailed(client=connect(sim, smsend.SessionLogin("anna", "s3cret-pass")))
    fresh = connect(sim, smsend.TokenLogin("anna", "n3w-password"))
    # anna is not a superaccount: logged in, but refused by the subaccount calls.
    with pytest.raises(BadRequestError, match="SUPERACCOUNT"):
        smsend.check(list_subaccounts.sync_detailed(client=fresh))


def test_move_credits_both_ways_conserving_totals(sim: Simulator, client: Client) -> None:
    sub = create(client, "anna")
    before = sim.control.call("GET", "smsend/credits", {})["total"]
    moves = CreditMoveRequest(
        credits_=[
            CreditMove(message_type="N", amount=300, super_to_sub=True),
            CreditMove(message_type="LL", amount=50, super_to_sub=True),
        ]
    )
    response = smsend.check(move_subaccount_credits.sync_detailed(sub, client=client, body=moves))
    assert response.status_code == 201 and response.headers["location"] == f"/subaccount/{sub}/credit"
    assert credits_of(client, sub) == {"N": 300, "L": 0, "LL": 50, "EE": 0}
    back = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=100, super_to_sub=False)])
    smsend.check(move_subaccount_credits.sync_detailed(sub, client=client, body=back))
    assert credits_of(client, sub)["N"] == 200
    state = sim.control.call("GET", "smsend/credits", {})
    assert state["total"] == before
    assert state["superaccount"]["N"] == 1000 - 200


def test_move_credits_never_goes_negative_and_is_atomic(client: Client) -> None:
    sub = create(client, "anna")
    too_much = CreditMoveRequest(
        credits_=[
            CreditMove(message_type="L", amount=10, super_to_sub=True),
            CreditMove(message_type="N", amount=10_000, super_to_sub=True),
        ]
    )
    with pytest.raises(BadRequestError, match="NOT_ENOUGH_CREDIT"):
        smsend.check(move_subaccount_credits.sync_detailed(sub, client=client, body=too_much))
    assert credits_of(client, sub)["L"] == 0  # the first line was not applied either
    with pytest.raises(BadRequestError):
        back = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=1, super_to_sub=False)])
        smsend.check(move_subaccount_credits.sync_detailed(sub, client=client, body=back))


def test_purchases_create_list_delete(client: Client) -> None:
    sub = create(client, "reseller-client", mode=2)
    purchase = PurchaseInput(
        super_to_sub=True,
        price=25.0,
        message_types=[
            PurchaseMessageTypeInput(message_type="N", unit_price=0.05),
            PurchaseMessageTypeInput(message_type="L", unit_price=0.04),
        ],
    )
    response = smsend.check(
        create_subaccount_purchases.sync_detailed(
            sub, client=client, body=PurchaseRequest(purchases=[purchase, purchase])
        )
    )
    assert response.headers["location"] == f"/subaccount/{sub}/purchase"
    listed = smsend.unwrap(list_subaccount_purchases.sync_detailed(sub, client=client), PurchaseList)
    assert listed.total == 2 and [p.amount for p in listed.purchases] == [25, 25]
    first = listed.purchases[0].id_purchase
    deleted = smsend.unwrap(delete_subaccount_purchase.sync_detailed(sub, first, client=client), ResultOk)
    assert deleted.result == "OK"
    assert [p.id_purchase for p in smsend.iter_purchases(client, sub)] == [listed.purchases[1].id_purchase]
    with pytest.raises(NotFoundError):
        smsend.check(delete_subaccount_purchase.sync_detailed(sub, first, client=client))


def test_purchases_need_credit_eat_mode_2(client: Client) -> None:
    sub = create(client, "anna", mode=0)
    with pytest.raises(BadRequestError, match="credit-eat-mode"):
        smsend.check(list_subaccount_purchases.sync_detailed(sub, client=client))


def test_other_superaccounts_cannot_see_subaccounts(sim: Simulator, client: Client) -> None:
    sub = create(client, "anna")
    sim.control.call("POST", "smsend/accounts", {"login": "rival", "password": "rival-pass-1"})
    rival = connect(sim, smsend.SessionLogin("rival", "rival-pass-1"))
    for call in (
        lambda: get_subaccount.sync_detailed(sub, client=rival),
        lambda: get_subaccount_credits.sync_detailed("anna", client=rival),
        lambda: change_subaccount_password.sync_detailed(sub, client=rival, body=PasswordChange(passwd="hijacked-pw")),
    ):
        with pytest.raises(NotFoundError):
            smsend.check(call())
    assert smsend.unwrap(list_subaccounts.sync_detailed(client=rival), SubaccountList).total == 0


def test_paging_through_many_subaccounts(client: Client) -> None:
    for i in range(23):
        create(client, f"user{i:02d}")
    logins = [s.login for s in smsend.iter_subaccounts(client, page_size=5)]
    assert logins == [f"user{i:02d}" for i in range(23)]

    async def collect() -> list[str]:
        return [s.login async for s in smsend.iter_subaccounts(client, page_size=4)]

    assert asyncio.run(collect()) == logins


def test_session_expires_after_five_idle_minutes(sim: Simulator, clock: Clock) -> None:
    auth = smsend.SessionLogin(*DEMO, clock=lambda: 0.0)  # the client never notices idling...
    client = connect(sim, auth)
    smsend.check(list_subaccounts.sync_detailed(client=client))
    clock.advance(299)
    smsend.check(list_subaccounts.sync_detailed(client=client))
    assert auth.logins == 1
    clock.advance(301)  # ...so the gateway's 401 triggers the one re-login
    smsend.check(list_subaccounts.sync_detailed(client=client))
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
