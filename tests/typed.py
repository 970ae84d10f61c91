"""Narrowing helpers for the generated models' optional fields, so tests type-check strictly."""

from __future__ import annotations

from typing import TypeVar

from smshosting_client.models import Error
from smshosting_client.types import Unset

T = TypeVar("T")


def listed(value: list[T] | Unset) -> list[T]:
    """A list field the API sent (fails the test when it is missing)."""
    assert isinstance(value, list), f"expected a list, got {value!r}"
    return value


def given(value: T | Unset) -> T:
    """An optional field the API sent (fails the test when it is missing)."""
    assert not isinstance(value, Unset), "expected a value, the field is missing"
    return value


def items_of(parsed: Error | list[T] | None) -> list[T]:
    """The items of a list answer (fails the test on an error body or no body)."""
    assert isinstance(parsed, list), f"expected a list answer, got {parsed!r}"
    return parsed
