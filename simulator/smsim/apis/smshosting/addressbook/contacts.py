"""Contacts, contact lists, custom fields, the bulk CSV import and GDPR consents.

Rules the simulator keeps (the spec leaves them open; see the module docstring of
:mod:`addressbook <..addressbook>` for the full list of decisions):

- a contact is unique by the value of its ``customFieldUniqueKey`` field (default ``msisdn``)
  among all contacts of the account; an empty value is never a duplicate;
- form fields other than the documented ones must be a defined custom field (``f_...``) or one
  of the address fields of the list view (``address``, ``city``, ``postCode``, ``province``,
  ``country``, ``homePhoneNumber``); anything else is 400 ``BAD_PARAMS``;
- ``groupsId`` on ``updateContact`` replaces the contact's list membership;
- the bulk import processes its rows over :data:`BULK_SECONDS` of simulator time, reporting
  each failed row in ``last_error`` as ``row:message|`` (the header is row 1).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date
from typing import Any

from ....kernel import ApiError, SimResponse, empty_response
from ....openapi import UploadedFile, ValidatedRequest
from ..common import AreaHandler, Ids, Now, fmt_date, ok, page, parse_date, trimmed
from ..state import Account
from .state import (
    BookStore,
    Contact,
    ContactsUpload,
    CustomField,
    GdprConsent,
    GdprRecord,
    Group,
    PrivacyPolicy,
    store_of,
)

BULK_SECONDS = 2.0
MAX_BULK_ROWS = 100_000
STANDARD_FIELDS = ("msisdn", "name", "lastname", "email")
ADDRESS_FIELDS = ("address", "city", "postCode", "province", "country", "homePhoneNumber")
_MSISDN = re.compile(r"^[0-9]{6,15}$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_NUMBER = re.compile(r"^-?[0-9]{1,30}(\.[0-9]{1,30})?$")
_IDS = re.compile(r"^[0-9]{1,18}(,[0-9]{1,18})*$")
ROW_MESSAGES = {
    "BAD_CONTACT_NAME": "name missing or longer than 20 characters",
    "BAD_CONTACT_MSISDN": "mobile number not valid",
    "BAD_CONTACT_COUNTRY": "country code not valid",
    "BAD_CONTACT_GROUP": "unknown contact list",
    "CONTACT_ALREADY_EXISTS": "contact already in the address book",
    "BAD_PARAMS": "custom field value not valid",
}


def not_found() -> ApiError:
    return ApiError(404, "NOT_FOUND", "no such resource")


class Contacts:
    """Handlers of the Contacts, Contact lists, Custom fields and GDPR tags."""

    def __init__(self, ids: Ids, now: Now) -> None:
        self.ids = ids
        self.now = now

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            "searchContacts": self.search_contacts,
            "createContact": self.create_contact,
            "uploadContactsBulk": self.upload_contacts_bulk,
            "getContactsBulkStatus": self.get_contacts_bulk_status,
            "getContact": self.get_contact,
            "updateContact": self.update_contact,
            "deleteContact": self.delete_contact,
            "addContactToGroups": self.add_contact_to_groups,
            "removeContactFromGroups": self.remove_contact_from_groups,
            "listGroups": self.list_groups,
            "createGroup": self.create_group,
            "getGroup": self.get_group,
            "updateGroup": self.update_group,
            "deleteGroup": self.delete_group,
            "listGroupContacts": self.list_group_contacts,
            "listCustomFields": self.list_custom_fields,
            "listPrivacyPolicies": self.list_privacy_policies,
            "listGdprConsents": self.list_gdpr_consents,
            "getContactGdprHistory": self.get_contact_gdpr_history,
            "addContactGdprConsent": self.add_contact_gdpr_consent,
            "removeContactGdprConsent": self.remove_contact_gdpr_consent,
        }

    def seed(self, store: BookStore) -> None:
        """Custom fields, privacy notices and consents every new account starts with."""
        fields = [
            ("f_indirizzo", "Indirizzo", "TEXT", []),
            ("f_cap", "CAP", "NUMBER", []),
            ("f_compleanno", "Compleanno", "DATE", []),
            ("f_taglia", "Taglia", "SELECT", [("S", "Small"), ("M", "Medium"), ("L", "Large")]),
        ]
        for key, name, kind, options in fields:
            store.custom_fields.append(CustomField(self.ids.next("field"), key, name, kind, list(options)))
        now = self.now()
        for source, value, version, visible in (
            ("URL", "https://www.example.com/privacy", "Privacy URL", True),
            ("TEXT", "Informativa sul trattamento dei dati personali ...", "3", False),
        ):
            pid = self.ids.next("privacy")
            store.privacy[pid] = PrivacyPolicy(pid, source, value, version, now, visible)
        for title, category, description in (
            ("Consenso Marketing", "MARKETING", "Do il consenso a ricevere comunicazioni e promozioni"),
            ("Consenso Profilazione", "PROFILING", "Do il consenso ad attività di profilazione"),
            ("Consenso Terze parti", "THIRDPARTIES", "Do il consenso per le comunicazioni a terzi"),
        ):
            cid = self.ids.next("consent")
            store.consents[cid] = GdprConsent(cid, title, category, description, now, True)

    # -- shared helpers ----------------------------------------------------------------------

    @staticmethod
    def contact(store: BookStore, contact_id: Any) -> Contact:
        found = store.contacts.get(contact_id) if isinstance(contact_id, int) else None
        if found is None:
            raise not_found()
        return found

    @staticmethod
    def group(store: BookStore, group_id: Any) -> Group:
        found = store.groups.get(group_id) if isinstance(group_id, int) else None
        if found is None:
            raise not_found()
        return found

    @staticmethod
    def group_ids(store: BookStore, text: Any) -> list[int]:
        """The list ids of a ``groupsId`` value; 400 BAD_CONTACT_GROUP if one is unknown."""
        cleaned = str(text).replace(" ", "")
        if not _IDS.match(cleaned):
            raise ApiError(400, "BAD_CONTACT_GROUP", "groupsId must be comma-separated list ids")
        ids = list(dict.fromkeys(int(part) for part in cleaned.split(",")))
        if any(i not in store.groups for i in ids):
            raise ApiError(400, "BAD_CONTACT_GROUP", "unknown contact list")
        return ids

    def contact_json(self, store: BookStore, contact: Contact, view: str = "detail") -> dict[str, Any]:
        """One contact in the shape of a view: ``detail`` (getContact, searchContacts),
        ``created`` (createContact: no email, no groups, like the vendor's sample), ``group``
        (listGroupContacts: address fields, no id, no custom fields) or ``holder`` (the
        contact of a fidelity card: no id)."""
        groups = [{"id": g, "name": store.groups[g].name} for g in contact.groups if g in store.groups]
        custom = [
            {"fieldKey": f.key, "fieldName": f.name, "fieldValue": contact.custom[f.key]}
            for f in store.custom_fields
            if contact.custom.get(f.key)
        ]
        body: dict[str, Any] = {} if view in ("group", "holder") else {"id": contact.id}
        body.update({"msisdn": contact.msisdn, "name": contact.name, "lastname": contact.lastname})
        if view == "group":
            for key in ADDRESS_FIELDS:
                value = contact.address.get(key, "")
                if key == "postCode":
                    # A number only when it is one: ASCII digits ("²".isdigit() is true too).
                    if value.isascii() and value.isdigit() and len(value) <= 10:
                        body[key] = int(value)
                else:
                    body[key] = value
            body["email"] = contact.email
            body["groups"] = groups
            return body
        if view != "created":
            body["email"] = contact.email
            body["groups"] = groups
        body["customFields"] = custom
        return body

    def build(self, store: BookStore, base: Contact, fields: dict[str, Any]) -> Contact:
        """A copy of ``base`` with the form ``fields`` applied and checked (not stored)."""
        contact = replace(base, groups=list(base.groups), custom=dict(base.custom), address=dict(base.address))
        for key, raw in fields.items():
            if not isinstance(raw, str):
                raise ApiError(400, "BAD_PARAMS", f"{key} must be given once, as text")
            value = trimmed(raw)
            if key == "customFieldUniqueKey":
                if value not in STANDARD_FIELDS and store.custom_field(value) is None:
                    raise ApiError(400, "BAD_PARAMS", "customFieldUniqueKey names no field")
                contact.unique_key = value
            elif key == "msisdn":
                value = value.removeprefix("+")
                if value and not _MSISDN.match(value):
                    raise ApiError(400, "BAD_CONTACT_MSISDN", "msisdn must be 6 to 15 digits")
                contact.msisdn = value
            elif key == "name":
                if not value or len(value) > 20:
                    raise ApiError(400, "BAD_CONTACT_NAME", "name must be 1 to 20 characters")
                contact.name = value
            elif key == "lastname":
                if len(value) > 20:
                    raise ApiError(400, "BAD_CONTACT_NAME", "lastname must be at most 20 characters")
                contact.lastname = value
            elif key == "email":
                contact.email = value
            elif key == "groupsId":
                contact.groups = self.group_ids(store, value) if value else []
            elif key in ADDRESS_FIELDS:
                if key == "country" and value:
                    if not _COUNTRY.match(value):
                        raise ApiError(400, "BAD_CONTACT_COUNTRY", "country must be a two-letter code")
                    value = value.upper()
                self._set(contact.address, key, value)
            elif (definition := store.custom_field(key)) is not None:
                if value and not self._valid_custom(definition, value):
                    raise ApiError(400, "BAD_PARAMS", f"value not valid for {definition.type} field {key}")
                self._set(contact.custom, key, value)
            else:
                raise ApiError(400, "BAD_PARAMS", f"unknown contact field {key[:40]!r}")
        if not contact.name:
            raise ApiError(400, "BAD_CONTACT_NAME", "name is required")
        return contact

    @staticmethod
    def _set(target: dict[str, str], key: str, value: str) -> None:
        if value:
            target[key] = value
        else:
            target.pop(key, None)

    @staticmethod
    def _valid_custom(definition: CustomField, value: str) -> bool:
        if definition.type == "NUMBER":
            return bool(_NUMBER.match(value))
        if definition.type == "DATE":
            try:
                return len(value) == 10 and bool(date.fromisoformat(value))
            except ValueError:
                return False
        if definition.type == "SELECT":
            return value in {v for v, _ in definition.options}
        return True

    @staticmethod
    def check_unique(store: BookStore, contact: Contact) -> None:
        wanted = trimmed(contact.value(contact.unique_key)).lower()
        if not wanted:
            return
        for other in store.contacts.values():
            if other.id != contact.id and trimmed(other.value(contact.unique_key)).lower() == wanted:
                raise ApiError(400, "CONTACT_ALREADY_EXISTS", f"a contact with this {contact.unique_key} exists")

    def remove_contact(self, store: BookStore, contact_id: int) -> None:
        store.contacts.pop(contact_id, None)
        store.gdpr.pop(contact_id, None)

    # -- contacts ---------------------------------------------------------------------------

    def search_contacts(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store, q = store_of(account), request.query
        if (q.get("fieldKey") is None) != (q.get("fieldValue") is None):
            raise ApiError(400, "NO_PARAMS", "fieldKey and fieldValue go together")
        found = []
        for contact in sorted(store.contacts.values(), key=lambda c: c.id):
            if q.get("name") is not None:
                needle = trimmed(q["name"]).lower()
                full = f"{contact.name} {contact.lastname}".lower()
                if needle not in contact.name.lower() and needle not in contact.lastname.lower() and needle != full:
                    continue
            if q.get("msisdn") is not None and contact.msisdn != trimmed(q["msisdn"]).removeprefix("+"):
                continue
            if q.get("email") is not None and contact.email.lower() != trimmed(q["email"]).lower():
                continue
            if q.get("fieldKey") is not None:
                have = trimmed(contact.value(str(q["fieldKey"]))).lower()
                if have != trimmed(q["fieldValue"]).lower():
                    continue
            found.append(contact)
        items, metadata = page(found, q)
        return ok({"metadata": metadata, "contacts": [self.contact_json(store, c) for c in items]})

    def create_contact(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        fields = dict(request.body or {})
        fields.setdefault("customFieldUniqueKey", "msisdn")
        contact = self.build(store, Contact(id=0, name=""), fields)
        self.check_unique(store, contact)
        contact.id = self.ids.next("contact")
        store.contacts[contact.id] = contact
        return ok(self.contact_json(store, contact, "created"))

    def get_contact(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        return ok(self.contact_json(store, self.contact(store, request.path_params["contactId"])))

    def update_contact(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        current = self.contact(store, request.path_params["contactId"])
        updated = self.build(store, current, dict(request.body or {}))
        self.check_unique(store, updated)
        store.contacts[current.id] = updated
        return empty_response(204)

    def delete_contact(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        self.remove_contact(store, self.contact(store, request.path_params["contactId"]).id)
        return empty_response(204)

    def add_contact_to_groups(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        contact = self.contact(store, request.path_params["contactId"])
        for group_id in self.group_ids(store, request.body["groupsId"]):
            if group_id not in contact.groups:
                contact.groups.append(group_id)
        return empty_response(204)

    def remove_contact_from_groups(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        contact = self.contact(store, request.path_params["contactId"])
        leaving = set(self.group_ids(store, request.body["groupsId"]))
        contact.groups = [g for g in contact.groups if g not in leaving]
        return empty_response(204)

    # -- bulk import ------------------------------------------------------------------------

    def upload_contacts_bulk(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        if store.bulk is not None and not store.bulk.finished:
            return ok({"status": "BUSY"})
        upload = (request.body or {}).get("file")
        if not isinstance(upload, UploadedFile):
            raise ApiError(400, "BAD_FILE", "the file part must be a file")
        job = self._parse_csv(store, upload.data)
        if isinstance(job, str):
            return ok({"status": "REJECT", "error": job})
        store.bulk = job
        return ok({"status": "SUBMITTED"})

    def _parse_csv(self, store: BookStore, data: bytes) -> ContactsUpload | str:
        """The import job of a CSV file, or why the whole file is rejected."""
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return "the file is not UTF-8 text"
        if "\x00" in text:
            return "the file is not a text file"
        try:
            records = list(csv.reader(io.StringIO(text, newline="")))
        except csv.Error as error:
            return f"the file is not valid CSV ({str(error)[:80]})"
        if not records or not any(trimmed(cell) for cell in records[0]):
            return "the file is empty: a header row is required"
        columns = [trimmed(cell) for cell in records[0]]
        known = {*STANDARD_FIELDS, *ADDRESS_FIELDS, "groupsId", *(f.key for f in store.custom_fields)}
        for column in columns:
            if column not in known:
                return f"unknown column {column[:40]!r} in the header row"
        if len(set(columns)) != len(columns):
            return "a column appears twice in the header row"
        if "name" not in columns:
            return "the header row must have a name column"
        numbered = enumerate(records[1:], start=2)
        rows = [(number, cells) for number, cells in numbered if any(trimmed(c) for c in cells)]
        if len(rows) > MAX_BULK_ROWS:
            return f"too many rows (at most {MAX_BULK_ROWS})"
        now = self.now()
        return ContactsUpload(submitted=now, process_at=now + BULK_SECONDS, columns=columns, rows=rows)

    def advance_bulk(self, store: BookStore, now: float) -> None:
        """Process the rows of the running import that are due by ``now``."""
        job = store.bulk
        if job is None or job.finished:
            return
        total = len(job.rows)
        target = total if job.due(now) else int(total * job.progress(now))
        if job.done_rows >= target:
            job.finished = job.due(now)
            return
        # Rows are unique by msisdn: one index per batch instead of a scan per row.
        taken = {c.msisdn for c in store.contacts.values() if c.msisdn}
        while job.done_rows < target:
            number, cells = job.rows[job.done_rows]
            job.done_rows += 1
            problem = self._import_row(store, job.columns, cells, taken)
            if problem:
                job.errors.append(f"{number}:{problem}")
            else:
                job.imported += 1
        job.finished = job.due(now)

    def _import_row(self, store: BookStore, columns: list[str], cells: list[str], taken: set[str]) -> str:
        """Import one row (unique by msisdn, ``taken`` holds the numbers in use); "" or why not."""
        if len(cells) != len(columns):
            return f"{len(cells)} columns instead of {len(columns)}"
        cleaned = {c: trimmed(v) for c, v in zip(columns, cells, strict=True)}
        fields: dict[str, Any] = {c: v for c, v in cleaned.items() if v}
        fields["customFieldUniqueKey"] = "msisdn"
        try:
            contact = self.build(store, Contact(id=0, name=""), fields)
        except ApiError as error:
            return ROW_MESSAGES.get(error.code, "row not valid")
        if contact.msisdn and contact.msisdn in taken:
            return ROW_MESSAGES["CONTACT_ALREADY_EXISTS"]
        contact.id = self.ids.next("contact")
        store.contacts[contact.id] = contact
        if contact.msisdn:
            taken.add(contact.msisdn)
        return ""

    def get_contacts_bulk_status(self, account: Account, request: ValidatedRequest) -> SimResponse:
        job = store_of(account).bulk
        if job is None:
            return ok({"progress": "0%", "free": True})
        total = len(job.rows)
        percent = 100 if job.finished else min(99, job.done_rows * 100 // total if total else 0)
        last_error = "".join(f"{e.replace('|', '/')}|" for e in job.errors)
        return ok({"progress": f"{percent}%", "free": job.finished, "last_error": last_error})

    # -- contact lists ----------------------------------------------------------------------

    @staticmethod
    def group_json(store: BookStore, group: Group) -> dict[str, Any]:
        count = sum(1 for c in store.contacts.values() if group.id in c.groups)
        return {"id": group.id, "name": group.name, "contactCount": count}

    @staticmethod
    def _group_name(store: BookStore, raw: Any, exclude: int | None = None) -> str:
        name = trimmed(raw)
        if not name or len(name) > 100:
            raise ApiError(400, "BAD_GROUP_NAME", "list name must be 1 to 100 characters")
        if any(g.name.lower() == name.lower() and g.id != exclude for g in store.groups.values()):
            raise ApiError(400, "GROUP_ALREADY_EXISTS", "a list with this name exists")
        return name

    def list_groups(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        return ok([self.group_json(store, g) for g in sorted(store.groups.values(), key=lambda g: g.id)])

    def create_group(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        group = Group(self.ids.next("group"), self._group_name(store, request.body["name"]))
        store.groups[group.id] = group
        return ok(self.group_json(store, group))

    def get_group(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        return ok(self.group_json(store, self.group(store, request.path_params["listId"])))

    def update_group(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        group = self.group(store, request.path_params["listId"])
        group.name = self._group_name(store, request.body["name"], exclude=group.id)
        return empty_response(204)

    def delete_group(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        group = self.group(store, request.path_params["listId"])
        members = [c.id for c in store.contacts.values() if group.id in c.groups]
        del store.groups[group.id]
        for contact_id in members:
            if request.query.get("delete_contacts"):
                self.remove_contact(store, contact_id)
            else:
                store.contacts[contact_id].groups.remove(group.id)
        return empty_response(204)

    def list_group_contacts(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        group = self.group(store, request.path_params["listId"])
        members = sorted((c for c in store.contacts.values() if group.id in c.groups), key=lambda c: c.id)
        items, metadata = page(members, request.query)
        return ok({"metadata": metadata, "contacts": [self.contact_json(store, c, "group") for c in items]})

    @staticmethod
    def recipients(store: BookStore, group_id: str | int, field: str = "msisdn") -> list[str] | None:
        """The ``msisdn`` (or ``email``) values of the contacts of a list, de-duplicated, in
        contact order, empty ones skipped; None when the list does not exist."""
        text = trimmed(group_id)
        if not (text.isascii() and text.isdigit()) or len(text) > 18:
            return None
        gid = int(text)
        if gid not in store.groups:
            return None
        members = sorted((c for c in store.contacts.values() if gid in c.groups), key=lambda c: c.id)
        return list(dict.fromkeys(v for c in members if (v := c.value(field))))

    # -- custom fields ----------------------------------------------------------------------

    def list_custom_fields(self, account: Account, request: ValidatedRequest) -> SimResponse:
        out = []
        for f in store_of(account).custom_fields:
            item: dict[str, Any] = {"id": str(f.id), "fieldKey": f.key, "fieldName": f.name, "fieldType": f.type}
            if f.options:
                item["fieldOptions"] = [{"optionValue": v, "optionName": n} for v, n in f.options]
            out.append(item)
        return ok(out)

    # -- GDPR -------------------------------------------------------------------------------

    def list_privacy_policies(self, account: Account, request: ValidatedRequest) -> SimResponse:
        policies = sorted(store_of(account).privacy.values(), key=lambda p: p.id)
        return ok(
            {
                "privacyList": [
                    {
                        "id": p.id,
                        "privacySource": p.source,
                        "privacyValue": p.value,
                        "vers": p.version,
                        "insertDate": fmt_date(p.inserted),
                        "visible": p.visible,
                    }
                    for p in policies
                ]
            }
        )

    def list_gdpr_consents(self, account: Account, request: ValidatedRequest) -> SimResponse:
        consents = sorted(store_of(account).consents.values(), key=lambda c: c.id)
        return ok(
            {
                "consentList": [
                    {
                        "id": c.id,
                        "title": c.title,
                        "category": c.category,
                        "description": c.description,
                        "insertDate": fmt_date(c.inserted),
                        "visible": c.visible,
                    }
                    for c in consents
                ]
            }
        )

    @staticmethod
    def _gdpr_contact(store: BookStore, request: ValidatedRequest) -> Contact:
        contact_id = request.path_params.get("contactId")
        found = store.contacts.get(contact_id) if isinstance(contact_id, int) else None
        if found is None:
            raise ApiError(400, "CONTACT_NOT_EXISTS", "no contact has this id")
        return found

    @staticmethod
    def _gdpr_item(store: BookStore, request: ValidatedRequest) -> tuple[str, int, str]:
        """(consent_type, id, consent_title) of the notice or consent a request names."""
        kind, item_id = request.path_params.get("type"), request.body["id"]
        if kind == "privacy":
            policy = store.privacy.get(item_id)
            if policy is None:
                raise ApiError(400, "BAD_ID", "no privacy notice has this id")
            return "PRIVACY", policy.id, policy.version
        if kind == "consent":
            consent = store.consents.get(item_id)
            if consent is None:
                raise ApiError(400, "BAD_ID", "no consent has this id")
            return "CONSENT", consent.id, consent.description
        raise ApiError(400, "BAD_TYPE", "type must be privacy or consent")

    @staticmethod
    def gdpr_json(store: BookStore, contact: Contact) -> dict[str, Any]:
        records = sorted(store.gdpr.get(contact.id, []), key=lambda r: (r.at, r.seq), reverse=True)
        return {
            "gdprContactInfo": [
                {
                    "consent_type": r.kind,
                    "consent_id": r.item_id,
                    "granted": r.granted,
                    "insert_date": fmt_date(r.at),
                    "ip": r.ip,
                    "source": r.source,
                    "consent_title": r.title,
                }
                for r in records
            ]
        }

    def get_contact_gdpr_history(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = store_of(account)
        return ok(self.gdpr_json(store, self._gdpr_contact(store, request)))

    def _record_gdpr(self, account: Account, request: ValidatedRequest, granted: bool) -> SimResponse:
        store = store_of(account)
        contact = self._gdpr_contact(store, request)
        kind, item_id, title = self._gdpr_item(store, request)
        when = request.body.get("insert_date") if granted else None
        at = parse_date(when, echoed=True) if when is not None else self.now()
        store.gdpr_seq += 1
        store.gdpr.setdefault(contact.id, []).append(GdprRecord(store.gdpr_seq, kind, item_id, granted, at, title))
        return ok(self.gdpr_json(store, contact))

    def add_contact_gdpr_consent(self, account: Account, request: ValidatedRequest) -> SimResponse:
        return self._record_gdpr(account, request, granted=True)

    def remove_contact_gdpr_consent(self, account: Account, request: ValidatedRequest) -> SimResponse:
        return self._record_gdpr(account, request, granted=False)
