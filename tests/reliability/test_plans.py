"""The reconciliation plans on their own, with scripted answers and a fake clock: the cases a
simulator that commits a request all at once cannot produce (a partial commit), and the settle
window's timing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from smsend_client.models import CreditMove, CreditMoveRequest
from smsgw import delivery, smsend
from smsgw._reconcile import Call, Collect, Plan, Wait
from smsgw.errors import APITimeoutError, InternalServerError, NotSentError, OutcomeUnknownError
from smsgw.retry import RetryPolicy
from smshosting_client.models import SendSmsRequest, SendSmsResponse, SentSms

POLICY = RetryPolicy(
    initial_delay=0.5, max_delay=1.0, settle_window=10.0, lookup_initial_delay=1.0, lookup_max_delay=4.0
)
LOST = APITimeoutError("ReadTimeout: the request may have reached the gateway", request_sent=True)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def play(plan: Plan[Any], clock: Clock, answer: Callable[[Call | Collect, float], Any]) -> tuple[Any, list[str]]:
    """Run ``plan``; ``answer(step, seconds since start)`` plays the gateway.  Returns the result
    and the steps taken (``send``, ``lookup``, ``wait <s>``)."""
    start, reply = clock.now, None
    steps: list[str] = []
    while True:
        try:
            step = plan.send(reply)
        except StopIteration as done:
            return done.value, steps
        if isinstance(step, Wait):
            clock.now += step.seconds
            steps.append(f"wait {step.seconds:g}")
            reply = None
        else:
            steps.append("lookup" if isinstance(step, Collect) else "send")
            reply = answer(step, clock.now - start)


def sms(to: str, text: str = "hi", sms_id: int = 1) -> SentSms:
    return SentSms.from_dict({"id": sms_id, "to": to, "status": "SENT", "text": text})


def response(*numbers: str) -> SendSmsResponse:
    items = [{"id": i + 10, "to": n, "status": "INSERTED"} for i, n in enumerate(numbers)]
    return SendSmsResponse.from_dict({"from": "x", "text": "hi", "transactionId": "t", "smsInserted": len(items),
                                      "smsNotInserted": 0, "sms": items})  # fmt: skip


def send_plan(to: str, clock: Clock, attempts: int = 3) -> Plan[delivery.SendResult]:
    body, chosen = delivery._with_transaction_id(SendSmsRequest(text="hi", to=to))
    return delivery._plan(body, chosen, attempts, POLICY, clock)


def test_a_late_commit_inside_the_window_is_found_and_nothing_is_resent() -> None:
    clock = Clock()

    def gateway(step: Call | Collect, elapsed: float) -> Any:
        if isinstance(step, Call):
            return LOST
        return [sms("393400000001"), sms("393400000002", sms_id=2)] if elapsed >= 9.5 else []

    result, steps = play(send_plan("393400000001,+393400000002", clock), clock, gateway)
    assert result.outcome == "already_accepted" and result.sent_to == ("393400000001", "393400000002")
    assert steps == ["send", "lookup", "wait 1", "lookup", "wait 2", "lookup", "wait 4", "lookup", "wait 3", "lookup"]


def test_nothing_found_until_the_window_closes_then_one_resend() -> None:
    clock = Clock()
    sends: list[str] = []

    def gateway(step: Call | Collect, elapsed: float) -> Any:
        if isinstance(step, Call):
            sends.append(f"{elapsed:g}")
            return LOST if len(sends) == 1 else response("393400000001")
        return []

    result, steps = play(send_plan("393400000001", clock), clock, gateway)
    assert result.outcome == "resent" and sends == ["0", "10"]  # right after the window closed
    assert steps.count("lookup") == 5 and steps[-2:] == ["lookup", "send"]


def test_partial_commit_resends_only_the_missing_recipients() -> None:
    clock = Clock()
    bodies: list[str] = []

    def gateway(step: Call | Collect, elapsed: float) -> Any:
        if isinstance(step, Collect):
            return [sms("393400000001")]
        bodies.append(str(step.kwargs["body"].to))
        return LOST if len(bodies) == 1 else response("393400000002")

    result, _ = play(send_plan("+393400000001,393400000002", clock), clock, gateway)
    assert bodies == ["+393400000001,393400000002", "393400000002"]
    assert result.outcome == "partially_resent" and result.sent_to == ("393400000001", "393400000002")


def test_partial_commit_then_every_resend_fails_reports_what_was_sent() -> None:
    clock = Clock()

    def gateway(step: Call | Collect, elapsed: float) -> Any:
        return [sms("393400000001")] if isinstance(step, Collect) else LOST

    with pytest.raises(NotSentError) as info:
        play(send_plan("393400000001,393400000002", clock, attempts=2), clock, gateway)
    assert info.value.sent_to == ["393400000001"] and list(info.value.not_sent) == ["393400000002"]


def test_sms_of_another_send_under_the_id_are_no_proof() -> None:
    clock = Clock()

    def gateway(step: Call | Collect, elapsed: float) -> Any:
        return [sms("393400000001", text="another text")] if isinstance(step, Collect) else LOST

    with pytest.raises(OutcomeUnknownError, match="did not ask for") as info:
        play(send_plan("393400000001", clock), clock, gateway)
    assert info.value.check["unexpected_sms_ids"] == [1]


def test_a_failed_last_lookup_proves_nothing() -> None:
    clock = Clock()
    lookups: list[float] = []

    def gateway(step: Call | Collect, elapsed: float) -> Any:
        if isinstance(step, Call):
            return LOST
        lookups.append(elapsed)
        return InternalServerError(503, None, None) if elapsed >= 10 else []

    with pytest.raises(OutcomeUnknownError, match="search SMS by transactionId"):
        play(send_plan("393400000001", clock), clock, gateway)
    assert lookups[-1] == 10.0


def test_a_credit_move_whose_balance_changed_otherwise_is_unknown() -> None:
    clock = Clock()
    moves = CreditMoveRequest(credits_=[CreditMove(message_type="N", amount=10, super_to_sub=True)])
    balances = iter([{"N": 0}, {"N": 3}])

    def gateway(step: Call | Collect, elapsed: float) -> Any:
        assert isinstance(step, Call)
        if step.operation.__name__.endswith("move_subaccount_credits"):
            return LOST
        return next(balances, {"N": 3})

    with pytest.raises(OutcomeUnknownError, match="changed otherwise") as info:
        play(smsend._move_plan("7", moves, 3, POLICY, clock), clock, gateway)
    assert info.value.check["before"] == {"N": 0} and info.value.check["expected_after"] == {"N": 10}


def test_numbers_are_compared_as_the_gateway_stores_them() -> None:
    body = SendSmsRequest(
        text="Hi ${name}", to='[{"msisdn": "+39 340 111 0002", "name": "Ada"}, {"msisdn": "12"}, {"x": 1}]'
    )
    wanted = delivery.wanted_of(body, members=["393401110009", "+393401110002"])
    assert wanted.texts == {"393401110002": "Hi Ada", "393401110009": None}
    assert wanted.invalid == {"12": "BADNUMBERFORMAT", "": "BADNUMBERFORMAT"}
