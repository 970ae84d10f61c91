"""The smsend client over a real socket: login, create, move credits, page, and a dropped answer."""

from __future__ import annotations

import asyncio

import httpx
from smsend_client.api.credit import move_subaccount_credits
from smsend_client.api.subaccounts import list_subaccounts
from smsend_client.models import CreditMove, CreditMoveRequest
from smsgw import smsend
from smsgw.errors import APIConnectionError
from smsim.testing import DEMO, Served

from ..reliability.test_smsend_faults import body

LOGIN = (DEMO.smsend_login, DEMO.smsend_password)


def test_login_create_move_and_page_over_a_socket(served: Served) -> None:
    httpx.post(f"{served.base}/_sim/reset", timeout=10)
    for auth in (smsend.SessionLogin(*LOGIN), smsend.TokenLogin(*LOGIN)):
        client = smsend.client(f"{served.base}/API/v1.0/REST", auth=auth)
        smsend.check(list_subaccounts.sync_detailed(client=client))
        assert auth.logins == 1
    sub = smsend.create_subaccount_once(client, body("over-socket")).subaccount_id
    move = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=5, super_to_sub=True)])
    smsend.check(move_subaccount_credits.sync_detailed(sub, client=client, body=move))

    async def logins() -> list[str]:
        return [s.login async for s in smsend.iter_subaccounts(client, page_size=1)]

    assert asyncio.run(logins()) == ["over-socket"]


def test_a_dropped_answer_is_an_ambiguous_connection_error(served: Served) -> None:
    httpx.post(f"{served.base}/_sim/reset", timeout=10)
    client = smsend.client(served.url("smsend"), auth=smsend.TokenLogin(*LOGIN))
    sub = smsend.create_subaccount_once(client, body("dropped")).subaccount_id
    fault = {"api": "smsend", "operation_id": "moveSubaccountCredits", "drop": True}
    assert httpx.post(f"{served.base}/_sim/faults", json=fault).status_code == 201
    move = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=5, super_to_sub=True)])
    try:
        smsend.check(move_subaccount_credits.sync_detailed(sub, client=client, body=move))
        raise AssertionError("the connection should have been dropped")
    except APIConnectionError as error:
        assert error.request_sent
    credits = httpx.get(f"{served.base}/_sim/smsend/credits").json()
    assert credits["subaccounts"]["dropped"]["N"] == 5  # the move happened; only its answer was lost
