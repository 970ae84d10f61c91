"""The requests the benchmarks make, each once through the typed client and once by hand.

Per API there is a *session* (the typed client with the overrides, plus raw httpx clients that
send the same requests with the same auth headers set by hand) and a list of *calls*.  A call is
one small function ``session -> Sides``: the same request four ways (typed/raw, sync/async).
Adding a per-call row means adding one such function to ``CALLS``.

Each API also lists the raw HTTP requests of its *loads* (a read and a write) for the
throughput benchmark, which sends them to the simulator and to Prism alike.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from smsim import registry
from smsim.testing import DEMO, smsend_subaccount

ROOT = Path(__file__).resolve().parent.parent

SMSEND_BASE = registry.base_path("smsend")
SMSEND_LOGIN = (DEMO.smsend_login, DEMO.smsend_password)
SMSHOSTING_BASE = registry.base_path("smshosting")
SMSHOSTING_KEYS = (DEMO.smshosting_key, DEMO.smshosting_secret)
RECIPIENT = "393401234567"


@dataclass
class Sides:
    """One request, made four ways.  Each function gets the call's index (writes alternate).

    ``plain`` is the same generated call on a plain ``httpx.Client`` carrying the auth headers
    (no overrides): the peer that shows what the overrides alone cost.  ``surface`` is the call
    through the client classes (``client.subaccounts.get(...)``), whose peers are raw httpx and
    the generated call it wraps (``typed``).
    """

    typed: Callable[[int], object]
    raw: Callable[[int], object]
    typed_async: Callable[[int], Awaitable[object]]
    raw_async: Callable[[int], Awaitable[object]]
    plain: Callable[[int], object] | None = None
    # The same request through the typed client surface (``smsgw.Smsend``/``Smshosting`` and
    # their async twins), when this checkout has it.
    surface: Callable[[int], object] | None = None
    surface_async: Callable[[int], Awaitable[object]] | None = None


@dataclass(frozen=True)
class Request:
    """A raw HTTP request for the load generator; ``path`` is relative to the API's base."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""


@dataclass(frozen=True)
class Load:
    """Requests sent round-robin on each connection (writes alternate to keep state bounded)."""

    label: str
    requests: tuple[Request, ...]


class Session:
    """The clients of one API against one simulator (in-process transport or served)."""

    api = ""
    base_path = ""
    spec = ROOT

    def __init__(self, root: str, transport: Any | None) -> None:
        self.base_url = root + self.base_path
        self.transport = transport
        headers = self.raw_headers()
        self.raw = httpx.Client(base_url=self.base_url, headers=headers, transport=transport)
        self.raw_async = httpx.AsyncClient(base_url=self.base_url, headers=headers, transport=transport)
        self.typed: Any = self.typed_client()
        self.plain: Any = self.plain_client()
        self.surface: Any = self.surface_client(async_=False)
        self.surface_async: Any = self.surface_client(async_=True)
        self.prepare()

    def raw_headers(self) -> dict[str, str]:
        raise NotImplementedError

    def typed_client(self) -> Any:
        raise NotImplementedError

    def plain_client(self) -> Any:
        """The generated ``Client`` on ``self.raw``: generated code without the overrides."""
        raise NotImplementedError

    def surface_client(self, *, async_: bool) -> Any:
        """The typed client surface's client class on the same transport (None if absent)."""
        raise NotImplementedError

    def prepare(self) -> None:
        """Create what the calls need (a subaccount, a sent SMS)."""

    def loads(self) -> list[Load]:
        return []

    def close(self) -> None:
        self.raw.close()
        self.typed.get_httpx_client().close()
        if self.surface is not None:
            self.surface.close()
        # The async clients hold no connection once their event loop is gone (httpx/httpcore
        # drop them with the loop); nothing to close on a fresh loop.


def _ok(response: Any, expected: type) -> object:
    """What a user of the bare generated client checks: the status and the parsed type."""
    if response.status_code >= 400 or not isinstance(response.parsed, expected):
        raise AssertionError(f"unexpected answer {response.status_code}: {response.content[:200]!r}")
    return response.parsed


# -- smsend ------------------------------------------------------------------------------------


class SmsendSession(Session):
    api = "smsend"
    base_path = SMSEND_BASE
    spec = ROOT / "spec" / "smsend.yaml"
    subaccount = ""

    def raw_headers(self) -> dict[str, str]:
        # Log in once, by hand, like a raw-httpx user would: GET /token answers USER_KEY;TOKEN.
        with httpx.Client(transport=self.transport) as login:
            answer = login.get(
                self.base_url + "/token", params={"username": SMSEND_LOGIN[0], "password": SMSEND_LOGIN[1]}
            )
        answer.raise_for_status()
        user_key, _, token = answer.text.strip().partition(";")
        return {"user_key": user_key, "Access_token": token}

    def typed_client(self) -> Any:
        from smsgw import smsend

        return smsend.client(self.base_url, auth=smsend.TokenLogin(*SMSEND_LOGIN), transport=self.transport)

    def plain_client(self) -> Any:
        from smsend_client import Client

        return Client(base_url=self.base_url).set_httpx_client(self.raw)

    def surface_client(self, *, async_: bool) -> Any:
        import smsgw

        cls = getattr(smsgw, "AsyncSmsend" if async_ else "Smsend", None)
        if cls is None:
            return None
        user, password = SMSEND_LOGIN
        return cls(username=user, password=password, login="token", base_url=self.base_url, transport=self.transport)

    def prepare(self) -> None:
        from smsend_client.api.subaccounts import create_subaccount
        from smsend_client.models import SubaccountInput
        from smsgw import smsend

        login = f"bench{id(self) % 1_000_000}"
        body = SubaccountInput.from_dict(
            smsend_subaccount(login, password="bench-pass-1", name="Bench", surname="Mark")
        )
        self.subaccount = smsend.created_id(create_subaccount.sync_detailed(client=self.typed, body=body))

    def loads(self) -> list[Load]:
        auth = (("user_key", self.raw.headers["user_key"]), ("access_token", self.raw.headers["access_token"]))
        json_auth = (*auth, ("content-type", "application/json"))
        path = f"/subaccount/{self.subaccount}"
        return [
            Load(f"smsend GET {SMSEND_BASE}/subaccount/{{id}}", (Request("GET", path, auth),)),
            Load(
                f"smsend POST {SMSEND_BASE}/subaccount/{{id}}/credit",
                tuple(Request("POST", path + "/credit", json_auth, credit_body(i).encode()) for i in (0, 1)),
            ),
        ]


def credit_body(i: int) -> str:
    """One credit moved to the subaccount on even calls, back on odd ones."""
    direction = "true" if i % 2 == 0 else "false"
    return f'{{"credits":[{{"message-type":"N","amount":1,"super-to-sub":{direction}}}]}}'


def smsend_get_subaccount(s: SmsendSession) -> Sides:
    from smsend_client.api.subaccounts import get_subaccount
    from smsend_client.models import Subaccount
    from smsgw import smsend

    path = f"/subaccount/{s.subaccount}"

    def typed(i: int) -> object:
        return smsend.unwrap(get_subaccount.sync_detailed(s.subaccount, client=s.typed), Subaccount)

    def raw(i: int) -> object:
        return s.raw.get(path).raise_for_status().json()

    async def typed_async(i: int) -> object:
        return smsend.unwrap(await get_subaccount.asyncio_detailed(s.subaccount, client=s.typed), Subaccount)

    async def raw_async(i: int) -> object:
        return (await s.raw_async.get(path)).raise_for_status().json()

    def plain(i: int) -> object:
        return _ok(get_subaccount.sync_detailed(s.subaccount, client=s.plain), Subaccount)

    def surface(i: int) -> object:
        return s.surface.subaccounts.get(s.subaccount)

    async def surface_async(i: int) -> object:
        return await s.surface_async.subaccounts.get(s.subaccount)

    return Sides(typed, raw, typed_async, raw_async, plain, *_if_surface(s, surface, surface_async))


def _if_surface(
    s: Session, surface: Callable[[int], object], surface_async: Callable[[int], Awaitable[object]]
) -> tuple[Callable[[int], object] | None, Callable[[int], Awaitable[object]] | None]:
    return (surface, surface_async) if s.surface is not None else (None, None)


def smsend_move_credits(s: SmsendSession) -> Sides:
    from smsend_client.api.credit import move_subaccount_credits
    from smsend_client.models import CreditMove, CreditMoveRequest
    from smsgw import smsend

    path = f"/subaccount/{s.subaccount}/credit"

    def body(i: int) -> CreditMoveRequest:
        return CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=1, super_to_sub=i % 2 == 0)])

    def raw_body(i: int) -> dict[str, Any]:
        return {"credits": [{"message-type": "N", "amount": 1, "super-to-sub": i % 2 == 0}]}

    def typed(i: int) -> object:
        return smsend.check(move_subaccount_credits.sync_detailed(s.subaccount, client=s.typed, body=body(i)))

    def raw(i: int) -> object:
        return s.raw.post(path, json=raw_body(i)).raise_for_status()

    async def typed_async(i: int) -> object:
        return smsend.check(await move_subaccount_credits.asyncio_detailed(s.subaccount, client=s.typed, body=body(i)))

    async def raw_async(i: int) -> object:
        return (await s.raw_async.post(path, json=raw_body(i))).raise_for_status()

    def plain(i: int) -> object:
        return _ok(move_subaccount_credits.sync_detailed(s.subaccount, client=s.plain, body=body(i)), type(None))

    def surface(i: int) -> object:
        return s.surface.credit.move(s.subaccount, credits=body(i).credits_)

    async def surface_async(i: int) -> object:
        return await s.surface_async.credit.move(s.subaccount, credits=body(i).credits_)

    return Sides(typed, raw, typed_async, raw_async, plain, *_if_surface(s, surface, surface_async))


# -- Smshosting --------------------------------------------------------------------------------


class SmshostingSession(Session):
    api = "smshosting"
    base_path = SMSHOSTING_BASE
    spec = ROOT / "spec" / "smshosting.yaml"
    transaction = "bench-search-1"

    def raw_headers(self) -> dict[str, str]:
        token = base64.b64encode(":".join(SMSHOSTING_KEYS).encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def typed_client(self) -> Any:
        from smsgw import smshosting

        key, secret = SMSHOSTING_KEYS
        return smshosting.client(self.base_url, auth_key=key, auth_secret=secret, transport=self.transport)

    def plain_client(self) -> Any:
        from smshosting_client import Client

        return Client(base_url=self.base_url).set_httpx_client(self.raw)

    def surface_client(self, *, async_: bool) -> Any:
        import smsgw

        cls = getattr(smsgw, "AsyncSmshosting" if async_ else "Smshosting", None)
        if cls is None:
            return None
        key, secret = SMSHOSTING_KEYS
        return cls(auth_key=key, auth_secret=secret, base_url=self.base_url, transport=self.transport)

    def prepare(self) -> None:
        # One real (not sandbox) send, so that the search finds something.
        self.raw.post(
            "/sms/send", data={"to": RECIPIENT, "text": "bench", "transactionId": self.transaction}
        ).raise_for_status()

    def loads(self) -> list[Load]:
        auth = (("authorization", self.raw.headers["authorization"]),)
        form = (*auth, ("content-type", "application/x-www-form-urlencoded"))
        return [
            Load(
                f"Smshosting GET {SMSHOSTING_BASE}/sms/search",
                (Request("GET", f"/sms/search?transactionId={self.transaction}&offset=0&limit=20", auth),),
            ),
            Load(
                f"Smshosting POST {SMSHOSTING_BASE}/sms/send (sandbox)",
                (Request("POST", "/sms/send", form, f"to={RECIPIENT}&text=bench&sandbox=true".encode()),),
            ),
        ]


def smshosting_search_sms(s: SmshostingSession) -> Sides:
    from smsgw import smshosting
    from smshosting_client.api.sms import search_sms
    from smshosting_client.models import SentSmsSearchResponse

    params: dict[str, str | int] = {"transactionId": s.transaction, "offset": 0, "limit": 20}  # typed defaults

    def typed(i: int) -> object:
        response = search_sms.sync_detailed(client=s.typed, transaction_id=s.transaction)
        return smshosting.unwrap(response, SentSmsSearchResponse)

    def raw(i: int) -> object:
        return s.raw.get("/sms/search", params=params).raise_for_status().json()

    async def typed_async(i: int) -> object:
        response = await search_sms.asyncio_detailed(client=s.typed, transaction_id=s.transaction)
        return smshosting.unwrap(response, SentSmsSearchResponse)

    async def raw_async(i: int) -> object:
        return (await s.raw_async.get("/sms/search", params=params)).raise_for_status().json()

    def plain(i: int) -> object:
        response = search_sms.sync_detailed(client=s.plain, transaction_id=s.transaction)
        return _ok(response, SentSmsSearchResponse)

    # The surface's search is a pager; one SMS matches, so walking it is one request, as above.
    def surface(i: int) -> object:
        return list(s.surface.sms.search(transaction_id=s.transaction, limit=20))

    async def surface_async(i: int) -> object:
        return [sms async for sms in s.surface_async.sms.search(transaction_id=s.transaction, limit=20)]

    return Sides(typed, raw, typed_async, raw_async, plain, *_if_surface(s, surface, surface_async))


def smshosting_send_sms(s: SmshostingSession) -> Sides:
    from smsgw import smshosting
    from smshosting_client.api.sms import send_sms
    from smshosting_client.models import SendSmsResponse

    form = {"to": RECIPIENT, "text": "bench", "sandbox": "true"}

    def typed(i: int) -> object:
        body = smshosting.sms(RECIPIENT, "bench", sandbox=True)
        return smshosting.unwrap(send_sms.sync_detailed(client=s.typed, body=body), SendSmsResponse)

    def raw(i: int) -> object:
        return s.raw.post("/sms/send", data=form).raise_for_status().json()

    async def typed_async(i: int) -> object:
        body = smshosting.sms(RECIPIENT, "bench", sandbox=True)
        return smshosting.unwrap(await send_sms.asyncio_detailed(client=s.typed, body=body), SendSmsResponse)

    async def raw_async(i: int) -> object:
        return (await s.raw_async.post("/sms/send", data=form)).raise_for_status().json()

    def plain(i: int) -> object:
        body = smshosting.sms(RECIPIENT, "bench", sandbox=True)
        return _ok(send_sms.sync_detailed(client=s.plain, body=body), SendSmsResponse)

    def surface(i: int) -> object:
        return s.surface.sms.send(to=[RECIPIENT], text="bench", sandbox=True)

    async def surface_async(i: int) -> object:
        return await s.surface_async.sms.send(to=[RECIPIENT], text="bench", sandbox=True)

    return Sides(typed, raw, typed_async, raw_async, plain, *_if_surface(s, surface, surface_async))


# -- the registry ------------------------------------------------------------------------------

# API name -> (session class, [(label, call)]).  One row pair per entry and transport.
CALLS: dict[str, tuple[type[Session], list[tuple[str, Callable[[Any], Sides]]]]] = {
    "smsend": (
        SmsendSession,
        [
            ("smsend GET /subaccount/{id}", smsend_get_subaccount),
            ("smsend POST /subaccount/{id}/credit", smsend_move_credits),
        ],
    ),
    "smshosting": (
        SmshostingSession,
        [
            ("Smshosting GET /sms/search", smshosting_search_sms),
            ("Smshosting POST /sms/send (sandbox)", smshosting_send_sms),
        ],
    ),
}
