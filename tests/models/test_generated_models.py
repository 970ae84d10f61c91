"""The generated models (custom template ``generator/templates/model.py.jinja``).

from_dict reads the input in place and builds the attrs instance directly; these tests pin the
behaviour that must not change with that: unknown keys kept, input untouched, absent optionals
``UNSET``, nulls kept, nested models and lists of them, literal enums checked, secrets out of
reprs, and every documented example surviving ``from_dict``/``to_dict`` unchanged.
"""

from __future__ import annotations

import copy
import importlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import pytest
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier
from smshosting_client.models import SentSms, SentSmsSearchResponse
from smshosting_client.types import UNSET

ROOT = Path(__file__).resolve().parent.parent.parent
APIS = ("smsend", "smshosting")

SMS: dict[str, Any] = {
    "id": 7,
    "to": "393401234567",
    "status": "DELIVERED",
    "text": "hello",
    "sentDate": "2024-01-01T10:00:00+0100",
    "deliveryDate": None,
}


def spec(api: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text())
    return loaded


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def model_class(api: str, schema_name: str, schema: dict[str, Any]) -> type[Any]:
    """The generated class of a component schema (the generator's own naming rules)."""
    models = importlib.import_module(f"{api}_client.models")
    cls: type[Any] = getattr(models, ClassName(schema.get("title") or schema_name, ""))
    return cls


def test_unknown_keys_go_to_additional_properties_and_the_input_is_left_alone() -> None:
    given = {**SMS, "operator": "TIM", "parts": 2}
    before = copy.deepcopy(given)
    sms = SentSms.from_dict(given)
    assert given == before
    assert sms.additional_properties == {"operator": "TIM", "parts": 2}
    assert sms["operator"] == "TIM" and "parts" in sms and "to" not in sms
    assert sms.to_dict() == given


def test_known_keys_only_leave_additional_properties_empty_and_not_shared() -> None:
    first, second = SentSms.from_dict(SMS), SentSms.from_dict(SMS)
    assert first.additional_properties == {}
    first["x"] = 1
    assert second.additional_properties == {}


def test_absent_optionals_are_unset_and_nulls_are_kept() -> None:
    sms = SentSms.from_dict(SMS)
    assert sms.price is UNSET and sms.transaction_id is UNSET
    assert sms.delivery_date is None
    dumped = sms.to_dict()
    assert "price" not in dumped and "transactionId" not in dumped
    assert dumped["deliveryDate"] is None


def test_any_mapping_is_accepted() -> None:
    assert SentSms.from_dict(MappingProxyType(SMS)) == SentSms.from_dict(SMS)


def test_a_missing_required_key_raises() -> None:
    broken = {key: value for key, value in SMS.items() if key != "to"}
    with pytest.raises(KeyError, match="to"):
        SentSms.from_dict(broken)


def test_a_literal_enum_outside_its_values_raises() -> None:
    with pytest.raises(TypeError, match="BOUNCED"):
        SentSms.from_dict({**SMS, "status": "BOUNCED"})


def test_nested_models_and_lists_of_models() -> None:
    page = {"metadata": {"count": 2, "offset": 0, "limit": 20}, "smsList": [SMS, {**SMS, "id": 8, "extra": True}]}
    parsed = SentSmsSearchResponse.from_dict(page)
    assert [type(sms) for sms in parsed.sms_list] == [SentSms, SentSms]
    assert parsed.sms_list[1].additional_properties == {"extra": True}
    assert parsed.metadata.count == 2
    assert parsed.to_dict() == page


def test_the_constructor_and_from_dict_build_equal_objects() -> None:
    built = SentSms(id=7, to="393401234567", status="DELIVERED", text="hello")
    assert SentSms.from_dict({"id": 7, "to": "393401234567", "status": "DELIVERED", "text": "hello"}) == built
    assert repr(built).startswith("SentSms(id=7, to='393401234567'")


def _is_secret(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = resolve(document, schema)
    parts = [schema, *schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    return any(resolve(document, part).get("format") == "password" for part in parts)


@pytest.mark.parametrize("api", APIS)
def test_fields_are_hidden_from_repr_exactly_when_the_spec_says_format_password(api: str) -> None:
    document = spec(api)
    checked = 0
    for name, schema in document["components"]["schemas"].items():
        if "properties" not in schema:
            continue
        cls = model_class(api, name, schema)
        fields = {field.name: field for field in attrs.fields(cls)}
        for json_name, property_schema in schema["properties"].items():
            field = fields[PythonIdentifier(json_name, "field")]
            hidden = _is_secret(document, property_schema)
            assert field.repr is not hidden, f"{name}.{json_name}: repr={field.repr}, format password: {hidden}"
            if hidden:
                instance = object.__new__(cls)
                for other in fields:
                    object.__setattr__(instance, other, "s3cret-value" if other == field.name else UNSET)
                assert "s3cret-value" not in repr(instance)
            checked += 1
    assert checked > 100


def _json_examples(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(component schema name, where, example) of every JSON request/response example of a model."""
    found = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            bodies = [("request", operation.get("requestBody") or {})]
            bodies += [(code, response) for code, response in operation.get("responses", {}).items()]
            for where, body in bodies:
                content = resolve(document, body).get("content") or {}
                media = content.get("application/json") or {}
                ref = (media.get("schema") or {}).get("$ref", "")
                if not ref.startswith("#/components/schemas/"):
                    continue
                examples = [media["example"]] if "example" in media else []
                examples += [resolve(document, e).get("value") for e in (media.get("examples") or {}).values()]
                found += [(ref.rsplit("/", 1)[1], f"{method.upper()} {path} {where}", e) for e in examples if e]
    return found


@pytest.mark.parametrize("api", APIS)
def test_every_documented_json_example_survives_from_dict_and_to_dict(api: str) -> None:
    document = spec(api)
    examples = _json_examples(document)
    for schema_name, where, example in examples:
        schema = resolve(document, {"$ref": f"#/components/schemas/{schema_name}"})
        if schema.get("type") != "object":
            continue
        cls = model_class(api, schema_name, schema)
        assert cls.from_dict(example).to_dict() == example, where
    assert examples
