"""The at-most-once fault matrix of Smshosting sends, through a fault proxy in front of the
served simulator: late commits, drops and 5xx after the commit, 5xx before it, 429s, reused
transactionIds, every recipient form, malformed recipients, failing look-ups.

Every scenario runs ``SENDS`` sends at once sharing one client, from threads (sync) or asyncio
tasks (async), then counts the SMS the gateway holds for every requested recipient.  The figures
go to the terminal summary (see ``conftest.py``); duplicated and lost must be 0.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import httpx
import pytest
from smsgw import smshosting
from smsgw.delivery import SendResult, asend_sms, normalize_msisdn, send_sms
from smsgw.errors import NotSentError, OutcomeUnknownError, SmsGatewayError, TransactionIdInUseError
from smsgw.retry import RetryPolicy
from smshosting_client import Client
from smshosting_client.api.contact_lists import create_group
from smshosting_client.api.contacts import create_contact
from smshosting_client.api.sms import send_sms as send_sms_op
from smshosting_client.models import ContactCreateInput, ContactGroup, ContactGroupInput, SendSmsRequest

from ..conftest import Served
from .figures import FIGURES, allowed, judge, run_with_faults
from .proxy import FaultProxy, ProxyFault

SENDS = 4  # concurrent sends per scenario
TIMEOUT = 0.5  # the client's timeout, seconds
HOLD = 1.5  # a late commit: the proxy forwards the send this long after it arrived
SETTLE = 4.0  # the settle window: it must cover HOLD - TIMEOUT, with room for a loaded machine
# The settle window of the scenarios where nothing can commit late (the proxy refuses the send
# before forwarding it, or the simulator commits before the answer is dropped): there the window
# only delays the verdict, and the client still has to wait it out.  The late-commit scenarios,
# which test the window itself, keep SETTLE.
NOTHING_LATE = 1.0
# Enough retries for the 429s of every concurrent send to land on one send.
POLICY = RetryPolicy(max_retries=SENDS + 1, initial_delay=0.02, max_delay=0.1, settle_window=SETTLE,
                     lookup_initial_delay=0.1, lookup_max_delay=0.5)  # fmt: skip
SEND = ("POST", r"/sms/send$")
SEARCH = r"/sms/search$"
_numbers = itertools.count(1)


def number() -> str:
    return f"39341{next(_numbers):07d}"


@dataclass
class Account:
    direct: Client  # straight to the simulator, for set-up and counting
    via: Client  # through the fault proxy, with a short timeout: the client under test
    credentials: tuple[str, str]


def account(served: Served, proxy: FaultProxy, proxy_base: str, settle: float = SETTLE) -> Account:
    key, secret = f"rel-{uuid.uuid4().hex[:12]}", f"sec-{uuid.uuid4().hex}"
    created = httpx.post(f"{served.base}/_sim/smshosting/accounts",
                         json={"auth_key": key, "auth_secret": secret, "credit": 1000})  # fmt: skip
    assert created.status_code == 200, created.text
    direct = smshosting.client(f"{served.base}/rest/api", auth_key=key, auth_secret=secret, timeout=30)
    via = smshosting.client(f"{proxy_base}/rest/api", auth_key=key, auth_secret=secret, timeout=TIMEOUT,
                            retry=replace(POLICY, settle_window=settle))  # fmt: skip
    return Account(direct, via, (key, secret))


def group_of(acct: Account, numbers: list[str]) -> str:
    made = smshosting.unwrap(
        create_group.sync_detailed(client=acct.direct, body=ContactGroupInput(name=f"g{uuid.uuid4().hex[:8]}")),
        ContactGroup,
    )
    for n in numbers:
        smshosting.check(create_contact.sync_detailed(
            client=acct.direct, body=ContactCreateInput(name="member", msisdn=n, groups_id=str(made.id))))  # fmt: skip
    return str(made.id)


@dataclass
class Send:
    body: SendSmsRequest
    numbers: list[str]  # valid recipients, normalised
    malformed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Scenario:
    faults: Callable[[], list[ProxyFault]]
    make: Callable[[Account], Send]
    expect: tuple[str, ...]  # the outcomes (or exception class names) a send may end with
    attempts: int = 3
    before: Callable[[Account, Send], None] | None = None  # set-up done straight to the simulator
    sim_faults: tuple[dict[str, object], ...] = ()  # the served simulator's own faults
    settle: float = SETTLE  # the client's settle window (NOTHING_LATE where nothing commits late)


def plain(acct: Account) -> Send:
    numbers = [number(), number()]
    return Send(smshosting.sms(numbers, "Your code is 1234"), numbers)


def with_tid(acct: Account) -> Send:
    numbers = [number(), number()]
    return Send(smshosting.sms(numbers, "Order 42 shipped", transaction_id=f"order-42-{uuid.uuid4().hex[:8]}"), numbers)


def grouped_with_tid(acct: Account) -> Send:
    members = [number(), number()]
    body = smshosting.sms([], "Order 42 shipped", group=[group_of(acct, members)],
                          transaction_id=f"order-42-{uuid.uuid4().hex[:8]}")  # fmt: skip
    return Send(body, members)


def earlier_send_same_tid(acct: Account, send: Send) -> None:
    """Another send made earlier under the same transactionId (to other numbers)."""
    earlier = smshosting.sms([number()], "An older message", transaction_id=str(send.body.transaction_id))
    smshosting.check(send_sms_op.sync_detailed(client=acct.direct, body=earlier))


def json_array(acct: Account) -> Send:
    numbers = [number(), number()]
    spaced = [f"+{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" for n in numbers]
    to = json.dumps([{"msisdn": s, "name": f"N{i}"} for i, s in enumerate(spaced)])
    return Send(SendSmsRequest(text="Hello ${name}, your order is ready", to=to), numbers)


def plus_list(acct: Account) -> Send:
    numbers = [number(), number()]
    return Send(SendSmsRequest(text="Hi", to=",".join("+" + n for n in numbers)), numbers)


def group_and_direct(acct: Account) -> Send:
    members, direct = [number(), number()], number()
    body = SendSmsRequest(text="Group news", to=direct, group=group_of(acct, members))
    return Send(body, [direct, *members])


def one_malformed(acct: Account) -> Send:
    good = number()
    return Send(SendSmsRequest(text="Hi", to=f"{good},12345"), [good], malformed=["12345"])


def on_send(kind: str, **options: object) -> Callable[[], list[ProxyFault]]:
    return lambda: [ProxyFault(kind, *SEND, count=SENDS * 3, **options)]  # type: ignore[arg-type]


SCENARIOS: dict[str, Scenario] = {
    "late commit (held past the client timeout)": Scenario(
        on_send("hold", seconds=HOLD), plain, ("already_accepted",)),
    "dropped after commit": Scenario(on_send("drop"), plain, ("already_accepted",)),
    "simulator's late commit, no answer": Scenario(
        lambda: [], plain, ("already_accepted",),
        sim_faults=({"api": "smshosting", "operation_id": "sendSms", "count": SENDS, "commit_delay": HOLD,
                     "no_answer": True},)),
    "503 before commit": Scenario(
        lambda: [ProxyFault("status_before", *SEND, count=SENDS)], plain, ("resent",), settle=NOTHING_LATE),
    "503 after commit": Scenario(on_send("status_after"), plain, ("already_accepted",)),
    "429, Retry-After: 0": Scenario(
        lambda: [ProxyFault("status_before", *SEND, count=SENDS, status=429, headers={"Retry-After": "0"})],
        plain, ("sent",)),
    "429, Retry-After: soon (garbage)": Scenario(
        lambda: [ProxyFault("status_before", *SEND, count=SENDS, status=429, headers={"Retry-After": "soon"})],
        plain, ("sent",)),
    "503 before commit, every attempt": Scenario(
        on_send("status_before"), plain, ("NotSentError",), attempts=1, settle=NOTHING_LATE),
    "dropped after commit, look-ups fail": Scenario(
        lambda: [ProxyFault("drop", *SEND, count=SENDS), ProxyFault("status_before", "GET", SEARCH, count=1000)],
        plain, ("OutcomeUnknownError",), settle=NOTHING_LATE),
    "reused transactionId, 503 before commit": Scenario(
        lambda: [ProxyFault("status_before", *SEND, count=SENDS)], with_tid, ("TransactionIdInUseError",),
        before=earlier_send_same_tid),
    "reused transactionId, group send": Scenario(
        lambda: [ProxyFault("status_before", *SEND, count=SENDS)], grouped_with_tid, ("TransactionIdInUseError",),
        before=earlier_send_same_tid),
    "fresh transactionId of the caller, late commit": Scenario(
        on_send("hold", seconds=HOLD), with_tid, ("already_accepted",)),
    "JSON array, placeholders, '+39 340 ...' numbers, dropped": Scenario(
        on_send("drop"), json_array, ("already_accepted",)),
    "comma list of '+39...' numbers, late commit": Scenario(
        on_send("hold", seconds=HOLD), plus_list, ("already_accepted",)),
    "group + direct number, dropped": Scenario(on_send("drop"), group_and_direct, ("already_accepted",)),
    "group + direct number, 503 before commit": Scenario(
        lambda: [ProxyFault("status_before", *SEND, count=SENDS)], group_and_direct, ("resent",),
        settle=NOTHING_LATE),
    "one malformed recipient, dropped": Scenario(on_send("drop"), one_malformed, ("already_accepted",)),
}  # fmt: skip


def counted(served: Served, acct: Account) -> Counter[str]:
    """Every SMS the gateway holds for the account, per number (the simulator's control plane)."""
    answer = httpx.request("GET", f"{served.base}/_sim/smshosting/messages", json={"auth_key": acct.credentials[0]})
    assert answer.status_code == 200, answer.text
    return Counter(normalize_msisdn(m["to"]) or m["to"] for m in answer.json()["messages"])


SUCCESS = ("sent", "already_accepted", "resent", "partially_resent")


def ending(outcome: SendResult | SmsGatewayError) -> str:
    return outcome.outcome if isinstance(outcome, SendResult) else type(outcome).__name__


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_each_requested_sms_is_sent_once_or_reported(
    served: Served, fresh_proxy: FaultProxy, name: str, mode: str
) -> None:
    scenario = SCENARIOS[name]
    acct = account(served, fresh_proxy, f"http://127.0.0.1:{fresh_proxy.port}", scenario.settle)
    sends = [scenario.make(acct) for _ in range(SENDS)]
    for send in sends:
        if scenario.before is not None:
            scenario.before(acct, send)
    before = counted(served, acct)
    outcomes = run_with_faults(
        fresh_proxy,
        scenario.faults(),
        mode,
        [lambda s=s: send_sms(acct.via, s.body, attempts=scenario.attempts) for s in sends],  # type: ignore[misc]
        [lambda s=s: asend_sms(acct.via, s.body, attempts=scenario.attempts) for s in sends],  # type: ignore[misc]
        served=served,
        served_faults=scenario.sim_faults,
    )
    held = counted(served, acct) - before
    for send, outcome in zip(sends, outcomes, strict=True):
        for n in send.numbers + send.malformed:
            if isinstance(outcome, SendResult):
                reported = "not_sent" if n in outcome.rejected else None
                tally = judge(held[n], n in outcome.sent_to, reported)
            elif isinstance(outcome, OutcomeUnknownError):
                tally = judge(held[n], False, "unknown")
            elif isinstance(outcome, NotSentError):
                tally = judge(held[n], n in outcome.sent_to, "not_sent" if n in outcome.not_sent else None)
            else:  # a typed error before anything was sent (a refused transactionId, a 4xx)
                tally = judge(held[n], False, "not_sent")
            FIGURES.record("Smshosting", name, mode, tally)
            assert tally.duplicated == 0 and tally.lost == 0, (n, held[n], outcome)
    assert sum(held.values()) == sum(held[n] for s in sends for n in s.numbers)  # nothing to anyone else
    assert all(ending(o) in allowed(scenario.expect, SUCCESS) for o in outcomes), outcomes
    for outcome in outcomes:
        if isinstance(outcome, OutcomeUnknownError):
            assert "transaction_id" in outcome.check and "search" in str(outcome)
        if isinstance(outcome, TransactionIdInUseError):
            assert outcome.found == 1
    if name.startswith("one malformed"):
        assert all(isinstance(o, SendResult) and set(o.rejected) == {"12345"} for o in outcomes)
    assert all(
        o.response is None or o.response.transaction_id == o.transaction_id
        for o in outcomes
        if isinstance(o, SendResult)
    )
