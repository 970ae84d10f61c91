"""Contacts, contact lists, custom fields, bulk import and GDPR through the client class.

Every answer goes through ``SpecCheckedTransport`` (conftest), which validates it against the
response schema of its operation in ``spec/smshosting.yaml``.  Values the typed surface cannot
express on purpose (wrong dates, raw paging offsets) go through the generated functions, the
low-level layer (``client.generated``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from smsgw import Smshosting
from smsgw.errors import BadRequestError, NotFoundError
from smshosting_client.api.contacts import search_contacts
from smshosting_client.api.gdpr import add_contact_gdpr_consent
from smshosting_client.models import Contact, ContactGdprConsentAddInput, ContactGroup, ContactSearchResult
from smshosting_client.types import UNSET, File
from smsim import Simulator
from smsim.apis.smshosting import SmshostingApi

from ..typed import given, listed

ROOT = Path(__file__).resolve().parents[2]


def new_contact(client: Smshosting, name: str, msisdn: str | None = None, **extra: Any) -> Contact:
    known = {k: extra.pop(k) for k in ("lastname", "email", "groups_id", "custom_field_unique_key") if k in extra}
    return client.contacts.create(name=name, msisdn=msisdn, additional_properties=extra, **known)


def new_group(client: Smshosting, name: str) -> ContactGroup:
    return client.contact_lists.create(name=name)


def error_of(call: Callable[..., object], *args: Any, **kwargs: Any) -> tuple[int, str | None]:
    """(status, errorMsg) of a call expected to fail."""
    with pytest.raises((BadRequestError, NotFoundError)) as caught:
        call(*args, **kwargs)
    return caught.value.status_code, caught.value.code


def csv_file(text: str, encoding: str = "utf-8", mime_type: str | None = "text/csv") -> File:
    return File(payload=io.BytesIO(text.encode(encoding)), file_name="c.csv", mime_type=mime_type)


# -- custom fields and contact views ---------------------------------------------------------


def test_custom_fields_are_seeded_and_used_by_contacts(client: Smshosting) -> None:
    fields = client.custom_fields.list()
    keys = {f.field_key: f for f in fields}
    assert set(keys) == {"f_indirizzo", "f_cap", "f_compleanno", "f_taglia"}
    assert all(f.id.isdigit() for f in fields)
    assert [o.option_value for o in listed(keys["f_taglia"].field_options)] == ["S", "M", "L"]

    friends = new_group(client, "Friends")
    created = new_contact(
        client,
        "Mario",
        "393480000000",
        lastname="Rossi",
        groups_id=[friends.id],
        f_indirizzo="via Roma 1",
        f_cap="30100",
    )
    # The create answer is the sample's view: no email and no groups.
    assert created.email is UNSET and created.groups is UNSET
    assert {(c.field_key, c.field_value) for c in listed(created.custom_fields)} == {
        ("f_indirizzo", "via Roma 1"),
        ("f_cap", "30100"),
    }

    detail = client.contacts.get(created.id)
    assert (detail.name, detail.lastname, detail.msisdn) == ("Mario", "Rossi", "393480000000")
    assert [(g.id, g.name) for g in listed(detail.groups)] == [(friends.id, "Friends")]
    assert {c.field_name for c in listed(detail.custom_fields)} == {"Indirizzo", "CAP"}

    # Partial update: other fields keep their value, "" clears a custom field, groupsId replaces.
    other = new_group(client, "Business")
    raw = client.contacts.with_raw_response.update(
        created.id,
        email="mario@example.com",
        groups_id=[other.id],
        additional_properties={"f_cap": "", "f_taglia": "M"},
    )
    assert raw.status_code == 204
    detail = client.contacts.get(created.id)
    assert (detail.name, detail.email) == ("Mario", "mario@example.com")
    assert [g.name for g in listed(detail.groups)] == ["Business"]
    assert {(c.field_key, c.field_value) for c in listed(detail.custom_fields)} == {
        ("f_indirizzo", "via Roma 1"),
        ("f_taglia", "M"),
    }


def test_contact_rules_and_errors(client: Smshosting) -> None:
    mario = new_contact(client, "Mario", "393480000000", email="mario@example.com")
    assert error_of(new_contact, client, "Luigi", "393480000000") == (400, "CONTACT_ALREADY_EXISTS")
    # Unique by e-mail instead: the same number is fine, the same e-mail is not.
    new_contact(client, "Luigi", "393480000000", email="luigi@example.com", custom_field_unique_key="email")
    assert error_of(new_contact, client, "Anna", email="MARIO@example.com", custom_field_unique_key="email") == (
        400,
        "CONTACT_ALREADY_EXISTS",
    )
    assert error_of(new_contact, client, "Anna", "393400000009", groups_id=[999999]) == (400, "BAD_CONTACT_GROUP")
    assert error_of(new_contact, client, "Anna", "393400000009", country="Italy") == (400, "BAD_CONTACT_COUNTRY")
    assert error_of(new_contact, client, "Anna", "393400000009", f_cap="abc") == (400, "BAD_PARAMS")
    assert error_of(new_contact, client, "Anna", "393400000009", f_unknown="x") == (400, "BAD_PARAMS")
    assert error_of(new_contact, client, "   ", "393400000009") == (400, "BAD_CONTACT_NAME")
    # An update that would collide with another contact is refused; the contact is unchanged.
    anna = new_contact(client, "Anna", "393400000009")
    assert error_of(client.contacts.update, anna.id, msisdn="393480000000")[1] == "CONTACT_ALREADY_EXISTS"
    assert client.contacts.get(anna.id).msisdn == "393400000009"

    assert client.contacts.with_raw_response.delete(mario.id).status_code == 204
    assert error_of(client.contacts.get, mario.id) == (404, "NOT_FOUND")
    assert error_of(client.contacts.delete, mario.id) == (404, "NOT_FOUND")
    assert error_of(client.contacts.update, mario.id, name="Ghost") == (404, "NOT_FOUND")


def test_search_contacts_filters_and_paging(client: Smshosting) -> None:
    for i in range(25):
        new_contact(client, f"Name{i:02d}", f"3934000000{i:02d}", lastname="Bianchi" if i % 5 == 0 else "Verdi")
    new_contact(client, "Mario", "393480000000", lastname="Rossi", email="mario@example.com", f_cap="30100")

    def search(**params: Any) -> list[Contact]:
        return list(client.contacts.search(limit=7, **params))

    everyone = search()
    assert len(everyone) == 26 and len({c.id for c in everyone}) == 26
    assert [len(page.contacts) for page in client.contacts.search(limit=7).pages()] == [7, 7, 7, 5]
    assert [c.name for c in search(name="rossi")] == ["Mario"]
    assert [c.name for c in search(name="Mario Rossi")] == ["Mario"]
    assert len(search(name="bianchi")) == 5
    assert [c.name for c in search(msisdn="393400000007")] == ["Name07"]
    assert [c.name for c in search(email="MARIO@example.com")] == ["Mario"]
    assert [c.name for c in search(field_key="f_cap", field_value="30100")] == ["Mario"]
    assert [c.name for c in search(field_key="lastname", field_value="rossi")] == ["Mario"]
    assert search(name="nobody") == []

    page = search_contacts.sync_detailed(client=client.generated, offset=20, limit=5).parsed
    assert isinstance(page, ContactSearchResult) and isinstance(page.contacts, list)
    assert (page.metadata.count, page.metadata.offset, page.metadata.limit, len(page.contacts)) == (26, 20, 5, 5)
    assert error_of(lambda: search(field_key="f_cap")) == (400, "NO_PARAMS")


# -- contact lists ---------------------------------------------------------------------------


def test_lists_membership_and_views(client: Smshosting) -> None:
    friends = new_group(client, "Friends")
    assert (friends.name, friends.contact_count) == ("Friends", 0)
    assert error_of(new_group, client, "friends") == (400, "GROUP_ALREADY_EXISTS")
    assert error_of(new_group, client, "   ") == (400, "BAD_GROUP_NAME")
    work = new_group(client, "Work")

    people = [
        new_contact(
            client, f"P{i}", f"39340000010{i}", address="via Italia 1", city="Roma", postCode="00144", country="it"
        )
        for i in range(5)
    ]
    for person in people:
        added = client.contacts.with_raw_response.add_to_groups(person.id, groups_id=[friends.id, work.id])
        assert added.status_code == 204
    client.contacts.remove_from_groups(people[0].id, groups_id=[work.id])
    assert error_of(client.contacts.add_to_groups, people[0].id, groups_id=[424242]) == (400, "BAD_CONTACT_GROUP")
    assert error_of(client.contacts.remove_from_groups, 1, groups_id=[work.id]) == (404, "NOT_FOUND")

    groups = client.contact_lists.list()
    assert [(g.name, g.contact_count) for g in groups] == [("Friends", 5), ("Work", 4)]
    assert client.contact_lists.get(work.id).contact_count == 4

    assert client.contact_lists.with_raw_response.update(work.id, name="Colleagues").status_code == 204
    assert error_of(client.contact_lists.update, work.id, name="Friends") == (400, "GROUP_ALREADY_EXISTS")
    assert client.contact_lists.get(work.id).name == "Colleagues"

    members = list(client.contact_lists.list_contacts(friends.id, limit=2))
    assert [m.msisdn for m in members] == [p.msisdn for p in people]
    first = members[0]
    # The list view: no id, address fields, postCode as a number, groups by name.
    assert (first.address, first.city, first.post_code, first.country) == ("via Italia 1", "Roma", 144, "IT")
    assert [g.name for g in listed(first.groups)] == ["Friends"]
    assert [g.name for g in listed(members[1].groups)] == ["Friends", "Colleagues"]
    assert error_of(lambda: list(client.contact_lists.list_contacts(777))) == (404, "NOT_FOUND")
    assert error_of(client.contact_lists.get, 777) == (404, "NOT_FOUND")


def test_delete_list_keeps_or_deletes_its_contacts(client: Smshosting) -> None:
    keep, purge = new_group(client, "Keep"), new_group(client, "Purge")
    kept = [new_contact(client, f"K{i}", f"39340000020{i}", groups_id=[keep.id]) for i in range(3)]
    doomed = [new_contact(client, f"D{i}", f"39340000030{i}", groups_id=[purge.id, keep.id]) for i in range(2)]
    outsider = new_contact(client, "Out", "393400000400")

    # Default: the list goes, its contacts stay (and leave the list).
    assert client.contact_lists.with_raw_response.delete(keep.id).status_code == 204
    assert error_of(client.contact_lists.get, keep.id) == (404, "NOT_FOUND")
    assert client.contacts.get(kept[0].id).groups == []
    assert [g.name for g in listed(client.contacts.get(doomed[0].id).groups)] == ["Purge"]

    # delete_contacts=true: the contacts of the list are deleted too, nobody else.
    client.contact_lists.delete(purge.id, delete_contacts=True)
    for contact in doomed:
        assert error_of(client.contacts.get, contact.id) == (404, "NOT_FOUND")
    remaining = {c.id for c in client.contacts.search()}
    assert remaining == {*(c.id for c in kept), outsider.id}
    assert error_of(client.contact_lists.delete, purge.id) == (404, "NOT_FOUND")


def test_group_recipients_for_the_messaging_area(hosting_sim: Simulator, client: Smshosting, tenant: Any) -> None:
    api = hosting_sim.api(SmshostingApi)
    demo = api.accounts.by_key["demo-auth-key"]
    group = new_group(client, "Newsletter")
    new_contact(client, "A", "393400000501", groups_id=[group.id], email="a@example.com")
    new_contact(client, "B", "393400000502", groups_id=[group.id])
    new_contact(client, "NoNumber", groups_id=[group.id], email="nn@example.com")
    new_contact(client, "Elsewhere", "393400000503")
    assert api.book.group_recipients(demo, group.id) == ["393400000501", "393400000502"]
    assert api.book.group_recipients(demo, str(group.id)) == ["393400000501", "393400000502"]
    assert api.book.group_emails(demo, group.id) == ["a@example.com", "nn@example.com"]
    assert api.book.group_recipients(demo, 999_999) is None
    assert api.book.group_recipients(demo, "x1") is None
    _, other = tenant("other-tenant")
    assert api.book.group_recipients(other, group.id) is None


def test_sms_to_a_list_reaches_its_contacts(hosting_sim: Simulator, client: Smshosting) -> None:
    group = new_group(client, "Customers")
    new_contact(client, "A", "393400000601", groups_id=[group.id])
    new_contact(client, "B", "393400000602", groups_id=[group.id])
    sent = client.sms.send(text="Ciao", group=[group.id], sandbox=True)
    assert sorted(s.to for s in listed(sent.sms)) == ["393400000601", "393400000602"]


# -- bulk import -----------------------------------------------------------------------------


def test_bulk_upload_is_processed_in_the_background(hosting_sim: Simulator, client: Smshosting) -> None:
    status = client.contacts.get_bulk_status()
    assert (status.progress, status.free) == ("0%", True)
    new_contact(client, "Existing", "393400000702")
    group = new_group(client, "Imported")
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
    assert client.contacts.upload_bulk(file=csv_file("\n".join(rows) + "\n")).status == "SUBMITTED"

    status = client.contacts.get_bulk_status()
    assert (status.progress, status.free) == ("0%", False)
    assert client.contacts.upload_bulk(file=csv_file("name\nZed\n")).status == "BUSY"
    assert list(client.contacts.search(name="Anna")) == []

    hosting_sim.advance(1)
    status = client.contacts.get_bulk_status()
    assert status.free is False and 0 < int(status.progress.rstrip("%")) < 100

    hosting_sim.advance(1.5)
    status = client.contacts.get_bulk_status()
    assert (status.progress, status.free) == ("100%", True)
    failed = dict(item.split(":", 1) for item in given(status.last_error).split("|") if item)
    assert sorted(failed, key=int) == ["3", "4", "5", "7", "8", "10"]
    assert "already" in failed["3"] and "columns" in failed["5"]

    imported = {c.name: c for c in client.contacts.search()}
    assert set(imported) == {"Existing", "Anna", "Fabio, Jr"}
    assert [g.name for g in listed(imported["Anna"].groups)] == ["Imported"]
    custom = listed(imported["Anna"].custom_fields)
    assert [(c.field_key, c.field_value) for c in custom] == [("f_cap", "30100")]
    assert client.contact_lists.get(group.id).contact_count == 2

    # Once finished, a new upload is accepted again; files that are not valid are rejected whole.
    for bad, reason in (
        ("msisdn,colour\n393400000800,red\n", "unknown column"),
        ("msisdn\n393400000800\n", "name column"),
        ("", "empty"),
    ):
        answer = client.contacts.upload_bulk(file=csv_file(bad))
        assert answer.status == "REJECT" and reason in given(answer.error)
    latin1 = csv_file("name\nNiccolò\n", encoding="latin-1", mime_type=None)
    assert client.contacts.upload_bulk(file=latin1).status == "REJECT"


# -- GDPR ------------------------------------------------------------------------------------


def test_consents_keep_their_history(hosting_sim: Simulator, client: Smshosting) -> None:
    policies = client.gdpr.list_privacy_policies()
    consents = client.gdpr.list_consents()
    assert len(policies.privacy_list) == 2 and len(consents.consent_list) == 3
    policy, marketing = policies.privacy_list[0], consents.consent_list[0]
    contact = new_contact(client, "Mario", "393480000000")

    assert client.gdpr.get_contact_history(contact.id).gdpr_contact_info == []

    september_first = datetime(2026, 9, 1, 10, tzinfo=timezone(timedelta(hours=2)))
    after = client.gdpr.add_contact_consent("privacy", contact.id, id=policy.id, insert_date=september_first)
    assert [(r.consent_type, r.consent_id, r.granted) for r in after.gdpr_contact_info] == [
        ("PRIVACY", policy.id, True)
    ]
    assert after.gdpr_contact_info[0].insert_date == "2026-09-01T10:00:00+0200"
    assert after.gdpr_contact_info[0].consent_title == policy.vers

    hosting_sim.advance(60)
    client.gdpr.add_contact_consent("consent", contact.id, id=marketing.id)
    hosting_sim.advance(60)
    after = client.gdpr.remove_contact_consent("consent", contact.id, id=marketing.id)
    history = client.gdpr.get_contact_history(contact.id)
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

    assert error_of(client.gdpr.get_contact_history, 1) == (400, "CONTACT_NOT_EXISTS")
    assert error_of(client.gdpr.add_contact_consent, "consent", 1, id=marketing.id) == (400, "CONTACT_NOT_EXISTS")
    assert error_of(client.gdpr.remove_contact_consent, "consent", 1, id=marketing.id) == (400, "CONTACT_NOT_EXISTS")
    # A consent id used as a privacy notice id is unknown; an impossible date is BAD_DATE.
    assert error_of(client.gdpr.add_contact_consent, "privacy", contact.id, id=marketing.id) == (400, "BAD_ID")
    bad_date = ContactGdprConsentAddInput(id=policy.id, insert_date="2026-13-45T10:00:00+0200")
    wire = add_contact_gdpr_consent.sync_detailed
    assert error_of(wire, "privacy", contact.id, client=client.generated, body=bad_date) == (400, "BAD_DATE")


# -- tenants and coverage --------------------------------------------------------------------


def test_accounts_are_isolated(hosting_sim: Simulator, client: Smshosting, tenant: Any) -> None:
    group = new_group(client, "Mine")
    mine = new_contact(client, "Mario", "393480000000", groups_id=[group.id])
    other, _ = tenant("tenant-b")
    assert other.contact_lists.list() == []
    assert list(other.contacts.search()) == []
    assert error_of(other.contacts.get, mine.id) == (404, "NOT_FOUND")
    assert error_of(other.contacts.delete, mine.id) == (404, "NOT_FOUND")
    assert error_of(other.contact_lists.get, group.id) == (404, "NOT_FOUND")
    assert error_of(other.contact_lists.delete, group.id) == (404, "NOT_FOUND")
    assert error_of(other.gdpr.get_contact_history, mine.id) == (400, "CONTACT_NOT_EXISTS")
    # The same number and list name are free in the other account; the seeds are its own.
    theirs = new_contact(other, "Mario", "393480000000")
    assert theirs.id != mine.id
    new_group(other, "Mine")
    mine_fields = {f.id for f in client.custom_fields.list()}
    their_fields = {f.id for f in other.custom_fields.list()}
    assert mine_fields.isdisjoint(their_fields)
    assert client.contacts.get(mine.id).name == "Mario"


def test_every_addressbook_operation_is_exercised(hosting_sim: Simulator) -> None:
    """Each of the 46 operations of the area is called through its client method (resource and
    method name from the spec's first tag and ``x-method-name``) somewhere in these test files."""
    import re

    operations = set(hosting_sim.api(SmshostingApi).book.handlers())
    assert len(operations) == 46
    spec = yaml.safe_load((ROOT / "spec" / "smshosting.yaml").read_text())
    methods = {
        op["operationId"]: ("_".join(op["tags"][0].lower().split()), op["x-method-name"])
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    source = "".join(p.read_text() for p in Path(__file__).parent.glob("test_addressbook_*.py"))
    called = set(re.findall(r"\.([a-z_]+)(?:\.with_raw_response)?\.([a-z_]+)\b", source))
    assert {op for op in operations if methods[op] not in called} == set()
