"""smsend two-factor authentication, typed: request a PIN, verify it, raise when it is refused.

The API answers both verdicts of ``POST /2fa/verify`` with ``200`` and a ``status`` of ``OK`` or
``ERROR`` (with the tries left; an expired, used-up or missing PIN gives 0), so a caller of the
generated method must remember to read ``status``.  The helpers here do it once::

    with Smsend() as client:
        client.two_factor.request("+393471234567", expiry_minutes=5, message_body="Code: %PIN%")
        try:
            client.two_factor.verify("+393471234567", typed_pin)
        except PinRejectedError as refused:
            ask_again = not refused.needs_new_pin   # tries_remaining > 0: a typo, let the user retry
        ok = client.two_factor.check("+393471234567", typed_pin)   # or simply True / False

``client.two_factor`` on :class:`smsgw.Smsend` is a :class:`TwoFactor`, on
:class:`smsgw.AsyncSmsend` an :class:`AsyncTwoFactor` (same methods, coroutines).  They call the
generated ``client.two_factor_authentication`` methods; HTTP errors (a malformed number is
``400``) raise :mod:`smsgw.errors` as everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smsend_client.models import TwoFactorResult

from .errors import PinRejectedError, TwoFactorError

if TYPE_CHECKING:
    from smsend_client.resources.two_factor_authentication import (
        AsyncTwoFactorAuthenticationResource,
        TwoFactorAuthenticationResource,
    )

__all__ = ["AsyncTwoFactor", "PinRejectedError", "TwoFactor", "TwoFactorError"]


def _tries(result: TwoFactorResult) -> int | None:
    return result.tries_remaining if isinstance(result.tries_remaining, int) else None


def _reason(result: TwoFactorResult) -> str | None:
    return result.error if isinstance(result.error, str) else None


def _sent(result: TwoFactorResult) -> TwoFactorResult:
    if result.status != "OK":
        reason = _reason(result)
        raise TwoFactorError(
            f"the PIN was not sent: {reason or result.status}", reason=reason, tries_remaining=_tries(result)
        )
    return result


def _verdict(result: TwoFactorResult) -> TwoFactorResult:
    if result.status != "OK":
        reason, tries = _reason(result), _tries(result)
        left = "" if tries is None else f" ({tries} tries left)"
        raise PinRejectedError(
            f"the PIN was refused: {reason or result.status}{left}", reason=reason, tries_remaining=tries
        )
    return result


class TwoFactor:
    """Request and verify smsend 2FA PINs (``client.two_factor``)."""

    def __init__(self, resource: TwoFactorAuthenticationResource) -> None:
        self._resource = resource

    def request(
        self,
        recipient: str,
        *,
        expiry_minutes: int | None = None,
        message_body: str | None = None,
        sender_name: str | None = None,
    ) -> TwoFactorResult:
        """Send a new PIN to ``recipient`` (replacing a pending one); ``%PIN%`` in
        ``message_body`` marks where it goes.  Raises :class:`TwoFactorError` if refused."""
        return _sent(
            self._resource.request_pin(
                recipient=recipient, expiry=expiry_minutes, message_body=message_body, sender_name=sender_name
            )
        )

    def verify(self, recipient: str, pin: str) -> TwoFactorResult:
        """Accept ``pin`` (it is then used up) or raise :class:`PinRejectedError`."""
        return _verdict(self._resource.verify_pin(recipient=recipient, pin=pin))

    def check(self, recipient: str, pin: str) -> bool:
        """Whether ``pin`` is accepted (a refusal costs a try, as with :meth:`verify`)."""
        try:
            self.verify(recipient, pin)
        except PinRejectedError:
            return False
        return True


class AsyncTwoFactor:
    """The async twin of :class:`TwoFactor` (``client.two_factor`` on :class:`smsgw.AsyncSmsend`)."""

    def __init__(self, resource: AsyncTwoFactorAuthenticationResource) -> None:
        self._resource = resource

    async def request(
        self,
        recipient: str,
        *,
        expiry_minutes: int | None = None,
        message_body: str | None = None,
        sender_name: str | None = None,
    ) -> TwoFactorResult:
        """See :meth:`TwoFactor.request`."""
        return _sent(
            await self._resource.request_pin(
                recipient=recipient, expiry=expiry_minutes, message_body=message_body, sender_name=sender_name
            )
        )

    async def verify(self, recipient: str, pin: str) -> TwoFactorResult:
        """See :meth:`TwoFactor.verify`."""
        return _verdict(await self._resource.verify_pin(recipient=recipient, pin=pin))

    async def check(self, recipient: str, pin: str) -> bool:
        """See :meth:`TwoFactor.check`."""
        try:
            await self.verify(recipient, pin)
        except PinRejectedError:
            return False
        return True
