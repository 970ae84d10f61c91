"""Every rule of the breaking-change check, proved by a mutation of a real spec.

Each rule has an id and a level (as oasdiff has): ``error`` breaks clients and needs a new major
version, ``warning`` may surprise them, ``info`` is compatible. For every rule there is one
mutation here (``before`` prepares the old spec when the rule needs something the spec does not
have, ``after`` makes the new one from it), and the test checks that the rule reports it with its
level. A rule without a mutation fails ``test_every_rule_has_a_mutation``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from scripts import project, spectools
from scripts.breaking import RULES, Level, diff_specs
from scripts.tools import load_yaml

Document = dict[str, Any]
Mutation = Callable[[Document], None]


def _nothing(d: Document) -> None:
    pass


def schema(d: Document, name: str) -> Document:
    found: Document = d["components"]["schemas"][name]
    return found


def prop(d: Document, name: str, prop_name: str) -> Document:
    found: Document = schema(d, name)["properties"][prop_name]
    return found


def op(d: Document, path: str, method: str) -> Document:
    found: Document = d["paths"][path][method]
    return found


def create(d: Document) -> Document:
    """smsend createSubaccount: JSON body SubaccountInput (closed), 200 with a Location header."""
    return op(d, "/subaccount", "post")


def get_sub(d: Document) -> Document:
    """smsend getSubaccount: 200 answers the Subaccount schema."""
    return op(d, "/subaccount/{subaccount_id}", "get")


def list_subs(d: Document) -> Document:
    """smsend listSubaccounts: query parameters PageNumber and PageSize."""
    return op(d, "/subaccounts", "get")


def param(d: Document, name: str) -> Document:
    found: Document = d["components"]["parameters"][name]
    return found


def location(d: Document) -> Document:
    found: Document = create(d)["responses"]["200"]["headers"]["Location"]
    return found


def extra_param(required: bool) -> Mutation:
    return lambda d: list_subs(d)["parameters"].append(
        {"name": "q", "in": "query", "required": required, "schema": {"type": "string"}, "description": "New."}
    )


def extra_body(required: bool) -> Mutation:
    return lambda d: get_sub(d).update(
        requestBody={"required": required, "content": {"application/json": {"schema": {"type": "object"}}}}
    )


def rename_media(content: Document, old: str, new: str) -> None:
    content[new] = content.pop(old)


def set_in(getter: Callable[[Document], Document], **values: Any) -> Mutation:
    return lambda d: getter(d).update(values)


def drop(getter: Callable[[Document], Document], key: str) -> Mutation:
    return lambda d: getter(d).pop(key)


def sub_input(name: str) -> Callable[[Document], Document]:
    return lambda d: prop(d, "SubaccountInput", name)


def sub_output(name: str) -> Callable[[Document], Document]:
    return lambda d: prop(d, "Subaccount", name)


def add_property(schema_name: str, required: bool) -> Mutation:
    def change(d: Document) -> None:
        target = schema(d, schema_name)
        target["properties"]["nickname"] = {"type": "string", "description": "New."}
        if required:
            target["required"].append("nickname")

    return change


def alternatives(getter: Callable[[Document], Document], count: int) -> Mutation:
    def change(d: Document) -> None:
        target = getter(d)
        target.pop("type", None)
        target.pop("minLength", None)
        target["oneOf"] = [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}][:count]

    return change


# rule id: (spec, before, after)
MUTATIONS: dict[str, tuple[str, Mutation, Mutation]] = {
    "operation-removed": ("smsend", _nothing, lambda d: d["paths"].pop("/subaccounts")),
    "operation-id-changed": ("smsend", _nothing, set_in(list_subs, operationId="listAllSubaccounts")),
    "method-name-changed": ("smsend", _nothing, set_in(list_subs, **{"x-method-name": "list_all"})),
    "operation-added": (
        "smsend",
        _nothing,
        lambda d: d["paths"].update({"/ping": copy.deepcopy(d["paths"]["/token"])}),
    ),
    "security-option-removed": ("smsend", _nothing, lambda d: d["security"].pop()),
    "server-base-path-changed": (
        "smsend",
        _nothing,
        lambda d: d["servers"][0].update(url="https://app.gateway.smsend.it/API/v2.0/REST"),
    ),
    "parameter-removed": ("smsend", _nothing, lambda d: list_subs(d)["parameters"].pop()),
    "parameter-became-required": ("smsend", _nothing, set_in(lambda d: param(d, "PageNumber"), required=True)),
    "required-parameter-added": ("smsend", _nothing, extra_param(required=True)),
    "optional-parameter-added": ("smsend", _nothing, extra_param(required=False)),
    "request-default-changed": ("smsend", _nothing, set_in(lambda d: param(d, "PageSize")["schema"], default=50)),
    "required-request-body-added": ("smsend", _nothing, extra_body(required=True)),
    "optional-request-body-added": ("smsend", _nothing, extra_body(required=False)),
    "request-body-removed": ("smsend", _nothing, drop(create, "requestBody")),
    "request-body-became-required": (
        "smsend",
        set_in(lambda d: create(d)["requestBody"], required=False),
        set_in(lambda d: create(d)["requestBody"], required=True),
    ),
    "request-media-type-removed": (
        "smsend",
        _nothing,
        lambda d: rename_media(create(d)["requestBody"]["content"], "application/json", "text/json"),
    ),
    "response-success-status-removed": ("smsend", _nothing, lambda d: get_sub(d)["responses"].pop("200")),
    "response-non-success-status-removed": ("smsend", _nothing, lambda d: get_sub(d)["responses"].pop("404")),
    "response-status-added": (
        "smsend",
        _nothing,
        lambda d: get_sub(d)["responses"].update({"409": copy.deepcopy(get_sub(d)["responses"]["404"])}),
    ),
    "response-media-type-removed": (
        "smsend",
        _nothing,
        lambda d: rename_media(get_sub(d)["responses"]["200"]["content"], "application/json", "text/json"),
    ),
    "response-error-media-type-removed": (
        "smsend",
        _nothing,
        lambda d: rename_media(d["components"]["responses"]["NotFound"]["content"], "application/json", "text/json"),
    ),
    "response-header-removed": ("smsend", _nothing, lambda d: create(d)["responses"]["200"]["headers"].pop("Location")),
    "response-header-became-optional": ("smsend", _nothing, set_in(location, required=False)),
    "response-schema-removed": (
        "smsend",
        _nothing,
        lambda d: get_sub(d)["responses"]["200"]["content"]["application/json"].pop("schema"),
    ),
    "type-changed": ("smsend", _nothing, set_in(sub_output("active"), type="string")),
    "request-type-widened": ("smsend", _nothing, set_in(sub_input("credit-eat-mode"), type="number")),
    "request-type-enforced": (
        "smsend",
        drop(sub_input("language"), "type"),
        set_in(sub_input("language"), type="string"),
    ),
    "response-type-unspecified": ("smsend", _nothing, drop(sub_output("login"), "type")),
    "format-changed": ("smsend", _nothing, set_in(sub_input("email"), format="uri")),
    "request-null-rejected": ("smsend", _nothing, drop(sub_input("password"), "nullable")),
    "response-may-be-null": ("smsend", _nothing, set_in(sub_output("name"), nullable=True)),
    "request-enum-restricted": ("smsend", _nothing, set_in(sub_input("language"), enum=["it", "en"])),
    "response-enum-unrestricted": (
        "smsend",
        set_in(sub_output("language"), enum=["it", "en"]),
        drop(sub_output("language"), "enum"),
    ),
    "request-enum-value-removed": (
        "smshosting",
        _nothing,
        lambda d: schema(d, "SmsEncoding")["enum"].remove("UCS2"),
    ),
    "request-enum-value-added": (
        "smsend",
        set_in(sub_input("language"), enum=["it"]),
        set_in(sub_input("language"), enum=["it", "en"]),
    ),
    "response-enum-value-removed": (
        "smsend",
        set_in(sub_output("language"), enum=["it", "en"]),
        set_in(sub_output("language"), enum=["it"]),
    ),
    "response-enum-value-added": (
        "smsend",
        set_in(sub_output("language"), enum=["it"]),
        set_in(sub_output("language"), enum=["it", "en"]),
    ),
    "request-property-became-required": (
        "smsend",
        _nothing,
        lambda d: schema(d, "SubaccountInput")["required"].append("fax"),
    ),
    "required-request-property-added": ("smsend", _nothing, add_property("SubaccountInput", required=True)),
    "request-property-removed": (
        "smsend",
        set_in(lambda d: schema(d, "SubaccountInput"), additionalProperties=True),
        lambda d: schema(d, "SubaccountInput")["properties"].pop("fax"),
    ),
    "closed-request-property-removed": (
        "smsend",
        _nothing,
        lambda d: schema(d, "SubaccountInput")["properties"].pop("fax"),
    ),
    "request-schema-closed": (
        "smsend",
        drop(lambda d: schema(d, "SubaccountInput"), "additionalProperties"),
        set_in(lambda d: schema(d, "SubaccountInput"), additionalProperties=False),
    ),
    "optional-request-property-added": ("smsend", _nothing, add_property("SubaccountInput", required=False)),
    "response-property-removed": ("smsend", _nothing, lambda d: schema(d, "Subaccount")["properties"].pop("fax")),
    "response-property-became-optional": (
        "smsend",
        _nothing,
        lambda d: schema(d, "Subaccount")["required"].remove("login"),
    ),
    "response-property-added": ("smsend", _nothing, add_property("Subaccount", required=False)),
    "request-alternatives-removed": ("smsend", alternatives(sub_input("fax"), 3), alternatives(sub_input("fax"), 2)),
    "request-alternatives-added": ("smsend", alternatives(sub_input("fax"), 2), alternatives(sub_input("fax"), 3)),
    "response-alternatives-added": ("smsend", alternatives(sub_output("fax"), 2), alternatives(sub_output("fax"), 3)),
    "response-alternatives-removed": ("smsend", alternatives(sub_output("fax"), 3), alternatives(sub_output("fax"), 2)),
    "request-max-decreased": ("smsend", _nothing, set_in(sub_input("password"), maxLength=12)),
    "request-min-increased": ("smsend", _nothing, set_in(sub_input("password"), minLength=10)),
    "request-exclusive-bound-set": (
        "smsend",
        _nothing,
        set_in(lambda d: param(d, "PageNumber")["schema"], exclusiveMinimum=True),
    ),
    "request-pattern-changed": ("smsend", _nothing, set_in(sub_input("name"), pattern="^[A-Z]")),
}


def test_every_rule_has_a_mutation() -> None:
    assert sorted(MUTATIONS) == sorted(RULES)


@pytest.fixture(scope="module")
def specs() -> dict[str, Document]:
    return {name: load_yaml(project.spec_path(name)) for name in project.api_names()}


@pytest.mark.parametrize("rule", sorted(MUTATIONS))
def test_rule_reports_its_mutation_with_its_level(specs: dict[str, Document], rule: str) -> None:
    name, before, after = MUTATIONS[rule]
    old = copy.deepcopy(specs[name])
    before(old)
    new = copy.deepcopy(old)
    after(new)
    changes = diff_specs(old, new)
    found = [c for c in changes if c.rule == rule]
    assert found, [str(c) for c in changes]
    assert all(c.level is RULES[rule].level for c in found)
    assert found[0].breaking is (RULES[rule].level is Level.ERR)
    assert f"[{rule}]" in str(found[0])


def test_an_unchanged_spec_has_no_changes(specs: dict[str, Document]) -> None:
    for document in specs.values():
        assert diff_specs(document, copy.deepcopy(document)) == []


def test_a_removed_location_header_is_breaking_where_created_id_reads_it(specs: dict[str, Document]) -> None:
    """The case that motivated the header rule: ``smsend.created_id`` reads ``Location``."""
    new = copy.deepcopy(specs["smsend"])
    create(new)["responses"]["200"]["headers"].pop("Location")
    (change,) = diff_specs(specs["smsend"], new)
    assert str(change) == (
        "BREAKING [response-header-removed]: POST /subaccount (createSubaccount): response 200 header Location removed"
    )


def test_the_rules_are_listed_with_their_levels(capsys: pytest.CaptureFixture[str]) -> None:
    assert spectools.main(["breaking", "--rules"]) == 0
    listed = [line.split()[:2] for line in capsys.readouterr().out.splitlines()]
    assert listed == [[rule.id, rule.level.value] for rule in RULES.values()]
