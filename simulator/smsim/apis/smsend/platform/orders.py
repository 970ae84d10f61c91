"""SMS orders: placing them against a credit wallet, their delivery states on the clock, history.

Rules (spec decisions in ``spec/smsend.decisions.md``):

- An order charges ``parts`` credits of its message type per recipient it sends to, from one
  wallet (the paying account's credits), all or nothing: without enough credits nothing is sent
  (400). Cancelling a scheduled order gives the credits back to the same wallet.
- Invalid and blacklisted numbers are refused (400) unless ``allowInvalidRecipients`` is true;
  then they are kept in the order with the final status ``UNKNRCPT`` / ``BLACKLISTED`` and cost
  nothing. A number given twice in one order gets one message.
- ``order_id`` is unique per account: a second order with the same id is refused (400), which is
  what lets a client that lost the answer find out whether its order was taken (``GET``).
- Delivery states follow the clock: ``SCHEDULED`` until the delivery time, then ``WAITING``,
  ``SENT`` after :data:`SUBMIT_SECONDS`, and for the type ``N`` (with delivery notification)
  ``DLVRD`` after :data:`DELIVERY_SECONDS`. A number given an outcome through :attr:`Outbox.fates`
  ends in that status instead (e.g. ``KO``, ``TIMEOUT``).
- Only an order still ``SCHEDULED`` can be cancelled; afterwards, or for an unknown id, 404.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from ....kernel import ApiError
from .messages import cost, normalise_number

SUBMIT_SECONDS = 2.0
DELIVERY_SECONDS = 30.0
NOTIFIED_TYPES = frozenset({"N"})
ORDER_ID = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")
FINAL_STATUSES = frozenset(
    {
        "DLVRD",
        "TOOM4USER",
        "TOOM4NUM",
        "ERROR",
        "TIMEOUT",
        "UNKNRCPT",
        "UNKNPFX",
        "DEMO",
        "INVALIDDST",
        "BLACKLISTED",
        "KO",
        "INVALIDCONTENTS",
    }
)


@dataclass
class Recipient:
    destination: str
    text: str
    parts: int
    skipped: str | None = None  # UNKNRCPT / BLACKLISTED: never sent, never charged
    fate: str | None = None  # final status forced by the control plane


@dataclass
class Order:
    order_id: str
    seq: int
    account_id: int
    payer_id: int
    created: float
    due: float
    scheduled: bool
    message_type: str
    sender: str
    encoding: str
    recipients: list[Recipient]
    credits: int
    campaign_name: str | None = None

    @property
    def sent_count(self) -> int:
        return sum(1 for r in self.recipients if r.skipped is None)

    def status(self, recipient: Recipient, now: float) -> str:
        if recipient.skipped is not None:
            return recipient.skipped
        if now < self.due:
            return "SCHEDULED"
        if now < self.due + SUBMIT_SECONDS:
            return "WAITING"
        if recipient.fate is not None:
            return recipient.fate
        if self.message_type in NOTIFIED_TYPES and now >= self.due + DELIVERY_SECONDS:
            return "DLVRD"
        return "SENT"

    def delivery_time(self, recipient: Recipient, now: float) -> float | None:
        """When the recipient's status became final, if it is."""
        status = self.status(recipient, now)
        if status == "DLVRD":
            return self.due + DELIVERY_SECONDS
        if recipient.fate is not None and status == recipient.fate:
            return self.due + SUBMIT_SECONDS
        return None


@dataclass
class Outbox:
    """Every order of one platform, by account and order id."""

    orders: dict[tuple[int, str], Order] = field(default_factory=dict)
    fates: dict[str, str] = field(default_factory=dict)  # number -> final status, set by the control plane
    _seq: int = 0

    def place(
        self,
        *,
        account_id: int,
        payer_id: int,
        wallet: dict[str, int],
        message_type: str,
        sender: str,
        texts: Iterable[tuple[str, str]],
        encoding: str,
        now: float,
        due: float | None = None,
        order_id: str | None = None,
        allow_invalid: bool = False,
        blacklist: Collection[str] = (),
        campaign_name: str | None = None,
    ) -> Order:
        """Take an order of ``(number, text)`` pairs, charging ``wallet``; 400 when it cannot be sent."""
        if order_id is None:
            order_id = uuid.uuid4().hex.upper()
        elif not ORDER_ID.match(order_id):
            raise ApiError(400, "INVALID_ORDER_ID", "order_id: 1 to 32 letters, digits, '_', '.' or '-'")
        if (account_id, order_id) in self.orders:
            raise ApiError(400, "DUPLICATE_ORDER_ID", f"an order with order_id {order_id!r} exists")
        recipients: list[Recipient] = []
        seen: set[str] = set()
        for raw, text in texts:
            number = normalise_number(raw)
            key = number or raw
            if key in seen:
                continue
            seen.add(key)
            if number is None or number in blacklist:
                skipped = "UNKNRCPT" if number is None else "BLACKLISTED"
                if not allow_invalid:
                    why = "is not a valid phone number" if number is None else "is on the SMS blacklist"
                    raise ApiError(400, "INVALID_RECIPIENT", f"recipient {raw!r} {why}")
                recipients.append(Recipient(key, text, 0, skipped=skipped))
                continue
            parts = cost(text, encoding, message_type).parts
            recipients.append(Recipient(number, text, parts, fate=self.fates.get(number)))
        charged = sum(r.parts for r in recipients)
        if not any(r.skipped is None for r in recipients):
            raise ApiError(400, "NO_VALID_RECIPIENTS", "no recipient can be sent to")
        if wallet.get(message_type, 0) < charged:
            raise ApiError(400, "NOT_ENOUGH_CREDIT", f"{charged} {message_type} credits needed")
        wallet[message_type] = wallet.get(message_type, 0) - charged
        self._seq += 1
        scheduled = due is not None and due > now
        order = Order(
            order_id=order_id,
            seq=self._seq,
            account_id=account_id,
            payer_id=payer_id,
            created=now,
            due=due if due is not None and scheduled else now,
            scheduled=scheduled,
            message_type=message_type,
            sender=sender,
            encoding=encoding,
            recipients=recipients,
            credits=charged,
            campaign_name=campaign_name,
        )
        self.orders[(account_id, order_id)] = order
        return order

    def get(self, account_id: int, order_id: str) -> Order:
        order = self.orders.get((account_id, order_id))
        if order is None:
            raise ApiError(404, "ORDER_NOT_FOUND", "no order with this order_id")
        return order

    def cancel(self, account_id: int, order_id: str, wallet: dict[str, int], now: float) -> Order:
        """Remove a still scheduled order and refund its credits to ``wallet`` (the payer's)."""
        order = self.orders.get((account_id, order_id))
        if order is None or now >= order.due:
            raise ApiError(404, "ORDER_NOT_FOUND", "no scheduled order with this order_id")
        del self.orders[(account_id, order_id)]
        wallet[order.message_type] = wallet.get(order.message_type, 0) + order.credits
        return order

    def history(self, account_id: int, start: float, end: float) -> list[Order]:
        """The account's orders created in ``[start, end]``, newest first."""
        found = [o for o in self.orders.values() if o.account_id == account_id and start <= o.created <= end]
        return sorted(found, key=lambda o: o.seq, reverse=True)

    def sent_to(self, number: str) -> list[tuple[Order, Recipient]]:
        """Every message addressed to ``number`` (normalised), oldest first: what the handset got."""
        found = [(o, r) for o in self.orders.values() for r in o.recipients if r.destination == number]
        return sorted(found, key=lambda pair: pair[0].seq)
