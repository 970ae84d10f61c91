"""Handlers of the smsend operations outside the Subaccount API: SMS, history, 2FA, user.

Each handler gets a request already validated against ``spec/smsend.yaml`` and applies the
platform rules of :mod:`.messages`, :mod:`.orders` and :mod:`.twofa` to the accounts of the
Subaccount API's state, so a send draws from the same credit balances that credit moves change.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ....kernel import ApiError, Handler, SimResponse, json_response, text_response
from ....openapi import ValidatedRequest
from ..state import RESPONSE_CREDIT_TYPES, Account, SmsendState
from .addressbook import AddressBook
from .aliases import Aliases
from .email import Email
from .inbox import Inbox
from .messages import format_timestamp, normalise_number, parse_schedule, parse_timestamp, render, resolve_sender
from .orders import Order, Outbox
from .twofa import TwoFactor

Principal = Account | None

# Control-plane actions of the messaging side, under /_sim/smsend/ (see Messaging.control).
PLATFORM_CONTROL = (
    ("POST", "received"),
    ("POST", "aliases/state"),
    ("POST", "landings"),
    ("POST", "email-templates"),
    ("POST", "delivery-outcome"),
    ("GET", "outbox"),
)
SHORT_LINK = "%SHORT_LINK%"
LANDING_LINK = "%PAGESLINK____________%"
DASHBOARD_URL = "https://app.gateway.smsend.it/dashboard"


@dataclass
class Messaging:
    """The messaging side of one simulated smsend platform."""

    state: SmsendState
    outbox: Outbox = field(default_factory=Outbox)
    twofa: TwoFactor = field(default_factory=TwoFactor)
    book: AddressBook = field(default_factory=AddressBook)
    aliases: Aliases = field(default_factory=Aliases)
    inbox: Inbox = field(default_factory=Inbox)
    email: Email = field(default_factory=Email)
    landing_pages: dict[int, dict[int, str]] = field(default_factory=dict)  # account -> id -> URL
    landing_names: dict[tuple[int, int], str] = field(default_factory=dict)
    money: dict[int, float] = field(default_factory=dict)
    field_labels: dict[int, dict[str, str]] = field(default_factory=dict)  # account -> customN -> label

    def handlers(self) -> dict[str, Handler[Principal]]:
        from .alias_handlers import AliasHandlers
        from .contacts import ContactHandlers
        from .email_handlers import EmailHandlers
        from .inbox_handlers import InboxHandlers

        return {
            **ContactHandlers(self).handlers(),
            **AliasHandlers(self).handlers(),
            **InboxHandlers(self).handlers(),
            **EmailHandlers(self).handlers(),
            "sendSms": self.send_sms,
            "sendParametricSms": self.send_parametric_sms,
            "sendSmsToGroups": self.send_sms_to_groups,
            "getSmsState": self.get_sms_state,
            "deleteScheduledSms": self.delete_scheduled_sms,
            "getSmsHistory": self.get_sms_history,
            "requestTwoFactorPin": self.request_pin,
            "verifyTwoFactorPin": self.verify_pin,
            "getUserStatus": self.user_status,
            "checkSession": self.check_session,
            "getDashboardUrl": self.dashboard,
            "resetPassword": self.reset_password,
        }

    # -- control plane (under /_sim/smsend/) -----------------------------------------------------

    def control(self, method: str, action: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """The messaging side's control actions; ``None`` when ``action`` is not one of them."""
        if (method, action) == ("POST", "received"):  # inject a received SMS (or an MO with "type")
            account = self._account(payload)
            message = self.inbox.receive(
                account.id,
                str(payload["sim"]),
                str(payload["sender"]),
                str(payload["text"]),
                self.now(),
                payload.get("type"),
            )
            return {"id_message": message.id}
        if (method, action) == ("POST", "aliases/state"):  # approve or block an alias
            alias = self.aliases.set_state(int(payload["id"]), int(payload["state"]))
            return alias.to_json()
        if (method, action) == ("POST", "landings"):  # publish a landing page
            account = self._account(payload)
            pages = self.landing_pages.setdefault(account.id, {})
            landing_id = max(pages, default=0) + 1
            pages[landing_id] = str(payload["url"])
            self.landing_names[(account.id, landing_id)] = str(payload.get("name", f"Landing {landing_id}"))
            return {"id_landing": landing_id}
        if (method, action) == ("POST", "email-templates"):  # a template made in the web panel
            account = self._account(payload)
            template = self.email.add_template(account.id, str(payload["name"]), str(payload.get("html", "")))
            return {"id": template.id}
        if (method, action) == ("POST", "delivery-outcome"):  # make a number's next messages end so
            self.outbox.fates[str(payload["number"])] = str(payload["status"])
            return {"number": payload["number"], "status": payload["status"]}
        if (method, action) == ("GET", "outbox"):  # what a handset received (texts, e.g. 2FA PINs)
            number = str(payload["number"])
            return {"messages": [{"order_id": o.order_id, "text": r.text} for o, r in self.outbox.sent_to(number)]}
        return None

    def _account(self, payload: dict[str, Any]) -> Account:
        account = self.state.by_login(str(payload.get("login", "demo")))
        if account is None:
            raise KeyError("no such account")
        return account

    # -- accounts -----------------------------------------------------------------------------

    def now(self) -> float:
        return self.state.clock.now()

    @staticmethod
    def user(principal: Principal) -> Account:
        """The authenticated account (the pipeline authenticated the request once)."""
        if principal is None:  # only the login operations authenticate nobody
            raise ApiError(401, "MISSING_CREDENTIALS", "credentials required")
        return principal

    def payer(self, account: Account) -> Account:
        """Whose credits the account's sends use: the superaccount's for credit-eat-mode 1 (S5)."""
        if account.parent_id is not None and account.credit_eat_mode == 1:
            return self.state.accounts[account.parent_id]
        return account

    # -- sending --------------------------------------------------------------------------------

    def _links(self, account: Account, text: str, body: dict[str, Any]) -> str:
        landing = body.get("id_landing")
        if landing is not None:
            url = self.landing_pages.get(account.id, {}).get(landing)
            if url is None:
                raise ApiError(400, "LANDING_NOT_FOUND", f"no published landing page {landing}")
            text = text.replace(LANDING_LINK, url)
        if body.get("short_link_url"):
            text = text.replace(SHORT_LINK, f"https://short.example/{secrets.token_urlsafe(6)}")
        return text

    def place(
        self,
        account: Account,
        body: dict[str, Any],
        texts: Callable[[str], list[tuple[str, str]]],
    ) -> tuple[Order, Account]:
        """Validate and place one order; ``texts`` maps the message (links resolved) to (number, text)."""
        message_type = body["message_type"]
        sender = resolve_sender(
            message_type,
            body.get("sender"),
            self.aliases.usable(account.id),
            str(account.profile.get("preferred-tpoa") or ""),
        )
        due = None
        if body.get("scheduled_delivery_time"):
            due = parse_schedule(body["scheduled_delivery_time"], body.get("scheduled_delivery_timezone"))
        payer = self.payer(account)
        order = self.outbox.place(
            account_id=account.id,
            payer_id=payer.id,
            wallet=payer.credits,
            message_type=message_type,
            sender=sender,
            texts=texts(self._links(account, body["message"], body)),
            encoding=body.get("encoding", "gsm"),
            now=self.now(),
            due=due,
            order_id=body.get("order_id"),
            allow_invalid=bool(body.get("allowInvalidRecipients")),
            blacklist=self.book.blacklist(account.id),
            campaign_name=body.get("campaign_name"),
        )
        return order, payer

    @staticmethod
    def send_result(order: Order, payer: Account, body: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {
            "result": "OK",
            "order_id": order.order_id,
            "total_sent": order.credits if body.get("returnCredits") else order.sent_count,
        }
        if body.get("returnRemaining"):
            result["remaining_credits"] = payer.credits.get(order.message_type, 0)
        return result

    def send_sms(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.user(principal), request.body
        order, payer = self.place(account, body, lambda text: [(n, text) for n in body["recipient"]])
        return json_response(201, self.send_result(order, payer, body))

    def send_parametric_sms(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.user(principal), request.body

        def texts(message: str) -> list[tuple[str, str]]:
            rendered = []
            for values in body["recipients"].values():
                rendered.append((values["recipient"], render(message, values)))
            return rendered

        order, payer = self.place(account, body, texts)
        return json_response(200, self.send_result(order, payer, body))

    def send_sms_to_groups(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.user(principal), request.body
        numbers = self.book.numbers_of_groups(account.id, body["recipient"])
        order, payer = self.place(account, body, lambda text: [(n, text) for n in numbers])
        return json_response(200, self.send_result(order, payer, body))

    def get_sms_state(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, now = self.user(principal), self.now()
        order = self.outbox.get(account.id, request.path_params["order_id"])
        recipients = []
        for recipient in order.recipients:
            final = order.delivery_time(recipient, now)
            recipients.append(
                {
                    "destination": recipient.destination,
                    "status": order.status(recipient, now),
                    "delivery_date": None if final is None else format_timestamp(final),
                }
            )
        return json_response(200, {"result": "OK", "recipients": recipients})

    def delete_scheduled_sms(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.user(principal)
        order_id = request.path_params["order_id"]
        order = self.outbox.get(account.id, order_id)
        self.outbox.cancel(account.id, order_id, self.state.accounts[order.payer_id].credits, self.now())
        return json_response(200, {"result": "OK"})

    def get_sms_history(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, query = self.user(principal), request.query
        zone = query.get("timezone")
        start = parse_timestamp(query["from"], zone)
        end = parse_timestamp(query["to"], zone) if query.get("to") else self.now()
        orders = self.outbox.history(account.id, start, end)
        number, size = query["pageNumber"], query["pageSize"]
        page = orders[(number - 1) * size : number * size]
        entries = [
            {
                "order_id": o.order_id,
                "create_time": format_timestamp(o.created, zone),
                "schedule_time": format_timestamp(o.due, zone),
                "message_type": o.message_type,
                "sender": o.sender,
                "num_recipients": len(o.recipients),
            }
            for o in page
        ]
        return json_response(
            200, {"result": "OK", "pageNumber": number, "pageSize": size, "total": len(orders), "smshistory": entries}
        )

    # -- two-factor authentication ------------------------------------------------------------

    def request_pin(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.user(principal), request.body
        number = normalise_number(body["recipient"])
        if number is None:
            raise ApiError(400, "INVALID_RECIPIENT", "recipient is not a valid phone number")
        previous = self.twofa.pins.get((account.id, number))
        pin = self.twofa.issue(account.id, number, self.now(), body.get("expiry"))
        sms = {"message_type": "N", "message": TwoFactor.message(pin, body.get("messageBody"))}
        if body.get("senderName"):
            sms["sender"] = body["senderName"]
        try:
            self.place(account, sms, lambda text: [(number, text)])
        except ApiError:
            if previous is None:
                del self.twofa.pins[(account.id, number)]
            else:
                self.twofa.pins[(account.id, number)] = previous
            raise
        return json_response(200, {"status": "OK"})

    def verify_pin(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, body = self.user(principal), request.body
        number = normalise_number(body["recipient"])
        if number is None:
            raise ApiError(400, "INVALID_RECIPIENT", "recipient is not a valid phone number")
        verdict = self.twofa.verify(account.id, number, body["pin"], self.now())
        if verdict.valid:
            return json_response(200, {"status": "OK"})
        return json_response(200, {"status": "ERROR", "error": verdict.reason, "triesRemaining": verdict.tries_left})

    # -- user -------------------------------------------------------------------------------------

    def user_status(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.user(principal)
        money = self.money.get(account.id, 0.0) if request.query.get("getMoney") else None
        sms = [{"type": kind, "quantity": account.credits.get(kind, 0)} for kind in RESPONSE_CREDIT_TYPES]
        email = {"bandwidth": 0, "purchased": None, "billing": "", "expiry": None}
        return json_response(200, {"money": money, "sms": sms, "email": email, "landing": None})

    def check_session(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        headers = request.headers
        keys = (headers.get("user_key"), headers.get("Session_key"), headers.get("Access_token"))
        return text_response(200, "true" if self.state.session_state(*keys) == "valid" else "false")

    def dashboard(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.user(principal)
        return text_response(200, f"{DASHBOARD_URL}?user={account.id}")

    def reset_password(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.user(principal)
        account.password = request.query["password"]
        return text_response(200, "true")
