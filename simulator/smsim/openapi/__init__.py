"""Fast, spec-driven HTTP request validation for the gateway simulator.

Why it exists: the simulator must check *every* request against the hand-written OpenAPI
3.0.3 specs in ``spec/`` and answer bad input with a clean 4xx, never a 500. openapi-core
can do that but walks the spec on every request: Starlette + openapi-core managed ~270 req/s
here, bare Starlette ~6,500 req/s. This module does the work once, at load time: path
templates become a segment trie, parameters become small coercion tables and every schema is
converted to JSON Schema draft 4 and compiled to Python code by ``fastjsonschema``. At request
time only dict lookups, string splits and the compiled validators run.

Behaviour worth knowing:

* ``path`` should be the *raw*, still percent-encoded path (``scope["raw_path"]``); each
  segment is decoded exactly once. Encoded slashes, backslashes, NUL, ``.``/``..`` segments
  and invalid UTF-8 give 400; empty inner segments (``//``) and a wrong base path give 404.
* Trailing slash: a template declared as ``/alias/`` or ``/alias`` matches both forms of the
  request path; if a spec declares both, the exact one wins.
* Routing prefers literal segments over ``{param}``; when the preferred route lacks the
  method, the answer is 405 with the methods it has (a less specific route is not tried).
  HEAD is not mapped to GET. Segments mixing text and a template
  (``{id}.json``) are not supported (ValueError at load time).
* Query: style ``form`` (explode: repeated keys, else comma lists), ``spaceDelimited`` and
  ``pipeDelimited`` arrays, ``content: application/json`` parameters. Object/deepObject
  query parameters, matrix/label path styles and cookies are not validated.
* ``x-one-of-required: [[a], [b, c]]`` (on the operation, or the top level of a body schema):
  one group must be fully present and non-empty (not None, "", [] or {}). The operation-level
  check sees query parameters and body fields together.
* Bodies: JSON (and ``*+json``), form-urlencoded, multipart/form-data, ``text/*`` (str),
  anything else raw bytes without validation. 413/415 are reported on their own. Schema
  defaults are filled in for query/path/header parameters only, never into bodies.
* Formats checked: date-time, date, email, hostname, ipv4, ipv6, uri, uuid; the rest (int32,
  binary, byte, password, ...) are ignored. Only local ``#/...`` references are supported.

Layout: :mod:`.types` (public types), :mod:`.routing`, :mod:`.parameters`, :mod:`.bodies`,
:mod:`.schemas`, :mod:`.operations`, :mod:`.spec` (the compiled spec).
"""

from .operations import Operation
from .spec import OpenAPISpec
from .types import RequestValidationError, UploadedFile, ValidatedRequest, ValidationIssue

__all__ = ["OpenAPISpec", "Operation", "RequestValidationError", "UploadedFile", "ValidatedRequest", "ValidationIssue"]
