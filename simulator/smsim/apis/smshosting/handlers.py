"""The simulated Smshosting API: Basic auth, dispatch to the areas, clock ticks, control plane.

Each area (:mod:`.messaging`, :mod:`.addressbook`) implements :class:`~.common.Area` and sees
this object through :class:`~.common.Host`; both areas draw ids from the one allocator
(:attr:`SmshostingApi.ids`).

Requests reach handlers already validated against ``spec/smshosting.yaml``, with the account
that :meth:`SmshostingApi.authenticate` found from the Basic credentials (decoded once).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...callbacks import CallbackSender
from ...clock import Clock
from ...kernel import ApiError, ControlTable, SimResponse, basic_credentials, load_spec
from ...openapi import OpenAPISpec, RequestValidationError, ValidatedRequest
from .addressbook import AddressBook
from .common import Area, AreaHandler, Ids
from .errors import error_response, validation_error_response
from .messaging import Messaging
from .numeric_ids import NumericIds
from .state import Account, AccountRegistry

BASE_PATH = "/rest/api"
DEMO_KEY = "demo-auth-key"
DEMO_SECRET = "demo-auth-secret"
DEMO_CREDIT = 100.0


class SmshostingApi:
    name = "smshosting"
    base_path = BASE_PATH

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.spec: OpenAPISpec = load_spec(self.name, BASE_PATH)
        self.callbacks = CallbackSender()
        self.accounts = AccountRegistry()
        self.ids = Ids()
        self.book = AddressBook(self)
        self.messaging = Messaging(self)
        self.areas: list[Area] = [self.messaging, self.book]
        self.numeric_ids = NumericIds(self.spec.raw)
        self.handlers: dict[str, AreaHandler] = {}
        self.control_actions: ControlTable = {
            ("POST", "accounts"): self.control_add_account,
            ("GET", "callbacks"): self.control_callbacks,
            ("POST", "numeric-ids"): self.control_numeric_ids,
        }
        for area in self.areas:
            self.handlers.update(area.handlers())
            self.control_actions = {**self.control_actions, **area.control_actions()}
        self.handlers = {op: self._writing_ids(op, handler) for op, handler in self.handlers.items()}
        self.reset()

    def _writing_ids(self, operation_id: str, handler: AreaHandler) -> AreaHandler:
        def answer(account: Account, request: ValidatedRequest) -> SimResponse:
            return self.numeric_ids.apply(operation_id, handler(account, request))

        return answer

    @property
    def missing_handlers(self) -> set[str]:
        return set(self.spec.operations) - set(self.handlers)

    # -- for the areas (the Host protocol) ------------------------------------------------------

    def group_recipients(self, account: Account, group_id: str | int) -> list[str] | None:
        return self.book.group_recipients(account, group_id)

    def group_emails(self, account: Account, group_id: str | int) -> list[str] | None:
        return self.book.group_emails(account, group_id)

    # -- the Api protocol ----------------------------------------------------------------

    def reset(self) -> None:
        self.numeric_ids.set_form("documented")
        self.accounts = AccountRegistry()
        self.create_account(DEMO_KEY, DEMO_SECRET, DEMO_CREDIT, reseller=True)

    def create_account(
        self,
        key: str | None,
        secret: str | None,
        credit: float,
        *,
        parent: Account | None = None,
        reseller: bool = False,
        profile: dict[str, Any] | None = None,
    ) -> Account:
        account = self.accounts.create(key, secret, credit, parent, {"reseller": reseller, **(profile or {})})
        for area in self.areas:
            account.stores[area.name] = area.new_store(account)
        return account

    def error(self, status: int, code: str, detail: str = "") -> SimResponse:
        return error_response(status, code, detail)

    def validation_error(self, error: RequestValidationError, operation_id: str | None) -> SimResponse:
        declares_404 = operation_id is not None and "404" in self.spec.operations[operation_id].raw.get("responses", {})
        return validation_error_response(error, operation_id, path_not_found=declares_404)

    def tick(self) -> None:
        now = self.clock.now()
        for area in self.areas:
            area.tick(now)

    def demo_credentials(self) -> list[str]:
        return [f"demo reseller account: AUTH_KEY={DEMO_KEY} AUTH_SECRET={DEMO_SECRET}"]

    # -- control-plane actions under /_sim/smshosting/ (the areas add theirs) ------------------

    def control_add_account(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``POST accounts`` ``{auth_key?, auth_secret?, credit?, reseller?}``: a new account."""
        account = self.create_account(
            payload.get("auth_key"),
            payload.get("auth_secret"),
            float(payload.get("credit", DEMO_CREDIT)),
            reseller=bool(payload.get("reseller", False)),
        )
        return {
            "id": account.id,
            "auth_key": account.auth_key,
            "auth_secret": account.auth_secret,
            "credit": account.credit,
        }

    def control_numeric_ids(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``POST numeric-ids`` ``{form: documented | number | string}``: how answers write the
        ids the spec types ``SmshNumericId`` (see :mod:`.numeric_ids`)."""
        self.numeric_ids.set_form(str(payload["form"]))
        return {"form": self.numeric_ids.form}

    def control_callbacks(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``GET callbacks`` ``{timeout?}``: the callbacks delivered so far (waits for pending ones)."""
        self.callbacks.drain(float(payload.get("timeout", 2.0)))
        return {
            "deliveries": [
                {"url": d.url, "status": d.status, "error": d.error, "body": d.body.decode()}
                for d in self.callbacks.deliveries
            ]
        }

    # -- auth -----------------------------------------------------------------------------

    def authenticate(self, operation_id: str, headers: Mapping[str, str]) -> Account:
        return self.account_for(headers.get("authorization") or "")

    def account_for(self, header: str) -> Account:
        """The account of an ``Authorization: Basic`` header; 401 unless it is valid."""
        credentials = basic_credentials(header)
        if credentials is None:
            raise ApiError(401, "BAD_CREDENTIALS", "well-formed HTTP Basic credentials required")
        account = self.accounts.authenticate(*credentials)
        if account is None:
            raise ApiError(401, "BAD_CREDENTIALS", "unknown AUTH_KEY or wrong AUTH_SECRET")
        return account
