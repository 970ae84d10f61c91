"""Handlers of the smsend e-mail lists and landing pages (S34-S40)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....kernel import Handler, SimResponse, empty_response, json_response
from ....openapi import ValidatedRequest
from .messages import parse_moment

if TYPE_CHECKING:
    from ..state import Account
    from .service import Messaging

    Principal = Account | None


class EmailHandlers:
    def __init__(self, messaging: Messaging) -> None:
        self.m = messaging
        self.email = messaging.email
        self.book = messaging.book

    def handlers(self) -> dict[str, Handler[Principal]]:
        return {
            "createEmailList": self.create_list,
            "listEmailLists": self.list_lists,
            "updateEmailList": self.update_list,
            "createEmailIssue": self.create_issue,
            "createEmailIssueFromTemplate": self.issue_from_template,
            "sendEmailIssue": self.send_issue,
            "subscribeGroupToEmailList": self.subscribe_group,
            "subscribeNewContact": self.subscribe_new_contact,
            "listLandingPages": self.landings,
        }

    def create_list(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        created = self.email.create_list(account.id, request.body)
        return empty_response(201, [("location", f"/list/{created.id}")])

    def list_lists(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        statuses = set((request.query.get("statuses") or "ACTIVE").split(","))
        return json_response(200, {"lists": [x.to_json() for x in self.email.of(account.id, statuses)]})

    def update_list(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        updated = self.email.update_list(account.id, request.path_params["list_id"], request.body)
        return empty_response(204, [("location", f"/list/{updated.id}")])

    def create_issue(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, list_id = self.m.user(principal), request.path_params["list_id"]
        issue = self.email.create_issue(account.id, list_id, request.body)
        return empty_response(201, [("location", f"/list/{list_id}/issue/{issue.id}")])

    def issue_from_template(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, params, body = self.m.user(principal), request.path_params, request.body
        issue = self.email.issue_from_template(
            account.id, params["list_id"], params["template_id"], body["name"], body["subject"]
        )
        return empty_response(200, [("location", f"/list/{params['list_id']}/issue/{issue.id}")])

    def send_issue(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, params, body = self.m.user(principal), request.path_params, request.body
        parse_moment(body["scheduleTime"], "%Y-%m-%d %H:%M:%S", None)  # a real date (S38)
        contacts = [self.book.contact(account.id, c).id for c in body["contactIds"]]
        self.email.send_issue(account.id, params["list_id"], params["issue_id"], contacts, body["scheduleTime"])
        return empty_response(200)

    def subscribe_group(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, params = self.m.user(principal), request.path_params
        target = self.email.active_list(account.id, params["list_id"])
        group = self.book.group(account.id, params["group_id"])
        optin = bool(request.query.get("sendoptin"))
        for contact in self.book.members(group):
            if contact.email:
                self.email.subscribe(target, contact.id, contact.email, optin)
        return empty_response(200)

    def subscribe_new_contact(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        target = self.email.active_list(account.id, request.path_params["list_id"])
        contact = self.book.add_contact(account.id, dict(request.body))
        self.email.subscribe(target, contact.id, contact.email, bool(request.query.get("SendOptIn")))
        return empty_response(201, [("location", f"/contact/{contact.id}")])

    def landings(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        pages = self.m.landing_pages.get(account.id, {})
        found = [
            {"id_landing": landing, "name": self.m.landing_names.get((account.id, landing), ""), "url": url}
            for landing, url in sorted(pages.items())
        ]
        return json_response(200, {"landings": found})
