"""The specs as artefacts for other teams: lint, reference pages, TypeScript types, versioning.

Each check is tested in both directions: it passes on the committed specs, and it fails on a
deliberately broken copy (so a check that silently stopped checking would be noticed).
Everything runs through the modules behind ``./scripts/spectools``, the same code CI runs. Node tools are
installed by it (``npm ci``) when missing; Chromium comes from Debian's packages and is
installed when missing and we are root, otherwise these tests fail (never skip) with the command
to run.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts import browser, docs, lint, nodetools, project, spectools, typescript, versioning
from scripts.breaking import Change
from scripts.speccheck import operations
from scripts.tools import load_yaml

ROOT = project.ROOT
SPECS = project.api_names()
Document = dict[str, Any]


def load(name: str) -> Document:
    return load_yaml(project.spec_path(name))


def dump(document: Document, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # JSON is YAML too, and unambiguous: PyYAML would write '0461686868' unquoted, which YAML 1.2
    # parsers (Redocly's) read as a number.
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    return path


def first_operation(document: Document) -> Document:
    return next(op for _, _, op in operations(document))


@pytest.fixture(scope="session")
def node_tools() -> None:
    nodetools.ensure_node_tools(ROOT)


@pytest.fixture(scope="session")
def chromium() -> str:
    return browser.find_chromium(install=True)


# ------------------------------------------------------------------------------------------- lint


@pytest.mark.parametrize("name", SPECS)
def test_specs_lint_clean_with_zero_warnings(node_tools: None, name: str) -> None:
    problems = lint.lint_spec(ROOT, ROOT / "spec" / f"{name}.yaml")
    assert [str(p) for p in problems] == []


def lint_copy(tmp_path: Path, name: str, document: Document, config: str | None = None) -> set[str]:
    """Lint ``document`` as spec/<name>.yaml of a copy of the repository's lint setup."""
    shutil.copy(ROOT / ".redocly.lint-ignore.yaml", tmp_path / ".redocly.lint-ignore.yaml")
    (tmp_path / "redocly.yaml").write_text(config or (ROOT / "redocly.yaml").read_text(), encoding="utf-8")
    problems = lint.lint_spec(tmp_path, dump(document, tmp_path / "spec" / f"{name}.yaml"))
    return {p.rule for p in problems}


def _drop(field: str) -> Callable[[Document], None]:
    return lambda d: first_operation(d).pop(field)


def _no_4xx(d: Document) -> None:
    op = d["paths"]["/login"]["get"]
    for code in [c for c in op["responses"] if str(c).startswith("4")]:
        del op["responses"][code]


def _bad_request_example(d: Document) -> None:
    # SubaccountInput is closed (additionalProperties: false): an unknown field must still be an error
    # although the rule allows additional properties in examples of open schemas.
    body = d["paths"]["/subaccount"]["post"]["requestBody"]["content"]["application/json"]
    next(iter(body["examples"].values()))["value"]["no-such-field"] = "x"


def _rename_schema(d: Document) -> None:
    text = json.dumps(d).replace('"LoginKeys"', '"login_keys"').replace("/LoginKeys", "/login_keys")
    d.clear()
    d.update(json.loads(text))


DESCRIPTION_RULES = {"operation-description", "rule/operation-description-not-empty"}
SUMMARY_RULES = {"operation-summary", "rule/operation-summary-short"}

# case: (spec, how to break it, the rules that must report, and nothing else)
BROKEN_SPECS: dict[str, tuple[str, Callable[[Document], None], set[str]]] = {
    "operation without description": ("smsend", _drop("description"), DESCRIPTION_RULES),
    "one-word description": (
        "smsend",
        lambda d: first_operation(d).update(description="Logs in."),
        {"rule/operation-description-not-empty"},
    ),
    "operation without summary": ("smsend", _drop("summary"), SUMMARY_RULES),
    "overlong summary": (
        "smsend",
        lambda d: first_operation(d).update(summary="Log in " * 20),
        {"rule/operation-summary-short"},
    ),
    "operation without operationId": ("smsend", _drop("operationId"), {"operation-operationId"}),
    "operation without tag": ("smsend", _drop("tags"), {"operation-tag-defined"}),
    "tag without description": ("smsend", lambda d: d["tags"][0].pop("description"), {"tag-description"}),
    "no documented error": ("smsend", _no_4xx, {"operation-4xx-response"}),
    "response without example": (
        "smshosting",
        lambda d: d["paths"]["/sms/send"]["post"]["responses"]["200"]["content"]["application/json"].pop("examples"),
        {"rule/media-type-has-example"},
    ),
    "example with an unknown field in a closed request schema": (
        "smsend",
        _bad_request_example,
        {"no-invalid-media-type-examples"},
    ),
    "unused component": (
        "smsend",
        lambda d: d["components"]["schemas"].update(Unused={"type": "string"}),
        {"no-unused-components"},
    ),
    "snake_case operationId": (
        "smshosting",
        lambda d: first_operation(d).update(operationId="send_sms"),
        {"rule/operation-id-camel-case"},
    ),
    "snake_case schema name": ("smsend", _rename_schema, {"rule/schema-names-pascal-case"}),
    "trailing slash on a path of ours": (
        "smsend",
        lambda d: d["paths"].update({"/token/": d["paths"].pop("/token")}),
        {"no-path-trailing-slash"},
    ),
    "duplicate operationId": (
        "smshosting",
        lambda d: d["paths"]["/sms/sendbulk"]["post"].update(operationId="sendSms"),
        {"operation-operationId-unique"},
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN_SPECS))
def test_lint_fails_on_a_broken_copy(node_tools: None, tmp_path: Path, case: str) -> None:
    name, breakage, expected = BROKEN_SPECS[case]
    document = load(name)
    breakage(document)
    reported = lint_copy(tmp_path, name, document)
    # exactly the broken rules: the copy is otherwise clean, so the exceptions still apply to it
    assert reported == expected


def test_lint_warnings_fail_too(node_tools: None, tmp_path: Path) -> None:
    config = (ROOT / "redocly.yaml").read_text().replace("\nrules:\n", "\nrules:\n  tag-description: warn\n", 1)
    assert "tag-description: warn" in config
    document = load("smsend")
    document["tags"][0].pop("description")
    lint_copy(tmp_path, "smsend", document, config=config)
    assert lint.cmd_lint(tmp_path, ["smsend"]) is False
    problems = lint.lint_spec(tmp_path, tmp_path / "spec" / "smsend.yaml")
    assert [p.severity for p in problems] == ["warn"]


# ------------------------------------------------------------------------------------------- docs


@pytest.fixture(scope="session")
def pages(node_tools: None, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("reference")
    return {name: docs.build_docs(ROOT, ROOT / "spec" / f"{name}.yaml", out / f"{name}.html") for name in SPECS}


@pytest.mark.parametrize("name", SPECS)
def test_reference_page_is_one_self_contained_file(pages: dict[str, Path], name: str) -> None:
    html = pages[name].read_text(encoding="utf-8")
    assert docs.static_page_problems(html) == []
    assert not re.search(r"<script[^>]+\bsrc=", html), "scripts must be inlined"
    assert load(name)["info"]["title"] in html


@pytest.mark.parametrize("name", SPECS)
def test_reference_page_renders_every_operation_in_chromium(pages: dict[str, Path], chromium: str, name: str) -> None:
    failures = docs.browser_check(pages[name], ROOT / "spec" / f"{name}.yaml", chromium)
    assert failures == []


def test_reference_page_with_broken_javascript_fails(pages: dict[str, Path], chromium: str, tmp_path: Path) -> None:
    html = pages["smsend"].read_text(encoding="utf-8")
    marker = '<script type="module">'
    assert html.count(marker) == 1
    broken = tmp_path / "smsend.html"
    broken.write_text(html.replace(marker, marker + 'throw new Error("deliberately broken");', 1), encoding="utf-8")
    failures = docs.browser_check(broken, ROOT / "spec" / "smsend.yaml", chromium, first_wait_ms=4000, wait_ms=1000)
    assert any("deliberately broken" in f for f in failures), failures
    assert any("loginSessionKey" in f and "not rendered" in f for f in failures), failures


def test_reference_page_fetching_from_the_network_fails(pages: dict[str, Path], chromium: str, tmp_path: Path) -> None:
    html = pages["smsend"].read_text(encoding="utf-8")
    page = tmp_path / "smsend.html"
    head, tail = html.rsplit("</body>", 1)  # the last one: the bundle's code mentions </body> too
    page.write_text(head + '<img src="https://cdn.example.com/logo.png"></body>' + tail, encoding="utf-8")
    assert docs.static_page_problems(page.read_text(encoding="utf-8")) == [
        "<img> loads https://cdn.example.com/logo.png"
    ]
    failures = docs.browser_check(page, ROOT / "spec" / "smsend.yaml", chromium)
    assert any("requested https://cdn.example.com/logo.png" in f for f in failures), failures
    assert not any("not rendered" in f for f in failures), failures


# ------------------------------------------------------------------------------------------ types


def test_generated_types_are_current_and_type_check(node_tools: None) -> None:
    assert typescript.cmd_types(ROOT, list(SPECS), check=True) is True


WRONG_EXAMPLE = """\
import type { components, operations } from "../generated/smshosting";
type SendSmsForm = operations["sendSms"]["requestBody"]["content"]["application/x-www-form-urlencoded"];
export const noText: SendSmsForm = { to: "393480000000", sandbox: true };
export const badEncoding: SendSmsForm = { to: "393480000000", text: "hi", encoding: "UTF8" };
export const answerIsNotANumber: number = ({} as components["schemas"]["SendSmsResponse"]).transactionId;
"""


def test_tsc_rejects_a_wrong_example(node_tools: None, tmp_path: Path) -> None:
    ts = tmp_path / "ts"
    shutil.copytree(ROOT / "ts" / "generated", ts / "generated")
    shutil.copy(ROOT / "ts" / "tsconfig.json", ts / "tsconfig.json")
    (ts / "examples").mkdir()
    (ts / "examples" / "wrong.ts").write_text(WRONG_EXAMPLE, encoding="utf-8")
    passed, output = typescript.run_tsc(ts / "tsconfig.json")
    assert not passed
    errors = re.findall(r"wrong\.ts\((\d+),\d+\): error (TS\d+)", output)
    assert {line for line, _ in errors} == {"3", "4", "5"}, output


def test_typescript_examples_run_against_the_served_simulator(node_tools: None, served: Any, tmp_path: Path) -> None:
    """Compile the examples with the committed tsconfig and run them with node against the
    simulator served on a real socket, as another team would develop against it."""
    out = tmp_path / "js"
    compiled = subprocess.run(
        [nodetools.node_bin("tsc"), "-p", str(ROOT / "ts" / "tsconfig.json"), "--noEmit", "false",
         "--rootDir", str(ROOT / "ts"), "--outDir", str(out), "--pretty", "false"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    (out / "package.json").write_text('{"type": "module"}', encoding="utf-8")
    (out / "run.js").write_text(
        f"""
        import * as smsend from "./examples/smsend-subaccounts.js";
        import * as smsh from "./examples/smshosting-send-sms.js";
        const base = {json.dumps(served.base)};
        const keys = await smsend.login({{ ...smsend.simulator, baseUrl: base + "/API/v1.0/REST" }});
        const page = await smsend.listSubaccounts(keys, {{ pageNumber: 1, pageSize: 5 }},
                                                  {{ ...smsend.simulator, baseUrl: base + "/API/v1.0/REST" }});
        const sent = await smsh.sendSms(smsh.helloSandbox, {{ ...smsh.simulator, baseUrl: base + "/rest/api" }});
        console.log(JSON.stringify({{ keys: Object.keys(keys), page, sent, ids: smsh.createdSmsIds(sent) }}));
        """,
        encoding="utf-8",
    )
    ran = subprocess.run(["node", str(out / "run.js")], capture_output=True, text=True, check=False, timeout=60)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    result = json.loads(ran.stdout.strip().splitlines()[-1])
    assert result["keys"] == ["user_key", "Session_key"]
    assert result["page"]["pageNumber"] == 1 and isinstance(result["page"]["subaccount"], list)
    assert result["sent"]["transactionId"] and result["sent"]["smsInserted"] == 1
    assert len(result["ids"]) == 1


# ------------------------------------------------------------------------------------ npm package


def test_package_json_follows_the_specs() -> None:
    assert (ROOT / "ts" / "package.json").read_text(encoding="utf-8") == typescript.render_manifest(ROOT)
    manifest = json.loads(typescript.render_manifest(ROOT))
    versions = {name: str(load(name)["info"]["version"]) for name in SPECS}
    assert manifest["apiVersions"] == versions
    assert manifest["version"] == typescript.package_version(versions)


@pytest.mark.parametrize(
    ("versions", "expected"),
    [
        ({"a": "1.0.0", "b": "1.0.0"}, "1.0.0"),
        ({"a": "1.2.3", "b": "1.0.1"}, "1.2.4"),
        ({"a": "2.0.0", "b": "1.4.0"}, "2.4.0"),  # a's major raise: major raise of the package
        ({"a": "2.1.0", "b": "1.4.0"}, "2.5.0"),
    ],
)
def test_package_version_raises_as_the_specs_do(versions: dict[str, str], expected: str) -> None:
    assert typescript.package_version(versions) == expected


@pytest.fixture(scope="module")
def tarball(node_tools: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return typescript.pack(ROOT, tmp_path_factory.mktemp("npm"))


def test_npm_package_holds_the_types_and_the_specs(tarball: Path) -> None:
    with tarfile.open(tarball) as archive:
        names = sorted(m.name for m in archive.getmembers() if m.isfile())
        spec = archive.extractfile("package/spec/smsend.yaml")
        assert spec is not None and spec.read() == (ROOT / "spec" / "smsend.yaml").read_bytes()
    assert names == sorted(
        ["package/package.json", "package/README.md", "package/LICENSE"]
        + [f"package/generated/{n}.d.ts" for n in SPECS]
        + [f"package/spec/{n}.yaml" for n in SPECS]
    )


def test_a_consumer_project_type_checks_against_the_tarball(tarball: Path, tmp_path: Path) -> None:
    ok, output = typescript.check_consumer(tarball, tmp_path / "consumer")
    assert ok, output
    assert (tmp_path / "consumer" / "node_modules" / "sms-gateways-types" / "generated" / "smsend.d.ts").exists()


def test_a_wrong_consumer_fails_against_the_tarball(tarball: Path, tmp_path: Path) -> None:
    wrong = typescript.CONSUMER_SOURCE + (
        'export const noText: Form = { to: "393480000000" };\n'
        'import type { paths } from "sms-gateways-types/nosuchapi";\n'
        "export type P = paths;\n"
    )
    ok, output = typescript.check_consumer(tarball, tmp_path / "consumer", wrong)
    assert not ok
    assert {code for _, code in re.findall(r"index\.ts\((\d+),\d+\): error (TS\d+)", output)} == {"TS2741", "TS2307"}, (
        output
    )


# --------------------------------------------------------------------------------------- breaking


def test_current_specs_are_their_released_versions() -> None:
    for name in SPECS:
        problems, changes, _ = versioning.check_versioning(
            ROOT / "spec" / f"{name}.yaml", ROOT / "spec" / "released", ROOT / "spec" / f"CHANGELOG.{name}.md"
        )
        assert (problems, changes) == ([], [])
    assert spectools.main(["breaking"]) == 0


def versioned_copy(
    tmp_path: Path, name: str, change: Callable[[Document], None], version: str | None, headings: list[str]
) -> tuple[list[str], list[Change]]:
    """check_versioning on a changed copy of spec/<name>.yaml against the real release snapshot."""
    document = copy.deepcopy(load(name))
    change(document)
    if version:
        document["info"]["version"] = version
    released = tmp_path / "released"
    released.mkdir(parents=True)
    for snapshot in (ROOT / "spec" / "released").glob(f"{name}-*.yaml"):
        shutil.copy(snapshot, released / snapshot.name)
    changelog = tmp_path / f"CHANGELOG.{name}.md"
    changelog.write_text("# Changelog\n\n" + "".join(f"## [{v}] - 2030-01-01\n\nSomething.\n\n" for v in headings))
    problems, changes, _ = versioning.check_versioning(dump(document, tmp_path / f"{name}.yaml"), released, changelog)
    return problems, changes


def latest_release(name: str) -> str:
    """The highest version among the release snapshots ``spec/released/<name>-<version>.yaml``."""
    versions = [
        p.name.removeprefix(f"{name}-").removesuffix(".yaml")
        for p in (ROOT / "spec" / "released").glob(f"{name}-*.yaml")
    ]
    return max(versions, key=lambda v: tuple(int(part) for part in v.split(".")))


def _smsh_schema(d: Document, name: str) -> Document:
    return d["components"]["schemas"][name]  # type: ignore[no-any-return]


BREAKING_CHANGES: dict[str, tuple[str, Callable[[Document], None], str]] = {
    "removed operation": ("smshosting", lambda d: d["paths"].pop("/sms/cancel"), "operation removed"),
    "newly required request field": (
        "smshosting",
        lambda d: _smsh_schema(d, "SendSmsRequest")["required"].append("from"),
        "request property 'from' became required",
    ),
    "removed response field": (
        "smshosting",
        lambda d: _smsh_schema(d, "SendSmsResponse")["properties"].pop("smsInserted"),
        "response property 'smsInserted' removed",
    ),
    "request enum value removed": (
        "smshosting",
        lambda d: _smsh_schema(d, "SmsEncoding")["enum"].remove("UCS2"),
        "enum values removed: ['UCS2']",
    ),
    "response property type changed": (
        "smsend",
        lambda d: d["components"]["schemas"]["Subaccount"]["properties"]["active"].update(type="string"),
        "type boolean -> string",
    ),
    "optional parameter became required": (
        "smsend",
        lambda d: d["components"]["parameters"]["PageNumber"].update(required=True),
        "query parameter 'pageNumber' became required",
    ),
    "response property no longer required": (
        "smsend",
        lambda d: d["components"]["schemas"]["Subaccount"]["required"].remove("login"),
        "response property 'login' no longer required",
    ),
}


def raised(name: str, part: str) -> str:
    """The version after the latest release of spec/<name>.yaml with ``part`` raised."""
    major, minor, patch = (int(p) for p in latest_release(name).split("."))
    return {"patch": f"{major}.{minor}.{patch + 1}", "minor": f"{major}.{minor + 1}.0"}.get(part, f"{major + 1}.0.0")


@pytest.mark.parametrize("case", sorted(BREAKING_CHANGES))
@pytest.mark.parametrize(("part", "passes"), [(None, False), ("patch", False), ("minor", False), ("major", True)])
def test_breaking_change_needs_a_major_version(tmp_path: Path, case: str, part: str | None, passes: bool) -> None:
    name, change, message = BREAKING_CHANGES[case]
    version = raised(name, part) if part else None
    last = latest_release(name)
    problems, changes = versioned_copy(tmp_path, name, change, version, [last, version or last])
    assert any(c.breaking and message in c.what for c in changes), [str(c) for c in changes]
    assert (problems == []) is passes, problems
    if not passes:
        assert any("breaking change" in p for p in problems), problems


def _add_optional_request_field(d: Document) -> None:
    _smsh_schema(d, "SendSmsRequest")["properties"]["note"] = {"type": "string", "description": "New."}


def _rename_path_parameter(d: Document) -> None:
    """`{subaccount_id}` becomes `{id}` everywhere: clients cannot tell."""
    text = json.dumps(d).replace("{subaccount_id}", "{id}").replace('"name": "subaccount_id"', '"name": "id"')
    assert text != json.dumps(d)
    d.clear()
    d.update(json.loads(text))


COMPATIBLE_CHANGES: dict[str, tuple[str, Callable[[Document], None]]] = {
    "optional request field added": ("smshosting", _add_optional_request_field),
    "response field added": (
        "smshosting",
        lambda d: _smsh_schema(d, "SendSmsResponse")["properties"].update(cost={"type": "number"}),
    ),
    "operation added": ("smsend", lambda d: d["paths"].update({"/ping": copy.deepcopy(d["paths"]["/token"])})),
    "description edited": ("smsend", lambda d: first_operation(d).update(description="Reworded.")),
    "path parameter renamed": ("smsend", _rename_path_parameter),
}


@pytest.mark.parametrize("case", sorted(COMPATIBLE_CHANGES))
def test_compatible_change_needs_a_version_raise_and_a_changelog_entry(tmp_path: Path, case: str) -> None:
    name, change = COMPATIBLE_CHANGES[case]
    last = latest_release(name)
    major, minor, _ = (int(part) for part in last.split("."))
    minor_raise = f"{major}.{minor + 1}.0"
    same, changes = versioned_copy(tmp_path / "same", name, change, last, [last])  # the released version
    assert not any(c.breaking for c in changes), [str(c) for c in changes]
    assert any(f"info.version is still {last}" in p for p in same), same
    undocumented, _ = versioned_copy(tmp_path / "undocumented", name, change, minor_raise, [last])
    assert any(f"no heading for {minor_raise}" in p for p in undocumented), undocumented
    raised, _ = versioned_copy(tmp_path / "raised", name, change, minor_raise, [last, minor_raise])
    assert raised == []


def test_version_must_be_semver_and_not_go_back(tmp_path: Path) -> None:
    problems, _ = versioned_copy(tmp_path / "a", "smsend", lambda d: None, "1.0", ["1.0"])
    assert any("not a semantic version" in p for p in problems), problems
    problems, _ = versioned_copy(tmp_path / "b", "smsend", lambda d: None, "0.9.0", ["0.9.0"])
    assert any(f"lower than the released {latest_release('smsend')}" in p for p in problems), problems
