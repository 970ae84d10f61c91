"""Handlers of the smsend sender aliases (TPOA, S27-S29)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....kernel import Handler, SimResponse, json_response
from ....openapi import ValidatedRequest

if TYPE_CHECKING:
    from ..state import Account
    from .service import Messaging

    Principal = Account | None


class AliasHandlers:
    def __init__(self, messaging: Messaging) -> None:
        self.m = messaging
        self.aliases = messaging.aliases

    def handlers(self) -> dict[str, Handler[Principal]]:
        return {
            "createAlias": self.create,
            "listAliases": self.list,
            "getAlias": self.get,
            "deleteAlias": self.delete,
        }

    def create(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        return json_response(200, self.aliases.create(account.id, request.body["alias"]).to_json())

    def list(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, query = self.m.user(principal), request.query
        found = self.aliases.of(account.id, hide_not_approved=bool(query.get("hide-not-approved")))
        number, size = query["pageNumber"], query["pageSize"]
        page = [a.to_json() for a in found[(number - 1) * size : number * size]]
        return json_response(200, {"pageNumber": number, "pageSize": size, "total": len(found), "aliases": page})

    def get(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        return json_response(200, self.aliases.get(account.id, request.path_params["alias_id"]).to_json())

    def delete(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        self.aliases.delete(account.id, request.path_params["alias_id"])
        return json_response(200, {"result": "OK"})
