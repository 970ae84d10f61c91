"""HTTP Basic credentials, as both simulated APIs read them (Smshosting on every call, smsend on
its two login calls)."""

from __future__ import annotations

import base64
import binascii


def basic_credentials(header: str) -> tuple[str, str] | None:
    """``(user, password)`` of an ``Authorization: Basic ...`` value; None when the value is not
    a well-formed Basic header (other scheme, bad base64, not UTF-8, no colon)."""
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        return None
    try:
        user, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return (user, password) if sep else None
