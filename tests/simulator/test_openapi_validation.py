"""Tests for smsim.openapi: the compiled, spec-driven request validator."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from smsim.openapi import (
    OpenAPISpec,
    RequestValidationError,
    UploadedFile,
    ValidatedRequest,
)

SPEC = """
openapi: 3.0.3
info: {title: test, version: "1"}
security:
  - userKey: []
    sessionKey: []
components:
  securitySchemes:
    userKey: {type: apiKey, in: header, name: user_key}
    sessionKey: {type: apiKey, in: header, name: Session_key}
    basic: {type: http, scheme: basic}
    queryKey: {type: apiKey, in: query, name: api_token}
  parameters:
    Limit:
      name: limit
      in: query
      schema: {type: integer, minimum: 1, maximum: 100, default: 10}
  schemas:
    Credit:
      type: object
      required: [amount]
      properties:
        amount: {type: integer, minimum: 0, format: int32}
        note: {type: string, nullable: true, example: hi}
    Tree:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
    A:
      type: object
      properties:
        b: {$ref: '#/components/schemas/B'}
    B:
      type: object
      properties:
        a: {$ref: '#/components/schemas/A'}
        v: {type: integer}
    Order:
      type: object
      additionalProperties: false
      required: [id, credits]
      properties:
        id: {type: integer, readOnly: true}
        email: {type: string, format: email}
        credits: {type: array, minItems: 1, items: {$ref: '#/components/schemas/Credit'}}
        status: {type: string, enum: [open, closed], nullable: true}
        blob: {type: string, format: byte}
        when: {type: string, format: date}
    Created:
      type: object
      required: [id, secret]
      properties:
        id: {type: integer}
        secret: {type: string, writeOnly: true}
  requestBodies:
    OrderBody:
      required: true
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Order'}
paths:
  /phonebook/contact/search:
    get:
      operationId: searchContacts
      parameters:
        - {name: q, in: query, required: true, schema: {type: string, minLength: 2}}
        - $ref: '#/components/parameters/Limit'
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
        - {name: flag, in: query, schema: {type: boolean}}
        - {name: ratio, in: query, schema: {type: number, minimum: 0, exclusiveMinimum: true}}
        - {name: sort, in: query, schema: {type: string, enum: [asc, desc]}}
      responses: {"200": {description: ok}}
  /phonebook/contact/{contactId}:
    parameters:
      - {name: contactId, in: path, required: true, schema: {type: string}}
    get:
      operationId: getContact
      parameters:
        - {name: contactId, in: path, required: true, schema: {type: integer}}
      responses: {"200": {description: ok}}
    delete:
      operationId: deleteContact
      responses: {"204": {description: gone}}
  /alias/:
    get:
      operationId: listAliases
      security: [{basic: []}]
      responses: {"200": {description: ok}}
  /subaccount/{subaccount_id}/purchase/{purchase_id}:
    get:
      operationId: getPurchase
      parameters:
        - {name: subaccount_id, in: path, required: true, schema: {type: string}}
        - {name: purchase_id, in: path, required: true, schema: {type: integer, minimum: 1}}
      responses: {"200": {description: ok}}
  /orders:
    post:
      operationId: createOrder
      requestBody: {$ref: '#/components/requestBodies/OrderBody'}
      responses:
        201:
          description: created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Created'}
        204: {description: nothing}
        default:
          description: error
          content:
            application/json:
              schema:
                type: object
                required: [error]
                properties: {error: {type: string}}
  /sms:
    post:
      operationId: sendSms
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              additionalProperties: false
              required: [text]
              x-one-of-required: [[to], [group]]
              properties:
                text: {type: string, maxLength: 160}
                to: {type: array, items: {type: string, pattern: '^[0-9]+$'}}
                group: {type: string}
                sandbox: {type: boolean}
                count: {type: integer, minimum: 1}
                password: {type: string, minLength: 12}
      responses: {"200": {description: ok}}
  /upload:
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                description: {type: string, maxLength: 20}
                count: {type: integer}
      responses: {"200": {description: ok}}
  /tree:
    post:
      operationId: postTree
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Tree'}
      responses: {"200": {description: ok}}
  /cycle:
    post:
      operationId: postCycle
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/A'}
      responses: {"200": {description: ok}}
  /contact:
    post:
      operationId: addContact
      x-one-of-required: [[phone], [email, name]]
      parameters:
        - {name: phone, in: query, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                email: {type: string}
                name: {type: string}
                nick: {type: string, nullable: true}
      responses: {"200": {description: ok}}
  /either:
    post:
      operationId: either
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              anyOf: [{required: [a]}, {required: [b]}]
              properties: {a: {type: string}, b: {type: string}}
      responses: {"200": {description: ok}}
  /public:
    get:
      operationId: publicInfo
      security: [{queryKey: []}]
      parameters:
        - {name: X-Count, in: header, required: true, schema: {type: integer, maximum: 5}}
        - {name: X-Mode, in: header, schema: {type: string}}
      responses: {"200": {description: ok}}
"""

BASE = "/API/v1.0/REST"
JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> OpenAPISpec:
    path = tmp_path_factory.mktemp("spec") / "api.yaml"
    path.write_text(SPEC)
    return OpenAPISpec.load(path, base_path=BASE)


def ok(
    spec: OpenAPISpec,
    method: str,
    path: str,
    query: str | bytes = "",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> ValidatedRequest:
    return spec.validate(method, BASE + path, query, headers or {}, body)


def bad(
    spec: OpenAPISpec,
    method: str,
    path: str,
    query: str | bytes = "",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    status: int = 400,
) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as info:
        spec.validate(method, BASE + path, query, headers or {}, body)
    assert info.value.status == status, info.value.issues
    assert info.value.issues
    return info.value


def names(err: RequestValidationError) -> set[tuple[str, str]]:
    return {(i.location, i.name) for i in err.issues}


# ------------------------------------------------------------------------------- routing
def test_literal_segment_beats_template(spec: OpenAPISpec) -> None:
    assert spec.match("GET", BASE + "/phonebook/contact/search")[0].operation_id == "searchContacts"
    op, params = spec.match("get", BASE + "/phonebook/contact/42")
    assert (op.operation_id, params) == ("getContact", {"contactId": "42"})
    assert ok(spec, "GET", "/phonebook/contact/%34%32").path_params == {"contactId": 42}


def test_literal_route_without_the_method_is_405(spec: OpenAPISpec) -> None:
    # /phonebook/contact/search exists (GET only): a DELETE there is not a delete of a contact
    # whose id is "search", it is a method the path does not have.
    with pytest.raises(RequestValidationError) as info:
        spec.match("DELETE", BASE + "/phonebook/contact/search")
    assert info.value.status == 405 and info.value.allow == ("GET",)


def test_multiple_path_params_percent_decoded(spec: OpenAPISpec) -> None:
    req = ok(spec, "GET", "/subaccount/abc/purchase/7")
    assert req.path_params == {"subaccount_id": "abc", "purchase_id": 7}
    req = ok(spec, "GET", "/subaccount/a%20b%C3%A8/purchase/%37")
    assert req.path_params == {"subaccount_id": "a bè", "purchase_id": 7}
    err = bad(spec, "GET", "/subaccount/abc/purchase/0")
    assert names(err) == {("path", "purchase_id")}
    err = bad(spec, "GET", "/subaccount/abc/purchase/x")
    assert err.issues[0].message == "must be an integer"


def test_base_path_and_trailing_slash(spec: OpenAPISpec) -> None:
    assert ok(spec, "GET", "/alias/").operation_id == "listAliases"
    assert ok(spec, "GET", "/alias").operation_id == "listAliases"
    assert spec.match("GET", BASE + "/phonebook/contact/search/")[0].operation_id == "searchContacts"
    for path in ("/alias", "/API/v1.0/RESTX/alias", "/API/v1.0/REST", "relative"):
        with pytest.raises(RequestValidationError) as info:
            spec.match("GET", path)
        assert info.value.status == 404


def test_404_and_405(spec: OpenAPISpec) -> None:
    assert bad(spec, "GET", "/nope", status=404).issues[0].location == "route"
    assert bad(spec, "GET", "/phonebook//contact/search", status=404)
    err = bad(spec, "PUT", "/orders", status=405)
    assert err.allow == ("POST",)
    assert err.issues[0].location == "method"
    assert bad(spec, "POST", "/phonebook/contact/1", status=405).allow == ("DELETE", "GET")


@pytest.mark.parametrize(
    "path",
    [
        "/phonebook/contact/..",
        "/phonebook/contact/%2e%2e",
        "/phonebook/contact/.",
        "/phonebook/contact/a%2Fb",
        "/phonebook/contact/a%5cb",
        "/phonebook/contact/a%00",
        "/phonebook/contact/%ff",
        "/phonebook/../orders",
    ],
)
def test_path_traversal_rejected(spec: OpenAPISpec, path: str) -> None:
    with pytest.raises(RequestValidationError) as info:
        spec.validate("GET", BASE + path, "", {}, b"")
    assert info.value.status in (400, 404)


def test_bytes_path_and_asgi_headers(spec: OpenAPISpec) -> None:
    headers = [(b"user_key", b"u1"), (b"content-type", b"application/json")]
    req = spec.validate("POST", (BASE + "/tree").encode(), b"", headers, b'{"name": "x"}')
    assert req.headers == {"user_key": "u1"}
    assert req.body == {"name": "x"}


# ------------------------------------------------------------------------------- query
def test_query_coercion_and_defaults(spec: OpenAPISpec) -> None:
    req = ok(spec, "GET", "/phonebook/contact/search", "q=ab&tags=x&tags=y&ids=1,2&flag=true&ratio=1.5")
    assert req.query == {
        "q": "ab",
        "tags": ["x", "y"],
        "ids": [1, 2],
        "flag": True,
        "ratio": 1.5,
        "limit": 10,
    }
    assert req.raw_query["tags"] == ["x", "y"]
    req = ok(spec, "GET", "/phonebook/contact/search", b"q=%C3%A0b&limit=5&flag=false&ratio=2")
    assert req.query == {"q": "àb", "limit": 5, "flag": False, "ratio": 2}


@pytest.mark.parametrize(
    ("query", "name", "fragment"),
    [
        ("q=ab&limit=1.5", "limit", "integer"),
        ("q=ab&limit=%201", "limit", "integer"),
        ("q=ab&limit=0", "limit", "bigger"),
        ("q=ab&limit=1000", "limit", "smaller"),
        ("q=ab&flag=yes", "flag", "true or false"),
        ("q=ab&flag=True", "flag", "true or false"),
        ("q=ab&ratio=nan", "ratio", "number"),
        ("q=ab&ratio=1e999", "ratio", "number"),
        ("q=ab&ratio=0", "ratio", "bigger than 0"),
        ("q=ab&ids=1,x", "ids", "integer"),
        ("q=ab&sort=up", "sort", "one of"),
        ("q=a", "q", "longer"),
        ("limit=5", "q", "required"),
        ("q=ab&q=cd", "q", "more than once"),
        ("q=ab&ids=1&ids=2", "ids", "more than once"),
        ("q=ab&surprise=1", "surprise", "unknown"),
    ],
)
def test_query_errors(spec: OpenAPISpec, query: str, name: str, fragment: str) -> None:
    err = bad(spec, "GET", "/phonebook/contact/search", query)
    assert [(i.location, i.name) for i in err.issues] == [("query", name)]
    assert fragment in err.issues[0].message


def test_multiple_query_issues_reported_together(spec: OpenAPISpec) -> None:
    err = bad(spec, "GET", "/phonebook/contact/search", "limit=x&flag=1&zzz=")
    assert names(err) == {("query", "q"), ("query", "limit"), ("query", "flag"), ("query", "zzz")}


def test_non_strict_query(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(SPEC)
    lenient = OpenAPISpec.load(path, strict_query=False)
    req = lenient.validate("GET", "/phonebook/contact/search", "q=ab&extra=1&extra=2", {}, b"")
    assert req.query["extra"] == ["1", "2"]


def test_query_string_invalid_utf8(spec: OpenAPISpec) -> None:
    assert bad(spec, "GET", "/phonebook/contact/search", "q=%ff%fe").issues[0].location == "query"
    bad(spec, "GET", "/phonebook/contact/search", b"q=\xff\xfe")


# ------------------------------------------------------------------------------- headers
def test_security_headers_exposed_case_insensitively(spec: OpenAPISpec) -> None:
    headers = {"USER_KEY": "u", "session_key": "s", "X-Other": "o", **JSON}
    req = ok(spec, "POST", "/tree", headers=headers, body=b"{}")
    assert req.headers == {"user_key": "u", "Session_key": "s"}
    assert ok(spec, "GET", "/alias", headers={"authorization": "Basic eA=="}).headers == {"Authorization": "Basic eA=="}


def test_header_params_and_query_api_key(spec: OpenAPISpec) -> None:
    req = ok(spec, "GET", "/public", "api_token=t0k", {"x-count": "3", "X-MODE": "fast"})
    assert req.headers == {"X-Count": "3", "X-Mode": "fast"}
    assert req.query == {"api_token": "t0k"}
    err = bad(spec, "GET", "/public", headers={"X-Count": "1234567"})
    assert names(err) == {("header", "X-Count")}
    assert "1234567" not in str(err) and "1234567" not in err.issues[0].message
    assert names(bad(spec, "GET", "/public")) == {("header", "X-Count")}


# ------------------------------------------------------------------------------- JSON bodies
def order(**extra: Any) -> bytes:
    return json.dumps({"credits": [{"amount": 1}], **extra}).encode()


def test_json_body_ok_readonly_not_required_nullable(spec: OpenAPISpec) -> None:
    body = order(status=None, blob="AAAA", when="2024-02-29", email="a@b.it")
    req = ok(
        spec,
        "POST",
        "/orders",
        headers={"Content-Type": "application/json; charset=UTF-8"},
        body=body,
    )
    assert req.operation_id == "createOrder"
    assert req.body["credits"] == [{"amount": 1}]
    body = json.dumps({"credits": [{"amount": 0, "note": None}]}).encode()
    assert ok(spec, "POST", "/orders", headers=JSON, body=body).body["credits"][0]["note"] is None


def test_json_body_errors_have_field_paths(spec: OpenAPISpec) -> None:
    body = json.dumps({"credits": [{"amount": 1}, {"amount": -1}, {}], "extra": 1}).encode()
    err = bad(spec, "POST", "/orders", headers=JSON, body=body)
    assert names(err) == {
        ("body", "credits[1].amount"),
        ("body", "credits[2].amount"),
        ("body", "extra"),
    }
    for extra, field in [
        ({"status": "weird"}, "status"),
        ({"email": "nope"}, "email"),
        ({"when": "2024-02-30"}, "when"),
    ]:
        assert names(bad(spec, "POST", "/orders", headers=JSON, body=order(**extra))) == {("body", field)}
    assert names(bad(spec, "POST", "/orders", headers=JSON, body=b"{}")) == {("body", "credits")}


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b'{"credits": NaN}',
        b'{"credits": [{"amount": Infinity}]}',
        b"[1e999]",
        b"\xef\xbb\xbf{}",
        b'{"a": "\xff"}',
        "{}".encode("utf-16"),
        b"1" * 5000,
    ],
)
def test_malformed_json_is_400(spec: OpenAPISpec, body: bytes) -> None:
    err = bad(spec, "POST", "/orders", headers=JSON, body=body)
    assert err.issues[0].location == "body"


def test_body_presence_and_content_type_rules(spec: OpenAPISpec) -> None:
    assert "required" in bad(spec, "POST", "/orders", headers=JSON).issues[0].message
    assert "required" in bad(spec, "POST", "/orders").issues[0].message
    assert ok(spec, "POST", "/tree").body is None  # optional body may be absent
    bad(spec, "POST", "/orders", body=order(), status=415)  # no Content-Type
    err = bad(spec, "POST", "/orders", headers={"content-type": "text/plain"}, body=order(), status=415)
    assert err.issues[0].location == "content-type" and "application/json" in err.issues[0].message
    bad(spec, "POST", "/orders", headers={"content-type": "application/json; charset=latin-1"},
        body=order(), status=415)  # fmt: skip
    assert "no request body" in bad(spec, "GET", "/alias", body=b"x").issues[0].message
    assert ok(spec, "GET", "/alias", body=b"").body is None


def test_body_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(SPEC)
    small = OpenAPISpec.load(path, max_body_bytes=100)
    with pytest.raises(RequestValidationError) as info:
        small.validate("POST", "/tree", "", JSON, b" " * 101)
    assert info.value.status == 413


def test_recursive_refs(spec: OpenAPISpec) -> None:
    tree = {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}
    assert ok(spec, "POST", "/tree", headers=JSON, body=json.dumps(tree).encode()).body == tree
    tree["children"][0]["children"][0]["name"] = 5  # type: ignore[index]
    err = bad(spec, "POST", "/tree", headers=JSON, body=json.dumps(tree).encode())
    assert names(err) == {("body", "children[0].children[0].name")}
    cyc = {"b": {"a": {"b": {"v": "x"}}}}
    assert names(bad(spec, "POST", "/cycle", headers=JSON, body=json.dumps(cyc).encode())) == {("body", "b.a.b.v")}


def test_json_depth_limit(spec: OpenAPISpec) -> None:
    deep: Any = {"name": "x"}
    for _ in range(40):
        deep = {"children": [deep]}  # 81 levels of containers
    err = bad(spec, "POST", "/tree", headers=JSON, body=json.dumps(deep).encode())
    assert "deep" in err.issues[0].message
    for hostile in (b"[" * 100_000, b'{"a":' * 50_000, b"[" * 60 + b"]" * 60):
        bad(spec, "POST", "/tree", headers=JSON, body=hostile)


# ------------------------------------------------------------------------------- forms
def test_form_coercion(spec: OpenAPISpec) -> None:
    body = b"text=hello+world&to=39333&to=39334&sandbox=true&count=12"
    req = ok(spec, "POST", "/sms", headers=FORM, body=body)
    assert req.body == {
        "text": "hello world",
        "to": ["39333", "39334"],
        "sandbox": True,
        "count": 12,
    }
    req = ok(spec, "POST", "/sms", headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
             body=b"text=caff%C3%A8&group=g1")  # fmt: skip
    assert req.body == {"text": "caffè", "group": "g1"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"to=1", {("body", "text")}),
        (b"text=x&to=1&count=1.5", {("body", "count")}),
        (b"text=x&to=1&sandbox=1", {("body", "sandbox")}),
        (b"text=x&to=abc", {("body", "to[0]")}),
        (b"text=x&to=1&bogus=1", {("body", "bogus")}),
        (b"text=x&text=y&to=1", {("body", "text")}),
        (b"text=" + b"x" * 161 + b"&to=1", {("body", "text")}),
        (b"text=x", {("body", "")}),
        (b"text=x&group=", {("body", "")}),
        (b"text=%ff&to=1", {("body", "")}),
        (b"text=\xff&to=1", {("body", "")}),
    ],
)
def test_form_errors(spec: OpenAPISpec, body: bytes, expected: set[tuple[str, str]]) -> None:
    assert names(bad(spec, "POST", "/sms", headers=FORM, body=body)) == expected


def test_form_one_of_required_message(spec: OpenAPISpec) -> None:
    err = bad(spec, "POST", "/sms", headers=FORM, body=b"text=x")
    assert "[to] or [group]" in err.issues[0].message


def test_empty_form_body_is_validated(spec: OpenAPISpec) -> None:
    assert names(bad(spec, "POST", "/sms", headers=FORM)) == {("body", "text")}


def test_secret_values_never_echoed(spec: OpenAPISpec) -> None:
    err = bad(spec, "POST", "/sms", headers=FORM, body=b"text=x&to=1&password=hunter2")
    assert names(err) == {("body", "password")}
    assert "hunter2" not in str(err)
    err = bad(
        spec,
        "POST",
        "/sms",
        headers={**FORM, "user_key": "SECRETKEY"},
        body=b"password=hunter2&count=x",
    )
    assert "hunter2" not in str(err) and "SECRETKEY" not in str(err)


# ------------------------------------------------------------------------------- multipart
def multipart(
    *parts: tuple[str, str | None, str | None, bytes], boundary: str = "b0und"
) -> tuple[dict[str, str], bytes]:
    out = b""
    for name, filename, ctype, data in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if ctype:
            out += f"Content-Type: {ctype}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return {"content-type": f'multipart/form-data; boundary="{boundary}"'}, out


def test_multipart_with_file(spec: OpenAPISpec) -> None:
    headers, body = multipart(
        ("file", "report;1.csv", "text/csv", b"a,b\r\n1,2\r\n--not-a-boundary"),
        ("description", None, None, "résumé".encode()),
        ("count", None, None, b"3"),
    )
    req = ok(spec, "POST", "/upload", headers=headers, body=body)
    assert req.body == {
        "file": UploadedFile("report;1.csv", "text/csv", b"a,b\r\n1,2\r\n--not-a-boundary"),
        "description": "résumé",
        "count": 3,
    }


def test_multipart_errors(spec: OpenAPISpec) -> None:
    headers, body = multipart(("description", None, None, b"x"))
    assert names(bad(spec, "POST", "/upload", headers=headers, body=body)) == {("body", "file")}
    headers, body = multipart(("file", "f", None, b"x"), ("count", None, None, b"many"))
    assert names(bad(spec, "POST", "/upload", headers=headers, body=body)) == {("body", "count")}
    headers, body = multipart(("file", "f", None, b"x"))
    bad(spec, "POST", "/upload", headers=headers, body=body[:-10])  # unterminated
    bad(spec, "POST", "/upload", headers={"content-type": "multipart/form-data"}, body=body)
    bad(spec, "POST", "/upload", headers=headers, body=b"--b0und\r\nX: y\r\n\r\nz\r\n--b0und--")


# ------------------------------------------------------------------------------- x-one-of-required
def test_operation_level_one_of_required(spec: OpenAPISpec) -> None:
    assert ok(spec, "POST", "/contact", "phone=123", JSON, b"{}").query == {"phone": "123"}
    assert ok(spec, "POST", "/contact", "", JSON, b'{"email": "e", "name": "n"}').body["name"] == "n"
    err = bad(spec, "POST", "/contact", "", JSON, b'{"email": "e", "name": "", "nick": null}')
    assert "[phone] or [email, name]" in err.issues[0].message


def test_any_of_required(spec: OpenAPISpec) -> None:
    assert ok(spec, "POST", "/either", headers=JSON, body=b'{"b": "x"}').body == {"b": "x"}
    err = bad(spec, "POST", "/either", headers=JSON, body=b'{"c": "x"}')
    assert "[a] or [b]" in err.issues[0].message


# ------------------------------------------------------------------------------- responses
def test_response_validator(spec: OpenAPISpec) -> None:
    check = spec.response_validator("createOrder", 201, "application/json; charset=utf-8")
    assert check is not None
    check({"id": 1})  # writeOnly "secret" is not required in responses
    with pytest.raises(ValueError, match="id"):
        check({"id": "x"})
    error = spec.response_validator("createOrder", 500, "application/json")
    assert error is not None
    error({"error": "boom"})
    with pytest.raises(ValueError, match="error"):
        error({})
    assert spec.response_validator("createOrder", 204, "application/json") is None
    with pytest.raises(KeyError):
        spec.response_validator("getContact", 404, "application/json")
    with pytest.raises(KeyError):
        spec.response_validator("nope", 200, "application/json")


# ------------------------------------------------------------------------------- load-time
def test_spec_loading_rejects_bad_documents(tmp_path: Path) -> None:
    bad_ref = tmp_path / "remote.yaml"
    bad_ref.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n"
        "      requestBody: {content: {application/json: {schema: {$ref: 'other.yaml#/X'}}}}\n"
        "      responses: {'200': {description: ok}}\n"
    )
    with pytest.raises(ValueError, match="only local"):
        OpenAPISpec.load(bad_ref)
    with pytest.raises(ValueError):
        OpenAPISpec({"openapi": "3.0.3"})
    mixed: dict[str, Any] = {"paths": {"/files/{name}.json": {"get": {"responses": {}}}}}
    with pytest.raises(ValueError, match="mixed template"):
        OpenAPISpec(mixed)
    dup: dict[str, Any] = {"paths": {"/a": {"get": {"operationId": "x"}}, "/b": {"get": {"operationId": "x"}}}}
    with pytest.raises(ValueError, match="duplicate"):
        OpenAPISpec(dup)


def test_operation_table(spec: OpenAPISpec) -> None:
    assert spec.operations["sendSms"].path == "/sms"
    assert spec.operations["getContact"].method == "GET"
    assert spec.raw["openapi"] == "3.0.3"


# ------------------------------------------------------------------------------- hostile input
def test_fuzz_only_validation_errors(spec: OpenAPISpec) -> None:
    rng = random.Random(1234)
    ctypes = [
        "application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b0und",
        "multipart/form-data; boundary=", "text/plain", "application/json; charset=utf-16", "",
        "application/*", "*/*", ";;;", "multipart/form-data; boundary=" + "x" * 300, "\x00", "a/b/c",
    ]  # fmt: skip
    paths = ["/orders", "/sms", "/upload", "/tree", "/phonebook/contact/search", "/contact", "/public",
             "/phonebook/contact/%ff%fe", "/%", "/" + "a/" * 200, "/phonebook/contact/\x00", ""]  # fmt: skip
    bodies = [
        b"", b"[" * 100_000, b"{" * 100_000, b'{"a":' * 100_000, b"\xff\xfe\xfd", b"\x00" * 1000,
        b"--b0und\r\n", b"--b0und\r\n\r\n\r\n--b0und--", b"a=%ff&b=\xff", b"&" * 5000, b"a=1&" * 2000,
        b"x" * 1_000_001, json.dumps([[[[[]]]]]).encode(), b'"' + b'\\"' * 100_000, b"1e99999",
        b'{"credits": [{"amount": 1' + b"0" * 5000 + b"}]}",
    ]  # fmt: skip
    for i in range(3000):
        method = rng.choice(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "\x00", ""])
        path = rng.choice(paths)
        if rng.random() < 0.3:
            path += "/" + bytes(rng.randrange(256) for _ in range(rng.randrange(8))).decode("latin-1")
        query: bytes | str = rng.choice(["", "q=ab", "q=%ff", "a=1&a=2", "limit=1e9999", "&&==",
                                         "ids=" + ",".join(["1"] * 2000), "q=" + "%" * 100])  # fmt: skip
        if rng.random() < 0.2:
            query = bytes(rng.randrange(256) for _ in range(rng.randrange(64)))
        body = rng.choice(bodies)
        if rng.random() < 0.3:
            body = bytes(rng.randrange(256) for _ in range(rng.randrange(512)))
        headers = {
            "content-type": rng.choice(ctypes),
            "user_key": "k",
            "X-Count": rng.choice(["1", "x", ""]),
        }
        try:
            result = spec.validate(method, BASE + path, query, headers, body)
        except RequestValidationError as exc:
            assert exc.status in (400, 404, 405, 413, 415), (i, exc)
            assert exc.issues
        else:
            assert isinstance(result, ValidatedRequest)
