"""Keeping secrets out of sight and requests off plain HTTP.

- :class:`Secret` wraps a password, AUTH_SECRET, session key or token: its ``repr``/``str`` are
  ``'***'``, so it cannot leak through a log line, a repr of an auth object or an exception.
- :func:`redact_url` blanks secret query parameters; smsend's login puts the password in the
  query string, which httpx would otherwise log verbatim at INFO level.  :func:`install_log_filter`
  attaches that redaction to the ``httpx`` and ``httpcore`` loggers, once, on import of the
  overrides package.
- :func:`check_base_url` refuses ``http://`` to anything but loopback, so credentials sent with
  Basic auth or in a login query never cross a network in clear.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from typing import Any

import httpx

SECRET_QUERY_KEYS = ("password", "passwd", "secret", "token", "session_key", "access_token", "auth_secret")
_SECRET_QUERY = re.compile(r"(?i)([?&](?:" + "|".join(SECRET_QUERY_KEYS) + r")=)[^&#\s'\"]*")


class Secret:
    """A string that never shows itself by accident; call :meth:`reveal` to use it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a secret must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:  # refuse to pickle a secret into some cache by accident
        raise TypeError("secrets are not picklable")


def redact_url(url: str | httpx.URL) -> str:
    """``url`` with the values of secret query parameters replaced by ``***``."""
    return _SECRET_QUERY.sub(r"\1***", str(url))


class RedactSecretsFilter(logging.Filter):
    """Rewrites log records of httpx/httpcore so that no secret query value is emitted."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(redact_url(a) if isinstance(a, str | httpx.URL) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact_url(record.msg)
        return True


_FILTER = RedactSecretsFilter()


def install_log_filter() -> None:
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


def is_loopback_host(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """Return ``base_url`` without a trailing slash, or raise ValueError if it is unsafe."""
    url = httpx.URL(base_url)
    if url.scheme == "https" or (url.scheme == "http" and is_loopback_host(url.host)):
        return str(url).rstrip("/")
    if url.scheme == "http":
        raise ValueError(f"refusing plain http:// to {url.host}: credentials would travel in clear; use https://")
    raise ValueError(f"unsupported URL scheme {url.scheme!r}: use https://")
