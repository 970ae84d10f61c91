"""The typed surface through the client classes: every operation has its method, values go out
in the APIs' wire formats, results are the success models, lists page lazily (sync and async),
raw responses, errors that explain, credentials from the environment, no secret in help()."""

from __future__ import annotations

import asyncio
import pydoc
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import yaml
from smsend_client.models import CreditBalanceList, CreditMove, Subaccount, SubaccountList
from smsgw import AsyncSmsend, AsyncSmshosting, Smsend, Smshosting, errors
from smsgw._surface import csv, date_dotted, datetime_rfc822
from smshosting_client.models import ContactGroup, SendSmsResponse, SentSms, SentSmsSearchResponse
from smsim import Simulator, SimulatorTransport

from .conftest import SMSEND, SMSHOSTING, async_hosting, async_smsend, make_hosting, make_smsend

ROOT = Path(__file__).resolve().parents[2]
CLASSES: dict[str, tuple[type[Any], type[Any]]] = {
    "smsend": (Smsend, AsyncSmsend),
    "smshosting": (Smshosting, AsyncSmshosting),
}


def snake(tag: str) -> str:
    """The resource name of a tag, as scripts/surface.py derives it ("Two-factor authentication" ->
    ``two_factor_authentication``), restated here so the test checks the surface from outside."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", tag)
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()


@pytest.mark.parametrize("api", sorted(CLASSES))
def test_every_operation_has_a_method_on_each_client_class(api: str) -> None:
    spec = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text())
    sync_cls, async_cls = CLASSES[api]
    api_md = (ROOT / "api.md").read_text()
    count = 0
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            resource, name = snake(op["tags"][0]), op["x-method-name"]
            for cls in (sync_cls, async_cls):
                assert getattr(cls, resource).__doc__, (cls, resource)
            assert f"client.{resource}.{name}(" in api_md, (api, resource, name)
            assert f"`{method.upper()} {path}` (`{op['operationId']}`)" in api_md
            count += 1
    assert count == len(
        {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    )


def test_methods_exist_sync_async_and_raw(hosting: Smshosting, smsend: Smsend) -> None:
    for api, client in (("smshosting", hosting), ("smsend", smsend)):
        spec = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text())
        for item in spec["paths"].values():
            for op in item.values():
                if isinstance(op, dict) and "x-method-name" in op:
                    resource = getattr(client, snake(op["tags"][0]))
                    assert callable(getattr(resource, op["x-method-name"]))
                    assert callable(getattr(resource.with_raw_response, op["x-method-name"]))


def test_wire_formats() -> None:
    rome = timezone(timedelta(hours=1))
    assert datetime_rfc822(datetime(2026, 3, 24, 9, 30, tzinfo=rome)) == "2026-03-24T09:30:00+0100"
    with pytest.raises(ValueError, match="time zone"):
        datetime_rfc822(datetime(2026, 3, 24, 9, 30))
    assert date_dotted(date(2005, 12, 30)) == "30.12.2005"
    assert csv(["+39 340 111", 393401112222]) == "+39340111,393401112222"
    with pytest.raises(TypeError, match="list"):
        csv(cast(Any, "393401112222"))  # one string would be split into characters
    with pytest.raises(ValueError):
        csv([])


def test_send_schedule_search_and_pages(surface_sim: Simulator, hosting: Smshosting) -> None:
    when = datetime.fromtimestamp(surface_sim.clock.now() + 3600, timezone(timedelta(hours=2)))
    numbers = ["393401110001", "393401110002", "393401110003"]
    sent = hosting.sms.send(to=numbers, text="later", date=when, transaction_id="tx-surface-1")
    assert isinstance(sent, SendSmsResponse) and sent.sms_inserted == 3
    found = list(hosting.sms.search(transaction_id="tx-surface-1", limit=2))
    assert all(isinstance(s, SentSms) for s in found)
    assert sorted(s.to for s in found) == numbers
    pages = list(hosting.sms.search(transaction_id="tx-surface-1", limit=2).pages())
    assert [type(p) for p in pages] == [SentSmsSearchResponse, SentSmsSearchResponse]
    assert [len(p.sms_list) for p in pages] == [2, 1]
    cancelled = hosting.sms.cancel(transaction_id="tx-surface-1")
    assert {s.status for s in cancelled} == {"NOSENT"}


def test_async_search_pages_and_look_ahead(surface_sim: Simulator) -> None:
    async def main() -> tuple[list[str], int]:
        async with async_hosting(surface_sim) as client:
            await client.sms.send(to=[f"3934011100{i:02}" for i in range(5)], text="hi", transaction_id="tx-a")
            seen = [sms.to async for sms in client.sms.search(transaction_id="tx-a", limit=2)]
            pages = [page async for page in client.sms.search(transaction_id="tx-a", limit=2).pages()]
            return seen, len(pages)

    seen, pages = asyncio.run(main())
    assert sorted(seen) == [f"3934011100{i:02}" for i in range(5)] and pages == 3


def test_smsend_surface_returns_typed_values(smsend: Smsend) -> None:
    new_id = smsend.subaccounts.create(
        login="surface1", password="pass-Word-1", name="A", surname="B", email="a@example.com", address="x",
        city="y", province="TN", zip_code="38100", cell="+393331112222", credit_eat_mode=0, company=False,
    )  # fmt: skip
    assert new_id.isdigit()
    sub = smsend.subaccounts.get(new_id)
    assert isinstance(sub, Subaccount) and sub.login == "surface1"
    smsend.credit.move(new_id, credits=[CreditMove(message_type="N", amount=5, super_to_sub=True)])
    balance = smsend.credit.get("surface1")
    assert isinstance(balance, CreditBalanceList)
    assert {c.message_type: c.amount for c in balance.credits_}["N"] == 5
    first = smsend.subaccounts.with_raw_response.list(page_size=1)
    assert first.status_code == 200 and first.headers["content-type"].startswith("application/json")
    assert isinstance(first.parse(), SubaccountList)


def test_raw_response_of_a_create_has_the_location(smsend: Smsend) -> None:
    raw = smsend.subaccounts.with_raw_response.create(
        login="surface2", password="pass-Word-1", name="A", surname="B", email="a@example.com", address="x",
        city="y", province="TN", zip_code="38100", cell="+393331112222", credit_eat_mode=0, company=False,
    )  # fmt: skip
    assert raw.status_code == 200 and raw.content == b""
    assert raw.headers["location"].endswith("/" + raw.parse())


def test_async_smsend(surface_sim: Simulator) -> None:
    async def main() -> list[str]:
        async with async_smsend(surface_sim) as client:
            for n in range(3):
                await client.subaccounts.create(
                    login=f"as{n}-login", password="pass-Word-1", name="A", surname="B", email="a@example.com",
                    address="x", city="y", province="TN", zip_code="38100", cell="+393331112222",
                    credit_eat_mode=0, company=False,
                )  # fmt: skip
            return [s.login async for s in client.subaccounts.list(page_size=2)]

    assert sorted(asyncio.run(main())) == ["as0-login", "as1-login", "as2-login"]


def test_smshosting_errors_carry_the_code_once(surface_sim: Simulator, hosting: Smshosting) -> None:
    with pytest.raises(errors.AuthenticationError) as info:
        make_hosting(surface_sim, auth_key="nobody", auth_secret="nothing").user.get()
    assert (info.value.status_code, info.value.code, info.value.message) == (401, "BAD_CREDENTIALS", None)
    assert str(info.value) == "HTTP 401 BAD_CREDENTIALS"
    with pytest.raises(errors.BadRequestError) as bad:
        hosting.sms.send(to=["12"], text="x")
    assert str(bad.value).count(str(bad.value.code)) == 1


def html_404(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, text="<html><body>Not Found</body></html>", headers={"content-type": "text/html"})


def test_a_wrong_url_says_no_api_answered_there() -> None:
    client = Smshosting(
        base_url="http://127.0.0.1:8765/wrong/api", auth_key="k", auth_secret="s3cret-value",
        transport=httpx.MockTransport(html_404),
    )  # fmt: skip
    with pytest.raises(errors.NotFoundError) as info:
        client.user.get()
    text = str(info.value)
    assert "no API answered at GET /wrong/api/user" in text and "base URL" in text
    assert "s3cret-value" not in text


def test_a_wrong_url_on_smsend_is_not_a_login_failure() -> None:
    client = Smsend(
        base_url="http://127.0.0.1:8765/not/smsend", username="demo", password="pass-Word-1",
        transport=httpx.MockTransport(html_404),
    )  # fmt: skip
    with pytest.raises(errors.NotFoundError) as info:
        client.subaccounts.get("x")
    assert not isinstance(info.value, errors.LoginError)
    text = str(info.value)
    assert "no API answered at GET /not/smsend/login" in text
    assert "pass-Word-1" not in text and "password" not in text.lower()


def test_credentials_from_the_environment_at_construction(
    surface_sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMSHOSTING_AUTH_KEY", "demo-auth-key")
    monkeypatch.setenv("SMSHOSTING_AUTH_SECRET", "demo-auth-secret")
    monkeypatch.setenv("SMSHOSTING_BASE_URL", SMSHOSTING)
    client = Smshosting(transport=SimulatorTransport(surface_sim))
    monkeypatch.delenv("SMSHOSTING_AUTH_SECRET")  # read when built: later changes do not matter
    assert client.user.get() is not None
    with pytest.raises(errors.SmsGatewayError, match="SMSHOSTING_AUTH_SECRET"):
        Smshosting(transport=SimulatorTransport(surface_sim))
    monkeypatch.setenv("SMSEND_USERNAME", "demo")
    monkeypatch.setenv("SMSEND_PASSWORD", "demo-password-1")
    monkeypatch.setenv("SMSEND_BASE_URL", SMSEND)
    assert list(Smsend(transport=SimulatorTransport(surface_sim)).subaccounts.list()) == []


def test_production_base_url_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMSHOSTING_BASE_URL", raising=False)
    monkeypatch.delenv("SMSEND_BASE_URL", raising=False)
    hosting = Smshosting(auth_key="k", auth_secret="s", transport=httpx.MockTransport(html_404))
    smsend = Smsend(username="u", password="p", transport=httpx.MockTransport(html_404))
    assert "https://api.smshosting.it/rest/api" in repr(hosting)
    assert "https://app.gateway.smsend.it/API/v1.0/REST" in repr(smsend)


def test_no_secret_in_help_or_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    import smsgw
    import smsgw.clients
    import smsgw.smshosting

    monkeypatch.setenv("SMSHOSTING_AUTH_SECRET", "env-secret-3f9a")
    monkeypatch.setenv("SMSEND_PASSWORD", "env-password-3f9a")
    for target in (smsgw, smsgw.smshosting, smsgw.clients, Smshosting, Smsend):
        assert "3f9a" not in pydoc.render_doc(target), target
    client = Smsend(username="u", password="env-password-3f9a", transport=httpx.MockTransport(html_404))
    assert "3f9a" not in repr(client)


def test_close_and_context_managers(surface_sim: Simulator) -> None:
    client = make_hosting(surface_sim)
    with client:
        assert isinstance(client.contact_lists.create(name="x"), ContactGroup)
    with pytest.raises(RuntimeError):
        client.user.get()  # closed

    async def main() -> bool:
        aclient = async_hosting(surface_sim)
        async with aclient:
            await aclient.user.get()
        return bool(aclient._client.get_async_httpx_client().is_closed)

    assert asyncio.run(main())


def test_the_generated_layer_stays_reachable(hosting: Smshosting, smsend: Smsend) -> None:
    from smsend_client.api.subaccounts import list_subaccounts
    from smshosting_client.api.user import get_user

    assert get_user.sync_detailed(client=hosting.generated).status_code == 200
    assert list_subaccounts.sync_detailed(client=smsend.generated).status_code == 200


def test_async_pager_requests_the_next_page_before_handing_over_this_one() -> None:
    from ..overrides.test_pagination import PagedGateway

    gateway = PagedGateway(25)

    async def walk() -> list[list[int]]:
        seen: list[list[int]] = []
        async with AsyncSmsend(
            base_url="https://gateway.test/API/v1.0/REST", username="u", password="p",
            transport=httpx.MockTransport(gateway.handler),
        ) as client:  # fmt: skip
            async for _ in client.subaccounts.list(page_size=10).pages():
                seen.append(list(gateway.pages_served))
        return seen

    assert asyncio.run(walk()) == [[1, 2], [1, 2, 3], [1, 2, 3]]


def test_a_wrong_url_on_the_simulator_is_not_a_login_failure(surface_sim: Simulator) -> None:
    client = make_smsend(surface_sim, base_url="http://127.0.0.1:8765/API/v9/REST")
    with pytest.raises(errors.NotFoundError) as info:
        list(client.subaccounts.list())
    assert not isinstance(info.value, errors.LoginError)
    assert "no API answered at GET /API/v9/REST/login" in str(info.value)
    hosting = make_hosting(surface_sim, base_url="http://127.0.0.1:8765/rest/apii")
    with pytest.raises(errors.NotFoundError, match="no API answered at GET /rest/apii/user"):
        hosting.user.get()
