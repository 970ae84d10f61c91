"""The peer users would pick instead: a pydantic v2 client of the same spec.

Its models are generated from ``spec/<api>.yaml`` by datamodel-code-generator (pinned in
``bench/requirements-peer.txt``, installed at bench time into ``bench/.cache/``, git-ignored,
and run in a subprocess); the generated modules are cached there too, keyed by the hash of the
spec, the pins and the options, and never committed.  pydantic itself is the one in the
project's environment (openapi-python-client depends on it, so it is in ``uv.lock``); the cache
directory is appended to ``sys.path`` for email-validator alone (``format: email`` fields).

The peer client is what a user of such models writes: an ``httpx.Client`` with the auth headers,
the request body built from a model (``model_dump(by_alias=True, exclude_none=True)``) and the
answer parsed with ``Model.model_validate_json(response.content)``: pydantic's fastest path.
Both sides make the same calls over the same transport (the in-process simulator, or the same
``httpx.MockTransport`` pages for pagination), alternating call by call (page by page).  The
ratio is ours ÷ pydantic, reported whichever way it falls (no target).
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from . import paging
from .gateways import (
    CALLS,
    RECIPIENT,
    Session,
    SmsendSession,
    SmshostingSession,
)
from .harness import CPU, Row, Settings, calibrate, compare, paired, per_call, seconds, skipped

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / ".cache"
REQUIREMENTS = BENCH / "requirements-peer.txt"
TOOL = CACHE / "datamodel-code-generator"
OPTIONS = [
    "--input-file-type", "openapi",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--snake-case-field",
    "--allow-population-by-field-name",
    "--target-python-version", "3.11",
    "--disable-timestamp",
    "--formatters", "builtin",
    "--enum-field-as-literal", "all",  # like this client (literal_enums: true)
]  # fmt: skip
PEER = "pydantic v2 client (datamodel-code-generator models + httpx)"


def _uv() -> str | None:
    local = ROOT / ".tools" / "bin" / "uv"
    return str(local) if local.exists() else shutil.which("uv")


def ensure_tool() -> str | None:
    """Install the pinned generator into the cache if needed; None when ready, else why not."""
    marker = TOOL / ".requirements"
    wanted = REQUIREMENTS.read_text()
    if marker.exists() and marker.read_text() == wanted:
        return None
    uv = _uv()
    if uv is None:
        return "uv is not installed"
    shutil.rmtree(TOOL, ignore_errors=True)
    print("installing datamodel-code-generator into bench/.cache (uv pip) ...", file=sys.stderr, flush=True)
    result = subprocess.run(
        [uv, "pip", "install", "--quiet", "--target", str(TOOL), "--python", sys.executable, "-r", str(REQUIREMENTS)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return f"uv pip install failed: {(result.stderr or result.stdout).strip()[-300:]}"
    marker.write_text(wanted)
    return None


def models(api: str) -> ModuleType:
    """The pydantic models of ``spec/<api>.yaml``, generated (or taken from the cache) and imported."""
    spec = ROOT / "spec" / f"{api}.yaml"
    key = hashlib.sha256(spec.read_bytes() + REQUIREMENTS.read_bytes() + " ".join(OPTIONS).encode()).hexdigest()
    path = CACHE / "peer" / f"{api}_models_{key[:16]}.py"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(".tmp")
        command = [sys.executable, "-m", "datamodel_code_generator", "--input", str(spec), "--output", str(scratch)]
        env = {"PYTHONPATH": str(TOOL), "PATH": str(Path(sys.executable).parent)}
        result = subprocess.run([*command, *OPTIONS], capture_output=True, text=True, env=env)
        if result.returncode != 0:
            raise RuntimeError(f"datamodel-code-generator failed on {spec.name}:\n{result.stderr[-2000:]}")
        scratch.rename(path)
    if str(TOOL) not in sys.path:
        sys.path.append(str(TOOL))  # after the environment's own packages: only email-validator comes from here
    name = f"bench_peer_{api}"
    if name in sys.modules:
        return sys.modules[name]
    loader = importlib.util.spec_from_file_location(name, path)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    sys.modules[name] = module
    loader.loader.exec_module(module)
    return module


# -- the same calls as bench/gateways.py, made with the pydantic models ---------------------------

Call = Callable[[int], object]


def smsend_get_subaccount(s: SmsendSession, m: ModuleType) -> Call:
    path = f"/subaccount/{s.subaccount}"

    def call(i: int) -> object:
        return m.Subaccount.model_validate_json(s.raw.get(path).raise_for_status().content)

    return call


def smsend_move_credits(s: SmsendSession, m: ModuleType) -> Call:
    path = f"/subaccount/{s.subaccount}/credit"

    def call(i: int) -> object:
        body = m.CreditMoveRequest(credits=[m.CreditMove(message_type="N", amount=1, super_to_sub=i % 2 == 0)])
        return s.raw.post(path, json=body.model_dump(mode="json", by_alias=True, exclude_none=True)).raise_for_status()

    return call


def smshosting_search_sms(s: SmshostingSession, m: ModuleType) -> Call:
    params: dict[str, str | int] = {"transactionId": s.transaction, "offset": 0, "limit": 20}

    def call(i: int) -> object:
        answer = s.raw.get("/sms/search", params=params).raise_for_status()
        return m.SentSmsSearchResponse.model_validate_json(answer.content)

    return call


def smshosting_send_sms(s: SmshostingSession, m: ModuleType) -> Call:
    def call(i: int) -> object:
        body = m.SendSmsRequest(to=RECIPIENT, text="bench", sandbox=True)
        answer = s.raw.post("/sms/send", data=body.model_dump(mode="json", by_alias=True, exclude_none=True))
        return m.SendSmsResponse.model_validate_json(answer.raise_for_status().content)

    return call


# label (as in gateways.CALLS) -> the pydantic side of that call
PEER_CALLS: dict[str, Callable[[Any, ModuleType], Call]] = {
    "smsend GET /subaccount/{id}": smsend_get_subaccount,
    "smsend POST /subaccount/{id}/credit": smsend_move_credits,
    "Smshosting GET /sms/search": smshosting_search_sms,
    "Smshosting POST /sms/send (sandbox)": smshosting_send_sms,
}


def pydantic_items(gateway: paging.Gateway) -> Iterator[int]:
    """The raw paging loop of :mod:`bench.paging`, each page parsed into the pydantic models."""
    page_model = models("smsend").SubaccountList
    client, number = gateway.raw, 1
    while True:
        response = client.get("/subaccounts", params={"pageNumber": number, "pageSize": paging.PAGE})
        page = page_model.model_validate_json(response.raise_for_status().content)
        for sub in page.subaccount:
            yield sub.id_user
        if len(page.subaccount) < paging.PAGE or number * paging.PAGE >= page.total:
            return
        number += 1


def rows(settings: Settings) -> list[Row]:
    problem = ensure_tool()
    if problem:
        return [skipped(f"Per call vs a {PEER}", "reported", problem)]
    from smsim import Simulator, SimulatorTransport

    out: list[Row] = []
    for api, (session_class, calls) in CALLS.items():
        module = models(api)
        simulator = Simulator(apis=(api,))
        for label, make in calls:
            peer_call = PEER_CALLS.get(label)
            what = f"Per call, sync, in-process: {label}, this client vs a {PEER}"
            if peer_call is None or not settings.wants(what):
                continue
            session: Session = session_class("http://127.0.0.1:8765", SimulatorTransport(simulator))
            try:
                pair = paired(make(session).typed, peer_call(session, module), CPU)
                result = compare(pair, calibrate(pair, settings.block), settings.rounds)
            finally:
                session.close()
            out.append(Row(what, per_call(result.measured), per_call(result.peer), result.ratio))
    what = f"Auto-pagination, 10,000 items, this client vs a {PEER}"
    if settings.wants(what):
        gateway = paging.Gateway(10_000)
        result = paging.compare_walks(paging.typed_items, pydantic_items, gateway, 3 if settings.quick else 7)
        out.append(Row(what, seconds(result.measured), seconds(result.peer), result.ratio))
    return out
