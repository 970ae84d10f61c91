"""Contacts, contact lists, custom fields, bulk import and GDPR through the typed client.

Every answer goes through ``SpecCheckedTransport`` (conftest), which validates it against the
response schema of its operation in ``spec/smshosting.yaml``.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from smsgw import smshosting
from smsgw.errors import BadRequestError, NotFoundError
from smshosting_client import Client
from smshosting_client.api.contact_lists import (
    create_group,
    delete_group,
    get_group,
    list_group_contacts,
    list_groups,
    update_group,
)
from smshosting_client.api.contacts import (
    add_contact_to_groups,
    create_contact,
    delete_contact,
    get_contact,
    get_contacts_bulk_status,
    remove_contact_from_groups,
    search_contacts,
    update_contact,
    upload_contacts_bulk,
)
from smshosting_client.api.custom_fields import list_custom_fields
from smshosting_client.api.gdpr import (
    add_contact_gdpr_consent,
    get_contact_gdpr_history,
    list_gdpr_consents,
    list_privacy_policies,
    remove_contact_gdpr_consent,
)
from smshosting_client.models import (
    Contact,
    ContactCreateInput,
    ContactGdprConsentAddInput,
    ContactGdprConsentRemoveInput,
    ContactGdprInfo,
    ContactGroup,
    ContactGroupInput,
    ContactGroupsInput,
    ContactsBulkStatus,
    ContactsBulkUploadInput,
    ContactsBulkUploadResult,
    ContactSearchResult,
    ContactUpdateInput,
    GdprConsentListResponse,
    PrivacyPolicyListResponse,
)
from smshosting_client.types import UNSET, File
from smsim import Simulator
from smsim.apis.smshosting import SmshostingApi

from ..typed import given, items_of, listed


def new_contact(client: Client, name: str, msisdn: str | None = None, **extra: str) -> Contact:
    body = ContactCreateInput(name=name, msisdn=msisdn if msisdn is not None else UNSET)
    for key, value in extra.items():
        if key in ("lastname", "email", "groups_id", "custom_field_unique_key"):
            setattr(body, key, value)
        else:
            body[key] = value
    return smshosting.unwrap(create_contact.sync_detailed(client=client, body=body), Contact)


def new_group(client: Client, name: str) -> ContactGroup:
    return smshosting.unwrap(create_group.sync_detailed(client=client, body=ContactGroupInput(name=name)), ContactGroup)


def error_of(call: Any, *args: Any, **kwargs: Any) -> tuple[int, str | None]:
    """(status, errorMsg) of a call expected to fail."""
    with pytest.raises((BadRequestError, NotFoundError)) as caught:
        call(*args, **kwargs)
    return caught.value.status_code, caught.value.code


def csv_file(text: str) -> ContactsBulkUploadInput:
    return ContactsBulkUploadInput(
        file=File(payload=io.BytesIO(text.encode()), file_name="c.csv", mime_type="text/csv")
    )


# -- custom fields and contact views ---------------------------------------------------------


def test_custom_fields_are_seeded_and_used_by_contacts(book: Client) -> None:
    fields = smshosting.check(list_custom_fields.sync_detailed(client=book)).parsed
    assert isinstance(fields, list)
    keys = {f.field_key: f for f in fields}
    assert set(keys) == {"f_indirizzo", "f_cap", "f_compleanno", "f_taglia"}
    assert all(f.id.isdigit() for f in fields)
    assert [o.option_value for o in listed(keys["f_taglia"].field_options)] == ["S", "M", "L"]

    friends = new_group(book, "Friends")
    created = new_contact(
        book,
        "Mario",
        "393480000000",
        lastname="Rossi",
        groups_id=str(friends.id),
        f_indirizzo="via Roma 1",
        f_cap="30100",
    )
    # The create answer is the sample's view: no email and no groups.
    assert created.email is UNSET and created.groups is UNSET
    assert {(c.field_key, c.field_value) for c in listed(created.custom_fields)} == {
        ("f_indirizzo", "via Roma 1"),
        ("f_cap", "30100"),
    }

    detail = smshosting.unwrap(get_contact.sync_detailed(created.id, client=book), Contact)
    assert (detail.name, detail.lastname, detail.msisdn) == ("Mario", "Rossi", "393480000000")
    assert [(g.id, g.name) for g in listed(detail.groups)] == [(friends.id, "Friends")]
    assert {c.field_name for c in listed(detail.custom_fields)} == {"Indirizzo", "CAP"}

    # Partial update: other fields keep their value, "" clears a custom field, groupsId replaces.
    other = new_group(book, "Business")
    change = ContactUpdateInput(email="mario@example.com", groups_id=str(other.id))
    change["f_cap"] = ""
    change["f_taglia"] = "M"
    assert smshosting.check(update_contact.sync_detailed(created.id, client=book, body=change)).status_code == 204
    detail = smshosting.unwrap(get_contact.sync_detailed(created.id, client=book), Contact)
    assert (detail.name, detail.email) == ("Mario", "mario@example.com")
    assert [g.name for g in listed(detail.groups)] == ["Business"]
    assert {(c.field_key, c.field_value) for c in listed(detail.custom_fields)} == {
        ("f_indirizzo", "via Roma 1"),
        ("f_taglia", "M"),
    }


def test_contact_rules_and_errors(book: Client) -> None:
    mario = new_contact(book, "Mario", "393480000000", email="mario@example.com")
    assert error_of(new_contact, book, "Luigi", "393480000000") == (400, "CONTACT_ALREADY_EXISTS")
    # Unique by e-mail instead: the same number is fine, the same e-mail is not.
    new_contact(book, "Luigi", "393480000000", email="luigi@example.com", custom_field_unique_key="email")
    assert error_of(new_contact, book, "Anna", email="MARIO@example.com", custom_field_unique_key="email") == (
        400,
        "CONTACT_ALREADY_EXISTS",
    )
    assert error_of(new_contact, book, "Anna", "393400000009", groups_id="999999") == (400, "BAD_CONTACT_GROUP")
    assert error_of(new_contact, book, "Anna", "393400000009", country="Italy") == (400, "BAD_CONTACT_COUNTRY")
    assert error_of(new_contact, book, "Anna", "393400000009", f_cap="abc") == (400, "BAD_PARAMS")
    assert error_of(new_contact, book, "Anna", "393400000009", f_unknown="x") == (400, "BAD_PARAMS")
    assert error_of(new_contact, book, "   ", "393400000009") == (400, "BAD_CONTACT_NAME")
    # An update that would collide with another contact is refused; the contact is unchanged.
    anna = new_contact(book, "Anna", "393400000009")
    clash = ContactUpdateInput(msisdn="393480000000")
    assert error_of(update_contact.sync_detailed, anna.id, client=book, body=clash)[1] == "CONTACT_ALREADY_EXISTS"
    assert smshosting.unwrap(get_contact.sync_detailed(anna.id, client=book), Contact).msisdn == "393400000009"

    assert smshosting.check(delete_contact.sync_detailed(mario.id, client=book)).status_code == 204
    assert error_of(get_contact.sync_detailed, mario.id, client=book) == (404, "NOT_FOUND")
    assert error_of(delete_contact.sync_detailed, mario.id, client=book) == (404, "NOT_FOUND")
    body = ContactUpdateInput(name="Ghost")
    assert error_of(update_contact.sync_detailed, mario.id, client=book, body=body) == (404, "NOT_FOUND")


def test_search_contacts_filters_and_paging(book: Client) -> None:
    for i in range(25):
        new_contact(book, f"Name{i:02d}", f"3934000000{i:02d}", lastname="Bianchi" if i % 5 == 0 else "Verdi")
    new_contact(book, "Mario", "393480000000", lastname="Rossi", email="mario@example.com", f_cap="30100")

    def search(**params: Any) -> list[Contact]:
        return list(smshosting.paginate(search_contacts, book, "contacts", limit=7, **params))

    everyone = search()
    assert len(everyone) == 26 and len({c.id for c in everyone}) == 26
    assert [c.name for c in search(name="rossi")] == ["Mario"]
    assert [c.name for c in search(name="Mario Rossi")] == ["Mario"]
    assert len(search(name="bianchi")) == 5
    assert [c.name for c in search(msisdn="393400000007")] == ["Name07"]
    assert [c.name for c in search(email="MARIO@example.com")] == ["Mario"]
    assert [c.name for c in search(field_key="f_cap", field_value="30100")] == ["Mario"]
    assert [c.name for c in search(field_key="lastname", field_value="rossi")] == ["Mario"]
    assert search(name="nobody") == []

    page = smshosting.unwrap(search_contacts.sync_detailed(client=book, offset=20, limit=5), ContactSearchResult)
    assert isinstance(page.contacts, list)
    assert (page.metadata.count, page.metadata.offset, page.metadata.limit, len(page.contacts)) == (26, 20, 5, 5)
    assert error_of(search_contacts.sync_detailed, client=book, field_key="f_cap") == (400, "NO_PARAMS")


# -- contact lists ---------------------------------------------------------------------------


def test_lists_membership_and_views(book: Client) -> None:
    friends = new_group(book, "Friends")
    assert (friends.name, friends.contact_count) == ("Friends", 0)
    assert error_of(new_group, book, "friends") == (400, "GROUP_ALREADY_EXISTS")
    assert error_of(new_group, book, "   ") == (400, "BAD_GROUP_NAME")
    work = new_group(book, "Work")

    people = [
        new_contact(
            book, f"P{i}", f"39340000010{i}", address="via Italia 1", city="Roma", postCode="00144", country="it"
        )
        for i in range(5)
    ]
    for person in people:
        body = ContactGroupsInput(groups_id=f"{friends.id},{work.id}")
        assert (
            smshosting.check(add_contact_to_groups.sync_detailed(person.id, client=book, body=body)).status_code == 204
        )
    body = ContactGroupsInput(groups_id=str(work.id))
    smshosting.check(remove_contact_from_groups.sync_detailed(people[0].id, client=book, body=body))
    bad = ContactGroupsInput(groups_id="424242")
    assert error_of(add_contact_to_groups.sync_detailed, people[0].id, client=book, body=bad) == (
        400,
        "BAD_CONTACT_GROUP",
    )
    assert error_of(remove_contact_from_groups.sync_detailed, 1, client=book, body=body) == (404, "NOT_FOUND")

    groups = items_of(smshosting.check(list_groups.sync_detailed(client=book)).parsed)
    assert [(g.name, g.contact_count) for g in groups] == [("Friends", 5), ("Work", 4)]
    assert smshosting.unwrap(get_group.sync_detailed(work.id, client=book), ContactGroup).contact_count == 4

    rename = ContactGroupInput(name="Colleagues")
    assert smshosting.check(update_group.sync_detailed(work.id, client=book, body=rename)).status_code == 204
    assert error_of(update_group.sync_detailed, work.id, client=book, body=ContactGroupInput(name="Friends")) == (
        400,
        "GROUP_ALREADY_EXISTS",
    )
    assert smshosting.unwrap(get_group.sync_detailed(work.id, client=book), ContactGroup).name == "Colleagues"

    members = list(smshosting.paginate(list_group_contacts, book, "contacts", limit=2, list_id=friends.id))
    assert [m.msisdn for m in members] == [p.msisdn for p in people]
    first = members[0]
    # The list view: no id, address fields, postCode as a number, groups by name.
    assert (first.address, first.city, first.post_code, first.country) == ("via Italia 1", "Roma", 144, "IT")
    assert [g.name for g in first.groups] == ["Friends"]
    assert [g.name for g in members[1].groups] == ["Friends", "Colleagues"]
    assert error_of(list_group_contacts.sync_detailed, 777, client=book) == (404, "NOT_FOUND")
    assert error_of(get_group.sync_detailed, 777, client=book) == (404, "NOT_FOUND")


def test_delete_list_keeps_or_deletes_its_contacts(book: Client) -> None:
    keep, purge = new_group(book, "Keep"), new_group(book, "Purge")
    kept = [new_contact(book, f"K{i}", f"39340000020{i}", groups_id=str(keep.id)) for i in range(3)]
    doomed = [new_contact(book, f"D{i}", f"39340000030{i}", groups_id=f"{purge.id},{keep.id}") for i in range(2)]
    outsider = new_contact(book, "Out", "393400000400")

    # Default: the list goes, its contacts stay (and leave the list).
    assert smshosting.check(delete_group.sync_detailed(keep.id, client=book)).status_code == 204
    assert error_of(get_group.sync_detailed, keep.id, client=book) == (404, "NOT_FOUND")
    survivor = smshosting.unwrap(get_contact.sync_detailed(kept[0].id, client=book), Contact)
    assert survivor.groups == []
    assert [
        g.name for g in listed(smshosting.unwrap(get_contact.sync_detailed(doomed[0].id, client=book), Contact).groups)
    ] == ["Purge"]

    # delete_contacts=true: the contacts of the list are deleted too, nobody else.
    smshosting.check(delete_group.sync_detailed(purge.id, client=book, delete_contacts=True))
    for contact in doomed:
        assert error_of(get_contact.sync_detailed, contact.id, client=book) == (404, "NOT_FOUND")
    remaining = {c.id for c in smshosting.paginate(search_contacts, book, "contacts")}
    assert remaining == {*(c.id for c in kept), outsider.id}
    assert error_of(delete_group.sync_detailed, purge.id, client=book) == (404, "NOT_FOUND")


def test_group_recipients_for_the_messaging_area(hosting_sim: Simulator, book: Client, new_tenant: Any) -> None:
    api = hosting_sim.api(SmshostingApi)
    demo = api.accounts.by_key["demo-auth-key"]
    group = new_group(book, "Newsletter")
    new_contact(book, "A", "393400000501", groups_id=str(group.id), email="a@example.com")
    new_contact(book, "B", "393400000502", groups_id=str(group.id))
    new_contact(book, "NoNumber", groups_id=str(group.id), email="nn@example.com")
    new_contact(book, "Elsewhere", "393400000503")
    assert api.book.group_recipients(demo, group.id) == ["393400000501", "393400000502"]
    assert api.book.group_recipients(demo, str(group.id)) == ["393400000501", "393400000502"]
    assert api.book.group_emails(demo, group.id) == ["a@example.com", "nn@example.com"]
    assert api.book.group_recipients(demo, 999_999) is None
    assert api.book.group_recipients(demo, "x1") is None
    _, other = new_tenant("other-tenant")
    assert api.book.group_recipients(other, group.id) is None


def test_sms_to_a_list_reaches_its_contacts(hosting_sim: Simulator, book: Client) -> None:
    api = hosting_sim.api(SmshostingApi)
    if "sendSms" not in api.handlers:
        pytest.skip("the messaging area does not simulate sendSms yet")
    from smshosting_client.api.sms import send_sms
    from smshosting_client.models import SendSmsResponse

    group = new_group(book, "Customers")
    new_contact(book, "A", "393400000601", groups_id=str(group.id))
    new_contact(book, "B", "393400000602", groups_id=str(group.id))
    sent = smshosting.unwrap(
        send_sms.sync_detailed(client=book, body=smshosting.sms([], "Ciao", group=[group.id], sandbox=True)),
        SendSmsResponse,
    )
    assert sorted(s.to for s in listed(sent.sms)) == ["393400000601", "393400000602"]


# -- bulk import -----------------------------------------------------------------------------


def test_bulk_upload_is_processed_in_the_background(hosting_sim: Simulator, book: Client) -> None:
    status = smshosting.unwrap(get_contacts_bulk_status.sync_detailed(client=book), ContactsBulkStatus)
    assert (status.progress, status.free) == ("0%", True)
    new_contact(book, "Existing", "393400000702")
    group = new_group(book, "Imported")
    rows = [
        "name,lastname,msisdn,email,f_cap,groupsId",
        f"Anna,Verdi,393400000701,anna@example.com,30100,{group.id}",
        "Bruno,Neri,393400000702,,,",  # row 3: duplicate number
        "Carla,,12,,,",  # row 4: bad number
        "Dario,Blu",  # row 5: wrong number of columns
        "",  # blank line: ignored
        ",NoName,393400000706,,,",  # row 7: no name
        "Elena,,393400000707,,not-a-number,",  # row 8: bad custom value
        f'"Fabio, Jr",Gialli,393400000708,,,"{group.id}"',
        "Gina,,393400000709,,,999999",  # row 10: unknown list
    ]
    upload = upload_contacts_bulk.sync_detailed(client=book, body=csv_file("\n".join(rows) + "\n"))
    assert smshosting.unwrap(upload, ContactsBulkUploadResult).status == "SUBMITTED"

    status = smshosting.unwrap(get_contacts_bulk_status.sync_detailed(client=book), ContactsBulkStatus)
    assert (status.progress, status.free) == ("0%", False)
    busy = upload_contacts_bulk.sync_detailed(client=book, body=csv_file("name\nZed\n"))
    assert smshosting.unwrap(busy, ContactsBulkUploadResult).status == "BUSY"
    assert list(smshosting.paginate(search_contacts, book, "contacts", name="Anna")) == []

    hosting_sim.advance(1)
    status = smshosting.unwrap(get_contacts_bulk_status.sync_detailed(client=book), ContactsBulkStatus)
    assert status.free is False and 0 < int(status.progress.rstrip("%")) < 100

    hosting_sim.advance(1.5)
    status = smshosting.unwrap(get_contacts_bulk_status.sync_detailed(client=book), ContactsBulkStatus)
    assert (status.progress, status.free) == ("100%", True)
    failed = dict(item.split(":", 1) for item in given(status.last_error).split("|") if item)
    assert sorted(failed, key=int) == ["3", "4", "5", "7", "8", "10"]
    assert "already" in failed["3"] and "columns" in failed["5"]

    imported = {c.name: c for c in smshosting.paginate(search_contacts, book, "contacts")}
    assert set(imported) == {"Existing", "Anna", "Fabio, Jr"}
    assert [g.name for g in imported["Anna"].groups] == ["Imported"]
    assert [(c.field_key, c.field_value) for c in imported["Anna"].custom_fields] == [("f_cap", "30100")]
    assert smshosting.unwrap(get_group.sync_detailed(group.id, client=book), ContactGroup).contact_count == 2

    # Once finished, a new upload is accepted again; files that are not valid are rejected whole.
    for bad, reason in (
        ("msisdn,colour\n393400000800,red\n", "unknown column"),
        ("msisdn\n393400000800\n", "name column"),
        ("", "empty"),
    ):
        answer = smshosting.unwrap(
            upload_contacts_bulk.sync_detailed(client=book, body=csv_file(bad)), ContactsBulkUploadResult
        )
        assert answer.status == "REJECT" and reason in given(answer.error)
    latin1 = ContactsBulkUploadInput(
        file=File(payload=io.BytesIO("name\nNiccolò\n".encode("latin-1")), file_name="x.csv")
    )
    assert (
        smshosting.unwrap(upload_contacts_bulk.sync_detailed(client=book, body=latin1), ContactsBulkUploadResult).status
        == "REJECT"
    )


# -- GDPR ------------------------------------------------------------------------------------


def test_consents_keep_their_history(hosting_sim: Simulator, book: Client) -> None:
    policies = smshosting.unwrap(list_privacy_policies.sync_detailed(client=book), PrivacyPolicyListResponse)
    consents = smshosting.unwrap(list_gdpr_consents.sync_detailed(client=book), GdprConsentListResponse)
    assert len(policies.privacy_list) == 2 and len(consents.consent_list) == 3
    policy, marketing = policies.privacy_list[0], consents.consent_list[0]
    contact = new_contact(book, "Mario", "393480000000")

    empty = smshosting.unwrap(get_contact_gdpr_history.sync_detailed(contact.id, client=book), ContactGdprInfo)
    assert empty.gdpr_contact_info == []

    grant = ContactGdprConsentAddInput(id=policy.id, insert_date="2026-09-01T10:00:00+0200")
    after = smshosting.unwrap(
        add_contact_gdpr_consent.sync_detailed("privacy", contact.id, client=book, body=grant), ContactGdprInfo
    )
    assert [(r.consent_type, r.consent_id, r.granted) for r in after.gdpr_contact_info] == [
        ("PRIVACY", policy.id, True)
    ]
    assert after.gdpr_contact_info[0].insert_date == "2026-09-01T10:00:00+0200"
    assert after.gdpr_contact_info[0].consent_title == policy.vers

    hosting_sim.advance(60)
    body = ContactGdprConsentAddInput(id=marketing.id)
    smshosting.check(add_contact_gdpr_consent.sync_detailed("consent", contact.id, client=book, body=body))
    hosting_sim.advance(60)
    withdraw = ContactGdprConsentRemoveInput(id=marketing.id)
    after = smshosting.unwrap(
        remove_contact_gdpr_consent.sync_detailed("consent", contact.id, client=book, body=withdraw), ContactGdprInfo
    )
    history = smshosting.unwrap(get_contact_gdpr_history.sync_detailed(contact.id, client=book), ContactGdprInfo)
    assert history.to_dict() == after.to_dict()
    rows = [(r.consent_type, r.consent_id, r.granted) for r in history.gdpr_contact_info]
    # Newest first: the withdrawal, the grant, then the privacy acceptance of September 1st.
    assert rows == [("CONSENT", marketing.id, False), ("CONSENT", marketing.id, True), ("PRIVACY", policy.id, True)]
    assert history.gdpr_contact_info[0].consent_title == marketing.description
    # The current state (getContactGdprConsents): the newest record of each item.
    current: dict[tuple[str, int], bool] = {}
    for record in history.gdpr_contact_info:
        current.setdefault((record.consent_type, record.consent_id), record.granted)
    assert current == {("CONSENT", marketing.id): False, ("PRIVACY", policy.id): True}

    assert error_of(get_contact_gdpr_history.sync_detailed, 1, client=book) == (400, "CONTACT_NOT_EXISTS")
    assert error_of(add_contact_gdpr_consent.sync_detailed, "consent", 1, client=book, body=body) == (
        400,
        "CONTACT_NOT_EXISTS",
    )
    assert error_of(remove_contact_gdpr_consent.sync_detailed, "consent", 1, client=book, body=withdraw) == (
        400,
        "CONTACT_NOT_EXISTS",
    )
    # A consent id used as a privacy notice id is unknown; an impossible date is BAD_DATE.
    wrong = ContactGdprConsentAddInput(id=marketing.id)
    assert error_of(add_contact_gdpr_consent.sync_detailed, "privacy", contact.id, client=book, body=wrong) == (
        400,
        "BAD_ID",
    )
    bad_date = ContactGdprConsentAddInput(id=policy.id, insert_date="2026-13-45T10:00:00+0200")
    assert error_of(add_contact_gdpr_consent.sync_detailed, "privacy", contact.id, client=book, body=bad_date) == (
        400,
        "BAD_DATE",
    )


# -- tenants and coverage --------------------------------------------------------------------


def test_accounts_are_isolated(hosting_sim: Simulator, book: Client, new_tenant: Any) -> None:
    group = new_group(book, "Mine")
    mine = new_contact(book, "Mario", "393480000000", groups_id=str(group.id))
    other, _ = new_tenant("tenant-b")
    assert smshosting.check(list_groups.sync_detailed(client=other)).parsed == []
    assert list(smshosting.paginate(search_contacts, other, "contacts")) == []
    assert error_of(get_contact.sync_detailed, mine.id, client=other) == (404, "NOT_FOUND")
    assert error_of(delete_contact.sync_detailed, mine.id, client=other) == (404, "NOT_FOUND")
    assert error_of(get_group.sync_detailed, group.id, client=other) == (404, "NOT_FOUND")
    assert error_of(delete_group.sync_detailed, group.id, client=other) == (404, "NOT_FOUND")
    assert error_of(get_contact_gdpr_history.sync_detailed, mine.id, client=other) == (400, "CONTACT_NOT_EXISTS")
    # The same number and list name are free in the other account; the seeds are its own.
    theirs = new_contact(other, "Mario", "393480000000")
    assert theirs.id != mine.id
    new_group(other, "Mine")
    mine_fields = {f.id for f in items_of(smshosting.check(list_custom_fields.sync_detailed(client=book)).parsed)}
    their_fields = {f.id for f in items_of(smshosting.check(list_custom_fields.sync_detailed(client=other)).parsed)}
    assert mine_fields.isdisjoint(their_fields)
    assert smshosting.unwrap(get_contact.sync_detailed(mine.id, client=book), Contact).name == "Mario"


def test_every_addressbook_operation_is_exercised(hosting_sim: Simulator) -> None:
    """Each of the 46 operations of the area is called through its generated module somewhere
    in these test files."""
    import re

    operations = set(hosting_sim.api(SmshostingApi).book.handlers())
    assert len(operations) == 46
    source = "".join(p.read_text() for p in Path(__file__).parent.glob("test_addressbook_*.py"))
    called = set(re.findall(r"\b([a-z_]+)\.(?:sync_detailed|asyncio_detailed)\(", source))
    called |= set(re.findall(r"paginate\(\s*([a-z_]+),", source))
    snake = {re.sub(r"(?<!^)(?=[A-Z])", "_", op).lower(): op for op in operations}
    assert {op for name, op in snake.items() if name not in called} == set()
