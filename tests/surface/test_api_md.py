"""api.md lists the hand-written helpers of the client classes (``client.send_sms_once``,
``client.two_factor.verify``, ...) beside the generated resources, from the overrides' source read
with ``ast`` (``scripts/helpers_md.py``); ``./scripts/regenerate --check`` finds
api.md stale when a client class gains a public method."""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from smsend_client.sdk import AsyncSmsendResources, SmsendResources
from smsgw import AsyncSmsend, AsyncSmshosting, Smsend, Smshosting
from smsgw.smsend_twofactor import AsyncTwoFactor, TwoFactor
from smshosting_client.sdk import AsyncSmshostingResources, SmshostingResources

from scripts import helpers_md, project

ROOT = project.ROOT
HELPERS_TITLE = "## Helpers (hand-written, in `smsgw`)"
# Each client class, its generated resources, and the helper classes of its properties.
CLASSES: dict[str, list[tuple[type[Any], type[Any]]]] = {
    "Smsend": [(Smsend, SmsendResources), (AsyncSmsend, AsyncSmsendResources)],
    "Smshosting": [(Smshosting, SmshostingResources), (AsyncSmshosting, AsyncSmshostingResources)],
}
PROPERTY_HELPERS: dict[str, list[tuple[str, type[Any]]]] = {
    "Smsend": [("two_factor", TwoFactor), ("two_factor", AsyncTwoFactor)],
    "Smshosting": [],
}


def public(cls: type[Any]) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def helpers_section(api: str) -> str:
    """The "Helpers" subsection of one API's section of the committed api.md."""
    text = (ROOT / "api.md").read_text()
    section = text.split(f"\n# {api}\n", 1)[1].split("\n# ", 1)[0]
    assert section.count(HELPERS_TITLE) == 1, api
    return section.split(HELPERS_TITLE, 1)[1]


def usage_lines(section: str, dotted: str) -> list[str]:
    """The lines of the api.md code blocks that use ``client.<dotted>``."""
    return [
        line.strip()
        for line in section.splitlines()
        if line.strip().removeprefix("await ").startswith((f"client.{dotted}(", f"client.{dotted} -> "))
    ]


def check_listed(section: str, dotted: str, member: Any) -> None:
    lines = usage_lines(section, dotted)
    assert lines, dotted
    assert f"- `client.{dotted}`" in section, dotted
    if callable(member):  # a method: every parameter is in its signature
        names = [p for p in inspect.signature(member).parameters if p != "self"]
        assert all(f"{name}:" in line or f"{name}=" in line for line in lines for name in names), (dotted, lines)
        if inspect.iscoroutinefunction(member):
            assert any(line.startswith("await ") for line in lines), dotted


@pytest.mark.parametrize("api", sorted(CLASSES))
def test_every_public_non_resource_member_of_the_client_classes_is_in_api_md(api: str) -> None:
    section = helpers_section(api)
    count = 0
    for cls, resources in CLASSES[api]:
        for name in sorted(public(cls) - public(resources)):
            check_listed(section, name, inspect.getattr_static(cls, name).__get__(None, cls))
            count += 1
    for prop, helper in PROPERTY_HELPERS[api]:
        for name in sorted(public(helper)):
            check_listed(section, f"{prop}.{name}", getattr(helper, name))
            count += 1
    assert count >= (14 if api == "Smsend" else 8)  # the at-most-once methods, 2FA, close, ...
    # A generated resource is listed above, never again among the helpers.
    for _, resources in CLASSES[api]:
        for name in public(resources):
            assert not usage_lines(section, name), name


def test_the_helpers_are_rendered_from_the_source_without_importing_it(tmp_path: Path) -> None:
    source = tmp_path / "pkg" / "clients.py"
    source.parent.mkdir()
    source.write_text(
        '''
from typing import Generic, TypeVar
from mini_client import Client as MiniClient
from .extra import Helper, AsyncHelper
raise RuntimeError("never imported")
C = TypeVar("C")

class _Base(Generic[C]):
    @property
    def generated(self) -> C:
        """The client underneath.

        More text."""
    def _private(self) -> None: ...

class _Once(_Base[MiniClient]):
    def send_once(self, body: str, /, first: int = 1, *args: int, attempts: int = 3, **extra: str) -> bool:
        """Send at most once: see :func:`pkg.delivery.send`
        (``attempts`` times at most)."""
    @staticmethod
    def parse(body: bytes) -> str:
        """Parse it, :class:`~pkg.errors.ParseError` if not."""

class _AsyncOnce(_Base[MiniClient]):
    async def send_once(self, body: str, /, first: int = 1, *args: int, attempts: int = 3, **extra: str) -> bool:
        """The async twin."""

class Mini(_Once, MiniResources):
    @property
    def helper(self) -> Helper:
        """A helper."""

class AsyncMini(_AsyncOnce, AsyncMiniResources):
    @property
    def helper(self) -> AsyncHelper:
        """A helper."""
'''
    )
    (tmp_path / "pkg" / "extra.py").write_text(
        """
class Helper:
    def run(self, x: int) -> int:
        '''Run.'''
class AsyncHelper:
    async def run(self, x: int) -> int:
        '''Run later.'''
"""
    )
    text = helpers_md.render_helpers_md("Mini", [source, tmp_path / "pkg" / "extra.py"])
    assert text.startswith("## Helpers (hand-written, in `smsgw`)\n")
    entries = text.split("\n- ")[1:]
    assert [entry.split("`", 2)[1] for entry in entries] == [
        "client.generated",
        "client.helper",
        "client.helper.run",
        "client.parse",
        "client.send_once",
    ]
    assert entries[0].startswith("`client.generated`: The client underneath.\n")
    assert "  client.generated -> MiniClient\n  ```" in entries[0]  # the type variable bound; once
    assert "  client.helper -> Helper\n  client.helper -> AsyncHelper  # async\n" in entries[1]
    assert "  client.helper.run(x: int) -> int\n  await client.helper.run(x: int) -> int  # async\n" in entries[2]
    assert entries[3].startswith("`client.parse`: Parse it, `ParseError` if not.\n")
    assert "  client.parse(body: bytes) -> str\n  ```" in entries[3]
    signature = "send_once(body: str, /, first: int = 1, *args: int, attempts: int = 3, **extra: str) -> bool"
    assert entries[4].startswith("`client.send_once`: Send at most once: see `pkg.delivery.send` (`attempts` times")
    assert f"  client.{signature}\n  await client.{signature}  # async\n" in entries[4]
    assert "_private" not in text and "MiniResources" not in text
    assert "`MiniClient` is `mini_client.Client`" in text
    assert "`Helper` is `pkg.extra.Helper`" in text
    assert helpers_md.render_helpers_md("Mini", [source, tmp_path / "pkg" / "extra.py"]) == text  # deterministic
    assert helpers_md.render_helpers_md("Other", [source]) == ""


NEW_METHOD = '''
    def cancel_order_once(self, order_id: str, *, attempts: int = 3) -> bool:
        """Cancel an order at most once (a test's addition).

        Not in api.md: only the first paragraph is."""
        return bool(order_id)

    def _not_listed(self) -> None:
        """Private: never in api.md."""
'''
ANCHOR = "class _AsyncSmsendOnce("


def run_regenerate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.regenerate", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def copy_for_regenerate(root: Path) -> Path:
    """What ``scripts.regenerate`` reads and writes, copied to ``root``."""
    for folder in ("scripts", "generator", "generated", "spec", "overrides"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "api.md"):
        shutil.copy(ROOT / name, root / name)
    return root


def test_regenerate_check_finds_api_md_stale_when_a_client_class_gains_a_public_method(tmp_path: Path) -> None:
    """On a copy of the repository whose clients.py has one more public method: ``--check``
    reports api.md (and the lock, which records the overrides' hashes) and nothing else; the
    regeneration lists the method, with its signature and docstring, and nothing else changes."""
    clients = copy_for_regenerate(tmp_path) / "overrides" / "smsgw" / "clients.py"
    original = clients.read_text()
    assert original.count(ANCHOR) == 1
    clients.write_text(original.replace(ANCHOR, NEW_METHOD.lstrip("\n") + "\n\n" + ANCHOR))

    checked = run_regenerate(tmp_path, "--check")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    stale = [line for line in checked.stderr.splitlines() if line.startswith(("~ ", "+ ", "- "))]
    assert stale == ["~ generated/generation.lock.json", "~ api.md"]

    written = run_regenerate(tmp_path)
    assert written.returncode == 0, written.stdout + written.stderr
    before, after = (ROOT / "api.md").read_text(), (tmp_path / "api.md").read_text()
    assert "- `client.cancel_order_once`: Cancel an order at most once (a test's addition).\n" in after
    assert "  client.cancel_order_once(order_id: str, *, attempts: int = 3) -> bool\n  ```" in after
    assert "_not_listed" not in after and "Not in api.md" not in after
    entry = after.split("- `client.cancel_order_once`")[1].split("\n- ")[0]
    assert after.replace("- `client.cancel_order_once`" + entry + "\n- ", "- ", 1) == before
    assert run_regenerate(tmp_path, "--check").returncode == 0


def test_a_comment_or_private_change_in_the_overrides_leaves_check_clean(tmp_path: Path) -> None:
    """The lock records what api.md lists of the helpers, not the bytes of their files: a new
    comment and a private method in clients.py are no new input, so ``--check`` passes without
    regenerating."""
    clients = copy_for_regenerate(tmp_path) / "overrides" / "smsgw" / "clients.py"
    original = clients.read_text()
    assert original.count(ANCHOR) == 1
    private = "    def _not_listed(self) -> None:\n        pass\n"
    changed = original.replace(ANCHOR, "# A comment added by a test.\n" + ANCHOR, 1).rstrip("\n") + "\n\n" + private
    clients.write_text(changed)
    assert clients.read_text() != original

    checked = run_regenerate(tmp_path, "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
