"""E-mail senders, templates, campaigns and single e-mails (see :mod:`.messaging` for the rules)."""

from __future__ import annotations

import json
from typing import Any

from ....kernel import ApiError, SimResponse, json_response
from ....openapi import ValidatedRequest
from ....openapi.ecma import is_blank
from ..common import AreaHandler, fmt_date, ok, page, parse_date, trimmed
from ..state import Account
from .context import MessagingContext
from .state import (
    EMAIL_DELIVERY_DELAY,
    EMAIL_RE,
    MAX_EMAIL_RECIPIENTS,
    PAST_DATE_TOLERANCE,
    Campaign,
    Email,
    MessagingStore,
)

VERIFIED_SENDER = "sender@example.com"
UNVERIFIED_SENDER = "unverified@example.com"


class EmailHandlers:
    def __init__(self, messaging: MessagingContext) -> None:
        self.m = messaging

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            "listEmailSenders": self.list_senders,
            "listEmailTemplates": self.list_templates,
            "getEmailTemplate": self.get_template,
            "listEmailCampaigns": self.list_campaigns,
            "getEmailCampaign": self.get_campaign,
            "getEmail": self.get_email,
            "sendEmailCampaign": self.send_campaign,
            "sendEmail": self.send_email,
        }

    def seed(self, store: MessagingStore, now: float) -> None:
        contact = {
            "contactCompany": "Example",
            "contactAddress": "via Roma 1",
            "contactCity": "Belluno",
            "contactProvince": "BL",
            "contactZipCode": "32100",
            "contactCountry": "IT",
            "contactPhone": "",
        }
        for email, name, verified in ((VERIFIED_SENDER, "Example Sender", True), (UNVERIFIED_SENDER, "Pending", False)):
            store.senders.append(
                {
                    "id": self.m.new_id("sender"),
                    "email": email,
                    "emailName": name,
                    "validationDate": fmt_date(now) if verified else None,
                    "insertDate": fmt_date(now),
                    **contact,
                }
            )
        for title, keys in (("Welcome", ["f_s_nome"]), ("Newsletter", [])):
            template: dict[str, Any] = {
                "id": self.m.new_id("template"),
                "title": title,
                "editorType": "B",
                "contentType": "multipart/alternative",
                "insertDate": fmt_date(now),
                "updateDate": fmt_date(now),
            }
            if keys:
                template["customFieldsKey"] = keys
            store.templates[template["id"]] = template

    # -- helpers --------------------------------------------------------------------------------

    def _store(self, account: Account) -> MessagingStore:
        if account.profile.get("emailPlan", True) is False:
            raise ApiError(400, "PLAN_NOT_ENABLED", "the e-mail API is not enabled for this account")
        return self.m.store(account)

    def _check_send(self, account: Account, body: dict[str, Any]) -> tuple[MessagingStore, float]:
        store = self._store(account)
        if body["templateId"] not in store.templates:
            raise ApiError(400, "BAD_TEMPLATEID", "unknown template")
        verified = {s["email"] for s in store.senders if s["validationDate"]}
        if body["from"] not in verified:
            raise ApiError(400, "BAD_FROM", "the sender is not a verified address")
        if is_blank(body["subject"]):
            raise ApiError(400, "BAD_SUBJECT", "the subject is empty")
        now = self.m.now()
        due_at = now
        if body.get("date"):
            due_at = parse_date(body["date"], echoed=True)
            if due_at < now - PAST_DATE_TOLERANCE:
                raise ApiError(400, "BAD_DATE", "the date is in the past")
            due_at = max(due_at, now)
        return store, due_at

    def _queue(
        self,
        store: MessagingStore | None,
        addresses: list[str],
        template_id: int,
        campaign_id: int | None,
        due_at: float,
    ) -> list[dict[str, Any]]:
        """One e-mail per valid, first-seen address (stored unless ``store`` is None, the
        sandbox); the ``EmailInsertResult`` items."""
        now = self.m.now()
        seen: set[str] = set()
        results: list[dict[str, Any]] = []
        for address in addresses:
            if not EMAIL_RE.match(address) or address.lower() in seen:
                results.append({"id": 0, "to": address, "status": "NOT_INSERTED"})
                continue
            seen.add(address.lower())
            email = Email(self.m.new_id("email"), address, template_id, campaign_id, now, due_at, status_at=now)
            if store is not None:
                store.emails[email.id] = email
                store.emails_active.add(email.id)
                self.m.schedule(store, due_at)
            results.append({"id": email.id, "to": address, "status": "INSERTED"})
        return results

    @staticmethod
    def _count_valid(addresses: list[str]) -> int:
        return len({a.lower() for a in addresses if EMAIL_RE.match(a)})

    def _charge(self, store: MessagingStore, count: int) -> None:
        if count > store.email_quota:
            raise ApiError(400, "NO_CREDIT", "not enough e-mails left")

    def campaign_json(self, store: MessagingStore, campaign: Campaign) -> dict[str, Any]:
        emails = [store.emails[i] for i in campaign.email_ids if i in store.emails]
        sent = sum(1 for e in emails if e.sent_at is not None)
        return {
            "id": campaign.id,
            "campaignTitle": campaign.title,
            "templateId": campaign.template_id,
            "from": campaign.sender,
            "fromName": campaign.sender_name,
            "subject": campaign.subject,
            "subjectPreviewText": campaign.preview,
            "enableOpenTracking": campaign.open_tracking,
            "enableLinkTracking": campaign.link_tracking,
            "stats": {
                "countEmailInserted": len(emails),
                "countEmailStatusPending": sum(1 for e in emails if e.status == "INSERTED"),
                "countEmailStatusNoSent": campaign.not_inserted,
                "countEmailTotSent": sent,
                "countEmailStatusBounced": sum(1 for e in emails if e.status == "BOUNCED"),
                "countEmailOpenedUnique": 0,
                "countEmailClickUnique": 0,
                "countEmailStatusSpamReport": 0,
                "countEmailCauseUnsubscribed": 0,
            },
        }

    # -- handlers -------------------------------------------------------------------------------

    def list_senders(self, account: Account, request: ValidatedRequest) -> SimResponse:
        return ok(list(self._store(account).senders))

    def list_templates(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = self._store(account)
        items, metadata = page([store.templates[k] for k in sorted(store.templates)], request.query)
        return ok({"metadata": metadata, "templates": items})

    def get_template(self, account: Account, request: ValidatedRequest) -> SimResponse:
        template = self._store(account).templates.get(request.path_params["templateId"])
        if template is None:
            raise ApiError(404, "TEMPLATE_NOT_EXISTS", "no such template")
        return ok(template)

    def list_campaigns(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = self._store(account)
        campaigns = [store.campaigns[k] for k in sorted(store.campaigns)]
        items, metadata = page(campaigns, request.query)
        return ok({"metadata": metadata, "campaignList": [self.campaign_json(store, c) for c in items]})

    def get_campaign(self, account: Account, request: ValidatedRequest) -> SimResponse:
        store = self._store(account)
        campaign = store.campaigns.get(request.path_params["campaignId"])
        if campaign is None:
            raise ApiError(404, "CAMPAIGN_NOT_EXISTS", "no such campaign")
        return ok(self.campaign_json(store, campaign))

    def get_email(self, account: Account, request: ValidatedRequest) -> SimResponse:
        email = self._store(account).emails.get(request.path_params["emailId"])
        if email is None:
            raise ApiError(404, "CAMPAIGN_NOT_EXISTS", "no such e-mail")
        return ok(email.to_json())

    def send_campaign(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = request.body
        store, due_at = self._check_send(account, body)
        if is_blank(body["campaignTitle"]):
            raise ApiError(400, "BAD_CAMPAIGN_TITLE", "the campaign title is empty")
        addresses = self.m.group_emails(account, body["group"])
        valid = self._count_valid(addresses)
        self._charge(store, valid)
        campaign_id = self.m.new_id("email_campaign")
        if body.get("sandbox"):
            return ok({"campaignId": campaign_id, "emailInserted": valid, "emailNotInserted": len(addresses) - valid})
        results = self._queue(store, addresses, body["templateId"], campaign_id, due_at)
        email_ids = [r["id"] for r in results if r["status"] == "INSERTED"]
        store.email_quota -= len(email_ids)
        store.campaigns[campaign_id] = Campaign(
            id=campaign_id,
            title=body["campaignTitle"],
            template_id=body["templateId"],
            sender=body["from"],
            sender_name=body["fromName"],
            subject=body["subject"],
            preview=body.get("subjectPreviewText", ""),
            open_tracking=body.get("enableOpenTracking", True),
            link_tracking=body.get("enableLinkTracking", True),
            email_ids=email_ids,
            not_inserted=len(results) - len(email_ids),
        )
        return ok(
            {
                "campaignId": campaign_id,
                "emailInserted": len(email_ids),
                "emailNotInserted": len(results) - len(email_ids),
            }
        )

    def send_email(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = request.body
        store, due_at = self._check_send(account, body)
        to: str = trimmed(body["to"])
        if to.startswith("["):
            try:
                items = json.loads(to)
            except (ValueError, RecursionError):
                raise ApiError(400, "GENERIC_ERROR", "to is not a JSON array") from None
            if not isinstance(items, list):
                raise ApiError(400, "GENERIC_ERROR", "to is not a JSON array")
            addresses = [str(i.get("to", "")) if isinstance(i, dict) else "" for i in items]
        else:
            addresses = [to]
        if not 1 <= len(addresses) <= MAX_EMAIL_RECIPIENTS:
            raise ApiError(400, "BAD_TO_SIZE", f"1 to {MAX_EMAIL_RECIPIENTS} recipients")
        valid = self._count_valid(addresses)
        self._charge(store, valid)
        sandbox = bool(body.get("sandbox"))
        results = self._queue(None if sandbox else store, addresses, body["templateId"], None, due_at)
        if not sandbox:
            store.email_quota -= sum(1 for r in results if r["status"] == "INSERTED")
        inserted = sum(1 for r in results if r["status"] == "INSERTED")
        return json_response(
            200, {"emailInserted": inserted, "emailNotInserted": len(results) - inserted, "email": results}
        )

    # -- time -----------------------------------------------------------------------------------

    def tick(self, store: MessagingStore, now: float) -> None:
        for email_id in sorted(store.emails_active):
            email = store.emails[email_id]
            if email.status == "INSERTED" and email.due_at <= now:
                email.status, email.sent_at, email.status_at = "SENT", email.due_at, email.due_at
            if email.status == "SENT" and email.sent_at is not None:
                final_at = email.sent_at + EMAIL_DELIVERY_DELAY
                if final_at <= now:
                    email.status = "BOUNCED" if "bounce" in email.to.lower() else "DELIVERED"
                    email.status_at = final_at
                    store.emails_active.discard(email_id)
                else:
                    self.m.schedule(store, final_at)
            elif email.status == "INSERTED":
                self.m.schedule(store, email.due_at)
