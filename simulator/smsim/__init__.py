"""A stateful simulator of the smsend and Smshosting SMS gateways, driven by the specs in spec/.

Use it in-process (``SimulatorTransport(Simulator())`` as an httpx transport) or serve it on
loopback with ``python -m smsim``.
"""

# What the `simulator` extra brings (see pyproject.toml): without it, say which extra to install.
_EXTRA_MODULES = ("fastjsonschema", "yaml", "uvicorn", "httptools", "uvloop")

try:
    from .clock import Clock
    from .control import ControlError
    from .faults import Fault
    from .kernel import SimResponse
    from .simulator import Simulator
    from .transport import SimulatorTransport
except ModuleNotFoundError as _missing:
    if (_missing.name or "").partition(".")[0] not in _EXTRA_MODULES:
        raise
    raise ModuleNotFoundError(
        f"the simulator needs the 'simulator' extra ({_missing.name} is not installed): "
        "pip install 'sms-gateways[simulator]'",
        name=_missing.name,
    ) from None

__all__ = ["Clock", "ControlError", "Fault", "SimResponse", "Simulator", "SimulatorTransport"]
