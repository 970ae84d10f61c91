"""The simulated Smshosting API: Basic auth, dispatch to the areas, clock ticks, control plane.

Each area (:mod:`.messaging`, :mod:`.addressbook`) is an object with:

- ``name``: the key of its per-account data in ``Account.stores``;
- ``handlers()``: operationId -> ``handler(account, request) -> SimResponse``;
- ``new_store(account)``: the empty per-account data of a new tenant;
- ``tick(now)``: progress time-driven state (scheduled sends, delivery reports, bulk uploads);
- ``control(method, action, payload)``: its control-plane actions under ``/_sim/smshosting/``,
  returning ``None`` for actions it does not know.

Requests reach handlers already validated against ``spec/smshosting.yaml``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ..callbacks import CallbackSender
from ..core import SPEC_DIR, ApiError, Handler, SimResponse
from ..openapi import OpenAPISpec, RequestValidationError, ValidatedRequest
from .accounts import Account, AccountRegistry
from .errors import error_response, validation_error_response

if TYPE_CHECKING:
    from ..core import Simulator

BASE_PATH = "/rest/api"
DEMO_KEY = "demo-auth-key"
DEMO_SECRET = "demo-auth-secret"
DEMO_CREDIT = 100.0
_SPEC: OpenAPISpec | None = None

AreaHandler = Callable[[Account, ValidatedRequest], SimResponse]


class Area(Protocol):
    name: str

    def handlers(self) -> dict[str, AreaHandler]: ...

    def new_store(self, account: Account) -> Any: ...

    def tick(self, now: float) -> None: ...

    def control(self, method: str, action: str, payload: dict[str, Any]) -> dict[str, Any] | None: ...


def spec() -> OpenAPISpec:
    global _SPEC
    if _SPEC is None:
        _SPEC = OpenAPISpec.load(SPEC_DIR / "smshosting.yaml", base_path=BASE_PATH)
    return _SPEC


class SmshostingApi:
    name = "smshosting"
    base_path = BASE_PATH

    def __init__(self, simulator: Simulator) -> None:
        from .addressbook import AddressBook
        from .messaging import Messaging

        self.sim = simulator
        self.spec = spec()
        self.callbacks = CallbackSender()
        self.accounts = AccountRegistry()
        self.book = AddressBook(self)
        self.messaging = Messaging(self)
        self.areas: list[Area] = [self.messaging, self.book]
        self._handlers: dict[str, AreaHandler] = {}
        for area in self.areas:
            self._handlers.update(area.handlers())
        self.reset()

    @property
    def missing_handlers(self) -> set[str]:
        return set(self.spec.operations) - set(self._handlers)

    # -- the Api protocol ----------------------------------------------------------------

    def reset(self) -> None:
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

    def handler(self, operation_id: str) -> Handler:
        area_handler = self._handlers.get(operation_id)

        def handle(request: ValidatedRequest) -> SimResponse:
            account = self.account_for(request.headers.get("Authorization") or "")
            if area_handler is None:
                raise ApiError(500, "GENERIC_ERROR", f"{operation_id} is not simulated")
            return area_handler(account, request)

        return handle

    def error(self, status: int, code: str, detail: str = "") -> SimResponse:
        return error_response(status, code, detail)

    def validation_error(self, error: RequestValidationError, operation_id: str | None) -> SimResponse:
        declares_404 = operation_id is not None and "404" in self.spec.operations[operation_id].raw.get("responses", {})
        return validation_error_response(error, operation_id, path_not_found=declares_404)

    def tick(self) -> None:
        now = self.sim.clock.now()
        for area in self.areas:
            area.tick(now)

    def demo_credentials(self) -> list[str]:
        return [f"demo reseller account: AUTH_KEY={DEMO_KEY} AUTH_SECRET={DEMO_SECRET}"]

    def control(self, method: str, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        if (method, action) == ("POST", "accounts"):
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
        if (method, action) == ("GET", "callbacks"):
            self.callbacks.drain(float(payload.get("timeout", 2.0)))
            return {
                "deliveries": [
                    {"url": d.url, "status": d.status, "error": d.error, "body": d.body.decode()}
                    for d in self.callbacks.deliveries
                ]
            }
        for area in self.areas:
            result = area.control(method, action, payload)
            if result is not None:
                return result
        raise KeyError(f"no smshosting control action {method} {action}")

    # -- auth -----------------------------------------------------------------------------

    def authenticate(self, operation_id: str, headers: Mapping[str, str]) -> None:
        self.account_for(headers.get("authorization") or "")

    def account_for(self, header: str) -> Account:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic" or not encoded:
            raise ApiError(401, "BAD_CREDENTIALS", "HTTP Basic credentials required")
        try:
            key, sep, secret = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise ApiError(401, "BAD_CREDENTIALS", "malformed Basic credentials") from None
        account = self.accounts.authenticate(key, secret) if sep else None
        if account is None:
            raise ApiError(401, "BAD_CREDENTIALS", "unknown AUTH_KEY or wrong AUTH_SECRET")
        return account
