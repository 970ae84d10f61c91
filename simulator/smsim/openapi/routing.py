"""Routing: path templates as a segment trie (literal segments before parameters)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .operations import Operation


@dataclass(eq=False, slots=True)
class _Node:
    literal: dict[str, _Node] = field(default_factory=dict)
    param: _Node | None = None
    routes: dict[bool, tuple[list[str], dict[str, Operation]]] = field(default_factory=dict)


def _walk(node: _Node, segs: list[str], i: int, caps: list[str]) -> Iterator[tuple[_Node, list[str]]]:
    """Matching trie leaves, the most specific (literal before {param}) first."""
    if i == len(segs):
        if node.routes:
            yield node, caps
        return
    if (child := node.literal.get(segs[i])) is not None:
        yield from _walk(child, segs, i + 1, caps)
    if node.param is not None:
        yield from _walk(node.param, segs, i + 1, [*caps, segs[i]])
