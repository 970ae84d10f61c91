"""The smsend platform rules as plain state: message cost, orders on the clock, 2FA PINs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from smsim.apis.smsend.platform.messages import (
    cost,
    format_timestamp,
    normalise_number,
    parse_schedule,
    render,
    resolve_sender,
)
from smsim.apis.smsend.platform.orders import DELIVERY_SECONDS, SUBMIT_SECONDS, Order, Outbox
from smsim.apis.smsend.platform.twofa import MAX_TRIES, TwoFactor
from smsim.kernel import ApiError

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).timestamp()


def error_code(call: object) -> str:
    assert callable(call)
    with pytest.raises(ApiError) as caught:
        call()
    return caught.value.code


@pytest.mark.parametrize(
    ("text", "encoding", "parts"),
    [
        ("a" * 160, "gsm", 1),
        ("a" * 161, "gsm", 2),
        ("a" * 306, "gsm", 2),
        ("a" * 307, "gsm", 3),
        ("€" * 80, "gsm", 1),  # extension characters count twice: 160 septets
        ("€" * 81, "gsm", 2),
        ("ж" * 70, "ucs2", 1),
        ("ж" * 71, "ucs2", 2),
        ("ж" * 134, "ucs2", 2),
        ("😀" * 35, "ucs2", 1),  # two UTF-16 units each
    ],
)
def test_parts_by_encoding(text: str, encoding: str, parts: int) -> None:
    assert cost(text, encoding).parts == parts


def test_message_limits() -> None:
    assert cost("a" * 1000, "gsm").parts == 7
    assert error_code(lambda: cost("a" * 1001, "gsm")) == "MESSAGE_TOO_LONG"
    assert error_code(lambda: cost("ж" * 451, "ucs2")) == "MESSAGE_TOO_LONG"
    assert error_code(lambda: cost("a" * 161, "gsm", "LL")) == "MESSAGE_TOO_LONG"
    assert error_code(lambda: cost("привет", "gsm")) == "INVALID_CONTENTS"
    assert error_code(lambda: cost("", "gsm")) == "EMPTY_MESSAGE"


def test_numbers() -> None:
    assert normalise_number("+39 347 123 4567") == "+393471234567"
    assert normalise_number("00393471234567") == "+393471234567"
    assert normalise_number("3471234567") == "+393471234567"
    assert normalise_number("12345") is None
    assert normalise_number("+39abc") is None


def test_sender_rules() -> None:
    assert resolve_sender("N", "", (), "PREF") == "PREF"
    assert resolve_sender("N", "Shop", {"Shop"}, "PREF") == "Shop"
    assert resolve_sender("N", "+393331112222", (), "PREF") == "+393331112222"
    assert resolve_sender("L", None, (), "PREF") == ""
    assert error_code(lambda: resolve_sender("L", "Shop", {"Shop"}, "PREF")) == "SENDER_NOT_ALLOWED"
    assert error_code(lambda: resolve_sender("N", "Other", {"Shop"}, "PREF")) == "SENDER_NOT_ALLOWED"
    assert error_code(lambda: resolve_sender("X", "", (), "PREF")) == "INVALID_MESSAGE_TYPE"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("020326", "20260302000000"),
        ("20260302", "20260302000000"),
        ("0203261015", "20260302101500"),
        ("20260302101530", "20260302101530"),
        ("2026-03-02 10:15", "20260302101500"),
        ("2026-03-02 10:15.0", "20260302101500"),
    ],
)
def test_schedule_formats(value: str, expected: str) -> None:
    assert format_timestamp(parse_schedule(value, "Europe/Rome"), "Europe/Rome") == expected


def test_schedule_zone_and_errors() -> None:
    rome = parse_schedule("20260302101500", None)
    london = parse_schedule("20260302101500", "Europe/London")
    assert london - rome == 3600
    assert error_code(lambda: parse_schedule("2026/03/02", None)) == "INVALID_DATE"
    assert error_code(lambda: parse_schedule("20261302", None)) == "INVALID_DATE"
    for name in ("Mars/Base", "Europe", "Etc", "a" * 300, "../etc"):
        assert error_code(lambda name=name: parse_schedule("20260302", name)) == "INVALID_TIMEZONE"


def test_placeholders() -> None:
    assert render("Hi ${name}, ${n} left", {"name": "Ada", "n": "3"}) == "Hi Ada, 3 left"
    assert error_code(lambda: render("Hi ${name}", {})) == "MISSING_PARAMETER"


def place(outbox: Outbox, wallet: dict[str, int], numbers: list[str], **kw: object) -> Order:
    args: dict[str, object] = {
        "account_id": 1,
        "payer_id": 1,
        "wallet": wallet,
        "message_type": "N",
        "sender": "",
        "texts": [(n, "a" * 200) for n in numbers],
        "encoding": "gsm",
        "now": T0,
    }
    args.update(kw)
    return outbox.place(**args)  # type: ignore[arg-type]


def test_order_charges_parts_per_recipient_and_follows_the_clock() -> None:
    outbox, wallet = Outbox(), {"N": 10}
    order = outbox.place(
        account_id=1,
        payer_id=1,
        wallet=wallet,
        message_type="N",
        sender="",
        encoding="gsm",
        now=T0,
        texts=[("+393331112222", "a" * 200), ("3331113333", "a" * 200), ("+393331112222", "a" * 200)],
    )
    assert order.credits == 4 and wallet == {"N": 6}  # 2 parts x 2 distinct numbers
    first = order.recipients[0]
    assert [order.status(first, T0 + s) for s in (0, SUBMIT_SECONDS, DELIVERY_SECONDS)] == ["WAITING", "SENT", "DLVRD"]
    assert order.delivery_time(first, T0 + DELIVERY_SECONDS) == T0 + DELIVERY_SECONDS
    assert order.delivery_time(first, T0) is None


def test_low_quality_types_end_at_sent_and_fates_apply() -> None:
    outbox, wallet = Outbox(fates={"+393330000000": "KO"}), {"L": 5}
    order = outbox.place(
        account_id=1,
        payer_id=1,
        wallet=wallet,
        message_type="L",
        sender="",
        encoding="gsm",
        now=T0,
        texts=[("+393331112222", "hi"), ("+393330000000", "hi")],
    )
    ok, doomed = order.recipients
    assert order.status(ok, T0 + 3600) == "SENT"
    assert order.status(doomed, T0 + 3600) == "KO"


def test_not_enough_credit_changes_nothing() -> None:
    outbox, wallet = Outbox(), {"N": 3}
    assert error_code(lambda: place(outbox, wallet, ["+393331112222", "+393331113333"])) == "NOT_ENOUGH_CREDIT"
    assert wallet == {"N": 3} and outbox.orders == {}


def test_invalid_and_blacklisted_recipients() -> None:
    outbox, wallet = Outbox(), {"N": 10}
    blacklist = {"+393339999999"}
    numbers = ["+393331112222", "+393339999999", "12"]
    assert error_code(lambda: place(outbox, wallet, numbers, blacklist=blacklist)) == "INVALID_RECIPIENT"
    assert error_code(lambda: place(outbox, wallet, ["12"], allow_invalid=True)) == "NO_VALID_RECIPIENTS"
    order = place(outbox, wallet, numbers, blacklist=blacklist, allow_invalid=True)
    statuses = [order.status(r, T0 + 60) for r in order.recipients]
    assert statuses == ["DLVRD", "BLACKLISTED", "UNKNRCPT"]
    assert wallet == {"N": 8}


def test_order_ids_are_unique_and_checked() -> None:
    outbox, wallet = Outbox(), {"N": 10}
    place(outbox, wallet, ["+393331112222"], order_id="shop-42")
    assert error_code(lambda: place(outbox, wallet, ["+393331112222"], order_id="shop-42")) == "DUPLICATE_ORDER_ID"
    assert error_code(lambda: place(outbox, wallet, ["+393331112222"], order_id="no spaces")) == "INVALID_ORDER_ID"
    assert wallet == {"N": 8}
    place(outbox, wallet, ["+393331112222"], order_id="shop-42", account_id=2)  # another account's namespace


def test_scheduled_order_can_be_cancelled_until_due() -> None:
    outbox, wallet = Outbox(), {"N": 10}
    order = place(outbox, wallet, ["+393331112222"], order_id="later", due=T0 + 600)
    assert order.status(order.recipients[0], T0 + 599) == "SCHEDULED"
    outbox.cancel(1, "later", wallet, T0 + 10)
    assert wallet == {"N": 10}
    assert error_code(lambda: outbox.get(1, "later")) == "ORDER_NOT_FOUND"
    place(outbox, wallet, ["+393331112222"], order_id="soon", due=T0 + 600)
    assert error_code(lambda: outbox.cancel(1, "soon", wallet, T0 + 600)) == "ORDER_NOT_FOUND"
    assert wallet == {"N": 8}


def test_history_is_newest_first_within_range() -> None:
    outbox, wallet = Outbox(), {"N": 100}
    for i in range(3):
        place(outbox, wallet, ["+393331112222"], order_id=f"o{i}", now=T0 + i * 60)
    assert [o.order_id for o in outbox.history(1, T0 + 30, T0 + 1000)] == ["o2", "o1"]
    assert outbox.history(2, 0, T0 + 1000) == []


def test_two_factor_pins() -> None:
    twofa = TwoFactor()
    pin = twofa.issue(1, "+393331112222", T0)
    assert len(pin.code) == 6 and pin.code.isdigit()
    assert TwoFactor.message(pin, "Code: %PIN%.") == f"Code: {pin.code}."
    assert TwoFactor.message(pin, "Code:") == f"Code: {pin.code}"
    wrong = "000000" if pin.code != "000000" else "111111"
    assert twofa.verify(1, "+393331112222", wrong, T0).tries_left == MAX_TRIES - 1
    assert twofa.verify(1, "+393331112222", pin.code, T0).valid
    assert not twofa.verify(1, "+393331112222", pin.code, T0).valid  # consumed


def test_two_factor_tries_and_expiry() -> None:
    twofa = TwoFactor()
    pin = twofa.issue(1, "+393331112222", T0, expiry_minutes=1)
    wrong = "000000" if pin.code != "000000" else "111111"
    verdicts = [twofa.verify(1, "+393331112222", wrong, T0) for _ in range(MAX_TRIES)]
    assert [v.tries_left for v in verdicts] == [2, 1, 0]
    assert not twofa.verify(1, "+393331112222", pin.code, T0).valid  # used up
    pin = twofa.issue(1, "+393331112222", T0, expiry_minutes=1)
    assert not twofa.verify(1, "+393331112222", pin.code, T0 + 60).valid
    assert error_code(lambda: twofa.issue(1, "+393331112222", T0, expiry_minutes=0)) == "INVALID_EXPIRY"
