"""The simulator's kernel: what every simulated API builds on.  It imports no API.

- :mod:`.responses`: :class:`SimResponse` and its builders, :class:`ApiError`;
- :mod:`.api`: the :class:`Api` protocol, :data:`Handler`, control tables, :data:`ApiFactory`;
- :mod:`.specs`: the specs, from the installed package or the checkout;
- :mod:`.auth`: HTTP Basic credentials.
"""

from .api import Api, ApiFactory, ControlAction, ControlTable, Handler
from .auth import basic_credentials
from .responses import (
    MAX_BODY_BYTES,
    ApiError,
    SimResponse,
    describe_issues,
    empty_response,
    json_response,
    text_response,
)
from .specs import load_spec, spec_text

__all__ = [
    "MAX_BODY_BYTES",
    "Api",
    "ApiError",
    "ApiFactory",
    "ControlAction",
    "ControlTable",
    "Handler",
    "basic_credentials",
    "SimResponse",
    "describe_issues",
    "empty_response",
    "json_response",
    "load_spec",
    "spec_text",
    "text_response",
]
