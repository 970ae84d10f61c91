"""Generated models keep the fields that the specs declare ``format: password`` out of ``repr``."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SECRET_NAME = re.compile(r"(?i)pass(wor)?d|secret|session.?key|token|verify_code")


def declared(api: str) -> list[tuple[str, str]]:
    """(schema, property) of every model property the spec marks ``format: password``."""
    spec = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text())
    return [
        (schema_name, prop)
        for schema_name, schema in spec["components"]["schemas"].items()
        for prop, body in (schema.get("properties") or {}).items()
        if isinstance(body, dict) and body.get("format") == "password"
    ]


def secret_like(api: str) -> list[str]:
    """Every schema property and parameter whose name says it holds a secret, and its format."""
    spec = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text())
    missing: list[str] = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, body in (node.get("properties") or {}).items():
                secret = SECRET_NAME.search(name) and isinstance(body, dict) and body.get("type") == "string"
                if secret and body.get("format") != "password":
                    missing.append(f"{where}.{name}")
            schema = node.get("schema") if "in" in node else None
            secret = isinstance(schema, dict) and SECRET_NAME.search(str(node.get("name", "")))
            if secret and isinstance(schema, dict) and schema.get("format") != "password":
                missing.append(f"{where} parameter {node['name']}")
            for key, value in node.items():
                visit(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                visit(value, f"{where}/{i}")

    visit(spec, api)
    return missing


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


@pytest.mark.parametrize("api", ["smsend", "smshosting"])
def test_every_secret_field_is_declared_password(api: str) -> None:
    assert declared(api), "the spec declares no secret field"
    assert secret_like(api) == []


@pytest.mark.parametrize("api", ["smsend", "smshosting"])
def test_generated_models_hide_declared_secrets_from_repr(api: str) -> None:
    models = importlib.import_module(f"{api}_client.models")
    for schema_name, prop in declared(api):
        cls = getattr(models, schema_name)
        field = attrs.fields_dict(cls)[snake(prop)]
        assert field.repr is False, f"{schema_name}.{prop} shows in repr"
