"""Forms the sources disagree on (spec decisions S24-S29): ids as JSON numbers or strings of
digits, and the create-alias path with or without its trailing slash.

Every answer goes through the spec-checked transport (``book``), so each form is also proved
valid under ``spec/smshosting.yaml``.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from smsgw import Smshosting, smshosting
from smshosting_client import Client
from smshosting_client.api.aliases import create_alias, list_aliases
from smshosting_client.api.inbound_sms import list_receiving_services, search_received_sms
from smshosting_client.api.reseller import create_subaccount, get_subaccount
from smshosting_client.api.sms import search_sms, send_sms
from smshosting_client.models import (
    Alias,
    CreateAliasRequest,
    CreateSubaccountRequest,
    ReceivedSmsSearchResponse,
    SendSmsRequest,
    SendSmsResponse,
    SentSmsSearchResponse,
    Subaccount,
)
from smsim import Simulator
from smsim.testing import DEMO, SMSHOSTING_URL, SpecCheckedTransport

from ..typed import items_of, listed

ALIAS_FIELDS = {
    "alias": "ACMECompany",
    "businessname": "ACME Company",
    "address": "via Roma, 1",
    "city": "Belluno",
    "postcode": "32100",
    "province": "BL",
    "country": "IT",
    "vatnumber": "01010101251",
    "email": "info@acme.example",
    "phone": "043700000",
    "taxcode": "01010101251",
    "pec": "acme@pec.example",
}


@pytest.fixture
def book(client: Smshosting) -> Client:
    """The low-level generated client under the typed one (the forms are checked at the wire)."""
    return client.generated


def test_create_alias_answers_with_and_without_the_trailing_slash(book: Client, hosting_sim: Simulator) -> None:
    created = smshosting.unwrap(create_alias.sync_detailed(client=book, body=CreateAliasRequest(**ALIAS_FIELDS)), Alias)
    with httpx.Client(transport=SpecCheckedTransport(hosting_sim)) as http:  # the Postman/PHP form
        slashed = http.post(
            f"{SMSHOSTING_URL}/alias/",
            data={**ALIAS_FIELDS, "alias": "ACMEShop"},
            auth=(DEMO.smshosting_key, DEMO.smshosting_secret),
        )
    assert slashed.status_code == 200 and slashed.json()["alias"] == "ACMEShop"
    listed_aliases = items_of(smshosting.check(list_aliases.sync_detailed(client=book)).parsed)
    assert {a.alias for a in listed_aliases} == {created.alias, "ACMEShop"}


@pytest.mark.parametrize("form", ["number", "string"])
def test_ids_in_either_json_form_parse_and_pass_back(book: Client, hosting_sim: Simulator, form: str) -> None:
    assert hosting_sim.control.call("POST", "smshosting/numeric-ids", {"form": form}) == {"form": form}
    kind: type[Any] = int if form == "number" else str

    sent = smshosting.unwrap(
        send_sms.sync_detailed(client=book, body=SendSmsRequest(to="393480000001", text="hi", transaction_id="t-1")),
        SendSmsResponse,
    )
    sms_ids = [s.id for s in listed(sent.sms)]
    assert sms_ids and all(isinstance(i, kind) for i in sms_ids)
    found = smshosting.unwrap(search_sms.sync_detailed(client=book, id=str(sms_ids[0])), SentSmsSearchResponse)
    assert [str(s.id) for s in found.sms_list] == [str(sms_ids[0])] and isinstance(found.sms_list[0].id, kind)

    service = items_of(smshosting.check(list_receiving_services.sync_detailed(client=book)).parsed)[0]
    assert isinstance(service.id, kind)
    hosting_sim.control.call(
        "POST", "smshosting/inbound", {"auth_key": DEMO.smshosting_key, "from": "+393450000000", "text": "Ciao"}
    )
    received = smshosting.unwrap(
        search_received_sms.sync_detailed(client=book, sim_id_ref=service.id), ReceivedSmsSearchResponse
    )
    assert [s.text for s in received.sms_list] == ["Ciao"]
    assert isinstance(received.sms_list[0].sim_id, kind) and str(received.sms_list[0].sim_id) == str(service.id)

    body = CreateSubaccountRequest(
        username="mariorossi", password="Sono!+Pass", name="Mario", lastname="Rossi", email="mario@example.org"
    )
    sub = smshosting.unwrap(create_subaccount.sync_detailed(client=book, body=body), Subaccount)
    assert isinstance(sub.id, kind)
    again = smshosting.unwrap(get_subaccount.sync_detailed(sub.id, client=book), Subaccount)  # passed back as is
    assert str(again.id) == str(sub.id) and again.username == "mariorossi"


def test_the_documented_forms_come_back_after_a_reset(book: Client, hosting_sim: Simulator) -> None:
    hosting_sim.control.call("POST", "smshosting/numeric-ids", {"form": "string"})
    hosting_sim.reset()
    sent = smshosting.unwrap(
        send_sms.sync_detailed(client=book, body=SendSmsRequest(to="393480000001", text="hi")), SendSmsResponse
    )
    assert all(isinstance(s.id, int) for s in listed(sent.sms))  # SMS ids: numbers, as in every sample
    service = items_of(smshosting.check(list_receiving_services.sync_detailed(client=book)).parsed)[0]
    assert isinstance(service.id, str)  # inbound service ids: strings, as in the saved sample
    with pytest.raises(Exception, match="form must be one of"):
        hosting_sim.control.call("POST", "smshosting/numeric-ids", {"form": "hex"})
