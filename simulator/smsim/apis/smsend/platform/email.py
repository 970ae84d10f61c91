"""E-mail lists (campaigns), their subscribers, issues (drafts) and scheduled sends (S34-S39).

- A list belongs to an account and has a status: 0 active, 1 archived, 2 to be activated
  (``ACTIVE``, ``ARCHIVED``, ``TO_ACTIVATE`` in the list filter). Only an active list takes
  subscribers, issues and sends.
- Subscribers are contacts of the same account with an e-mail address; subscribing twice
  changes nothing; ``optin`` records whether an opt-in e-mail was asked for.
- An issue (draft) belongs to one list; one can also be made from a template (templates are
  made in the web panel: the control plane stands in for it).
- Sending an issue schedules it for contacts that are subscribers of its list, all or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ....kernel import ApiError

STATUS_NAMES = {0: "ACTIVE", 1: "ARCHIVED", 2: "TO_ACTIVATE"}


@dataclass
class EmailList:
    id: int
    account_id: int
    fields: dict[str, Any]
    status: int = 0
    subscribers: dict[int, bool] = field(default_factory=dict)  # contact id -> opt-in e-mail asked

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, **self.fields, "status": STATUS_NAMES[self.status]}


@dataclass
class Issue:
    id: int
    list_id: int
    fields: dict[str, Any]
    sends: list[tuple[tuple[int, ...], str]] = field(default_factory=list)  # (contact ids, schedule time)


@dataclass
class Template:
    id: int
    account_id: int
    name: str
    html: str


@dataclass
class Email:
    lists: dict[int, EmailList] = field(default_factory=dict)
    issues: dict[int, Issue] = field(default_factory=dict)
    templates: dict[int, Template] = field(default_factory=dict)
    _next: int = 300

    def _id(self) -> int:
        self._next += 1
        return self._next

    def create_list(self, account_id: int, fields: Mapping[str, Any]) -> EmailList:
        created = EmailList(self._id(), account_id, dict(fields))
        self.lists[created.id] = created
        return created

    def get_list(self, account_id: int, list_id: int) -> EmailList:
        found = self.lists.get(list_id)
        if found is None or found.account_id != account_id:
            raise ApiError(404, "LIST_NOT_FOUND", "no such e-mail list")
        return found

    def active_list(self, account_id: int, list_id: int) -> EmailList:
        found = self.get_list(account_id, list_id)
        if found.status != 0:
            raise ApiError(400, "LIST_NOT_ACTIVE", "the e-mail list is not active")
        return found

    def update_list(self, account_id: int, list_id: int, fields: Mapping[str, Any]) -> EmailList:
        found = self.get_list(account_id, list_id)
        changes = dict(fields)
        if "status" in changes:
            found.status = int(changes.pop("status"))
        found.fields.update(changes)
        return found

    def of(self, account_id: int, statuses: set[str]) -> list[EmailList]:
        found = [x for x in self.lists.values() if x.account_id == account_id and STATUS_NAMES[x.status] in statuses]
        return sorted(found, key=lambda x: x.id)

    def subscribe(self, target: EmailList, contact_id: int, email: str, optin: bool) -> None:
        if not email:
            raise ApiError(400, "NO_EMAIL", f"contact {contact_id} has no e-mail address")
        target.subscribers.setdefault(contact_id, optin)

    def create_issue(self, account_id: int, list_id: int, fields: Mapping[str, Any]) -> Issue:
        self.active_list(account_id, list_id)
        issue = Issue(self._id(), list_id, dict(fields))
        self.issues[issue.id] = issue
        return issue

    def issue_from_template(self, account_id: int, list_id: int, template_id: int, name: str, subject: str) -> Issue:
        template = self.templates.get(template_id)
        if template is None or template.account_id != account_id:
            raise ApiError(404, "TEMPLATE_NOT_FOUND", "no such template")
        fields = {"title": name, "subject": subject, "html_content": template.html, "template": template.id}
        return self.create_issue(account_id, list_id, fields)

    def send_issue(self, account_id: int, list_id: int, issue_id: int, contact_ids: list[int], when: str) -> Issue:
        target = self.active_list(account_id, list_id)
        issue = self.issues.get(issue_id)
        if issue is None or issue.list_id != target.id:
            raise ApiError(404, "ISSUE_NOT_FOUND", "no such issue in this list")
        outside = [c for c in contact_ids if c not in target.subscribers]
        if outside:
            raise ApiError(400, "NOT_SUBSCRIBED", f"contact {outside[0]} is not subscribed to the list")
        issue.sends.append((tuple(contact_ids), when))
        return issue

    def add_template(self, account_id: int, name: str, html: str) -> Template:
        template = Template(self._id(), account_id, name, html)
        self.templates[template.id] = template
        return template
