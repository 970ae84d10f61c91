"""One-time codes: sendOtp, checkOtp, cancelOtp, getOtp (see :mod:`.messaging` for the rules)."""

from __future__ import annotations

import re
import secrets
from typing import Any

from ....kernel import ApiError, SimResponse
from ....openapi import ValidatedRequest
from ..common import AreaHandler, ok
from ..state import Account
from .context import MessagingContext
from .sms import SmsHandlers
from .state import Otp, Recipient, compile_template, fill_placeholders, normalize_msisdn, text_parts

ANTISPAM_WINDOW = 3600.0
ANTISPAM_MAX = 10
MAX_CHECKS_KEPT = 100
VERIFY_ID_ERROR = "VERIFY ID ERROR"
_APP_ID = re.compile(r"^[A-Za-z0-9._\-]{1,50}$")


def _ms(moment: float) -> int:
    return int(round(moment * 1000))


class OtpHandlers:
    def __init__(self, messaging: MessagingContext, sms: SmsHandlers) -> None:
        self.m = messaging
        self.sms = sms

    def handlers(self) -> dict[str, AreaHandler]:
        return {
            "sendOtp": self.send_otp,
            "checkOtp": self.check_otp,
            "cancelOtp": self.cancel_otp,
            "getOtp": self.get_otp,
        }

    def _find(self, account: Account, verify_id: str) -> Otp:
        otp = self.m.store(account).otps.get(verify_id)
        if otp is None:
            raise ApiError(400, VERIFY_ID_ERROR, "unknown verify_id")
        return otp

    def _state(self, otp: Otp, now: float) -> str:
        if otp.state == "PENDING" and now > otp.valid_until:
            otp.state = "EXPIRED"
        return otp.state

    def send_otp(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = request.body
        now = self.m.now()
        store = self.m.store(account)
        msisdn = normalize_msisdn(body["to"])
        if msisdn is None:
            raise ApiError(400, "BAD_TO", "not a number with international prefix")
        app_id = body.get("app_id", "")
        if "app_id" in body and not _APP_ID.match(app_id):
            raise ApiError(400, "BAD_APP_ID", "app_id: 1-50 letters, digits, '.', '_' or '-'")
        code_len, max_retry, ttl = body.get("code_len", 4), body.get("max_retry", 3), body.get("ttl", 300)
        if not 4 <= code_len <= 6:
            raise ApiError(400, "BAD_COD_LEN", "code_len must be 4 to 6")
        if not 1 <= max_retry <= 20:
            raise ApiError(400, "BAD_RETRY", "max_retry must be 1 to 20")
        if not 10 <= ttl <= 300:
            raise ApiError(400, "BAD_TTL", "ttl must be 10 to 300 seconds")
        text: str = body["text"]
        if "${verify_code}" not in text:
            raise ApiError(400, "BAD_TEXT_PLACEHOLDER", "the text must contain ${verify_code}")
        code = f"{secrets.randbelow(10**code_len):0{code_len}d}"
        filled = fill_placeholders(compile_template(text), {"verify_code": code})
        recipient = Recipient(body["to"], msisdn, filled, text_parts(filled, str(body.get("encoding") or "7BIT")))
        sender = self.sms.sender(account, body.get("from"))
        sandbox = bool(body.get("sandbox"))
        store.otp_sends = [(t, n) for t, n in store.otp_sends if t > now - ANTISPAM_WINDOW]
        if sum(1 for _, n in store.otp_sends if n == msisdn) >= ANTISPAM_MAX:
            raise ApiError(400, "ANTISPAM", "too many SMS to this recipient in the last hour")
        if recipient.cost > account.credit + 1e-9:
            raise ApiError(400, "NO_CREDIT", "not enough credit")
        sms_id = None
        if not sandbox:
            created = self.sms.create(
                account,
                [recipient],
                sender=sender,
                transaction_id=secrets.token_hex(16),
                due_at=now,
                status_callback=None,
                now=now,
            )
            sms_id = created[0].id
            store.otp_sends.append((now, msisdn))
        for older in store.otps.values():
            if older.to == msisdn and older.app_id == app_id and older.state == "PENDING":
                older.state = "EXPIRED"  # only one active code per recipient and app_id
        otp = Otp(
            verify_id=secrets.token_hex(20),
            to=msisdn,
            sender=sender,
            app_id=app_id,
            code=code,
            submit_at=now,
            valid_until=now + ttl,
            max_retry=max_retry,
            sandbox=sandbox,
            sms_id=sms_id,
        )
        store.otps[otp.verify_id] = otp
        return ok({"verify_id": otp.verify_id})

    def check_otp(self, account: Account, request: ValidatedRequest) -> SimResponse:
        query = request.query
        otp = self._find(account, query["verify_id"])
        now = self.m.now()
        state = self._state(otp, now)
        counted = state == "PENDING"  # only checks of a usable code use up an attempt
        if counted:
            attempts = sum(1 for c in otp.checks if c["counted"])
            if secrets.compare_digest(query["verify_code"].encode(), otp.code.encode()):
                outcome = otp.state = "VERIFIED"
            else:
                outcome = "FAILED"
                if attempts + 1 >= otp.max_retry:
                    otp.state = "FAILED"
        else:
            outcome = {"CANCELLED": "CANCELLED", "VERIFIED": "REUSED"}.get(state, state)
        check: dict[str, Any] = {"counted": counted}
        check.update(date=_ms(now), verify_code=query["verify_code"], verify_status=outcome)
        if query.get("ip_address"):
            check["ip_address"] = query["ip_address"]
        if len(otp.checks) < MAX_CHECKS_KEPT:
            otp.checks.append(check)
        answer: dict[str, Any] = {"verify_status": outcome}
        if otp.sms_id is not None:
            answer["id_sms"] = str(otp.sms_id)
        return ok(answer)

    def cancel_otp(self, account: Account, request: ValidatedRequest) -> SimResponse:
        body = request.body
        if body.get("command") != "DELETE":
            raise ApiError(400, "BAD_COMMAND", "the only command is DELETE")
        otp = self._find(account, body["verify_id"])
        if self._state(otp, self.m.now()) != "PENDING":
            raise ApiError(400, "BAD STATUS", "the code is no longer usable")
        otp.state = "CANCELLED"
        return ok({"command": "DELETE"})

    def get_otp(self, account: Account, request: ValidatedRequest) -> SimResponse:
        verify_id = request.query.get("verify_id") or ""
        if not verify_id:
            raise ApiError(400, "NO_PARAMS", "verify_id is required")
        otp = self._find(account, verify_id)
        answer: dict[str, Any] = {
            "verify_id": otp.verify_id,
            "verify_status": self._state(otp, self.m.now()),
            "to": otp.to,
            "from": otp.sender,
            "date_submit": _ms(otp.submit_at),
            "valid_until": _ms(otp.valid_until),
            "checks": [{k: v for k, v in c.items() if k != "counted"} for c in otp.checks],
        }
        if otp.sms_id is not None:
            answer["id_sms"] = str(otp.sms_id)
        if otp.sandbox:
            answer["codice"] = otp.code
        return ok(answer)
