"""Every operation of both specs has a simulator handler: no operation answers 'not simulated'."""

from __future__ import annotations

from smsim import Simulator
from smsim.apis.smsend import SmsendApi
from smsim.apis.smshosting import SmshostingApi


def test_every_operation_is_simulated() -> None:
    sim = Simulator()
    hosting = sim.api(SmshostingApi)
    assert hosting.missing_handlers == set()
    assert len(hosting.spec.operations) == 77
    assert len(sim.api(SmsendApi).spec.operations) == 12  # smsend checks this itself at start-up
