"""The OpenAPI specs the simulator runs from.

``spec/`` at the repository root is the only source.  The wheel carries those files as package
data in ``smsim/specs/`` (hatch ``force-include``); in a checkout, where that folder does not
exist, the same function reads the repository's ``spec/`` folder directly.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from ..openapi import OpenAPISpec

_CHECKOUT_SPECS = Path(__file__).resolve().parents[3] / "spec"


def spec_text(name: str) -> str:
    """The YAML text of ``spec/<name>.yaml``, from the installed package or the checkout."""
    packaged = resources.files("smsim").joinpath("specs", f"{name}.yaml")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    checkout = _CHECKOUT_SPECS / f"{name}.yaml"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no spec for API {name!r}: neither smsim/specs/{name}.yaml nor {checkout}")


@functools.cache
def load_spec(name: str, base_path: str) -> OpenAPISpec:
    """The parsed, compiled spec of an API, loaded once per process (it is immutable)."""
    return OpenAPISpec.loads(spec_text(name), base_path)
