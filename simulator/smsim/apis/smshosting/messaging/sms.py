"""SMS sends, search, cancel and estimate; inbound SMS (see :mod:`.messaging` for the rules)."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable
from typing import Any

from ....callbacks import is_http_url
from ....kernel import ApiError, SimResponse
from ....openapi import ValidatedRequest
from ..common import AreaHandler, date_range, fmt_date, in_range, ok, page, parse_date
from ..state import Account
from .context import MessagingContext
from .state import (
    BULK_DELAY,
    DELIVERY_DELAY,
    MAX_RECIPIENTS,
    NOT_DELIVERED_SUFFIX,
    PAST_DATE_TOLERANCE,
    Inbound,
    MessagingStore,
    Recipient,
    Sms,
    SmsBulk,
    binary_parts,
    compile_template,
    fill_placeholders,
    money,
    normalize_msisdn,
    text_parts,
)

DEFAULT_SENDER = "SMSHosting"
_NUMERIC_SENDER = re.compile(r"^\+?[0-9]+$")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # the spec's transactionId pattern, negated


def _ids(text: str) -> set[int]:
    """A comma-separated id list (pattern-checked by the spec); ids too long to exist are dropped."""
    return {int(part) for part in text.split(",") if len(part) <= 18}


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


class SmsHandlers:
    def __init__(self, messaging: MessagingContext) -> None:
        self.m = messaging

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            "sendSms": self.send_sms,
            "sendSmsBulk": self.send_sms_bulk,
            "searchSms": self.search_sms,
            "cancelSms": self.cancel_sms,
            "estimateSms": self.estimate_sms,
            "searchReceivedSms": self.search_received_sms,
            "listReceivingServices": self.list_receiving_services,
        }

    # -- request pieces -------------------------------------------------------------------------

    def sender(self, account: Account, given: str | None) -> str:
        """The sender actually used: numbers and verified aliases as given, else a numeric one."""
        default = str(account.profile.get("sender") or DEFAULT_SENDER)
        if not given:
            return default
        if _NUMERIC_SENDER.match(given) or given == default:
            return given
        now = self.m.now()
        store = self.m.store(account)
        if any(a.fields["alias"] == given and a.status(now) == "VERIFIED" for a in store.aliases.values()):
            return given
        return f"3933{account.id % 100_000_000:08d}"

    @staticmethod
    def transaction_id(given: str | None) -> str:
        if given is None or given == "":
            return secrets.token_hex(16)
        if len(given) > 60 or _CONTROL.search(given):
            raise ApiError(400, "BAD_TRANSACTIONID", "transactionId: at most 60 characters, no control characters")
        return given

    @staticmethod
    def callback(given: str | None) -> str | None:
        """Any http(s) URL the spec allows; only loopback ones are ever called (see ``callbacks``)."""
        if given is None or given == "":
            return None
        if len(given) > 2000 or not is_http_url(given):
            raise ApiError(400, "BAD_CALLBACK", "callback URLs are http or https URLs")
        return given

    def due_at(self, date: str | None) -> float:
        now = self.m.now()
        if not date:
            return now
        when = parse_date(date, echoed=True)
        if when < now - PAST_DATE_TOLERANCE:
            raise ApiError(400, "BAD_DATE", "the scheduling date is in the past")
        return max(when, now)

    def recipients(
        self,
        account: Account,
        body: dict[str, Any],
        *,
        cap: int | None,
        binary: bool = False,
    ) -> list[Recipient]:
        """Every recipient of a send with its own text and number of parts."""
        entries: list[tuple[str, dict[str, str]]] = []
        to = body.get("to") or ""
        if to.startswith("["):
            try:
                items = json.loads(to)
                # a lone UTF-16 surrogate ("\ud800") decodes but can never be written out again
                json.dumps(items, ensure_ascii=False).encode()
            except (ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
                raise ApiError(400, "NO_VALID_RECIPIENT", "to is not a JSON array of encodable text") from None
            if not isinstance(items, list):
                raise ApiError(400, "NO_VALID_RECIPIENT", "to is not a JSON array")
            for item in items:
                if not isinstance(item, dict) or _scalar(item.get("msisdn")) is None:
                    entries.append(("", {}))
                    continue
                values = {str(k): v for k, v in ((k, _scalar(v)) for k, v in item.items()) if v is not None}
                entries.append((values.pop("msisdn"), values))
        elif to:
            entries.extend((number, {}) for number in to.split(","))
        if body.get("group"):
            entries.extend((number, {}) for number in self.m.group_members(account, str(body["group"])))
        if cap is not None and len(entries) > cap:
            raise ApiError(400, "NO_VALID_RECIPIENT", f"at most {cap} recipients per request")
        text: str = body["text"]
        template = compile_template(text)
        encoding = str(body.get("encoding") or "7BIT")
        parts_of: dict[str, int] = {}
        seen: set[str] = set()
        result: list[Recipient] = []
        for given, values in entries:
            recipient = Recipient(given, normalize_msisdn(given))
            if recipient.msisdn is not None:
                recipient.duplicate = recipient.msisdn in seen
                seen.add(recipient.msisdn)
            if recipient.ok:
                recipient.text = text if binary else fill_placeholders(template, values)
                if recipient.text not in parts_of:
                    parts = binary_parts(recipient.text) if binary else text_parts(recipient.text, encoding)
                    parts_of[recipient.text] = parts
                recipient.parts = parts_of[recipient.text]
            result.append(recipient)
        if not any(r.ok for r in result):
            raise ApiError(400, "NO_VALID_RECIPIENT", "no valid recipient")
        return result

    @staticmethod
    def total_cost(recipients: Iterable[Recipient]) -> float:
        return money(sum(r.cost for r in recipients))

    def create(
        self,
        account: Account,
        recipients: list[Recipient],
        *,
        sender: str,
        transaction_id: str,
        due_at: float,
        status_callback: str | None,
        now: float,
    ) -> dict[int, Sms]:
        """Store and charge the SMS of accepted recipients; index -> SMS."""
        store = self.m.store(account)
        created: dict[int, Sms] = {}
        for index, r in enumerate(recipients):
            if not r.ok or r.msisdn is None:
                continue
            sms = Sms(
                id=self.m.new_id("sms"),
                to=r.msisdn,
                text=r.text,
                sender=sender,
                transaction_id=transaction_id,
                parts=r.parts,
                price=money(r.cost),
                insert_at=now,
                due_at=due_at,
                status_callback=status_callback,
            )
            if due_at <= now:
                sms.status, sms.sent_at = "SENT", now
            store.sms[sms.id] = sms
            store.by_transaction.setdefault(transaction_id, []).append(sms.id)
            store.active.add(sms.id)
            self.m.schedule(store, sms.sent_at + DELIVERY_DELAY if sms.sent_at is not None else due_at)
            created[index] = sms
        account.credit = money(account.credit - self.total_cost(recipients))
        return created

    def results(self, recipients: list[Recipient], created: dict[int, Sms] | None) -> list[dict[str, Any]]:
        """``SmsInsertResult`` items: stored ids, fresh unstored ids in sandbox, 0 when refused."""
        out: list[dict[str, Any]] = []
        for index, r in enumerate(recipients):
            if r.ok and r.msisdn is not None:
                sms_id = created[index].id if created is not None else self.m.new_id("sms")
                out.append({"id": sms_id, "to": r.msisdn, "status": "INSERTED"})
            else:
                out.append({"id": 0, "to": r.given, "status": "NOT_INSERTED", "statusDetail": r.refusal()})
        return out

    # -- handlers -------------------------------------------------------------------------------

    def send_sms(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = request.body
        transaction_id = self.transaction_id(body.get("transactionId"))
        status_callback = self.callback(body.get("statusCallback"))
        due_at = self.due_at(body.get("date"))
        sender = self.sender(account, body.get("from"))
        recipients = self.recipients(account, body, cap=MAX_RECIPIENTS)
        if self.total_cost(recipients) > account.credit + 1e-9:
            raise ApiError(400, "BAD_CREDIT", "not enough credit for the whole send")
        created = None
        if not body.get("sandbox"):
            created = self.create(
                account,
                recipients,
                sender=sender,
                transaction_id=transaction_id,
                due_at=due_at,
                status_callback=status_callback,
                now=self.m.now(),
            )
        results = self.results(recipients, created)
        inserted = sum(1 for r in results if r["status"] == "INSERTED")
        return ok(
            {
                "from": sender,
                "text": body["text"],
                "transactionId": transaction_id,
                "smsInserted": inserted,
                "smsNotInserted": len(results) - inserted,
                "sms": results,
            }
        )

    def send_sms_bulk(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = request.body
        binary = "udh" in body or "pid" in body
        transaction_id = self.transaction_id(body.get("transactionId"))
        status_callback = self.callback(body.get("statusCallback"))
        transaction_callback = self.callback(body.get("transactionCallback"))
        due_at = self.due_at(body.get("date"))
        sender = self.sender(account, body.get("from"))
        if binary:
            binary_parts(body["text"])  # BAD_TEXT_HEX before anything about recipients
        recipients = self.recipients(account, body, cap=None, binary=binary)
        if self.total_cost(recipients) > account.credit + 1e-9:
            raise ApiError(400, "BAD_CREDIT", "not enough credit for the whole send")
        if not body.get("sandbox"):
            now = self.m.now()
            store = self.m.store(account)
            store.bulks.append(
                SmsBulk(
                    transaction_id=transaction_id,
                    submitted=now,
                    process_at=now + BULK_DELAY,
                    sender=sender,
                    text=body["text"],
                    recipients=recipients,
                    due_at=due_at,
                    status_callback=status_callback,
                    transaction_callback=transaction_callback,
                )
            )
            self.m.schedule(store, now + BULK_DELAY)
        return ok({"from": sender, "text": body["text"], "transactionId": transaction_id})

    def search_sms(self, account: Account, request: ValidatedRequest) -> SimResponse:
        query = request.query
        store = self.m.store(account)
        start, end = date_range(query)
        msisdn = None
        if query.get("msisdn"):
            msisdn = normalize_msisdn(query["msisdn"])
            if msisdn is None:
                raise ApiError(400, "BAD_MSISDN", "not a number with international prefix")
        ids = _ids(query["id"]) if query.get("id") else None
        if query.get("transactionId"):
            candidates: Iterable[int] = store.by_transaction.get(query["transactionId"], [])
        elif ids is not None:
            candidates = ids
        else:
            candidates = store.sms
        found = []
        for sms_id in sorted(set(candidates)):
            sms = store.sms.get(sms_id)
            if sms is None or (ids is not None and sms.id not in ids):
                continue
            if msisdn is not None and sms.to != msisdn:
                continue
            if query.get("status") and sms.status != query["status"]:
                continue
            if not in_range(sms.insert_at, start, end):
                continue
            found.append(sms)
        items, metadata = page(found, query)
        return ok({"metadata": metadata, "smsList": [s.to_json() for s in items]})

    def cancel_sms(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = request.body
        store = self.m.store(account)
        ids = _ids(body["id"]) if body.get("id") else None
        transaction_id = body.get("transactionId") or None
        if transaction_id is not None:
            candidates: Iterable[int] = store.by_transaction.get(transaction_id, [])
        else:
            candidates = ids or ()
        cancelled = []
        for sms_id in sorted(set(candidates)):
            sms = store.sms.get(sms_id)
            if sms is None or sms.status != "PENDING" or (ids is not None and sms_id not in ids):
                continue
            account.credit = money(account.credit + sms.price)
            sms.status, sms.price = "NOSENT", 0.0
            store.active.discard(sms_id)
            cancelled.append(sms.to_json())
        return ok(cancelled)

    def estimate_sms(self, account: Account, request: ValidatedRequest) -> SimResponse:
        recipients = self.recipients(account, request.body, cap=MAX_RECIPIENTS)
        return ok(
            {
                "cost": self.total_cost(recipients),
                "userCredit": account.credit,
                "smsCount": sum(r.parts for r in recipients if r.ok),
            }
        )

    # -- time -----------------------------------------------------------------------------------

    def tick(self, account: Account, store: MessagingStore, now: float) -> None:
        while store.bulks and store.bulks[0].process_at <= now:
            self.process_bulk(account, store.bulks.pop(0))
        for job in store.bulks:
            self.m.schedule(store, job.process_at)
        finished: list[Sms] = []
        for sms_id in sorted(store.active):
            sms = store.sms[sms_id]
            if sms.status == "PENDING" and sms.due_at <= now:
                sms.status, sms.sent_at = "SENT", sms.due_at
            if sms.status == "SENT" and sms.sent_at is not None:
                final_at = sms.sent_at + DELIVERY_DELAY
                if final_at <= now:
                    sms.final_at = final_at
                    sms.status = "NOTDELIVERED" if sms.to.endswith(NOT_DELIVERED_SUFFIX) else "DELIVERED"
                    finished.append(sms)
                else:
                    self.m.schedule(store, final_at)
            elif sms.status == "PENDING":
                self.m.schedule(store, sms.due_at)
        for sms in sorted(finished, key=lambda s: (s.final_at or 0.0, s.id)):
            store.active.discard(sms.id)
            if sms.status_callback and sms.final_at is not None:
                fields = {
                    "id": str(sms.id),
                    "transactionId": sms.transaction_id,
                    "to": sms.to,
                    "status": sms.status,
                    "notificationDate": fmt_date(sms.final_at),
                }
                self.m.api.callbacks.post_form(sms.status_callback, fields)

    def process_bulk(self, account: Account, job: SmsBulk) -> None:
        outcome: dict[str, Any] = {"transactionId": job.transaction_id}
        if self.total_cost(job.recipients) > account.credit + 1e-9:
            outcome.update(status="ERROR", errorMsg="NO_CREDIT")
        else:
            created = self.create(
                account,
                job.recipients,
                sender=job.sender,
                transaction_id=job.transaction_id,
                due_at=max(job.due_at, job.process_at),
                status_callback=job.status_callback,
                now=job.process_at,
            )
            items = []
            for result in self.results(job.recipients, created):
                if result["status"] == "NOT_INSERTED":
                    result.pop("id")
                items.append(result)
            outcome.update(
                status="COMPLETED",
                **{"from": job.sender},
                text=job.text,
                smsInserted=len(created),
                smsNotInserted=len(items) - len(created),
                sms=items,
            )
        if job.transaction_callback:
            self.m.api.callbacks.post_json(job.transaction_callback, outcome)

    # -- inbound SMS ----------------------------------------------------------------------------

    def list_receiving_services(self, account: Account, request: ValidatedRequest) -> SimResponse:
        return ok(list(self.m.store(account).services))

    def search_received_sms(self, account: Account, request: ValidatedRequest) -> SimResponse:
        query = request.query
        start, end = date_range(query)
        senders = None
        if query.get("from"):
            senders = {n for n in (normalize_msisdn(x) for x in query["from"].split(",")) if n is not None}
        sim = query.get("simIdRef")
        found = [
            sms
            for sms in self.m.store(account).inbound
            if (senders is None or normalize_msisdn(sms.sender) in senders)
            and (not sim or sms.sim_id == sim)
            and in_range(sms.receive_at, start, end)
        ]
        items, metadata = page(found, query)
        return ok({"metadata": metadata, "smsList": [s.to_json() for s in items]})

    def inject_inbound(self, account: Account, payload: dict[str, Any]) -> dict[str, Any]:
        store = self.m.store(account)
        wanted = payload.get("sim")
        service = next(
            (s for s in store.services if wanted is None or str(wanted) in (s["id"], s["sim"])),
            None,
        )
        if service is None:
            raise KeyError("no such inbound service on this account")
        sender, text = str(payload["from"]), str(payload["text"])
        if normalize_msisdn(sender) is None:
            raise ValueError("from must be a number with international prefix")
        sms = Inbound(self.m.new_id("inbound"), service["id"], sender, text, self.m.now())
        store.inbound.append(sms)
        return {"id": sms.id, **sms.to_json()}
