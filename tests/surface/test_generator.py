"""scripts/surface.py on small specs: what it makes of the spec extensions, and what it refuses."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

surface: Any = importlib.import_module("surface")  # a script module, found through the path above

CONFIG = "project_name_override: mini-client\npackage_name_override: mini_client\nliteral_enums: true\npost_hooks: []\n"


def spec(operation: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Mini", "version": "1.0.0"},
        "servers": [{"url": "https://mini.example/api"}],
        "paths": {"/things": {"post": {"operationId": "addThings", "tags": ["Things"], **operation}}},
    }


def render(tmp_path: Path, document: dict[str, Any]) -> Any:
    (tmp_path / "mini.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    (tmp_path / "config.yaml").write_text(CONFIG)
    return surface.render("Mini", "mini_client", tmp_path / "mini.yaml", tmp_path / "config.yaml")


ARRAY_BODY = {
    "x-method-name": "add",
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}},
    },
    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "integer"}}}}},
}


def test_a_body_that_is_no_object_is_one_argument(tmp_path: Path) -> None:
    rendered = render(tmp_path, spec(ARRAY_BODY))
    code = rendered.files["resources/things.py"]
    assert "def add(self, *, body: builtins.list[str]) -> int:" in code
    assert "client.things.add(*, body: list[str]) -> int" in rendered.api_md
    assert 'DEFAULT_BASE_URL = "https://mini.example/api"' in rendered.files["sdk.py"]


def test_an_operation_without_a_method_name_is_refused(tmp_path: Path) -> None:
    nameless = {k: v for k, v in ARRAY_BODY.items() if k != "x-method-name"}
    with pytest.raises(SystemExit, match="addThings has no x-method-name"):
        render(tmp_path, spec(nameless))


def test_the_accept_of_each_operation_is_its_success_media_types_in_the_spec_order(tmp_path: Path) -> None:
    document = spec(ARRAY_BODY)
    string = {"schema": {"type": "string"}}
    document["paths"]["/things/{thing_id}"] = {
        "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": {
            "operationId": "getThing",
            "tags": ["Things"],
            "x-method-name": "get",
            "responses": {
                "200": {"description": "ok", "content": {"text/csv": string, "application/json": string}},
                "203": {"description": "ok", "content": {"application/json": string}},
                "404": {"description": "no", "content": {"application/problem+json": string}},
            },
        },
        "delete": {
            "operationId": "deleteThing",
            "tags": ["Things"],
            "x-method-name": "delete",
            "responses": {"204": {"description": "gone"}},
        },
    }
    code = render(tmp_path, document).files["media_types.py"]
    namespace: dict[str, Any] = {}
    exec(compile(code, "media_types.py", "exec"), namespace)  # noqa: S102 (the generator's own output)
    assert dict(namespace["ACCEPT"]) == {
        "POST /things": "application/json",
        "GET /things/{thing_id}": "text/csv, application/json",
    }
