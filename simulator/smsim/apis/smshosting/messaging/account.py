"""Sender aliases, the user profile and the reseller calls (see :mod:`.messaging` for the rules)."""

from __future__ import annotations

import re
from typing import Any

from ....kernel import ApiError, SimResponse, empty_response
from ....openapi import ValidatedRequest
from ..common import AreaHandler, date_range, fmt_date, fmt_dotted, in_range, ok, page, parse_date, trimmed
from ..state import Account
from .context import MessagingContext
from .sms import SmsHandlers
from .state import ALIAS_VERIFY_DELAY, EMAIL_RE, YEAR, Alias, italy_sms, money

_DIGITS = re.compile(r"^[0-9]+$")
_PHONE = re.compile(r"^\+?[0-9]{6,15}$")
_IT_POSTCODE = re.compile(r"^[0-9]{5}$")
_IT_PROVINCE = re.compile(r"^[A-Z]{2}$")
_IT_VAT = re.compile(r"^[0-9]{11}$")
_IT_TAXCODE = re.compile(r"^(?:[0-9]{11}|[A-Za-z0-9]{16})$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
MAX_NEW_PACK_SMS = 1_000_000
MAX_UNIT_COST = 1.0

# Packs on sale to every reseller (listSmsPacks); totalCost = smsItaly x unitCostItaly.
PACKS: list[dict[str, Any]] = [
    {"id": 1, "smsItaly": 100, "unitCostItaly": 0.07},
    {"id": 2, "smsItaly": 1000, "unitCostItaly": 0.06},
    {"id": 3, "smsItaly": 10000, "unitCostItaly": 0.05},
]
for _pack in PACKS:
    _pack.update(
        unitCostOtherZoneA=0.084,
        unitCostOtherZoneB=0.105,
        unitCostOtherZoneC=0.158,
        totalCost=money(_pack["smsItaly"] * _pack["unitCostItaly"]),
        validFromDate="01.01.2020",
        validToDate="31.12.2099",
    )

PERSONAL_FIELDS = (
    "name",
    "lastname",
    "username",
    "email",
    "businessname",
    "address",
    "city",
    "postcode",
    "province",
    "country",
    "birthdate",
    "phone",
    "msisdn",
    "taxcode",
    "vatnumber",
)


def _need(value: str, ok: bool, code: str) -> str:
    if not ok:
        raise ApiError(400, code, f"invalid value for {code.removeprefix('BAD_').lower()}")
    return value


class AccountHandlers:
    def __init__(self, messaging: MessagingContext, sms: SmsHandlers) -> None:
        self.m = messaging
        self.sms = sms

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            "listAliases": self.list_aliases,
            "createAlias": self.create_alias,
            "deleteAlias": self.delete_alias,
            "getUser": self.get_user,
            "createSubaccount": self.create_subaccount,
            "searchSubaccounts": self.search_subaccounts,
            "getSubaccount": self.get_subaccount,
            "updateSubaccount": self.update_subaccount,
            "deleteSubaccount": self.delete_subaccount,
            "createSubaccountOrder": self.create_order,
            "listSmsPacks": self.list_packs,
            "removeSubaccountCredit": self.remove_credit,
        }

    # -- aliases --------------------------------------------------------------------------------

    def list_aliases(self, account: Account, request: ValidatedRequest) -> SimResponse:
        now = self.m.now()
        aliases = self.m.store(account).aliases
        return ok([aliases[k].to_json(now) for k in sorted(aliases)])

    def create_alias(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = {k: trimmed(v) for k, v in request.body.items()}
        store = self.m.store(account)
        alias = body["alias"]
        if not alias or len(alias) > 11:
            raise ApiError(400, "BAD_ALIAS", "1 to 11 characters")
        if any(a.fields["alias"].lower() == alias.lower() for a in store.aliases.values()):
            raise ApiError(400, "DUPLICATE_ALIAS", "this alias is already registered")
        italy = body["country"] == "IT"
        _need(body["businessname"], 0 < len(body["businessname"]) <= 100, "BAD_BUSINESSNAME")
        _need(
            body["vatnumber"], bool(_IT_VAT.match(body["vatnumber"]) if italy else body["vatnumber"]), "BAD_VATNUMBER"
        )
        _need(body["address"], bool(body["address"]), "BAD_ADDRESS")
        _need(body["city"], bool(body["city"]), "BAD_CITY")
        postcode_ok = _IT_POSTCODE.match(body["postcode"]) if italy else 0 < len(body["postcode"]) <= 10
        _need(body["postcode"], bool(postcode_ok), "BAD_POSTCODE")
        _need(
            body["province"], bool(_IT_PROVINCE.match(body["province"]) if italy else body["province"]), "BAD_PROVINCE"
        )
        _need(body["country"], bool(_COUNTRY.match(body["country"])), "BAD_COUNTRY")
        _need(body["email"], bool(EMAIL_RE.match(body["email"])), "BAD_EMAIL")
        _need(body["phone"], bool(_PHONE.match(body["phone"])), "BAD_PHONE")
        _need(body["taxcode"], bool(_IT_TAXCODE.match(body["taxcode"]) if italy else body["taxcode"]), "BAD_TAXCODE")
        _need(body["pec"], bool(EMAIL_RE.match(body["pec"])), "BAD_PEC")
        fields = {
            k: body[k]
            for k in (
                "alias",
                "vatnumber",
                "taxcode",
                "businessname",
                "address",
                "city",
                "postcode",
                "province",
                "country",
                "email",
                "phone",
                "pec",
            )
        }
        now = self.m.now()
        created = Alias(self.m.new_id("alias"), fields, now + ALIAS_VERIFY_DELAY)
        store.aliases[created.id] = created
        return ok(created.to_json(now))

    def delete_alias(self, account: Account, request: ValidatedRequest) -> SimResponse:
        if self.m.store(account).aliases.pop(request.path_params["aliasId"], None) is None:
            raise ApiError(404, "ALIAS_NOT_EXISTS", "no such alias")
        return empty_response(204)

    # -- user -----------------------------------------------------------------------------------

    def verified_aliases(self, account: Account) -> list[str]:
        now = self.m.now()
        aliases = self.m.store(account).aliases
        return [aliases[k].fields["alias"] for k in sorted(aliases) if aliases[k].status(now) == "VERIFIED"]

    def personal(self, account: Account) -> dict[str, Any]:
        profile = account.profile
        data: dict[str, Any] = {k: str(profile.get(k) or "") for k in PERSONAL_FIELDS}
        data["username"] = data["username"] or account.auth_key
        store = self.m.store(account)
        data.update(
            sender=self.sms.sender(account, None),
            senderAlias=self.verified_aliases(account),
            registrationDate=fmt_date(store.created_at),
            expirationDate=fmt_date(store.expires_at),
            credit=money(account.credit),
            italysms=italy_sms(account.credit),
        )
        return data

    def get_user(self, account: Account, request: ValidatedRequest) -> SimResponse:
        user = self.personal(account)
        if user["birthdate"]:
            try:
                user["birthdate"] = fmt_dotted(parse_date(user["birthdate"]))
            except ApiError:
                user["birthdate"] = ""
        user["accountPlan"] = "reseller" if account.profile.get("reseller") else "premium"
        user["authKey"] = account.auth_key  # the secret is not echoed: the caller has it
        return ok(user)

    # -- reseller -------------------------------------------------------------------------------

    @staticmethod
    def reseller(account: Account) -> Account:
        if not account.profile.get("reseller"):
            raise ApiError(400, "BAD_ACCOUNT_TYPE", "not a reseller account")
        if account.profile.get("resellerApi") is False:
            raise ApiError(400, "BAD_ACCOUNT_PERMISSION", "the reseller API is not enabled for this account")
        return account

    def child(self, account: Account, request: ValidatedRequest) -> Account:
        self.reseller(account)
        raw = str(request.path_params["accountId"])
        sub = self.m.api.accounts.by_id.get(int(raw)) if _DIGITS.match(raw) and len(raw) < 19 else None
        if sub is None or sub.parent_id != account.id:
            raise ApiError(400, "SUBUSER_NOT_EXISTS", "no such sub-account")
        return sub

    def subaccount_json(self, sub: Account) -> dict[str, Any]:
        body = self.personal(sub)
        body.update(id=str(sub.id), authKey=sub.auth_key, authSecret=sub.auth_secret)
        return body

    def username_taken(self, username: str, other_than: Account | None = None) -> bool:
        wanted = username.lower()
        return any(
            str(a.profile.get("username") or a.auth_key).lower() == wanted
            for a in self.m.api.accounts.by_id.values()
            if a is not other_than
        )

    @staticmethod
    def profile_from(body: dict[str, Any]) -> dict[str, Any]:
        name, lastname = trimmed(body["name"]), trimmed(body["lastname"])
        _need(name, 0 < len(name) <= 50, "BAD_NAME")
        _need(lastname, 0 < len(lastname) <= 50, "BAD_LASTNAME")
        _need(body["email"], bool(EMAIL_RE.match(body["email"])), "BAD_EMAIL")
        company = bool(body.get("companyType", False))
        businessname = trimmed(body.get("businessname") or "")
        if company and not businessname:
            raise ApiError(400, "BAD_BUSINESSNAME", "businessname is required for companies")
        if body.get("birthdate"):
            parse_date(body["birthdate"], "GENERIC_ERROR")
        profile: dict[str, Any] = {k: str(body.get(k) or "") for k in PERSONAL_FIELDS}
        profile.update(name=name, lastname=lastname, businessname=businessname, companyType=company)
        return profile

    def create_subaccount(self, account: Account, request: ValidatedRequest) -> SimResponse:
        self.reseller(account)
        body = request.body
        profile = self.profile_from(body)
        if self.username_taken(body["username"]):
            raise ApiError(400, "USERNAME_ALREADY_EXISTS", "the username is taken")
        sub = self.m.api.create_account(None, None, 0.0, parent=account, profile=profile)
        self.m.store(sub).password = body["password"]
        return ok(self.subaccount_json(sub))

    def search_subaccounts(self, account: Account, request: ValidatedRequest) -> SimResponse:
        self.reseller(account)
        query = request.query
        start, end = date_range(query)
        text = str(query.get("query") or "").lower()
        found = []
        for sub in self.m.api.accounts.children(account):
            names = (str(sub.profile.get(k) or "").lower() for k in ("username", "name", "lastname"))
            if text and not any(text in n for n in names):
                continue
            if not in_range(self.m.store(sub).created_at, start, end):
                continue
            found.append(sub)
        items, metadata = page(found, query)
        return ok({"metadata": metadata, "subUserList": [self.subaccount_json(s) for s in items]})

    def get_subaccount(self, account: Account, request: ValidatedRequest) -> SimResponse:
        return ok(self.subaccount_json(self.child(account, request)))

    def update_subaccount(self, account: Account, request: ValidatedRequest) -> SimResponse:
        sub = self.child(account, request)
        body = request.body
        profile = self.profile_from(body)
        if self.username_taken(body["username"], other_than=sub):
            raise ApiError(400, "BAD_USERNAME", "the username is taken")
        keep = {k: v for k, v in sub.profile.items() if k not in profile}
        sub.profile = {**keep, **profile}
        return ok(self.subaccount_json(sub))

    def delete_subaccount(self, account: Account, request: ValidatedRequest) -> SimResponse:
        sub = self.child(account, request)
        self.m.api.accounts.delete(sub)
        return empty_response(204)

    def create_order(self, account: Account, request: ValidatedRequest) -> SimResponse:
        sub = self.child(account, request)
        body = request.body
        if body.get("packId") is not None:
            pack = next((p for p in PACKS if p["id"] == body["packId"]), None)
            if pack is None:
                raise ApiError(400, "BAD_PACKID", "no such pack")
            cost = float(pack["totalCost"])
        elif body.get("newPackSmsItaly") is not None:
            count = body["newPackSmsItaly"]
            if not 1 <= count <= MAX_NEW_PACK_SMS:
                raise ApiError(400, "BAD_SMS", f"newPackSmsItaly must be 1 to {MAX_NEW_PACK_SMS}")
            unit = body.get("newPackUnitCostItaly", 0.07)
            if not 0 < unit <= MAX_UNIT_COST:
                raise ApiError(400, "BAD_UNITCOST", f"newPackUnitCostItaly must be above 0 and at most {MAX_UNIT_COST}")
            cost = money(count * unit)
        else:
            raise ApiError(400, "NO_PARAMS", "packId or newPackSmsItaly is required")
        if cost > account.credit + 1e-9:
            raise ApiError(400, "NO_CREDIT", "the reseller's credit does not cover the order")
        account.credit = money(account.credit - cost)
        sub.credit = money(sub.credit + cost)
        self.m.store(sub).expires_at = self.m.now() + YEAR
        return empty_response(200)

    def list_packs(self, account: Account, request: ValidatedRequest) -> SimResponse:
        self.reseller(account)
        return ok([dict(p) for p in PACKS])

    def remove_credit(self, account: Account, request: ValidatedRequest) -> SimResponse:
        sub = self.child(account, request)
        amount = max(0.0, sub.credit)
        sub.credit = 0.0
        account.credit = money(account.credit + amount)
        return empty_response(200)
