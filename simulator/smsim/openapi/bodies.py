"""Bodies: JSON, form-urlencoded, multipart and text parsing, bounded in size, depth and fields."""

from __future__ import annotations

import json
import re
import urllib.parse
from typing import Any

from .parameters import _json_loads
from .types import _Bad


# ----------------------------------------------------------------------------- body parsing
def _parse_json(text: str, max_depth: int) -> Any:
    try:
        data = _json_loads(text)
    except RecursionError:
        raise _Bad("JSON nesting is too deep") from None
    except json.JSONDecodeError as e:
        raise _Bad(f"invalid JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except _Bad:
        raise
    except ValueError:  # e.g. an integer literal with more than 4300 digits
        raise _Bad("invalid JSON number") from None
    if isinstance(data, dict | list) and text.count("[") + text.count("{") > max_depth:
        stack: list[tuple[Any, int]] = [(data, 1)]  # iterative: hostile input can't recurse
        while stack:
            node, depth = stack.pop()
            if depth > max_depth:
                raise _Bad(f"JSON nesting deeper than {max_depth} levels")
            children = node.values() if isinstance(node, dict) else node
            stack += [(c, depth + 1) for c in children if isinstance(c, dict | list)]
    return data


def _parse_pairs(text: str, max_fields: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if text:  # errors="strict": invalid UTF-8 in %-escapes raises instead of becoming U+FFFD
        qsl = urllib.parse.parse_qsl(text, keep_blank_values=True, errors="strict", max_num_fields=max_fields)
        for k, v in qsl:
            out.setdefault(k, []).append(v)
    return out


def _split_ctype(value: str) -> tuple[str, dict[str, str]]:
    mt, *rest = value.split(";")
    params = {k.strip().lower(): v.strip().strip('"') for k, _, v in (p.partition("=") for p in rest)}
    return mt.strip().lower(), params


_DISP_PARAM = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]++|\\.)*+"|[^;]*)')
_Part = tuple[str, str | None, str, bytes]  # name, filename, content type, data


def _parse_multipart(body: bytes, boundary: str, max_parts: int) -> list[_Part]:
    if not 0 < len(boundary) <= 200 or not boundary.isascii():
        raise _Bad("missing or invalid multipart boundary")
    parts: list[_Part] = []
    for chunk in (b"\r\n" + body).split(b"\r\n--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            return parts
        line_end = chunk.find(b"\r\n")  # rest of the delimiter line: only transport padding
        if line_end < 0 or chunk[:line_end].strip(b" \t"):
            raise _Bad("malformed multipart delimiter")
        head, sep, data = chunk[line_end:].partition(b"\r\n\r\n")
        if not sep or len(head) > 16384:
            raise _Bad("malformed multipart part headers")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8").split("\r\n")[1:]:
            hname, colon, hvalue = line.partition(":")
            if not colon:
                raise _Bad("malformed multipart part header")
            headers[hname.strip().lower()] = hvalue.strip()
        disp = headers.get("content-disposition", "")
        params: dict[str, str] = {}
        for m in _DISP_PARAM.finditer(disp):
            v = m.group(2).strip()
            params[m.group(1).lower()] = re.sub(r"\\(.)", r"\1", v[1:-1]) if v[:1] == '"' else v
        if "filename*" in params:  # RFC 5987: UTF-8''na%C3%AFve.txt
            charset, _, rest = params["filename*"].partition("'")
            params["filename"] = urllib.parse.unquote(rest.partition("'")[2], charset or "utf-8", "strict")
        if disp.split(";", 1)[0].strip().lower() != "form-data" or not params.get("name"):
            raise _Bad("multipart part without a form-data name")
        parts.append((params["name"], params.get("filename"), headers.get("content-type", "text/plain"), data))
        if len(parts) > max_parts:
            raise _Bad("too many multipart parts")
    raise _Bad("multipart body is not terminated")


def _media_kind(mt: str) -> str:
    if mt == "application/json" or mt.endswith("+json"):
        return "json"
    if mt == "application/x-www-form-urlencoded":
        return "form"
    if mt.startswith(("multipart/", "text/")):
        return mt.split("/")[0]
    return "any" if "*" in mt else "raw"
