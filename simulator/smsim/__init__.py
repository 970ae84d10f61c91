"""A stateful simulator of the smsend and Smshosting SMS gateways, driven by the specs in spec/.

Use it in-process (``SimulatorTransport(Simulator())`` as an httpx transport) or serve it on
loopback with ``python -m smsim``.
"""

from .clock import Clock
from .control import ControlError
from .faults import Fault
from .kernel import SimResponse
from .simulator import Simulator
from .transport import SimulatorTransport

__all__ = ["Clock", "ControlError", "Fault", "SimResponse", "Simulator", "SimulatorTransport"]
