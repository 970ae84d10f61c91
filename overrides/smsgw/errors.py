"""One exception hierarchy for both gateways, one class per HTTP status.

The generated clients return error bodies as values (or ``None`` for statuses the spec does not
list); :func:`raise_for_status` turns any error response into the matching class below so that
application code can ``except NotFoundError`` instead of comparing status codes.  The same
classes serve both APIs; each API contributes only a small function that reads its error body
(``errorCode``/``errorMsg`` for Smshosting, ``result``/``error`` for smsend).

Nothing here ever holds a request URL, header or body, so no secret can leak through an
exception message or traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar


class SmsGatewayError(Exception):
    """Base class of every error raised by the overrides package."""


class APIConnectionError(SmsGatewayError):
    """No usable answer: the connection failed, was cut, or timed out.

    ``request_sent`` tells whether the gateway may have received (and acted on) the request:
    False only when the connection could not even be opened, so a resend is safe.
    """

    def __init__(self, message: str, *, request_sent: bool) -> None:
        super().__init__(message)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """No answer in time."""


def connection_error(error: Exception) -> APIConnectionError:
    """The overrides' error for an httpx transport error (no URL in the message: it may hold secrets)."""
    import httpx

    # Errors raised before any byte of the request went out: the connection could not be opened,
    # the request was refused locally (an invalid header: h11 checks before writing), or the URL
    # has a scheme no transport speaks.  Anything else may have reached the gateway.
    request_sent = not isinstance(
        error, httpx.ConnectError | httpx.ConnectTimeout | httpx.LocalProtocolError | httpx.UnsupportedProtocol
    )
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    reached = "may have reached the gateway" if request_sent else "did not reach the gateway"
    return kind(f"{type(error).__name__}: the request {reached}", request_sent=request_sent)


class OutcomeUnknownError(SmsGatewayError):  # noqa: N818 (named for what the caller learns)
    """A non-idempotent call failed ambiguously and could not be reconciled.

    ``check`` says what the caller should look up (e.g. the subaccount login) before retrying.
    """

    def __init__(self, message: str, *, operation: str, check: dict[str, Any]) -> None:
        super().__init__(message)
        self.operation = operation
        self.check = check


class NotDoneError(SmsGatewayError):
    """A non-idempotent call known not to have been carried out, after every attempt.

    Raised when an ambiguous failure was followed by look-ups that, once the settle window had
    closed, showed the change was not made, and making it again failed too.  ``operation`` and
    ``check`` say what was attempted; the call may be made again.
    """

    def __init__(self, message: str, *, operation: str, check: dict[str, Any]) -> None:
        super().__init__(message)
        self.operation = operation
        self.check = check


class NotSentError(NotDoneError):
    """A send that is known not to have reached some (or all) of its recipients.

    Raised when an ambiguous failure was followed by look-ups that, once the settle window had
    closed, showed no SMS for ``not_sent``, and sending them again failed too.  ``sent_to``
    holds the numbers that did get their SMS (under ``transaction_id``).  To finish the job,
    send to ``not_sent`` again, under a new transactionId.
    """

    def __init__(self, message: str, *, transaction_id: str, sent_to: list[str], not_sent: dict[str, str]) -> None:
        super().__init__(message, operation="sendSms", check={"transaction_id": transaction_id})
        self.transaction_id = transaction_id
        self.sent_to = sent_to
        self.not_sent = not_sent


class TransactionIdInUseError(SmsGatewayError):
    """The caller's transactionId already names SMS of an earlier send.

    The at-most-once send recognises its own SMS by their transactionId, so it refuses one that
    is in use (nothing is sent): SMS of another send are no proof that this one happened.
    """

    def __init__(self, transaction_id: str, found: int) -> None:
        super().__init__(f"transactionId {transaction_id!r} already holds {found} SMS of an earlier send")
        self.transaction_id = transaction_id
        self.found = found


class TwoFactorError(SmsGatewayError):
    """A smsend 2FA call answered ``200`` with ``status`` ``ERROR`` (the API's way to refuse).

    ``reason`` is the gateway's ``error`` text, ``tries_remaining`` its ``triesRemaining``
    (None when absent).  Never holds the PIN.
    """

    def __init__(self, message: str, *, reason: str | None, tries_remaining: int | None) -> None:
        super().__init__(message)
        self.reason = reason
        self.tries_remaining = tries_remaining


class PinRejectedError(TwoFactorError):
    """The PIN was refused: wrong (``tries_remaining > 0``: the user may type it again), or
    expired, used up or never requested (``tries_remaining == 0``: ``needs_new_pin``)."""

    @property
    def needs_new_pin(self) -> bool:
        """Whether no try is left on the pending PIN: request a new one."""
        return not self.tries_remaining


class LoginError(SmsGatewayError):
    """Username/password were refused by the login call (the gateway answers 404)."""


class APIStatusError(SmsGatewayError):
    """The gateway answered with an error status."""

    status_code: int = 0

    def __init__(
        self, status_code: int, code: str | None, message: str | None, headers: dict[str, str] | None = None
    ) -> None:
        self.status_code = status_code
        self.code = code  # machine-readable: Smshosting errorMsg, smsend error text
        self.message = message
        self.headers = headers or {}
        text = f"HTTP {status_code}"
        if code:
            text += f" {code}"
        if message and message != code:
            text += f": {message}"
        super().__init__(text)


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class MethodNotAllowedError(APIStatusError):
    status_code = 405


class RequestTimeoutError(APIStatusError):
    status_code = 408


class ConflictError(APIStatusError):
    status_code = 409


class PayloadTooLargeError(APIStatusError):
    status_code = 413


class UnsupportedMediaTypeError(APIStatusError):
    status_code = 415


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    """Any 5xx."""

    status_code = 500


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        MethodNotAllowedError,
        RequestTimeoutError,
        ConflictError,
        PayloadTooLargeError,
        UnsupportedMediaTypeError,
        UnprocessableEntityError,
        RateLimitError,
    )
}


def error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


class _GeneratedResponse(Protocol):
    """The shape of ``Response`` in both generated clients."""

    @property
    def status_code(self) -> Any: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Any: ...


R = TypeVar("R", bound=_GeneratedResponse)
# Reads (code, message) out of an error body; returns (None, None) when the body is unreadable.
ErrorReader = Callable[[bytes], tuple[str | None, str | None]]


# Request extensions set by the auth strategies, read by the response hooks below.
LOGIN_REQUEST = "smsgw.login"  # a login call made by an auth strategy: it handles its own errors
WILL_RETRY_401 = "smsgw.will_retry_401"  # the auth strategy will log in again on a 401


def response_hooks(read_error: ErrorReader) -> tuple[Callable[[Any], None], Callable[[Any], Any]]:
    """httpx response hooks (sync, async) raising the typed error of any error response.

    They make every generated call raise instead of returning error bodies as values.  A 401
    that the auth strategy is about to answer with a new login passes through, and so do the
    strategy's own login calls, so that raising never cuts an auth flow short.
    """

    def skip(response: Any) -> bool:
        extensions = response.request.extensions
        return bool(
            response.status_code < 400
            or extensions.get(LOGIN_REQUEST)
            or (response.status_code == 401 and extensions.get(WILL_RETRY_401))
        )

    def sync_hook(response: Any) -> None:
        if not skip(response):
            response.read()
            raise_for_status(response, read_error)

    async def async_hook(response: Any) -> None:
        if not skip(response):
            await response.aread()
            raise_for_status(response, read_error)

    return sync_hook, async_hook


def raise_for_status(response: R, read_error: ErrorReader) -> R:
    """Return ``response`` unchanged if it is a success, else raise the matching error class."""
    status = int(response.status_code)
    if status < 400:
        return response
    code, message = read_error(response.content)
    headers = {k.lower(): v for k, v in dict(response.headers).items() if k.lower() in ("retry-after", "content-type")}
    if status == 404 and code is None and message is None:
        message = no_api_message(response)
    raise error_class(status)(status, code, message, headers)


def no_api_message(response: Any) -> str:
    """What a 404 without the API's error body means: nothing serves the API at that URL.

    Names the method and path (never the query, which may hold a login password, nor headers).
    """
    request = getattr(response, "_request", None)  # httpx.Response; the generated one has none
    where = f" at {request.method} {request.url.path}" if request is not None else ""
    return (
        f"no API answered{where}: HTTP 404 without the API's error body; check the base URL "
        "(or that the gateway serves this operation)"
    )


def is_api_error_body(body: bytes, read_error: ErrorReader) -> bool:
    """Whether ``body`` is in the API's own error format (as :func:`raise_for_status` reads it)."""
    return read_error(body) != (None, None)


T = TypeVar("T")


def parsed_as(response: Any, expected: type[T], read_error: ErrorReader) -> T:
    """The parsed body of a successful generated ``Response``, checked to be an ``expected``."""
    parsed = raise_for_status(response, read_error).parsed
    if not isinstance(parsed, expected):
        raise SmsGatewayError(f"expected a {expected.__name__} body, got {type(parsed).__name__}")
    return parsed
