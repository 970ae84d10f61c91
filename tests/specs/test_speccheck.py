"""Spec validity as ``./scripts/regenerate`` reports it: one line per problem, with file, line and
JSON pointer, for the four kinds of mistakes people make by hand (YAML syntax, unknown keys, wrong
types, unresolvable ``$ref``); the validator's full explanation only with ``--verbose``."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import project, speccheck

SMSEND = project.spec_path("smsend").read_text(encoding="utf-8")
# The place each broken copy changes: the first operation of smsend.yaml.
ANCHOR = "      operationId: loginSessionKey\n"
LINE = SMSEND[: SMSEND.index(ANCHOR)].count("\n") + 1
LOGIN_KEYS_REF = "                $ref: '#/components/schemas/LoginKeys'\n"
LOGIN_SUMMARY = "      summary: Log in and obtain a session key\n"


def offset(text: str) -> int:
    """Lines from the anchor to ``text`` (so the cases survive lines added above or between)."""
    return SMSEND[: SMSEND.index(text)].count("\n") + 1 - LINE


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    assert SMSEND.count(old) >= 1
    path = tmp_path / "spec" / "smsend.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SMSEND.replace(old, new, 1), encoding="utf-8")
    return path


# case: (text replaced, replacement, line reported (offset from the anchor), pointer, message pattern)
BROKEN: dict[str, tuple[str, str, int, str, str]] = {
    "YAML indentation error": (
        ANCHOR,
        ANCHOR + "     tags: [Oops]\n",
        1,
        "#",
        r"YAML syntax: .*(line \d+)?",
    ),
    "duplicate key": (
        ANCHOR,
        ANCHOR + "      operationId: loginAgain\n",
        1,
        "#/paths/~1login/get/operationId",
        rf"duplicate key operationId \(also on line {LINE}; YAML keeps only the last\)",
    ),
    "unknown key in an operation": (
        ANCHOR,
        ANCHOR + "      sumary: typo of summary\n",
        1,
        "#/paths/~1login/get/sumary",
        r"unknown key sumary \(only x- extensions may be added\)",
    ),
    "misspelled schema type": (
        LOGIN_KEYS_REF,
        "                type: strnig\n",
        offset(LOGIN_KEYS_REF),
        "#/paths/~1login/get/responses/200/content/text~1plain/schema/type",
        r"'strnig' is not one of: array, boolean, integer, number, object, string",
    ),
    "summary of the wrong type": (
        LOGIN_SUMMARY,
        "      summary: [Log in]\n",
        offset(LOGIN_SUMMARY),
        "#/paths/~1login/get/summary",
        r"\['Log in'\] is not of type string",
    ),
    "$ref to a missing schema": (
        LOGIN_KEYS_REF,
        "                $ref: '#/components/schemas/LoginKey'\n",
        offset(LOGIN_KEYS_REF),
        "#/paths/~1login/get/responses/200/content/text~1plain/schema/$ref",
        r"\$ref #/components/schemas/LoginKey does not resolve: no such place in this file",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_problem_is_one_line_with_file_line_and_pointer(tmp_path: Path, case: str) -> None:
    old, new, offset, pointer, message = BROKEN[case]
    path = broken_copy(tmp_path, old, new)
    problems = speccheck.check_spec(path)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert (problem.line, problem.pointer) == (LINE + offset, pointer), str(problem)
    assert re.fullmatch(message, problem.message), problem.message
    line = str(problem)
    assert line.startswith(f"{speccheck.display(path)}:{LINE + offset}: {pointer}: ")
    assert "\n" not in line and len(line) < 300, line


def test_the_committed_specs_are_valid() -> None:
    assert [str(p) for p in speccheck.check_all(project.spec_path(n) for n in project.api_names())] == []


def test_verbose_adds_the_validators_explanation(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, ANCHOR, ANCHOR + "      sumary: typo\n")
    problems = speccheck.check_spec(path)
    short, full = speccheck.report(problems), speccheck.report(problems, verbose=True)
    assert short.splitlines() == [str(problems[0]), "1 spec problem(s); --verbose shows the full detail"]
    assert "Failed validating" in full and len(full.splitlines()) > 3


def test_regenerate_reports_a_broken_spec_in_two_lines(tmp_path: Path) -> None:
    """The whole command, as a person runs it, on a copy of the repository with a broken $ref."""
    for folder in ("scripts", "generator", "generated", "spec", "overrides"):
        shutil.copytree(project.ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(project.ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    broken_copy(tmp_path, "$ref: '#/components/schemas/LoginKeys'", "$ref: '#/components/schemas/Nope'")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.regenerate", "--check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"spec/smsend.yaml:{LINE + offset(LOGIN_KEYS_REF)}: "
        "#/paths/~1login/get/responses/200/content/text~1plain/schema/$ref: "
        "$ref #/components/schemas/Nope does not resolve: no such place in this file",
        "1 spec problem(s); --verbose shows the full detail",
    ]


def test_regenerate_fails_when_the_generator_drops_an_operation(tmp_path: Path) -> None:
    """A valid spec that the generator cannot fully use (here a body media type it does not
    support): the operation would silently vanish from the client, so the run fails and says
    which spec and why (the generator runs in a worker process, see scripts/regenerate.py)."""
    for folder in ("scripts", "generator", "generated", "spec", "overrides"):
        shutil.copytree(project.ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(project.ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    body = "      requestBody:\n        required: true\n        content:\n          application/json:\n"
    assert SMSEND.count(body) >= 1
    broken_copy(tmp_path, body, body.replace("application/json", "application/xml"))
    assert speccheck.check_spec(tmp_path / "spec" / "smsend.yaml") == []  # valid OpenAPI all the same
    result = subprocess.run(
        [sys.executable, "-m", "scripts.regenerate", "--check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 1
    assert "Unsupported content type application/xml" in result.stderr
    assert result.stderr.rstrip().endswith("openapi-python-client failed or dropped parts of smsend.yaml")
