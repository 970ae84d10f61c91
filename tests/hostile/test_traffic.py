"""Fifty threads of mixed traffic, good and hostile, against the served simulator.

Afterwards: no answer was a 5xx, the credits of smsend are conserved (superaccount plus
subaccounts add up to what the demo account started with), every send is accounted for by the
Smshosting credit, and every listing still answers.
"""

from __future__ import annotations

import random
import threading

import httpx

from ..conftest import Served
from .conftest import _record
from .support import HOSTING_AUTH, SMSEND, SMSHOSTING, assert_listings_ok, create_subaccount, created_id, smsend_headers

THREADS = 50
ROUNDS = 12


def test_fifty_threads_of_mixed_traffic(served: Served, client: httpx.Client) -> None:
    headers = smsend_headers(client)
    subs = [created_id(create_subaccount(client, headers, f"traffic{n}")) for n in range(5)]
    start_total = client.get("/_sim/smsend/credits").json()["total"]
    start_credit = client.get(f"{SMSHOSTING}/user", auth=HOSTING_AUTH).json()
    statuses: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        mine: list[int] = []
        with httpx.Client(base_url=served.base, timeout=60, event_hooks={"response": [_record]}) as http:
            for _ in range(ROUNDS):
                sub = rng.choice(subs)
                kind = rng.randrange(8)
                if kind == 0:  # move credits back and forth
                    amount = rng.randint(1, 20)
                    answer = http.post(
                        f"{SMSEND}/subaccount/{sub}/credit",
                        headers=headers,
                        json={"credits": [{"message-type": "N", "amount": amount, "super-to-sub": rng.random() < 0.6}]},
                    )
                elif kind == 1:  # too much: refused, nothing moves
                    answer = http.post(
                        f"{SMSEND}/subaccount/{sub}/credit",
                        headers=headers,
                        json={"credits": [{"message-type": "N", "amount": 10**9, "super-to-sub": True}]},
                    )
                elif kind == 2:
                    answer = http.get(f"{SMSEND}/subaccounts", headers=headers, params={"pageSize": 100})
                elif kind == 3:  # garbage body
                    answer = http.post(
                        f"{SMSEND}/subaccount",
                        headers={**headers, "content-type": "application/json"},
                        content=bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))),
                    )
                elif kind == 4:
                    answer = http.post(
                        f"{SMSHOSTING}/sms/send",
                        auth=HOSTING_AUTH,
                        data={
                            "to": "39348" + "".join(rng.choice("0123456789") for _ in range(7)),
                            "text": "hi",
                            "sandbox": "true",
                        },
                    )
                elif kind == 5:
                    answer = http.post(
                        f"{SMSHOSTING}/sms/estimate", auth=HOSTING_AUTH, data={"group": "²", "text": "hi"}
                    )
                elif kind == 6:
                    answer = http.get(f"{SMSEND}/subaccount/{sub}/credit", headers=headers)
                else:
                    answer = http.get(
                        f"{SMSHOSTING}/sms/search", auth=HOSTING_AUTH, params={"status": "DELIVERED", "limit": "x"}
                    )
                mine.append(answer.status_code)
        with lock:
            statuses.extend(mine)

    def guarded(seed: int) -> None:
        try:
            worker(seed)
        except BaseException as error:  # reported below, with the thread's seed
            with lock:
                errors.append(error)

    threads = [threading.Thread(target=guarded, args=(seed,)) for seed in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(statuses) == THREADS * ROUNDS
    assert [s for s in statuses if s >= 500] == []
    assert client.get("/_sim/smsend/credits").json()["total"] == start_total
    # sandbox sends cost nothing: the Smshosting credit did not move either
    assert client.get(f"{SMSHOSTING}/user", auth=HOSTING_AUTH).json() == start_credit
    assert_listings_ok(client)
