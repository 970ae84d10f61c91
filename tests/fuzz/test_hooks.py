"""The strict profile's own checks can fail: the one relaxation of ``negative_data_rejection`` lets
through only the case it names, and a server that accepts invalid requests is still caught."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from jsonschema import Draft4Validator
from requests.structures import CaseInsensitiveDict
from schemathesis.core.parameters import ParameterLocation

from .hooks import undone_on_the_wire

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
QUERY, HEADER, BODY = ParameterLocation.QUERY, ParameterLocation.HEADER, ParameterLocation.BODY
EXTRA_QUERY = (QUERY, ("additionalProperties",), None)
NO_AUTH = (HEADER, ("required",), "Authorization")
NO_DATE = (QUERY, ("required",), "date")
EXTRA_NO_DATE = (QUERY, ("additionalProperties", "required"), "date")  # one mutation, both keywords
AUTH = {"Authorization": "Basic a2V5OnNlY3JldA=="}


class DeclaredQuery(set[str]):
    """The query parameters of the stand-in operation: ``limit`` (1 to 10) and a ``date``."""

    schema = {
        "type": "object",
        "properties": {
            "limit": {"type": "integer", "minimum": 1, "maximum": 10},
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        },
    }

    def __init__(self) -> None:
        super().__init__(self.schema["properties"])


def case(*mutations: tuple[ParameterLocation, tuple[str, ...], str | None], negative: bool = True) -> Any:
    """A stand-in for a schemathesis case of an operation whose query declares ``limit`` and ``date``."""
    return SimpleNamespace(
        meta=SimpleNamespace(
            generation=SimpleNamespace(mode=SimpleNamespace(is_negative=negative)),
            phase=SimpleNamespace(
                data=SimpleNamespace(
                    mutations=[
                        SimpleNamespace(
                            parameter_location=where,
                            keywords=list(keywords),
                            parameter=None if where == QUERY else name,
                            original_value=[name] if name else None,
                        )
                        for where, keywords, name in mutations
                    ]
                )
            ),
        ),
        operation=SimpleNamespace(
            get_parameter_set=lambda location: DeclaredQuery() if location == QUERY else set(),
            schema=SimpleNamespace(adapter=SimpleNamespace(jsonschema_validator_cls=Draft4Validator)),
        ),
    )


def sent(url: str, headers: dict[str, str]) -> Any:
    return SimpleNamespace(url=url, headers=CaseInsensitiveDict(headers))


def test_the_two_mutations_undone_on_the_wire_are_let_through() -> None:
    assert undone_on_the_wire(case(EXTRA_QUERY, NO_AUTH), sent("http://h/items?limit=3", AUTH))
    assert undone_on_the_wire(case(EXTRA_QUERY), sent("http://h/items", AUTH))
    assert undone_on_the_wire(case(NO_AUTH), sent("http://h/items?limit=3", {"authorization": "Basic eA=="}))
    # the unexpected property was named like the removed required parameter, with a valid value
    assert undone_on_the_wire(case(EXTRA_QUERY, NO_DATE, NO_AUTH), sent("http://h/items?date=2000-01-01", AUTH))
    assert undone_on_the_wire(case(EXTRA_NO_DATE, NO_AUTH), sent("http://h/items?date=2000-01-01", AUTH))


@pytest.mark.parametrize(
    ("the_case", "request_sent"),
    [
        # the unexpected query property did reach the server
        (case(EXTRA_QUERY, NO_AUTH), sent("http://h/items?limit=3&x=1", AUTH)),
        (case(EXTRA_QUERY), sent("http://h/items?x=", AUTH)),
        # the removed required parameter is missing, or came back with a value its schema refuses
        (case(EXTRA_QUERY, NO_DATE, NO_AUTH), sent("http://h/items?limit=3", AUTH)),
        (case(EXTRA_QUERY, NO_DATE, NO_AUTH), sent("http://h/items?date=yesterday", AUTH)),
        (case(EXTRA_NO_DATE, NO_AUTH), sent("http://h/items?limit=3", AUTH)),
        (case(EXTRA_NO_DATE, NO_AUTH), sent("http://h/items?date=2000-01-01&x=1", AUTH)),
        # a mutation whose original value is not a list of names
        (case((QUERY, ("maximum",), None)), sent("http://h/items?limit=11", AUTH)),
        # the Authorization header really was missing
        (case(EXTRA_QUERY, NO_AUTH), sent("http://h/items?limit=3", {})),
        # any other mutation, alone or beside the two
        (case(EXTRA_QUERY, NO_AUTH, (QUERY, ("maximum",), "limit")), sent("http://h/items?limit=99", AUTH)),
        (case((BODY, ("pattern",), "username")), sent("http://h/items", AUTH)),
        (case((HEADER, ("required",), "X-Other")), sent("http://h/items", {**AUTH, "X-Other": "1"})),
        # a positive case, and a negative one that records no mutations (coverage phase)
        (case(EXTRA_QUERY, negative=False), sent("http://h/items", AUTH)),
        (case(), sent("http://h/items", AUTH)),
    ],
)
def test_everything_else_goes_to_schemathesis_check(the_case: Any, request_sent: Any) -> None:
    assert not undone_on_the_wire(the_case, request_sent)


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "permissive", "version": "1"},
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10}}
                ],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
            }
        }
    },
}


class Permissive(BaseHTTPRequestHandler):
    """Answers 200 to anything, the spec to ``/openapi.json``: the server the check must catch."""

    def do_GET(self) -> None:
        body = json.dumps(SPEC if self.path == "/openapi.json" else {}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def permissive() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Permissive)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.fuzz
def test_a_server_accepting_invalid_requests_fails_the_strict_profile(permissive: str) -> None:
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "run",
        f"{permissive}/openapi.json",
        "--phases",
        "fuzzing",
        "--max-examples",
        "30",
        "--seed",
        "1",
        "--no-color",
    ]
    environment = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.fuzz.hooks", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT, env=environment)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "Schema-violating request accepted" in result.stdout, result.stdout[-3000:]
