"""The example app (examples/) against the simulator: its tasks work, sync and async, they stay
short (at most 25 lines and 6 imported names each), and the app passes mypy --strict with no
cast, no isinstance narrowing and no type: ignore."""

from __future__ import annotations

import ast
import asyncio
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from smsgw import Smsend, Smshosting, errors
from smsim import Simulator

from .conftest import Webhook, async_hosting, async_smsend, make_hosting, make_smsend

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TASKS = ("tasks", "async_tasks")


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_smshosting_tasks_sync(surface_sim: Simulator, hosting: Smshosting, webhook: Webhook) -> None:
    app = load("smshosting_app")
    lines = app.tasks(hosting, webhook.url)
    assert lines == [f"{n} SENT" for n in app.TEAM] + ["refused: NO_VALID_RECIPIENT"]
    # The scheduled send was cancelled and never goes out; the second one is delivered and its
    # reports reach the status callback, which the app's route turns into typed reports.
    surface_sim.advance(10)
    reports = sorted(app.on_status_callback(webhook.next()) for _ in app.TEAM)
    assert reports == [f"{n} DELIVERED" for n in app.TEAM]
    contacts = hosting.contacts.search(msisdn=app.TEAM[0])
    assert [c.name for c in contacts] == ["Anna"]
    wrong = make_hosting(surface_sim, auth_key="nobody", auth_secret="nothing")
    assert app.check_credentials(wrong) == "login refused: BAD_CREDENTIALS"
    assert app.check_credentials(hosting).startswith("logged in as ")


def test_smshosting_tasks_async(surface_sim: Simulator, webhook: Webhook) -> None:
    app = load("smshosting_app")

    async def main() -> list[str]:
        async with async_hosting(surface_sim) as client:
            result: list[str] = await app.async_tasks(client, webhook.url)
            return result

    assert asyncio.run(main()) == [f"{n} SENT" for n in app.TEAM] + ["refused: NO_VALID_RECIPIENT"]
    surface_sim.advance(10)
    assert sorted(app.on_status_callback(webhook.next()) for _ in app.TEAM) == [f"{n} DELIVERED" for n in app.TEAM]


def test_smsend_tasks_sync(surface_sim: Simulator, smsend: Smsend) -> None:
    app = load("smsend_app")
    lines = app.tasks(smsend, "anna-sync")
    assert lines[0] == "anna-sync: 100 SMS"
    assert [line.split()[1] for line in lines[1:]] == ["anna-sync"]
    wrong = make_smsend(surface_sim, password="wrong-password")
    assert "wrong username or password" in app.check_credentials(wrong)
    assert app.check_credentials(smsend) == "1 subaccounts"
    # The password really changed: the subaccount logs in with the new one only (and, being no
    # superaccount, is then refused the call itself).
    for password, refusal in (("first-Pass-1", errors.LoginError), ("second-Pass-2", errors.BadRequestError)):
        sub = make_smsend(surface_sim, username="anna-sync", password=password)
        with pytest.raises(refusal):
            sub.credit.get("anna-sync")


def test_smsend_tasks_async(surface_sim: Simulator) -> None:
    app = load("smsend_app")

    async def main() -> list[str]:
        async with async_smsend(surface_sim) as client:
            result: list[str] = await app.async_tasks(client, "anna-async")
            return result

    lines = asyncio.run(main())
    assert lines[0] == "anna-async: 100 SMS"
    assert [line.split()[1] for line in lines[1:]] == ["anna-async"]


@pytest.mark.parametrize("name", ["smshosting_app", "smsend_app"])
def test_tasks_are_short(name: str) -> None:
    tree = ast.parse((EXAMPLES / f"{name}.py").read_text())
    imported = [
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom) and getattr(node, "module", "") != "__future__"
        for alias in node.names
    ]
    assert len(imported) <= 6, imported
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
    for task in TASKS:
        node = functions[task]
        assert node.end_lineno is not None
        assert node.end_lineno - node.lineno + 1 <= 25, (task, node.end_lineno - node.lineno + 1)


def test_examples_pass_mypy_strict_without_escape_hatches() -> None:
    for path in EXAMPLES.glob("*.py"):
        text = path.read_text()
        for forbidden in ("cast(", "isinstance(", "type: ignore", "Any"):
            assert forbidden not in text, (path.name, forbidden)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(EXAMPLES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
