"""The example apps' own tests, written as an app developer would: the fixtures come from the
simulator's pytest plugin (installed with ``sms-gateways[simulator]``; no conftest needed).

Run them with ``pytest examples/test_apps.py`` (the async ones use anyio's pytest plugin, which
comes with httpx).
"""

from __future__ import annotations

import pytest
import smsend_app
import smshosting_app
from pytest_smsim import SimulatorControl
from smsgw import AsyncSmsend, AsyncSmshosting, Smsend, Smshosting, errors

NOWHERE = "http://127.0.0.1:9/sms-status"  # a loopback URL nobody listens on: reports are still recorded


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_smshosting_tasks(smshosting_client: Smshosting, smsim_control: SimulatorControl) -> None:
    lines = smshosting_app.tasks(smshosting_client, NOWHERE)
    assert lines == [f"{number} SENT" for number in smshosting_app.TEAM] + ["refused: NO_VALID_RECIPIENT"]

    smsim_control.advance(60)  # the frozen clock moves: the SMS are delivered, the reports go out
    reports = [r for r in smsim_control.delivery_reports() if r["url"] == NOWHERE]
    assert sorted(smshosting_app.on_status_callback(r["body"].encode()) for r in reports) == [
        f"{number} DELIVERED" for number in smshosting_app.TEAM
    ]


def test_smshosting_fault(smshosting_client: Smshosting, smsim_control: SimulatorControl) -> None:
    smsim_control.fault("smshosting", "sendSms", status=500)  # a status the spec declares for it
    with pytest.raises(errors.APIStatusError) as refused:
        smshosting_client.sms.send(to=["393401110001"], text="hello")
    assert refused.value.status_code == 500
    assert smshosting_client.sms.send(to=["393401110001"], text="hello").sms_inserted == 1  # count=1: once


def test_smshosting_inbound_sms(smshosting_client: Smshosting, smsim_control: SimulatorControl) -> None:
    smsim_control.inbound_sms("393331112222", "STOP")
    received = smshosting_client.inbound_sms.search(from_=["393331112222"])
    assert [(sms.from_, sms.text) for sms in received] == [("393331112222", "STOP")]


@pytest.mark.anyio
async def test_smshosting_tasks_async(async_smshosting_client: AsyncSmshosting) -> None:
    lines = await smshosting_app.async_tasks(async_smshosting_client, NOWHERE)
    assert lines == [f"{number} SENT" for number in smshosting_app.TEAM] + ["refused: NO_VALID_RECIPIENT"]


def test_smsend_tasks(smsend_client: Smsend) -> None:
    lines = smsend_app.tasks(smsend_client, "anna")
    assert lines[0] == "anna: 100 SMS"
    assert any(line.endswith(" anna") for line in lines[1:])
    assert smsend_app.check_credentials(smsend_client) == f"{len(lines) - 1} subaccounts"


@pytest.mark.anyio
async def test_smsend_tasks_async(async_smsend_client: AsyncSmsend) -> None:
    lines = await smsend_app.async_tasks(async_smsend_client, "bruno")
    assert lines[0] == "bruno: 100 SMS"


def test_each_test_has_a_fresh_simulator_on_a_frozen_clock(
    smsend_client: Smsend, smsim_control: SimulatorControl
) -> None:
    assert smsend_app.check_credentials(smsend_client) == "0 subaccounts"  # nothing left from the tests above
    now = smsim_control.simulator.clock.now()
    assert smsim_control.simulator.clock.now() == now
    assert smsim_control.advance(5) == now + 5
