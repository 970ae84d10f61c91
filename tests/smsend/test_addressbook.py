"""smsend contacts, contact groups, SMS blacklist and group sends through the typed client."""

from __future__ import annotations

import pytest
from smsend_client import Client
from smsend_client.api.contact_groups import (
    add_contact_to_group,
    create_group,
    delete_group,
    list_groups,
    remove_contact_from_group,
    update_group,
)
from smsend_client.api.contacts import (
    add_contacts,
    blacklist_contact,
    blacklist_contacts,
    blacklist_phone_number,
    get_contact,
    list_contact_fields,
)
from smsend_client.api.sms import get_sms_state, send_sms, send_sms_to_groups
from smsend_client.api.sms_blacklist import add_many_to_blacklist, add_to_blacklist, list_blacklist
from smsend_client.models import (
    BlacklistPage,
    Contact,
    ContactBatch,
    ContactField,
    ContactInput,
    GroupInput,
    GroupList,
    SendGroupSmsRequest,
    SendSmsRequest,
    SendSmsResult,
    SmsState,
)
from smsgw import smsend
from smsgw.errors import BadRequestError, NotFoundError
from smsim import Simulator

from .lowlevel import connect

ANNA, MARCO, LUCA = "+393471234567", "+393477654321", "+393401112233"


@pytest.fixture
def client(sim: Simulator) -> Client:
    return connect(sim)


def new_contact(client: Client, **fields: object) -> str:
    response = smsend.check(add_contacts.sync_detailed(client=client, body=ContactInput.from_dict(dict(fields))))
    assert response.status_code == 201
    return smsend.created_id(response)


def new_group(client: Client, name: str) -> str:
    body = GroupInput(name=name, description=f"{name} group")
    return smsend.created_id(create_group.sync_detailed(client=client, body=body))


def test_contacts_add_read_and_batch(client: Client) -> None:
    group = new_group(client, "Customers")
    anna = new_contact(client, email="anna@example.com", phoneNumber="00393471234567", name="Anna", groupIds=[group])
    contact = smsend.unwrap(get_contact.sync_detailed(anna, client=client), Contact)
    assert (contact.id, contact.phone_number, contact.name, contact.group_ids) == (anna, ANNA, "Anna", [group])
    with pytest.raises(BadRequestError):  # neither e-mail nor phone
        smsend.check(add_contacts.sync_detailed(client=client, body=ContactInput(name="Nobody")))
    with pytest.raises(NotFoundError):
        smsend.check(get_contact.sync_detailed("999999", client=client))
    batch = ContactBatch.from_dict(
        {
            "contacts": [{"phoneNumber": ANNA, "name": "Anna B."}, {"phoneNumber": MARCO}],
            "updateExistingContact": True,
            "keepExistingGroupsAndCampaigns": True,
        }
    )
    assert smsend.check(add_contacts.sync_detailed(client=client, body=batch)).parsed == 2
    updated = smsend.unwrap(get_contact.sync_detailed(anna, client=client), Contact)
    assert (updated.name, updated.group_ids) == ("Anna B.", [group])
    bad = ContactBatch.from_dict({"contacts": [{"phoneNumber": LUCA}, {"phoneNumber": "12"}]})
    with pytest.raises(BadRequestError):  # all or nothing
        smsend.check(add_contacts.sync_detailed(client=client, body=bad))


def test_custom_fields(client: Client) -> None:
    fields = smsend.check(list_contact_fields.sync_detailed(client=client)).parsed
    assert isinstance(fields, list) and all(isinstance(f, ContactField) for f in fields)
    assert [f.name for f in fields] == [f"custom{i}" for i in range(1, 11)]


def test_groups_membership_and_group_send(sim: Simulator, client: Client) -> None:
    customers = new_group(client, "Customers")
    with pytest.raises(BadRequestError):  # names are unique
        smsend.check(create_group.sync_detailed(client=client, body=GroupInput(name="Customers", description="")))
    anna = new_contact(client, phoneNumber=ANNA, groupIds=[customers])
    marco = new_contact(client, phoneNumber=MARCO)
    smsend.check(add_contact_to_group.sync_detailed(customers, marco, client=client))
    body = SendGroupSmsRequest(message_type="N", message="Open at 9", recipient=["Customers"])
    sent = smsend.unwrap(send_sms_to_groups.sync_detailed(client=client, body=body), SendSmsResult)
    assert sent.total_sent == 2
    state = smsend.unwrap(get_sms_state.sync_detailed(sent.order_id, client=client), SmsState)
    assert {r.destination for r in state.recipients} == {ANNA, MARCO}
    smsend.check(remove_contact_from_group.sync_detailed(customers, anna, client=client))
    renamed = GroupInput(name="Regulars", description="Bought twice")
    smsend.check(update_group.sync_detailed(customers, client=client, body=renamed))
    page = smsend.unwrap(list_groups.sync_detailed(client=client), GroupList)
    assert page.page_size == 5 and [(g.id, g.name) for g in page.groups] == [(customers, "Regulars")]
    with pytest.raises(BadRequestError):  # the old name is gone
        smsend.check(send_sms_to_groups.sync_detailed(client=client, body=body))
    smsend.check(delete_group.sync_detailed(customers, client=client, deletecontacts=True))
    with pytest.raises(NotFoundError):
        smsend.check(get_contact.sync_detailed(marco, client=client))
    smsend.unwrap(get_contact.sync_detailed(anna, client=client), Contact)  # was no longer a member


def test_blacklist_refuses_or_skips_sends(client: Client) -> None:
    assert smsend.check(add_to_blacklist.sync_detailed(client=client, phone_number=ANNA)).parsed == "true"
    added = smsend.check(add_many_to_blacklist.sync_detailed(client=client, body=[MARCO, "00393401112233"]))
    assert added.parsed == 2
    with pytest.raises(BadRequestError):
        smsend.check(add_many_to_blacklist.sync_detailed(client=client, body=["+393330000000", "bad"]))
    page = smsend.unwrap(list_blacklist.sync_detailed(client=client, number="+39347"), BlacklistPage)
    assert page.total == 2 and {e.phone_number for e in page.blacklist} == {ANNA, MARCO}
    assert all(e.origin == "API" for e in page.blacklist)
    web_only = smsend.unwrap(list_blacklist.sync_detailed(client=client, origins="WEB,STOPSMS"), BlacklistPage)
    assert web_only.total == 0
    body = SendSmsRequest.from_dict({"message_type": "N", "message": "hi", "recipient": [ANNA, "+393335556666"]})
    with pytest.raises(BadRequestError, match="blacklist"):
        smsend.check(send_sms.sync_detailed(client=client, body=body))
    body.allow_invalid_recipients = True
    sent = smsend.unwrap(send_sms.sync_detailed(client=client, body=body), SendSmsResult)
    state = smsend.unwrap(get_sms_state.sync_detailed(sent.order_id, client=client), SmsState)
    assert {r.destination: r.status for r in state.recipients}[ANNA] == "BLACKLISTED"


def test_blacklist_contacts(client: Client) -> None:
    anna = new_contact(client, phoneNumber=ANNA)
    marco = new_contact(client, phoneNumber=MARCO)
    mail_only = new_contact(client, email="x@example.com")
    assert smsend.check(blacklist_contact.sync_detailed(anna, client=client)).parsed == "true"
    with pytest.raises(BadRequestError):
        smsend.check(blacklist_contact.sync_detailed(mail_only, client=client))
    with pytest.raises(BadRequestError):  # one unknown id: nothing blacklisted
        smsend.check(blacklist_contacts.sync_detailed(client=client, body=[marco, "987654"]))
    assert smsend.check(blacklist_contacts.sync_detailed(client=client, body=[marco])).parsed == 1
    assert smsend.check(blacklist_phone_number.sync_detailed(client=client, phone_number=LUCA)).parsed == "true"
    page = smsend.unwrap(list_blacklist.sync_detailed(client=client, page_size=2), BlacklistPage)
    assert page.total == 3 and len(page.blacklist) == 2
