"""The messaging area of the simulated Smshosting API: SMS, OTP, e-mail, inbound SMS, sender
aliases, the user profile and the reseller calls (the 31 operations of part 1 of the spec).

The rules the simulator applies (the contract is ``spec/smshosting.yaml``; where the vendor is
silent, the choices below are this simulator's own):

**Credit and prices.** ``Account.credit`` is in euro. One SMS part to an Italian number
(``39...``) costs 0.05 EUR, to any other number 0.08 EUR; ``italysms`` in ``getUser`` is the
credit divided by 0.05. A send is charged in full when it is accepted (scheduled ones too; a
cancelled SMS is refunded and shows ``price: 0``); when the credit does not cover the whole send
nothing is sent (``400 BAD_CREDIT``, ``NO_CREDIT`` for OTP). ``sandbox=true`` validates exactly
as a real send (credit included) and answers the same way with fresh ids, but stores and
charges nothing, so ``searchSms`` finds nothing afterwards.

**Text.** ``encoding`` is ``7BIT`` when omitted. GSM 03.38 text takes 160 characters in one SMS
and 153 per part when concatenated, with ``^{}\\[~]|€`` counting twice; ``UCS2`` (or ``AUTO``
with any character outside GSM 03.38) takes 70 UTF-16 units, 67 per part. At most 7 parts
(``BAD_TEXT`` beyond); a ``7BIT`` text with characters outside GSM 03.38 is ``BAD_ENCODING``.
Binary sends (``sendSmsBulk`` with ``udh`` or ``pid``): 140 bytes, 134 per part.

**Recipients.** ``to`` is a comma list or a JSON array of objects with ``msisdn`` and the values
of ``${name}`` placeholders (a placeholder without a value is ``BAD_TEXT_PLACEHOLDER``);
``group`` is a list of address-book list ids (``BAD_GROUP`` when unknown). A number is valid
with 6 to 15 digits (optional ``+``, stripped). Malformed numbers and repeats within one send
are refused one by one (``NOT_INSERTED`` with ``BADNUMBERFORMAT`` / ``DUPLICATESMS`` and
``id: 0``); no valid recipient at all, or more than 1000 on ``sendSms``/``estimateSms``, is
``NO_VALID_RECIPIENT``. The vendor's 24-hour duplicate rule and black lists are not simulated.

**Life of an SMS** (on the simulator clock, advanced by ``tick``): ``SENT`` at send time, or
``PENDING`` until its ``date`` (a date more than 60 s in the past is ``BAD_DATE``); 5 s after
``SENT`` it becomes ``DELIVERED``, except numbers ending in ``0000``, which become
``NOTDELIVERED``. Only ``PENDING`` SMS can be cancelled (``NOSENT``; given both ``id`` and
``transactionId``, an SMS must match both). On the final status the
``statusCallback`` (any http(s) URL; only loopback ones are called, the others are listed as
undeliverable by ``GET /_sim/smshosting/callbacks``) receives the
form-encoded ``id, transactionId, to, status, notificationDate``. Dates are answered in
Italian local time (Europe/Rome, e.g. ``+0200``), like every date of this API (:mod:`..common`).

**Searches** (``searchSms``, ``searchReceivedSms``, ``searchSubaccounts``) answer in id order
(oldest first), ``offset``/``limit`` paged; ``fromDate``/``toDate`` apply to the insert date of
an SMS (the receive date, the creation date) and ``fromDate`` after ``toDate`` is ``BAD_DATE``.

**transactionId.** Caller-chosen (at most 60 characters) or 32 random hex digits. Reusing one is
accepted (the vendor documents no error for it): the SMS of both sends then share it, and
``searchSms``/``cancelSms`` by ``transactionId`` see all of them.

**Bulk sends** are validated (and the credit checked) when queued and processed 1 s later: the
SMS are created and charged then and the ``transactionCallback`` gets the
``BulkTransactionCallback`` JSON (``ERROR``/``NO_CREDIT`` when the credit no longer suffices).

**OTP.** ``code_len`` digits, valid ``ttl`` seconds, ``max_retry`` checks. Check outcomes:
``VERIFIED``; ``FAILED`` (wrong code, or attempts used up: the code then stays unusable);
``EXPIRED`` (ttl over, or replaced by a newer code for the same number and ``app_id``);
``REUSED`` (already verified); ``CANCELLED``. An unknown ``verify_id`` is ``400 VERIFY ID
ERROR``. ``getOtp`` shows ``PENDING`` for a usable code and ``codice`` for sandbox requests. More
than 10 OTP SMS to one number within an hour is ``ANTISPAM``.

**E-mail.** Each account has two seeded senders (``sender@example.com`` verified,
``unverified@example.com`` not) and two templates; it may send 1000 e-mails (``NO_CREDIT``
beyond). E-mails go ``INSERTED`` -> ``SENT`` (at their date) -> ``DELIVERED`` 5 s later, or
``BOUNCED`` for addresses containing ``bounce``. A refused address is listed with ``id: 0``; a
``to`` that is not valid JSON is ``GENERIC_ERROR``; an unknown template is ``404
TEMPLATE_NOT_EXISTS``, an unknown campaign or e-mail ``404 CAMPAIGN_NOT_EXISTS`` (as
documented). ``profile["emailPlan"] = False`` makes every e-mail call ``PLAN_NOT_ENABLED``.

**Aliases** are ``NOTVERIFIED`` for 60 s after creation, then ``VERIFIED``. An alphanumeric
``from`` that is not a verified alias (nor the account's default sender) is replaced by a numeric
sender, as documented.

**User.** ``getUser`` answers the profile, credit and ``authKey``; the secret is not echoed.

**Reseller.** Only accounts with ``profile["reseller"]`` may call it (``BAD_ACCOUNT_TYPE``;
``profile["resellerApi"] = False`` gives ``BAD_ACCOUNT_PERMISSION``); another account's
sub-account is ``400 SUBUSER_NOT_EXISTS``, like an unknown one. A sub-account has its own
credentials (``authKey``/``authSecret`` in the answers), starts with no credit and gets credit
from orders: the order's cost (pack ``totalCost``, or ``newPackSmsItaly`` x
``newPackUnitCostItaly``) moves from the reseller to the sub-account (``NO_CREDIT`` when the
reseller cannot pay); ``removeSubaccountCredit`` moves all of it back. Deleting a sub-account
discards its remaining credit.

Control-plane actions (``/_sim/smshosting/<action>``, JSON ``auth_key`` selects the account):
``POST inbound`` ``{auth_key, sim?, from, text}`` delivers an SMS to an inbound service;
``GET messages`` lists the account's SMS with statuses; ``POST credit`` ``{auth_key, credit}``
sets the credit; ``POST plan`` ``{auth_key, email}`` switches the e-mail plan; ``GET otp``
``{auth_key, verify_id}`` reveals a code.
"""

from __future__ import annotations

import math
from typing import Any

from ....kernel import ControlAction
from ..common import AreaHandler, Host, fmt_date
from ..state import Account
from .account import AccountHandlers
from .context import MessagingContext
from .email import EmailHandlers
from .otp import OtpHandlers
from .sms import SmsHandlers
from .state import YEAR, MessagingStore

__all__ = ["Messaging"]


class Messaging(MessagingContext):
    """The messaging area (an :class:`~..common.Area`): its handler groups and control actions."""

    def __init__(self, api: Host) -> None:
        super().__init__(api)
        self.sms = SmsHandlers(self)
        self.otp = OtpHandlers(self, self.sms)
        self.email = EmailHandlers(self)
        self.account = AccountHandlers(self, self.sms)

    # -- the Area protocol --------------------------------------------------------------------

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            **self.sms.handlers(),
            **self.otp.handlers(),
            **self.email.handlers(),
            **self.account.handlers(),
        }

    def new_store(self, account: Account) -> MessagingStore:
        now = self.now()
        store = MessagingStore(created_at=now, expires_at=now + YEAR)
        self.email.seed(store, now)
        service_id = self.new_id("service")
        store.services.append(
            {
                "id": str(service_id),
                "sim": f"39339{account.id % 10_000_000:07d}",
                "key": "TEST",
                "expirationDate": fmt_date(now + YEAR),
            }
        )
        return store

    def tick(self, now: float) -> None:
        for account in list(self.api.accounts.by_id.values()):
            store = self.store(account)
            if store.next_due > now:
                continue
            store.next_due = math.inf
            self.sms.tick(account, store, now)
            self.email.tick(store, now)

    def control_actions(self) -> dict[tuple[str, str], ControlAction]:
        return {
            ("POST", "inbound"): lambda payload: self.sms.inject_inbound(self.account_for(payload), payload),
            ("GET", "messages"): self.control_messages,
            ("POST", "credit"): self.control_credit,
            ("POST", "plan"): self.control_plan,
            ("GET", "otp"): self.control_otp,
        }

    def control_messages(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``GET messages`` ``{auth_key}``: every SMS of an account, with its parts and callback."""
        store = self.store(self.account_for(payload))
        return {
            "messages": [
                {**s.to_json(), "parts": s.parts, "statusCallback": s.status_callback}
                for s in sorted(store.sms.values(), key=lambda s: s.id)
            ]
        }

    def control_credit(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``POST credit`` ``{auth_key, credit}``: set an account's credit (euro)."""
        account = self.account_for(payload)
        credit = float(payload["credit"])
        if not 0 <= credit <= 1e9:
            raise ValueError("credit must be between 0 and 1e9")
        account.credit = credit
        return {"credit": account.credit}

    def control_plan(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``POST plan`` ``{auth_key, email?}``: whether the account's plan includes e-mail."""
        account = self.account_for(payload)
        account.profile["emailPlan"] = bool(payload.get("email", True))
        return {"emailPlan": account.profile["emailPlan"]}

    def control_otp(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``GET otp`` ``{auth_key, verify_id}``: the code and state of a one-time password."""
        otp = self.store(self.account_for(payload)).otps.get(str(payload["verify_id"]))
        if otp is None:
            raise KeyError("no such verify_id")
        return {"verify_id": otp.verify_id, "code": otp.code, "state": otp.state}
