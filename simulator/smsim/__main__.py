"""Serve the simulator on loopback: ``python -m smsim [--port 8765]``.

Prints the base URL of every simulated API and the demo credentials, then serves until
interrupted.  It binds to loopback only: the simulator is a development tool, not a service.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys

from .asgi import SimulatorApp
from .simulator import Simulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m smsim", description="Serve the SMS gateway simulator on loopback.")
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    host = "127.0.0.1" if args.host == "localhost" else args.host
    if not ipaddress.ip_address(host).is_loopback:
        parser.error("the simulator only listens on loopback addresses")

    import uvicorn

    simulator = Simulator()
    base = f"http://{host}:{args.port}"
    print(f"SMS gateway simulator on {base}", flush=True)
    for api in simulator.apis.values():
        print(f"  {api.name}: {base}{api.base_path}", flush=True)
        for line in api.demo_credentials():
            print(f"    {line}", flush=True)
    print(f"  control plane: {base}/_sim (POST /_sim/reset, /_sim/clock/advance, /_sim/faults)", flush=True)
    logging.basicConfig(level=args.log_level.upper())
    uvicorn.run(SimulatorApp(simulator), host=host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
