"""Everyday smsend tasks through the typed client (sync and async).

Run against the simulator (``./scripts/serve``) or the real gateway::

    SMSEND_USERNAME=... SMSEND_PASSWORD=... python examples/smsend_app.py
"""

from __future__ import annotations

from smsend_client.models import CreditMove
from smsgw import AsyncSmsend, Smsend, errors

HUNDRED_SMS = [CreditMove(message_type="N", amount=100, super_to_sub=True)]


def tasks(client: Smsend, login: str) -> list[str]:
    """Create a subaccount, give it credits, list every subaccount, change its password."""
    anna = client.subaccounts.create(
        login=login, password="first-Pass-1", name="Anna", surname="Rossi", email="anna@example.com",
        address="via Roma 1", city="Trento", province="TN", zip_code="38100", cell="+393331112222",
        credit_eat_mode=0, company=False,
    )  # fmt: skip
    client.credit.move(anna, credits=HUNDRED_SMS)
    balance = {c.message_type: c.amount for c in client.credit.get(anna).credits_}
    lines = [f"{sub.id_user} {sub.login}" for sub in client.subaccounts.list()]
    client.subaccounts.change_password(anna, passwd="second-Pass-2")
    return [f"{login}: {balance['N']} SMS", *lines]


async def async_tasks(client: AsyncSmsend, login: str) -> list[str]:
    """The same tasks on the async client."""
    anna = await client.subaccounts.create(
        login=login, password="first-Pass-1", name="Anna", surname="Rossi", email="anna@example.com",
        address="via Roma 1", city="Trento", province="TN", zip_code="38100", cell="+393331112222",
        credit_eat_mode=0, company=False,
    )  # fmt: skip
    await client.credit.move(anna, credits=HUNDRED_SMS)
    balance = {c.message_type: c.amount for c in (await client.credit.get(anna)).credits_}
    lines = [f"{sub.id_user} {sub.login}" async for sub in client.subaccounts.list()]
    await client.subaccounts.change_password(anna, passwd="second-Pass-2")
    return [f"{login}: {balance['N']} SMS", *lines]


def check_credentials(client: Smsend) -> str:
    """Wrong credentials raise LoginError; a wrong base URL says so instead."""
    try:
        return f"{len(list(client.subaccounts.list()))} subaccounts"
    except errors.LoginError as error:
        return str(error)


if __name__ == "__main__":
    with Smsend() as main_client:
        print(check_credentials(main_client))
        print("\n".join(tasks(main_client, "anna-example")))
