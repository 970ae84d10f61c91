"""The low-level layer for the smsend messaging tests: generated functions on ``smsgw.smsend.client``."""

from __future__ import annotations

from smsend_client import Client
from smsend_client.api.subaccounts import create_subaccount
from smsend_client.models import AliasData, SubaccountInput
from smsgw import smsend
from smsim import Simulator, SimulatorTransport, testing

BASE = testing.SMSEND_URL
DEMO = (testing.DEMO.smsend_login, testing.DEMO.smsend_password)


def connect(sim: Simulator, auth: smsend.SessionLogin | None = None) -> Client:
    return smsend.client(BASE, auth=auth or smsend.SessionLogin(*DEMO), transport=SimulatorTransport(sim))


def create(client: Client, login: str, mode: int = 0) -> str:
    body = SubaccountInput.from_dict(testing.smsend_subaccount(login, credit_eat_mode=mode))
    return smsend.created_id(create_subaccount.sync_detailed(client=client, body=body))


def alias_data(name: str) -> AliasData:
    """A complete alias form for the alias ``name`` (the company fields are the same each time)."""
    return AliasData.from_dict(
        {
            "alias": name,
            "company-name": "My Shop srl",
            "contact-name": "Anna",
            "contact-surname": "Rossi",
            "cod-fiscale": "01234567890",
            "vat-number": "01234567890",
            "contact-address": "via Roma 1",
            "contact-city": "Trento",
            "contact-pcode": "38100",
            "contact-type": "EMAIL",
            "contact-info": "info@myshop.example",
        }
    )
