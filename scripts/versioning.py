"""Spec versions: each spec against its last released snapshot ``spec/released/<name>-<version>.yaml``.
A breaking change needs a higher major ``info.version``, any other change a higher version, and
``spec/CHANGELOG.<name>.md`` needs a heading for the current version."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

from scripts import project
from scripts.breaking import Change, Level, diff_specs
from scripts.tools import load_yaml, say

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int
    release: int  # 1 for a release, 0 for a pre-release (sorts first)
    pre: str
    text: str

    @classmethod
    def parse(cls, text: str) -> Version:
        match = SEMVER.match(str(text))
        if not match:
            raise ValueError(f"{text!r} is not a semantic version (MAJOR.MINOR.PATCH)")
        major, minor, patch, pre = match.groups()
        return cls(int(major), int(minor), int(patch), 0 if pre else 1, pre or "", str(text))

    def __str__(self) -> str:
        return self.text


def latest_release(released_dir: Path, name: str) -> tuple[Version, Path] | None:
    found = []
    for path in released_dir.glob(f"{name}-*.yaml"):
        with contextlib.suppress(ValueError):
            found.append((Version.parse(path.stem[len(name) + 1 :]), path))
    return max(found) if found else None


def changelog_has(changelog: Path, version: str) -> bool:
    if not changelog.exists():
        return False
    pattern = re.compile(rf"^#{{1,3}}\s+\[?v?{re.escape(version)}\]?(\s|$)", re.MULTILINE)
    return bool(pattern.search(changelog.read_text(encoding="utf-8")))


def check_versioning(spec: Path, released_dir: Path, changelog: Path) -> tuple[list[str], list[Change], str]:
    """Problems (empty when fine), the changes since the last release, and a one-line status."""
    name = spec.stem
    current = load_yaml(spec)
    problems: list[str] = []
    try:
        version = Version.parse(current.get("info", {}).get("version", ""))
    except ValueError as error:
        return [f"{spec.name}: info.version {error}"], [], "no valid version"
    if not changelog_has(changelog, version.text):
        problems.append(f"{changelog.name} has no heading for {version} (e.g. `## [{version}] - YYYY-MM-DD`)")
    release = latest_release(released_dir, name)
    if release is None:
        problems.append(f"no released snapshot {released_dir.name}/{name}-<version>.yaml to compare with")
        return problems, [], f"{version}, never released"
    released_version, snapshot_path = release
    snapshot = load_yaml(snapshot_path)
    if str(snapshot.get("info", {}).get("version")) != released_version.text:
        problems.append(f"{snapshot_path.name}: its info.version is {snapshot.get('info', {}).get('version')!r}")
    changes = diff_specs(snapshot, current)
    breaking = [c for c in changes if c.breaking]
    status = f"{version} (last release {released_version})"
    if version < released_version:
        problems.append(f"info.version {version} is lower than the released {released_version}")
    elif version == released_version:
        if current != snapshot:
            what = f"{len(breaking)} breaking change(s)" if breaking else "changes"
            problems.append(
                f"the spec has {what} since release {released_version} but info.version is still {version}: "
                f"raise it ({'major: ' + str(released_version.major + 1) + '.0.0' if breaking else 'minor or patch'}) "
                f"and add a {changelog.name} entry"
            )
    elif breaking:
        needs_major = released_version.major >= 1 or version.major > 0
        bumped = version.major > released_version.major if needs_major else version.minor > released_version.minor
        if not bumped:
            problems.append(
                f"{len(breaking)} breaking change(s) since {released_version} need a new major version "
                f"({released_version.major + 1}.0.0), info.version is {version}"
            )
    return problems, changes, status


def cmd_breaking(root: Path, names: list[str]) -> bool:
    ok = True
    for name in names:
        problems, changes, status = check_versioning(
            project.spec_path(name, root), project.released_dir(root), project.changelog(name, root)
        )
        for change in sorted(changes, key=lambda c: not c.breaking)[:60]:
            say(f"  {change}")
        if len(changes) > 60:
            say(f"  ... {len(changes) - 60} more")
        for problem in problems:
            say(f"  {problem}")
        if problems:
            ok = False
            say(f"breaking {name}: FAILED, {status}")
        else:
            summary = (
                "unchanged since the release"
                if not changes
                else (
                    f"{sum(c.level is Level.ERR for c in changes)} breaking, "
                    f"{sum(c.level is Level.WARN for c in changes)} warning, "
                    f"{sum(c.level is Level.INFO for c in changes)} compatible change(s), version raised accordingly"
                )
            )
            say(f"breaking {name}: ok, {status}, {summary}")
    return ok
