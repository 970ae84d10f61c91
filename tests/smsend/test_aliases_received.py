"""smsend sender aliases (with approval through the control plane) and received SMS."""

from __future__ import annotations

import pytest
from smsend_client import Client
from smsend_client.api.received_sms import (
    get_mo_sms_history,
    get_new_received_sms,
    get_new_received_sms_on_sims,
    get_received_sms_after,
    get_received_sms_history,
    get_received_sms_history_on_sims,
)
from smsend_client.api.sender_aliases import create_alias, delete_alias, get_alias, list_aliases
from smsend_client.api.sms import send_sms
from smsend_client.models import (
    Alias,
    AliasList,
    AliasRequest,
    MoSmsPage,
    ReceivedSmsList,
    ReceivedSmsPage,
    SendSmsRequest,
    SendSmsResult,
)
from smsgw import smsend
from smsgw.errors import BadRequestError, NotFoundError
from smsim import Simulator

from .lowlevel import alias_data, connect

SIM_A, SIM_B, ANNA = "+393400000001", "+393400000002", "+393471234567"


@pytest.fixture
def client(sim: Simulator) -> Client:
    return connect(sim)


def control(sim: Simulator, action: str, payload: dict[str, object]) -> dict[str, object]:
    """A POST action of the control plane (``/_sim/smsend/<action>``), in process."""
    result = sim.control.call("POST", f"smsend/{action}", dict(payload))
    assert isinstance(result, dict)
    return result


def alias_request(name: str) -> AliasRequest:
    return AliasRequest(alias=alias_data(name))


def send_from(client: Client, sender: str) -> SendSmsResult:
    body = SendSmsRequest.from_dict({"message_type": "N", "message": "hi", "recipient": [ANNA], "sender": sender})
    return smsend.unwrap(send_sms.sync_detailed(client=client, body=body), SendSmsResult)


def test_alias_is_usable_only_once_approved(sim: Simulator, client: Client) -> None:
    alias = smsend.unwrap(create_alias.sync_detailed(client=client, body=alias_request("MyShop")), Alias)
    assert (alias.alias, alias.alias_state) == ("MyShop", 0)
    with pytest.raises(BadRequestError):  # unique per account
        smsend.check(create_alias.sync_detailed(client=client, body=alias_request("MyShop")))
    with pytest.raises(BadRequestError, match="SENDER_NOT_ALLOWED"):
        send_from(client, "MyShop")
    hidden = smsend.unwrap(list_aliases.sync_detailed(client=client, hide_not_approved=True), AliasList)
    assert hidden.total == 0
    control(sim, "aliases/state", {"id": alias.id, "state": 2})  # confirmed by AGCOM
    assert smsend.unwrap(get_alias.sync_detailed(alias.id, client=client), Alias).alias_state == 2
    assert send_from(client, "MyShop").total_sent == 1
    listed = smsend.unwrap(list_aliases.sync_detailed(client=client, hide_not_approved=True), AliasList)
    assert [a.alias for a in listed.aliases] == ["MyShop"]
    control(sim, "aliases/state", {"id": alias.id, "state": 4})  # blocked by AGCOM
    with pytest.raises(BadRequestError):
        send_from(client, "MyShop")
    smsend.check(delete_alias.sync_detailed(alias.id, client=client))
    with pytest.raises(NotFoundError):
        smsend.check(get_alias.sync_detailed(alias.id, client=client))
    with pytest.raises(BadRequestError):  # not an alphanumeric sender
        smsend.check(create_alias.sync_detailed(client=client, body=alias_request("!!")))


def test_new_received_messages_advance_a_cursor_per_sim(sim: Simulator, client: Client) -> None:
    first = int(str(control(sim, "received", {"sim": SIM_A, "sender": ANNA, "text": "Hello"})["id_message"]))
    control(sim, "received", {"sim": SIM_B, "sender": ANNA, "text": "Other SIM"})
    only_a = smsend.unwrap(get_new_received_sms_on_sims.sync_detailed(SIM_A, client=client), ReceivedSmsList)
    assert [(m.id_message, m.sms_text) for m in only_a.srsmshistory] == [(first, "Hello")]
    everything = smsend.unwrap(get_new_received_sms.sync_detailed(client=client), ReceivedSmsList)
    assert [m.sms_text for m in everything.srsmshistory] == ["Other SIM"]  # SIM_A's was fetched already
    assert smsend.unwrap(get_new_received_sms.sync_detailed(client=client), ReceivedSmsList).srsmshistory == []
    for i in range(3):
        control(sim, "received", {"sim": SIM_A, "sender": ANNA, "text": f"m{i}"})
    limited = smsend.unwrap(get_new_received_sms.sync_detailed(client=client, limit=2), ReceivedSmsList)
    assert [m.sms_text for m in limited.srsmshistory] == ["m0", "m1"]
    after = smsend.unwrap(get_received_sms_after.sync_detailed(SIM_A, first, client=client), ReceivedSmsList)
    assert [m.sms_text for m in after.srsmshistory] == ["m0", "m1", "m2"]


def test_received_history_by_range_and_sims(sim: Simulator, client: Client) -> None:
    start = sim.clock.datetime().strftime("%Y%m%d%H%M%S")
    control(sim, "received", {"sim": SIM_A, "sender": ANNA, "text": "one"})
    sim.advance(60)
    control(sim, "received", {"sim": SIM_B, "sender": ANNA, "text": "two"})
    page = smsend.unwrap(
        get_received_sms_history.sync_detailed(client=client, from_=start, timezone="UTC"), ReceivedSmsPage
    )
    assert page.total == 2 and [m.sms_text for m in page.srsmshistory] == ["two", "one"]
    on_b = smsend.unwrap(
        get_received_sms_history_on_sims.sync_detailed(SIM_B, client=client, from_=start, timezone="UTC"),
        ReceivedSmsPage,
    )
    assert [m.id_sim for m in on_b.srsmshistory] == [SIM_B]
    with pytest.raises(BadRequestError):
        smsend.check(get_received_sms_history_on_sims.sync_detailed("+39,12", client=client, from_=start))


def test_mo_messages_by_type(sim: Simulator, client: Client) -> None:
    control(sim, "received", {"sim": "+33600000001", "sender": "+33612345678", "text": "STOP", "type": "STOP"})
    control(sim, "received", {"sim": "+33600000001", "sender": "+33612345679", "text": "Call me", "type": "CONTACT"})
    stops = smsend.unwrap(get_mo_sms_history.sync_detailed(client=client, type_="STOP"), MoSmsPage)
    assert [(m.sms_text, m.type_) for m in stops.mosmshistory] == [("STOP", "STOP")]
    # MO messages are not received SMS of the reception SIMs.
    assert smsend.unwrap(get_new_received_sms.sync_detailed(client=client), ReceivedSmsList).srsmshistory == []
