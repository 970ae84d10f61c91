"""The typed 2FA helper (``client.two_factor``, :mod:`smsgw.smsend_twofactor`), sync and async,
against the in-process simulator: a right PIN passes once, a wrong one raises with the tries
left, an expired or used-up one raises asking for a new PIN."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from smsend_client.models import TwoFactorResult
from smsgw import AsyncSmsend, Smsend
from smsgw.errors import BadRequestError, PinRejectedError, TwoFactorError
from smsgw.smsend_twofactor import AsyncTwoFactor, TwoFactor, _sent
from smsim import Simulator, testing

from .test_surface_all_ops import Recorder, control_outbox

BASE = testing.SMSEND_URL
DEMO = (testing.DEMO.smsend_login, testing.DEMO.smsend_password)
ANNA, MARCO = "+393471234567", "+393477654321"


@pytest.fixture
def sim() -> Simulator:
    return testing.simulator()


@pytest.fixture
def client(sim: Simulator) -> Iterator[Smsend]:
    with Smsend(base_url=BASE, username=DEMO[0], password=DEMO[1], transport=Recorder(sim)) as smsend:
        yield smsend


def last_pin(sim: Simulator, number: str) -> str:
    text = control_outbox(sim, number)[-1]
    assert text.startswith("Code ")
    return text.removeprefix("Code ")


def other_than(pin: str) -> str:
    return "000000" if pin != "000000" else "111111"


def test_request_verify_and_check(sim: Simulator, client: Smsend) -> None:
    assert isinstance(client.two_factor, TwoFactor) and client.two_factor is client.two_factor
    sent = client.two_factor.request(ANNA, expiry_minutes=5, message_body="Code %PIN%")
    assert isinstance(sent, TwoFactorResult) and sent.status == "OK"
    pin = last_pin(sim, ANNA)
    with pytest.raises(PinRejectedError) as wrong:
        client.two_factor.verify(ANNA, other_than(pin))
    assert (wrong.value.tries_remaining, wrong.value.needs_new_pin, wrong.value.reason) == (2, False, "wrong PIN")
    assert pin not in str(wrong.value)
    assert client.two_factor.verify(ANNA, pin).status == "OK"
    with pytest.raises(PinRejectedError) as used:  # a right PIN is used up
        client.two_factor.verify(ANNA, pin)
    assert used.value.tries_remaining == 0 and used.value.needs_new_pin


def test_check_answers_a_bool(sim: Simulator, client: Smsend) -> None:
    client.two_factor.request(MARCO, message_body="Code %PIN%")
    pin = last_pin(sim, MARCO)
    assert client.two_factor.check(MARCO, other_than(pin)) is False
    assert client.two_factor.check(MARCO, pin) is True
    assert client.two_factor.check(MARCO, pin) is False


def test_expired_and_exhausted_pins_need_a_new_one(sim: Simulator, client: Smsend) -> None:
    client.two_factor.request(ANNA, expiry_minutes=5, message_body="Code %PIN%")
    pin = last_pin(sim, ANNA)
    sim.advance(5 * 60)
    with pytest.raises(PinRejectedError) as expired:
        client.two_factor.verify(ANNA, pin)
    assert expired.value.needs_new_pin and expired.value.reason == "the PIN expired"
    client.two_factor.request(ANNA, message_body="Code %PIN%")
    pin = last_pin(sim, ANNA)
    tries = []
    for _ in range(3):
        with pytest.raises(PinRejectedError) as refused:
            client.two_factor.verify(ANNA, other_than(pin))
        tries.append(refused.value.tries_remaining)
    assert tries == [2, 1, 0]
    assert client.two_factor.check(ANNA, pin) is False  # no try left: the right PIN is gone too
    with pytest.raises(PinRejectedError) as never:
        client.two_factor.verify(MARCO, "123456")
    assert never.value.needs_new_pin


def test_http_errors_stay_typed(client: Smsend) -> None:
    with pytest.raises(BadRequestError):
        client.two_factor.request("12", message_body="Code %PIN%")
    with pytest.raises(BadRequestError):
        client.two_factor.request(ANNA, expiry_minutes=0)


def test_a_request_answered_error_raises() -> None:
    with pytest.raises(TwoFactorError, match="not sent: quota") as refused:
        _sent(TwoFactorResult(status="ERROR", error="quota"))
    assert not isinstance(refused.value, PinRejectedError)


def test_async_twin(sim: Simulator) -> None:
    async def main() -> tuple[bool, int | None, bool, bool]:
        transport = Recorder(sim)
        async with AsyncSmsend(base_url=BASE, username=DEMO[0], password=DEMO[1], transport=transport) as client:
            assert isinstance(client.two_factor, AsyncTwoFactor)
            assert (await client.two_factor.request(ANNA, message_body="Code %PIN%")).status == "OK"
            pin = last_pin(sim, ANNA)
            wrong = await client.two_factor.check(ANNA, other_than(pin))
            try:
                await client.two_factor.verify(ANNA, other_than(pin))
                tries = None
            except PinRejectedError as refused:
                tries = refused.tries_remaining
            right = (await client.two_factor.verify(ANNA, pin)).status == "OK"
            again = await client.two_factor.check(ANNA, pin)
            return wrong, tries, right, again

    assert asyncio.run(main()) == (False, 1, True, False)
