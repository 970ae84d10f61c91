"""Handlers of the simulated smsend API, one per operationId of ``spec/smsend.yaml``.

Requests reach these functions already validated against the spec (types coerced, defaults
filled, unknown fields refused), so a handler only applies the business rules: ownership (a
superaccount sees only its own subaccounts: 404 otherwise), credit-eat-mode preconditions and
credit conservation (see :mod:`.state`).

The pipeline authenticates each request once (:meth:`SmsendApi.authenticate`) and hands the
account to the handler; the two login operations get the HTTP Basic credentials they came
with (:class:`BasicLogin`), or ``None`` when their credentials are query parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ...clock import Clock
from ...kernel import (
    ApiError,
    ControlTable,
    Handler,
    SimResponse,
    basic_credentials,
    empty_response,
    json_response,
    load_spec,
    text_response,
)
from ...openapi import OpenAPISpec, RequestValidationError, ValidatedRequest
from .errors import error_response, validation_error_response
from .platform.service import PLATFORM_CONTROL, Messaging
from .state import RESPONSE_CREDIT_TYPES, Account, SmsendState


@dataclass(frozen=True)
class BasicLogin:
    """HTTP Basic credentials sent to a login operation (D34); checked by the login itself."""

    username: str
    password: str = field(repr=False)


# The caller's account; for the two login operations, the HTTP Basic credentials they came with,
# if any (None otherwise: their credentials are query parameters).
Principal = Account | BasicLogin | None

BASE_PATH = "/API/v1.0/REST"
DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo-password-1"
DEMO_CREDITS = {"N": 1000, "L": 2000, "LL": 5000}

# Subaccount fields the API fills itself (never taken from a request body).
SERVER_FIELDS_DEFAULTS: dict[str, Any] = {
    "allowtpoavalidation": False,
    "pa-code": None,
    "default-message-type": "N",
    "default-nation": "ita",
    "foreign": False,
    "legalAgreementVersion": 0,
    "max-subaccounts": 0,
    "partner": False,
    "partner-code": None,
    "private": False,
    "referral": False,
    "shop_cart_check": False,
    "split-payment": False,
    "subaccount": True,
    "subaccount-types": 0,
    "user-nation": "ita",
}
INPUT_DEFAULTS: dict[str, Any] = {
    "company": True,
    "company-name": None,
    "dfeu": True,
    "fax": "",
    "invoicing-email": None,
    "language": "ita",
    "num-cell-for-test-sms": "",
    "phone": "",
    "piva": None,
    "fiscal-code": "",
    "superaccount": False,
    "use24": True,
}


def euro(amount: float) -> str:
    """Money as the API prints it: '€ 12,500' (three decimals, decimal comma)."""
    return "€ " + f"{amount:.3f}".replace(".", ",")


class SmsendApi:
    name = "smsend"
    base_path = BASE_PATH

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.spec: OpenAPISpec = load_spec(self.name, BASE_PATH)
        self.state = SmsendState(clock)
        self.handlers: dict[str, Handler[Principal]] = {
            "loginSessionKey": self.login_session_key,
            "loginAccessToken": self.login_access_token,
            "listSubaccounts": self.list_subaccounts,
            "createSubaccount": self.create_subaccount,
            "updateSubaccount": self.update_subaccount,
            "changeSubaccountPassword": self.change_password,
            "getSubaccount": self.get_subaccount,
            "moveSubaccountCredits": self.move_credits,
            "getSubaccountCredits": self.get_credits,
            "listSubaccountPurchases": self.list_purchases,
            "createSubaccountPurchases": self.create_purchases,
            "deleteSubaccountPurchase": self.delete_purchase,
        }
        # The rest of the REST API (SMS, 2FA, user, address book, aliases, received SMS,
        # e-mail, landing pages): see .platform. Looked up per call, since reset() replaces it.
        self.messaging = Messaging(self.state)
        self.handlers.update({op: self._platform(op) for op in self.messaging.handlers()})
        self.control_actions: ControlTable = {
            ("POST", "accounts"): self.control_add_account,
            ("POST", "sessions/expire"): self.control_expire_sessions,
            ("GET", "credits"): self.control_credits,
            **{key: self._platform_control(*key) for key in PLATFORM_CONTROL},
        }
        missing = set(self.spec.operations) - set(self.handlers)
        if missing:
            raise RuntimeError(f"smsend operations without a handler: {sorted(missing)}")
        self.reset()

    # -- plumbing of the Api protocol ------------------------------------------------------

    def reset(self) -> None:
        self.state = SmsendState(self.clock)
        self.messaging = Messaging(self.state)
        self.seed_superaccount(DEMO_LOGIN, DEMO_PASSWORD, DEMO_CREDITS)

    def _platform(self, operation_id: str) -> Handler[Principal]:
        def handle(principal: Principal, request: ValidatedRequest) -> SimResponse:
            # Only the two login calls authenticate with Basic credentials (D34): here the
            # principal is the account that the user_key and session or token headers name.
            account = principal if isinstance(principal, Account) else None
            return self.messaging.handlers()[operation_id](account, request)

        return handle

    def _platform_control(self, method: str, action: str) -> Callable[[dict[str, Any]], Any]:
        def act(payload: dict[str, Any]) -> Any:
            return self.messaging.control(method, action, payload)

        return act

    def error(self, status: int, code: str, detail: str = "") -> SimResponse:
        return error_response(status, code, detail)

    def validation_error(self, error: RequestValidationError, operation_id: str | None) -> SimResponse:
        return validation_error_response(error)

    def tick(self) -> None:
        """Nothing to do ahead of time: sessions expire lazily, when a key is next presented."""

    def demo_credentials(self) -> list[str]:
        return [f"demo superaccount: username={DEMO_LOGIN} password={DEMO_PASSWORD}"]

    def seed_superaccount(self, login: str, password: str, credits: dict[str, int]) -> Account:
        profile = {
            **INPUT_DEFAULTS,
            **SERVER_FIELDS_DEFAULTS,
            "subaccount": False,
            "superaccount": True,
            "credit-eat-mode": 0,
            "max-subaccounts": 100,
        }
        profile.update({"name": login, "surname": login, "email": f"{login}@example.com", "login": login})
        return self.state.create_account(login, password, profile, None, credits)

    # -- control-plane actions under /_sim/smsend/ ------------------------------------------

    def control_add_account(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``POST accounts`` ``{login, password, credits?}``: a new superaccount."""
        credits = {str(k): int(v) for k, v in dict(payload.get("credits", DEMO_CREDITS)).items()}
        if any(v < 0 for v in credits.values()):
            raise ValueError("credits cannot be negative")
        account = self.seed_superaccount(str(payload["login"]), str(payload["password"]), credits)
        return {"id": account.id, "login": account.login, "user_key": account.user_key}

    def control_expire_sessions(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``POST sessions/expire``: every session key expires now."""
        return {"expired": self.state.expire_sessions()}

    def control_credits(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``GET credits`` ``{login?}``: the credits of a superaccount and of its subaccounts."""
        owner = self.state.by_login(str(payload.get("login", DEMO_LOGIN)))
        if owner is None:
            raise KeyError("no such account")
        subs = {s.login: dict(s.credits) for s in self.state.subaccounts(owner)}
        return {"superaccount": dict(owner.credits), "subaccounts": subs, "total": self.state.total_credits(owner)}

    # -- authentication --------------------------------------------------------------------

    def authenticate(self, operation_id: str, headers: Mapping[str, str]) -> Principal:
        if operation_id in ("loginSessionKey", "loginAccessToken"):
            credentials = basic_credentials(headers.get("authorization", ""))
            return BasicLogin(*credentials) if credentials else None
        if operation_id == "checkSession":  # no renewal, and "false" for an expired session key (S16)
            keys = (headers.get("user_key"), headers.get("session_key"), headers.get("access_token"))
            return self.state.session_account(*keys)
        return self.state.authenticate(headers.get("user_key"), headers.get("session_key"), headers.get("access_token"))

    @staticmethod
    def caller(account: Principal) -> Account:
        """The authenticated superaccount the request acts for."""
        if not isinstance(account, Account):  # only the login operations, which do not call this
            raise ApiError(401, "MISSING_CREDENTIALS", "credentials required")
        if not account.is_superaccount:
            raise ApiError(400, "NOT_A_SUPERACCOUNT", "only a superaccount may manage subaccounts")
        return account

    def _login(self, basic: Principal, request: ValidatedRequest, *, expires: bool) -> SimResponse:
        """Credentials as query parameters (documented) or HTTP Basic (D34); the query wins."""
        query = request.query
        if "username" in query or "password" in query:
            if "username" not in query or "password" not in query:
                raise ApiError(400, "MISSING_CREDENTIALS", "send both username and password")
            username, password = str(query["username"]), str(query["password"])
        elif isinstance(basic, BasicLogin):
            username, password = basic.username, basic.password
        else:
            raise ApiError(400, "MISSING_CREDENTIALS", "send username and password, as query or HTTP Basic")
        account, key = self.state.login(username, password, expires=expires)
        return text_response(200, f"{account.user_key};{key}")

    def login_session_key(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        return self._login(account, request, expires=True)

    def login_access_token(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        return self._login(account, request, expires=False)

    # -- subaccounts ----------------------------------------------------------------------

    def subaccount_json(self, sub: Account, owner: Account) -> dict[str, Any]:
        body = {k: v for k, v in sub.profile.items() if k not in ("password", "id-subaccount-profile")}
        body.update(
            {
                "id-user": sub.id,
                "login": sub.login,
                "active": sub.active,
                "activation-time": sub.create_time,
                "create-time": sub.create_time,
                "legal-agreement-time": sub.create_time,
                "super-account-name": owner.login,
            }
        )
        if sub.credit_eat_mode == 2:
            body["credits"] = [{"id": kind, "qty": sub.credits.get(kind, 0)} for kind in RESPONSE_CREDIT_TYPES]
            body["credits-sum"] = euro(sum(p.price for p in sub.purchases.values()))
        else:
            body["credits"] = []
            body["credits-sum"] = euro(0)
        return body

    def list_subaccounts(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        owner = self.caller(account)
        number, size = request.query["pageNumber"], request.query["pageSize"]
        subs = self.state.subaccounts(owner)
        page = subs[(number - 1) * size : number * size]
        return json_response(
            200,
            {
                "result": "OK",
                "pageNumber": number,
                "pageSize": size,
                "total": len(subs),
                "subaccount": [self.subaccount_json(s, owner) for s in page],
            },
        )

    def _profile_from(self, body: dict[str, Any]) -> dict[str, Any]:
        # company-name and piva when company is true: the spec's anyOf, checked with the request (D33)
        profile = {**INPUT_DEFAULTS, **SERVER_FIELDS_DEFAULTS, **body}
        profile.pop("password", None)
        return profile

    def create_subaccount(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        owner = self.caller(account)
        body = request.body
        profile = self._profile_from(body)
        password = body.get("password") or self.state.generated_password()
        sub = self.state.create_account(body["login"], password, profile, owner)
        return empty_response(200, [("location", f"/subaccount/{sub.id}")])

    def update_subaccount(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        owner = self.caller(account)
        sub = self.state.subaccount_of(owner, request.path_params["subaccount_id"])
        body = request.body
        other = self.state.by_login(body["login"])
        if other is not None and other is not sub:
            raise ApiError(400, "LOGIN_ALREADY_EXISTS", f"login {body['login']!r} is taken")
        profile = self._profile_from(body)
        if body.get("password"):
            sub.password = body["password"]
        sub.profile = profile
        sub.login = body["login"]
        lock = request.query.get("lock-subaccount")
        if lock is not None:
            sub.active = not lock
        return empty_response(200, [("location", f"/subaccount/{sub.id}")])

    def change_password(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        owner = self.caller(account)
        sub = self.state.subaccount_of(owner, request.path_params["subaccount_id"])
        sub.password = request.body["passwd"]
        return empty_response(201, [("location", f"/subaccount/{sub.id}/changepwd")])

    def get_subaccount(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        owner = self.caller(account)
        sub = self.state.subaccount_of(owner, request.path_params["subaccount_id"])
        return json_response(200, self.subaccount_json(sub, owner))

    # -- credits --------------------------------------------------------------------------

    def move_credits(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        owner = self.caller(account)
        sub = self.state.subaccount_of(owner, request.path_params["subaccount_id"])
        self.state.move_credits(owner, sub, request.body["credits"])
        return empty_response(201, [("location", f"/subaccount/{sub.id}/credit")])

    def get_credits(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        owner = self.caller(account)
        sub = self.state.subaccount_of(owner, request.path_params["subaccount_id"])
        credits = [{"message-type": kind, "amount": sub.credits.get(kind, 0)} for kind in RESPONSE_CREDIT_TYPES]
        return json_response(200, {"result": "OK", "credits": credits})

    # -- purchases ------------------------------------------------------------------------

    def _purchase_account(self, account: Principal, request: ValidatedRequest) -> Account:
        owner = self.caller(account)
        sub = self.state.subaccount_of(owner, request.path_params["subaccount_id"])
        if sub.credit_eat_mode != 2:
            raise ApiError(400, "CREDIT_EAT_MODE", "purchases exist only for subaccounts with credit-eat-mode 2")
        return sub

    def list_purchases(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        sub = self._purchase_account(account, request)
        number, size = request.query["pageNumber"], request.query["pageSize"]
        purchases = sorted(sub.purchases.values(), key=lambda p: p.id)
        page = purchases[(number - 1) * size : number * size]
        return json_response(
            200,
            {
                "result": "OK",
                "purchases": [p.to_json() for p in page],
                "pageNumber": number,
                "pageSize": size,
                "total": len(purchases),
            },
        )

    def create_purchases(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        sub = self._purchase_account(account, request)
        for item in request.body["purchases"]:
            self.state.add_purchase(sub, item)
        return empty_response(200, [("location", f"/subaccount/{sub.id}/purchase")])

    def delete_purchase(self, account: Principal, request: ValidatedRequest) -> SimResponse:
        sub = self._purchase_account(account, request)
        if sub.purchases.pop(request.path_params["purchase_id"], None) is None:
            raise ApiError(404, "PURCHASE_NOT_FOUND", "no such purchase")
        return json_response(200, {"result": "OK"})
