"""Handlers of the smsend received SMS and MO messages (S30-S33)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....kernel import Handler, SimResponse, json_response
from ....openapi import ValidatedRequest
from .inbox import Received, sims
from .messages import format_timestamp, parse_timestamp

if TYPE_CHECKING:
    from ..state import Account
    from .service import Messaging

    Principal = Account | None


def received_json(message: Received, timezone: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id_message": message.id,
        "id_sim": message.sim,
        "sender": message.sender,
        "sms_text": message.text,
        "sms_date": format_timestamp(message.received, timezone),
    }
    if message.mo_type is not None:
        body["type"] = message.mo_type
    return body


class InboxHandlers:
    def __init__(self, messaging: Messaging) -> None:
        self.m = messaging
        self.inbox = messaging.inbox

    def handlers(self) -> dict[str, Handler[Principal]]:
        return {
            "getNewReceivedSms": self.new,
            "getNewReceivedSmsOnSims": self.new,
            "getReceivedSmsHistory": self.history,
            "getReceivedSmsHistoryOnSims": self.history,
            "getReceivedSmsAfter": self.after,
            "getMoSmsHistory": self.mo_history,
        }

    def new(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account = self.m.user(principal)
        found = self.inbox.new(account.id, sims(request.path_params.get("id_sim")), request.query["limit"])
        return json_response(200, {"srsmshistory": [received_json(m) for m in found]})

    def after(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, params = self.m.user(principal), request.path_params
        wanted = sims(params["id_sim"]) or set()
        found = self.inbox.after(account.id, wanted, params["id_message"], request.query["limit"])
        return json_response(200, {"srsmshistory": [received_json(m) for m in found]})

    def _range(self, query: dict[str, Any]) -> tuple[float | None, float]:
        zone = query.get("timezone")
        start = parse_timestamp(query["from"], zone) if query.get("from") else None
        end = parse_timestamp(query["to"], zone) if query.get("to") else self.m.now()
        return start, end

    @staticmethod
    def _page(query: dict[str, Any], items: list[Received], key: str) -> SimResponse:
        number, size = query["pageNumber"], query["pageSize"]
        page = [received_json(m, query.get("timezone")) for m in items[(number - 1) * size : number * size]]
        return json_response(200, {"pageNumber": number, "pageSize": size, "total": len(items), key: page})

    def history(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, query = self.m.user(principal), request.query
        start, end = self._range(query)
        found = self.inbox.history(account.id, sims(request.path_params.get("id_sim")), start or 0.0, end)
        return self._page(query, found, "srsmshistory")

    def mo_history(self, principal: Principal, request: ValidatedRequest) -> SimResponse:
        account, query = self.m.user(principal), request.query
        start, end = self._range(query)
        return self._page(query, self.inbox.mo_history(account.id, query["type"], start, end), "mosmshistory")
