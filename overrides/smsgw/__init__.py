"""Typed Python clients for the smsend and Smshosting SMS gateways.

The client classes (see ``api.md`` for every resource and method)::

    from smsgw import Smshosting, AsyncSmshosting, Smsend, AsyncSmsend

    with Smshosting() as client:            # credentials from SMSHOSTING_AUTH_KEY/_SECRET
        sent = client.sms.send(to=["393401234567"], text="Hello")

Errors raise :mod:`smsgw.errors` (one class per status).  Below the client classes, the
generated endpoint functions (``smshosting_client.api.sms.send_sms`` ...) stay available as the
low-level layer, with the per-API helpers of :mod:`smsgw.smsend` and :mod:`smsgw.smshosting`
(auth strategies, ``unwrap``, paging, at-most-once sends).  Shared pieces:
:mod:`smsgw.pagination`, :mod:`smsgw.retry`, :mod:`smsgw.security`.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__
from .security import install_log_filter

if TYPE_CHECKING:
    from .clients import AsyncSmsend, AsyncSmshosting, Smsend, Smshosting

__all__ = ["AsyncSmsend", "AsyncSmshosting", "Smsend", "Smshosting"]

# httpx logs request URLs at INFO level, and smsend's login URL carries the password.
install_log_filter()


def __getattr__(name: str) -> Any:
    # The client classes are imported on first use: ``import smsgw`` stays cheap.
    if name in __all__:
        from . import clients

        value = getattr(clients, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
