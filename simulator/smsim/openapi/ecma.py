"""ECMA-262 regular expressions (JSON Schema's ``pattern``) rewritten for Python's ``re``.

OpenAPI and JSON Schema patterns follow ECMA-262, which Python's ``re`` reads differently in a
few places that matter for request validation:

* ``\\d`` and ``\\w`` are ASCII in ECMA-262 (``[0-9]``, ``[A-Za-z0-9_]``); Python's are Unicode,
  so ``^\\d+$`` would accept fullwidth or Arabic-Indic digits that no client of the API sends.
* ``\\s`` is a fixed list in ECMA-262 (including U+FEFF, excluding U+001C..U+001F and U+0085);
  Python's follows ``str.isspace``.
* ``$`` matches only at the very end in ECMA-262; Python's also matches before a final newline.
* ``.`` excludes the four line terminators \\n, \\r, U+2028 and U+2029; Python's only \\n.

:func:`to_python` rewrites those constructs (outside and inside character classes) so that a
compiled pattern accepts exactly what the standard says; everything else is passed through.
It runs once per pattern, when the spec's schemas are compiled.
"""

from __future__ import annotations

# ECMA-262 WhiteSpace and LineTerminator code points: what \s matches.
ECMA_SPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_LINE_TERMINATORS = "\\n\\r\\u2028\\u2029"
# Class escapes: their body inside a class, and the whole class for the negated form.
_IN_CLASS = {"d": "0-9", "w": "A-Za-z0-9_", "s": ECMA_SPACE}
_NEGATED = {"D": "d", "W": "w", "S": "s"}


def to_python(pattern: str) -> str:
    """The Python ``re`` pattern that matches what the ECMA-262 ``pattern`` matches."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt in _IN_CLASS:
                out.append(f"[{_IN_CLASS[nxt]}]")
            elif nxt in _NEGATED:
                out.append(f"[^{_IN_CLASS[_NEGATED[nxt]]}]")
            elif nxt in "bB":
                out.append(f"(?a:\\{nxt})")  # word boundaries over ASCII word characters
            else:
                out.append(pattern[i : i + 2])
            i += 2
        elif char == "[":
            end, text = _class(pattern, i)
            out.append(text)
            i = end
        elif char == "$":
            out.append("\\Z")
            i += 1
        elif char == ".":
            out.append(f"[^{_LINE_TERMINATORS}]")
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _class(pattern: str, start: int) -> tuple[int, str]:
    """Rewrite the character class starting at ``start``; return its end and the Python text.

    Positive classes holding a negated escape (``[\\s\\S]``, ``[a\\D]``) become an alternation
    of the class without it and the negated class, since ``re`` cannot subtract inside a class.
    """
    i = start + 1
    negated = i < len(pattern) and pattern[i] == "^"
    if negated:
        i += 1
    members: list[str] = []
    negated_escapes: list[str] = []
    first = True
    while i < len(pattern):
        char = pattern[i]
        if char == "]" and not first:
            break
        first = False
        if char == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in _IN_CLASS:
                members.append(_IN_CLASS[nxt])
            elif nxt in _NEGATED:
                negated_escapes.append(_IN_CLASS[_NEGATED[nxt]])
            else:
                members.append(pattern[i : i + 2])
            i += 2
        elif char == "[":
            members.append("\\[")  # a literal bracket in ECMA-262; Python would warn
            i += 1
        else:
            members.append(char)
            i += 1
    end = i + 1
    body = "".join(members)
    if not negated_escapes:
        return end, f"[{'^' if negated else ''}{body}]"
    if negated:
        # [^a\S] = not a and whitespace: both conditions at one position.
        parts = "".join(f"(?![^{escape}])" for escape in negated_escapes)
        return end, f"(?:{parts}[^{body}])" if body else f"(?:{parts}[\\s\\S])"
    alternatives = [f"[^{escape}]" for escape in negated_escapes]
    if body:
        alternatives.insert(0, f"[{body}]")
    return end, "(?:" + "|".join(alternatives) + ")"


# The same white space as characters (ECMA-262 WhiteSpace and LineTerminator): what a "not blank"
# field (pattern ``\S``) may not be made of. ``str.strip()`` would also remove U+001C..U+001F and
# U+0085, which the patterns allow.
WHITE_SPACE = (
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def is_blank(text: str) -> bool:
    """True when ``text`` holds only :data:`WHITE_SPACE`: what a spec pattern ``\\S`` refuses."""
    return not text.strip(WHITE_SPACE)
