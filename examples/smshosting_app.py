"""Everyday Smshosting tasks through the typed client (sync and async).

Run against the simulator (``./scripts/serve``) or the real gateway::

    SMSHOSTING_AUTH_KEY=... SMSHOSTING_AUTH_SECRET=... python examples/smshosting_app.py
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from smsgw import AsyncSmshosting, Smshosting, errors

TEAM = ["393401110001", "393401110002", "393401110003"]


def tasks(client: Smshosting, status_url: str) -> list[str]:
    """Schedule, cancel, send again, page through the SMS sent, file a contact, handle errors."""
    tomorrow = datetime.now(ZoneInfo("Europe/Rome")) + timedelta(days=1)
    scheduled = client.sms.send(to=TEAM, text="Meeting at 9", date=tomorrow)
    client.sms.cancel(transaction_id=scheduled.transaction_id)
    sent = client.sms.send(to=TEAM, text="Meeting now", status_callback=status_url)
    lines = [f"{sms.to} {sms.status}" for sms in client.sms.search(transaction_id=sent.transaction_id)]
    team = client.contact_lists.create(name="Team")
    client.contacts.create(msisdn=TEAM[0], name="Anna", groups_id=[team.id])
    try:
        client.sms.send(to=["12"], text="to a number that is not one")
    except errors.BadRequestError as error:
        lines.append(f"refused: {error.code}")
    return lines


async def async_tasks(client: AsyncSmshosting, status_url: str) -> list[str]:
    """The same tasks on the async client; the list's next page is fetched while this one is read."""
    tomorrow = datetime.now(ZoneInfo("Europe/Rome")) + timedelta(days=1)
    scheduled = await client.sms.send(to=TEAM, text="Meeting at 9", date=tomorrow)
    await client.sms.cancel(transaction_id=scheduled.transaction_id)
    sent = await client.sms.send(to=TEAM, text="Meeting now", status_callback=status_url)
    lines = [f"{sms.to} {sms.status}" async for sms in client.sms.search(transaction_id=sent.transaction_id)]
    team = await client.contact_lists.create(name="Team")
    await client.contacts.create(msisdn=TEAM[0], name="Anna", groups_id=[team.id])
    try:
        await client.sms.send(to=["12"], text="to a number that is not one")
    except errors.BadRequestError as error:
        lines.append(f"refused: {error.code}")
    return lines


def on_status_callback(body: bytes) -> str:
    """What the web route given as ``status_callback`` does with the delivery report it receives."""
    report = Smshosting.parse_status_callback(body)
    return f"{report.to} {report.status}"


def check_credentials(client: Smshosting) -> str:
    """Wrong credentials raise AuthenticationError, with the gateway's code."""
    try:
        return f"logged in as {client.user.get().username}"
    except errors.AuthenticationError as error:
        return f"login refused: {error.code}"


if __name__ == "__main__":
    with Smshosting() as main_client:
        print(check_credentials(main_client))
        print("\n".join(tasks(main_client, "https://example.com/sms-status")))
