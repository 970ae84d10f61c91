"""The at-most-once fault matrix of smsend's subaccount creation and credit moves, through the
fault proxy in front of the served simulator (same faults as the Smshosting matrix).

Every scenario runs ``CALLS`` calls at once sharing one client (one subaccount each), from
threads or asyncio tasks, then counts what the gateway holds.  Figures in the terminal summary.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

import httpx
import pytest
from smsend_client import Client
from smsend_client.api.credit import get_subaccount_credits
from smsend_client.models import CreditBalanceList, CreditMove, CreditMoveRequest
from smsgw import smsend
from smsgw.errors import NotDoneError, OutcomeUnknownError, SmsGatewayError
from smsgw.retry import RetryPolicy

from ..conftest import Served
from .figures import FIGURES, allowed, judge, run_with_faults
from .proxy import FaultProxy, ProxyFault
from .test_smsend_faults import body as subaccount

CALLS = 4
TIMEOUT = 0.5
HOLD = 1.5
SETTLE = 4.0  # the settle window: it must cover HOLD - TIMEOUT, with room for a loaded machine
# The settle window of the scenarios where nothing can commit late (the proxy refuses the call
# before forwarding it, or the simulator commits before the answer is dropped): there the window
# only delays the verdict, and the client still has to wait it out.  The late-commit scenarios,
# which test the window itself, keep SETTLE.
NOTHING_LATE = 1.0
AMOUNT = 10
# Enough retries for the 429s of every concurrent call to land on one call.
POLICY = RetryPolicy(max_retries=CALLS + 1, initial_delay=0.02, max_delay=0.1, settle_window=SETTLE,
                     lookup_initial_delay=0.1, lookup_max_delay=0.5)  # fmt: skip
CREATE = ("POST", r"/subaccount$")
GET_ONE = r"/subaccount/[^/]+$"
MOVE = ("POST", r"/credit$")
_logins = itertools.count(1)


def login() -> str:
    return f"rel{next(_logins):05d}{uuid.uuid4().hex[:6]}"


@dataclass
class Account:
    direct: Client
    via: Client
    login: str


def account(served: Served, proxy: FaultProxy, settle: float = SETTLE) -> Account:
    name, password = f"owner{uuid.uuid4().hex[:10]}", f"pw-{uuid.uuid4().hex[:10]}"
    made = httpx.post(f"{served.base}/_sim/smsend/accounts", json={"login": name, "password": password})
    assert made.status_code == 200, made.text
    direct = smsend.client(f"{served.base}/API/v1.0/REST", auth=smsend.SessionLogin(name, password), timeout=30)
    via = smsend.client(f"http://127.0.0.1:{proxy.port}/API/v1.0/REST", auth=smsend.SessionLogin(name, password),
                        timeout=TIMEOUT, retry=replace(POLICY, settle_window=settle))  # fmt: skip
    return Account(direct, via, name)


@dataclass(frozen=True)
class Scenario:
    faults: Callable[[], list[ProxyFault]]
    expect: tuple[str, ...]
    attempts: int = 3
    sim_faults: tuple[dict[str, object], ...] = ()  # the served simulator's own faults
    settle: float = SETTLE  # the client's settle window (NOTHING_LATE where nothing commits late)


def on(target: tuple[str, str], kind: str, **options: object) -> Callable[[], list[ProxyFault]]:
    return lambda: [ProxyFault(kind, *target, count=CALLS * 3, **options)]  # type: ignore[arg-type]


def lookups_fail(target: tuple[str, str], lookup: str) -> Callable[[], list[ProxyFault]]:
    def faults() -> list[ProxyFault]:
        drop = ProxyFault("drop", *target, count=CALLS)
        return [drop, ProxyFault("status_before", "GET", lookup, count=1000, after=drop)]

    return faults


def scenarios(target: tuple[str, str], lookup: str, operation_id: str) -> dict[str, Scenario]:
    late = {"api": "smsend", "operation_id": operation_id, "count": CALLS, "commit_delay": HOLD, "no_answer": True}
    return {
        "late commit (held past the client timeout)": Scenario(on(target, "hold", seconds=HOLD), ("found",)),
        "simulator's late commit, no answer": Scenario(lambda: [], ("found",), sim_faults=(late,)),
        "dropped after commit": Scenario(on(target, "drop"), ("found",)),
        "503 before commit": Scenario(
            lambda: [ProxyFault("status_before", *target, count=CALLS)], ("redone",), settle=NOTHING_LATE
        ),
        "503 after commit": Scenario(on(target, "status_after"), ("found",)),
        "429, Retry-After: 0": Scenario(
            lambda: [ProxyFault("status_before", *target, count=CALLS, status=429, headers={"Retry-After": "0"})],
            ("done",),
        ),
        "429, Retry-After: soon (garbage)": Scenario(
            lambda: [ProxyFault("status_before", *target, count=CALLS, status=429, headers={"Retry-After": "soon"})],
            ("done",),
        ),
        "503 before commit, every attempt": Scenario(
            on(target, "status_before"), ("NotDoneError",), attempts=1, settle=NOTHING_LATE
        ),
        # A look-up that fails before the call is made stops it there (nothing sent): InternalServerError.
        "dropped after commit, look-ups fail": Scenario(
            lookups_fail(target, lookup), ("OutcomeUnknownError", "InternalServerError"), settle=NOTHING_LATE
        ),
    }


CREATES = scenarios(CREATE, GET_ONE, "createSubaccount")
MOVES = scenarios(MOVE, r"/credit$", "moveSubaccountCredits")


def reported(outcome: object) -> tuple[bool, str | None]:
    if isinstance(outcome, smsend.Outcome):
        return True, None
    if isinstance(outcome, OutcomeUnknownError):
        return False, "unknown"
    return False, "not_sent"  # NotDoneError, or a typed error before anything was sent


SUCCESS = ("done", "found", "redone")


def ending(outcome: smsend.Outcome | SmsGatewayError) -> str:
    return outcome.how if isinstance(outcome, smsend.Outcome) else type(outcome).__name__


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(CREATES))
def test_each_subaccount_is_created_once_or_reported(
    served: Served, fresh_proxy: FaultProxy, name: str, mode: str
) -> None:
    scenario = CREATES[name]
    acct = account(served, fresh_proxy, scenario.settle)
    bodies = [subaccount(login()) for _ in range(CALLS)]
    attempts = scenario.attempts
    outcomes = run_with_faults(
        fresh_proxy,
        scenario.faults(),
        mode,
        [lambda b=b: smsend.create_subaccount_once(acct.via, b, attempts=attempts) for b in bodies],  # type: ignore[misc]
        [lambda b=b: smsend.acreate_subaccount_once(acct.via, b, attempts=attempts) for b in bodies],  # type: ignore[misc]
        served=served,
        served_faults=scenario.sim_faults,
    )
    logins = [s.login for s in smsend.iter_subaccounts(acct.direct)]
    for body, outcome in zip(bodies, outcomes, strict=True):
        done, told = reported(outcome)
        tally = judge(logins.count(body.login), done, told)
        FIGURES.record("smsend", f"create subaccount: {name}", mode, tally)
        assert tally.duplicated == 0 and tally.lost == 0, (body.login, outcome)
        if isinstance(outcome, NotDoneError | OutcomeUnknownError):
            assert outcome.check["login"] == body.login
    assert sorted(logins) == sorted(set(logins))
    assert all(ending(o) in allowed(scenario.expect, SUCCESS) for o in outcomes), outcomes


def credits_of(acct: Account, sub: str) -> int:
    balance = smsend.unwrap(get_subaccount_credits.sync_detailed(sub, client=acct.direct), CreditBalanceList)
    return sum(c.amount for c in balance.credits_ if c.message_type == "N")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(MOVES))
def test_each_credit_move_is_applied_once_or_reported(
    served: Served, fresh_proxy: FaultProxy, name: str, mode: str
) -> None:
    scenario = MOVES[name]
    acct = account(served, fresh_proxy, scenario.settle)
    subs = [smsend.create_subaccount_once(acct.direct, subaccount(login())).subaccount_id for _ in range(CALLS)]
    before = {sub: credits_of(acct, sub) for sub in subs}
    move = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=AMOUNT, super_to_sub=True)])
    attempts = scenario.attempts
    outcomes = run_with_faults(
        fresh_proxy,
        scenario.faults(),
        mode,
        [lambda s=s: smsend.move_credits_once(acct.via, s, move, attempts=attempts) for s in subs],  # type: ignore[misc]
        [lambda s=s: smsend.amove_credits_once(acct.via, s, move, attempts=attempts) for s in subs],  # type: ignore[misc]
        served=served,
        served_faults=scenario.sim_faults,
    )
    for sub, outcome in zip(subs, outcomes, strict=True):
        applied, rest = divmod(credits_of(acct, sub) - before[sub], AMOUNT)
        assert rest == 0
        done, told = reported(outcome)
        tally = judge(applied, done, told)
        FIGURES.record("smsend", f"move credits: {name}", mode, tally)
        assert tally.duplicated == 0 and tally.lost == 0, (sub, applied, outcome)
    assert all(ending(o) in allowed(scenario.expect, SUCCESS) for o in outcomes), outcomes
