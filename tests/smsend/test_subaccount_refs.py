"""A ``{subaccount_id}`` made of non-ASCII digits (``³``, ``٣``) is neither an id nor a login:
400 from the path pattern (D32), never 500.

Found by the schemathesis run (``DELETE /subaccount/%C2%B3/purchase/575505`` answered 500):
``str.isdigit`` accepts such characters, ``int`` does not.
"""

from __future__ import annotations

import pytest
from smsend_client.api.purchases import delete_subaccount_purchase
from smsend_client.api.subaccounts import get_subaccount
from smsgw import smsend
from smsgw.errors import BadRequestError
from smsim import Simulator, SimulatorTransport, testing


@pytest.mark.parametrize("ref", ["\u00b3", "\u0663", "1\u00b2"])
def test_unicode_digits_are_refused_by_the_path_pattern(sim: Simulator, ref: str) -> None:
    # A reference is ASCII letters, digits and ". _ @ -" (D32): "³" is neither an id nor a login.
    demo = smsend.SessionLogin(testing.DEMO.smsend_login, testing.DEMO.smsend_password)
    client = smsend.client(testing.SMSEND_URL, auth=demo, transport=SimulatorTransport(sim))
    with pytest.raises(BadRequestError, match="path subaccount_id: must match pattern"):
        smsend.check(get_subaccount.sync_detailed(ref, client=client))
    with pytest.raises(BadRequestError, match="path subaccount_id: must match pattern"):
        smsend.check(delete_subaccount_purchase.sync_detailed(ref, 575505, client=client))
