"""Handlers of the smsend address book: contacts, contact groups, SMS blacklist (S19-S26)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ....kernel import ApiError, Handler, SimResponse, empty_response, json_response, text_response
from ....openapi import ValidatedRequest
from .messages import parse_moment, parse_schedule, zone

if TYPE_CHECKING:
    from ..state import Account
    from .service import Messaging

    Principal = Account | None

CONTACT_DATES = ("birthdate", "promotiondate", "rememberdate")
CUSTOM_FIELDS = tuple(f"custom{i}" for i in range(1, 11))


def _blacklist_time(value: str, timezone: str | None) -> float:
    return parse_moment(value, "%Y-%m-%d %H:%M:%S", timezone)


class ContactHandlers:
    def __init__(self, messaging: Messaging) -> None:
        self.m = messaging
        self.book = messaging.book

    def handlers(self) -> dict[str, Handler[Principal]]:
        return {
            "addContacts": self.add_contacts,
            "getContact": self.get_contact,
            "blacklistContact": self.blacklist_contact,
            "blacklistContacts": self.blacklist_contacts,
            "blacklistPhoneNumber": self.blacklist_number,
            "listContactFields": self.list_fields,
            "createGroup": self.create_group,
            "updateGroup": self.update_group,
            "deleteGroup": self.delete_group,
            "listGroups": self.list_groups,
            "addContactToGroup": self.add_to_group,
            "removeContactFromGroup": self.remove_from_group,
            "addToBlacklist": self.blacklist_number,
            "addManyToBlacklist": self.blacklist_numbers,
            "listBlacklist": self.list_blacklist,
        }

    # -- contacts -------------------------------------------------------------------------------

    @staticmethod
    def _dates_checked(fields: dict[str, Any]) -> dict[str, Any]:
        for name in CONTACT_DATES:
            if fields.get(name):
                parse_schedule(fields[name], None)
        return fields

    def add_contacts(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.m.user(principal), request.body
        if "contacts" in body:
            count = self.book.add_contacts(
                account.id,
                [self._dates_checked(dict(c)) for c in body["contacts"]],
                update_existing=bool(body.get("updateExistingContact")),
                keep_groups=bool(body.get("keepExistingGroupsAndCampaigns")),
            )
            return json_response(200, count)
        contact = self.book.add_contact(account.id, self._dates_checked(dict(body)))
        return empty_response(201, [("location", f"/contact/{contact.id}")])

    def get_contact(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        contact = self.book.contact(account.id, request.path_params["contact_id"])
        return json_response(200, self.book.contact_json(contact))

    def blacklist_contact(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        self.book.blacklist_contacts(account.id, [request.path_params["contact_id"]], self.m.now())
        return text_response(200, "true")

    def blacklist_contacts(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        ids = request.body
        for contact_id in ids:  # unknown ids are a 400 here (S24), not the 404 of a path id
            try:
                self.book.contact(account.id, contact_id)
            except ApiError as error:
                raise ApiError(400, "CONTACT_NOT_FOUND", f"no contact {contact_id}") from error
        return json_response(200, self.book.blacklist_contacts(account.id, ids, self.m.now()))

    def blacklist_number(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        self.book.blacklist_numbers(account.id, [request.query["phoneNumber"]], self.m.now())
        return text_response(200, "true")

    def blacklist_numbers(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        return json_response(200, self.book.blacklist_numbers(account.id, request.body, self.m.now()))

    def list_fields(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        labels = self.m.field_labels.get(account.id, {})
        return json_response(200, [{"name": name, "label": labels.get(name)} for name in CUSTOM_FIELDS])

    # -- groups ---------------------------------------------------------------------------------

    def create_group(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.m.user(principal), request.body
        group = self.book.create_group(account.id, body["name"], body["description"])
        return empty_response(201, [("location", f"/group/{group.id}")])

    def update_group(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.m.user(principal), request.body
        group = self.book.update_group(account.id, request.path_params["group_id"], body["name"], body["description"])
        return empty_response(200, [("location", f"/group/{group.id}")])

    def delete_group(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        delete_contacts = bool(request.query.get("deletecontacts"))
        self.book.delete_group(account.id, request.path_params["group_id"], delete_contacts=delete_contacts)
        return empty_response(200)

    def list_groups(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, query = self.m.user(principal), request.query
        groups = self.book.list_groups(account.id)
        number, size = query["pageNumber"], query["pageSize"]
        page = [
            {"id": str(g.id), "name": g.name, "description": g.description}
            for g in groups[(number - 1) * size : number * size]
        ]
        return json_response(200, {"pageNumber": number, "pageSize": size, "total": len(groups), "groups": page})

    def _membership(self, principal: Principal, request: ValidatedRequest, join: bool) -> SimResponse:
        account = self.m.user(principal)
        group = self.book.group(account.id, request.path_params["group_id"])
        contact = self.book.contact(account.id, request.path_params["contact_id"])
        if join:
            contact.groups.add(group.id)
        else:
            contact.groups.discard(group.id)
        return empty_response(200, [("location", f"/contact/{contact.id}")])

    def add_to_group(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        return self._membership(principal, request, True)

    def remove_from_group(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        return self._membership(principal, request, False)

    # -- blacklist ------------------------------------------------------------------------------

    def list_blacklist(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, query = self.m.user(principal), request.query
        tz = query.get("timezone")
        entries = self.book.blacklisted(
            account.id,
            start=_blacklist_time(query["from"], tz) if query.get("from") else None,
            end=_blacklist_time(query["to"], tz) if query.get("to") else None,
            number=query.get("number"),
            origins=query["origins"].split(",") if query.get("origins") else None,
        )
        number, size = query["pageNumber"], query["pageSize"]
        page = [
            {
                "phoneNumber": e.number,
                "insertTime": datetime.fromtimestamp(e.added, zone(tz)).strftime("%Y-%m-%d %H:%M:%S"),
                "origin": e.origin,
            }
            for e in entries[(number - 1) * size : number * size]
        ]
        return json_response(200, {"pageNumber": number, "pageSize": size, "total": len(entries), "blacklist": page})
