"""The "Helpers" sections of ``api.md``: the hand-written public methods and properties of the
client classes, read from the overrides' source with ``ast`` (never imported).

Apart from ``scripts/surface.py`` (which needs openapi-python-client's parser) so that the lock
of ``scripts/regenerate.py`` can hash what these sections list without importing the generator.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# -- the hand-written helpers of the client classes (api.md) ---------------------------------
#
# Read from the overrides' source with ``ast``, never imported: regeneration does not depend on
# the overrides being importable.  Each public method or property that the client classes
# (``<Api>`` and ``Async<Api>`` of ``clients.py``) define themselves or inherit from a class of
# the same module is listed with its signature as written and the first paragraph of its
# docstring; a property whose type is a class of one of the helper modules (``client.two_factor``)
# also lists that class's public methods.  The generated resources come from ``sdk.py`` (a base
# class of another module) and are not listed again.

HELPERS_TITLE = "Helpers (hand-written, in `smsgw`)"
_PROPERTY_DECORATORS = {"property", "cached_property", "functools.cached_property"}


@dataclass
class Member:
    name: str
    kind: str  # method | property | staticmethod
    is_async: bool
    params: str  # without self
    returns: str
    doc: str  # the first paragraph of the docstring, in Markdown


def _decorators(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    return {ast.unparse(d) for d in node.decorator_list}


def _param(arg: ast.arg, default: ast.expr | None) -> str:
    text = arg.arg + (f": {ast.unparse(arg.annotation)}" if arg.annotation is not None else "")
    if default is not None:
        text += (" = " if arg.annotation is not None else "=") + ast.unparse(default)
    return text


def _params(args: ast.arguments, *, skip_first: bool) -> str:
    """The parameters as written (PEP 8 spacing), ``self`` left out where ``skip_first``."""
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    parts = [_param(arg, default) for arg, default in zip(positional, defaults, strict=True)]
    if args.posonlyargs:
        parts.insert(len(args.posonlyargs), "/")
    if skip_first and positional:
        parts.pop(0)
    if args.vararg is not None:
        parts.append("*" + _param(args.vararg, None))
    elif args.kwonlyargs:
        parts.append("*")
    parts += [_param(arg, default) for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    if args.kwarg is not None:
        parts.append("**" + _param(args.kwarg, None))
    return ", ".join(parts)


def _markdown(doc: str) -> str:
    """A docstring's first paragraph on one line, its reST roles and literals as Markdown code."""
    paragraph = " ".join(" ".join(doc.strip().split("\n\n", 1)[0].split()).split())
    paragraph = re.sub(r":[a-z]+:`~([\w.]*\.)?(\w+)`", r"`\2`", paragraph)
    paragraph = re.sub(r":[a-z]+:`([^`]+)`", r"`\1`", paragraph)
    return re.sub(r"``([^`]+)``", r"`\1`", paragraph)


def _member(node: ast.FunctionDef | ast.AsyncFunctionDef) -> Member:
    decorators = _decorators(node)
    kind = "method"
    if decorators & _PROPERTY_DECORATORS:
        kind = "property"
    elif "staticmethod" in decorators:
        kind = "staticmethod"
    return Member(
        name=node.name,
        kind=kind,
        is_async=isinstance(node, ast.AsyncFunctionDef),
        params=_params(node.args, skip_first=kind != "staticmethod"),
        returns=ast.unparse(node.returns) if node.returns is not None else "None",
        doc=_markdown(ast.get_docstring(node) or ""),
    )


def _classes(sources: Sequence[Path]) -> dict[str, ast.ClassDef]:
    """The classes of the helper modules by name (the first module wins)."""
    found: dict[str, ast.ClassDef] = {}
    for source in sources:
        if not source.is_file():
            raise SystemExit(f"{source}: no such file (api.md lists the client helpers it defines)")
        for node in ast.parse(source.read_text(encoding="utf-8"), filename=str(source)).body:
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, node)
    return found


def _base_name(base: ast.expr) -> str:
    return ast.unparse(base.value if isinstance(base, ast.Subscript) else base)


def class_chain(name: str, classes: Mapping[str, ast.ClassDef]) -> list[ast.ClassDef]:
    """Class ``name`` and its bases among ``classes``, left to right and depth first (the order
    in which Python finds a method for these single-module hierarchies); bases of other modules
    (the generated resources, ``Generic``) are left out."""
    chain: list[ast.ClassDef] = []
    pending, seen = [name], set()
    while pending:
        current = pending.pop(0)
        if current in seen or current not in classes:
            continue
        seen.add(current)
        chain.append(classes[current])
        pending[:0] = [_base_name(base) for base in classes[current].bases]
    return chain


def public_members(name: str, classes: Mapping[str, ast.ClassDef]) -> dict[str, Member]:
    """The public methods and properties of class ``name``: its own, then its bases' among
    ``classes`` (:func:`class_chain`, the first definition winning); by name."""
    members: dict[str, Member] = {}
    for node in class_chain(name, classes):
        for item in node.body:
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and not item.name.startswith("_"):
                members.setdefault(item.name, _member(item))
    return members


def _type_vars(sources: Sequence[Path]) -> set[str]:
    """The names bound to ``TypeVar(...)`` at the top of the helper modules."""
    found: set[str] = set()
    for source in sources:
        for node in ast.parse(source.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
                continue
            if ast.unparse(node.value.func) in ("TypeVar", "typing.TypeVar"):
                found.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return found


def _bound(name: str, classes: Mapping[str, ast.ClassDef], sources: Sequence[Path]) -> dict[str, Member]:
    """The public members of class ``name``, the modules' one type variable replaced by the one
    type argument its bases give it (``class _SmsendOnce(_Base[SmsendClient])``: ``C`` is
    ``SmsendClient``); as written where that is not so simple."""
    members = public_members(name, classes)
    type_vars = _type_vars(sources)
    arguments = {
        ast.unparse(base.slice)
        for node in class_chain(name, classes)
        for base in node.bases
        if isinstance(base, ast.Subscript)
    } - type_vars
    if len(type_vars) != 1 or len(arguments) != 1:
        return members
    argument = next(iter(arguments))
    pattern = re.compile(rf"\b{re.escape(next(iter(type_vars)))}\b")

    def bind(text: str) -> str:
        return pattern.sub(argument, text)

    return {
        key: Member(m.name, m.kind, m.is_async, bind(m.params), bind(m.returns), m.doc) for key, m in members.items()
    }


def _imported_names(sources: Sequence[Path]) -> dict[str, str]:
    """What each name imported by the helper modules (also under ``TYPE_CHECKING``) is, in full:
    ``SmsendSendSmsRequest`` -> ``smsend_client.models.SendSmsRequest``, ``smsend`` ->
    ``smsgw.smsend``; relative imports are from the package of the sources (``smsgw``)."""
    found: dict[str, str] = {}
    for source in sources:
        package = source.parent.name
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            module = ".".join(filter(None, [package if node.level else "", node.module or ""]))
            for alias in node.names:
                found.setdefault(alias.asname or alias.name, f"{module}.{alias.name}")
    return found


def _origins(entries: Sequence[Entry], sources: Sequence[Path], packages: set[str]) -> list[str]:
    """Where the project's names used in the entries' signatures come from, sorted: ``(name, full)``
    where the name is imported from one of ``packages`` (and renamed or not)."""
    imported = _imported_names(sources)
    used: set[str] = set()
    for _, _, lines in entries:
        for line in lines:
            signature = line.split("(", 1)[-1] if "(" in line else line.split(" -> ", 1)[-1]
            used.update(re.findall(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", signature))
    out: list[str] = []
    for name in sorted(used):
        head, _, rest = name.partition(".")
        full = imported.get(head)
        if full is None or full.split(".", 1)[0] not in packages:
            continue
        out.append(f"`{name}` is `{full}{'.' + rest if rest else ''}`")
    return out


def _usage(prefix: str, member: Member) -> str:
    if member.kind == "property":
        return f"{prefix}{member.name} -> {member.returns}"
    call = f"{prefix}{member.name}({member.params}) -> {member.returns}"
    return f"await {call}" if member.is_async else call


Entry = tuple[tuple[str, ...], str, list[str]]  # sort key (the dotted name), title, usage lines


def _entries(prefix: str, sync: Mapping[str, Member], asynchronous: Mapping[str, Member]) -> list[Entry]:
    """One entry per name of either class: its docstring and the usage lines (the async
    client's only when it differs from the sync one's)."""
    entries: list[Entry] = []
    for name in sorted(sync.keys() | asynchronous.keys()):
        lines: list[str] = []
        doc = ""
        for member, tag in ((sync.get(name), ""), (asynchronous.get(name), "  # async")):
            if member is None:
                continue
            doc = doc or member.doc
            line = _usage(prefix, member)
            if tag and line in lines:
                continue
            lines.append(line + (tag if tag and sync.get(name) is not None else ""))
        key = tuple(f"{prefix}{name}".split("."))
        entries.append((key, f"`{prefix}{name}`" + (f": {doc}" if doc else ""), lines))
    return entries


def render_helpers_md(api: str, sources: Sequence[Path]) -> str:
    """This API's "Helpers" subsection of ``api.md``: the hand-written public methods and
    properties of ``smsgw.<api>`` and ``smsgw.Async<api>`` (from ``sources``, read with ``ast``)."""
    classes = _classes(sources)
    if api not in classes and f"Async{api}" not in classes:
        return ""
    sync = _bound(api, classes, sources)
    asynchronous = _bound(f"Async{api}", classes, sources)
    entries = _entries("client.", sync, asynchronous)
    # A property whose type is a helper class: that class's methods, under its name.
    for name in sorted(sync.keys() | asynchronous.keys()):
        types = [m.returns for m in (sync.get(name), asynchronous.get(name)) if m is not None and m.kind == "property"]
        helper = [t for t in types if t in classes]
        if len(helper) != len(types) or not helper:
            continue
        inner_sync = public_members(helper[0], classes) if sync.get(name) else {}
        inner_async = public_members(helper[-1], classes) if asynchronous.get(name) else {}
        entries += _entries(f"client.{name}.", inner_sync, inner_async)
    out = [
        f"## {HELPERS_TITLE}",
        "",
        f"Defined by hand on `smsgw.{api}` / `smsgw.Async{api}` (`overrides/smsgw/`), beside the resources",
        "above; a line marked `# async` is the async client's where it differs.",
        "",
    ]
    packages = {"smsgw", *(s.parent.name for s in sources), f"{api.lower()}_client"}
    origins = _origins(entries, sources, packages)
    if origins:
        out += ["The names in these signatures: " + ", ".join(origins) + ".", ""]
    for _, title, lines in sorted(entries):
        out += [f"- {title}", "", "  ```python", *[f"  {line}" for line in lines], "  ```", ""]
    return "\n".join(out)
