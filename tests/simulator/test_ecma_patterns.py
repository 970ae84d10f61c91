"""Patterns are ECMA-262 regular expressions (as JSON Schema says), not Python's: smsim.openapi.ecma."""

from __future__ import annotations

import json
import re

import pytest
from smsim.openapi import OpenAPISpec, RequestValidationError
from smsim.openapi.ecma import to_python

SPEC = """
openapi: 3.0.3
info: {title: patterns, version: "1"}
paths:
  /things:
    post:
      operationId: addThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                word: {type: string, pattern: '^\\S+$'}
                digits: {type: string, pattern: '^\\d+$'}
                dot: {type: string, pattern: '^a.b$'}
                any: {type: string, pattern: '^[\\s\\S]*$'}
                name: {type: string, pattern: '^\\w+$'}
      responses:
        '200': {description: ok}
"""


@pytest.fixture(scope="module")
def spec() -> OpenAPISpec:
    return OpenAPISpec.loads(SPEC)


def accepted(spec: OpenAPISpec, field: str, value: str) -> bool:
    body = json.dumps({field: value}).encode()
    try:
        spec.validate("POST", "/things", "", {"content-type": "application/json"}, body)
    except RequestValidationError:
        return False
    return True


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # \s is ECMA-262's list: U+FEFF, U+00A0, U+2028 are white space; U+001C..U+001F and U+0085 are not.
        ("word", "a\x1cb", True),
        ("word", "a\x1fb", True),
        ("word", "a\x85b", True),
        ("word", "a\ufeffb", False),
        ("word", "a\xa0b", False),
        ("word", "a\u2028b", False),
        # \d and \w are ASCII.
        ("digits", "0123456789", True),
        ("digits", "１２", False),
        ("digits", "١٢", False),
        ("name", "abc_9", True),
        ("name", "àbc", False),
        # $ is the very end: no trailing newline.
        ("digits", "12\n", False),
        # . excludes the four line terminators.
        ("dot", "axb", True),
        ("dot", "a\rb", False),
        ("dot", "a\u2029b", False),
        # [\s\S] is anything, newlines included.
        ("any", "x\ny\u2028z", True),
    ],
)
def test_patterns_have_ecma_semantics(spec: OpenAPISpec, field: str, value: str, expected: bool) -> None:
    assert accepted(spec, field, value) is expected


@pytest.mark.parametrize(
    ("pattern", "value", "expected"),
    [
        (r"^[^\S]$", " ", True),
        (r"^[^\S]$", "a", False),
        (r"^[a\D]$", "a", True),
        (r"^[a\D]$", "b", True),
        (r"^[a\D]$", "1", False),
        (r"^[^a\S]$", "a", False),
        (r"^[^a\S]$", "\ufeff", True),
        (r"^\$\{x\}$", "${x}", True),
        (r"^[]a]$", "]", True),
        (r"\bab\b", "ab", True),
        (r"\bab\b", "éabé", True),  # é is not an ECMA-262 word character
    ],
)
def test_translation_of_classes_and_escapes(pattern: str, value: str, expected: bool) -> None:
    assert bool(re.search(to_python(pattern), value)) is expected
