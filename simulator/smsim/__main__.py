"""Serve the simulator on loopback: ``python -m smsim [--port 8765]`` (or the ``smsim`` command).

Binds the port first (a taken port or a bad option is one line on stderr and exit 2, before
anything else is printed), then prints the base URL of every simulated API and the demo
credentials, and serves until interrupted.  It binds to loopback only: the simulator is a
development tool, not a service.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import socket
import sys
from typing import NoReturn

from .asgi import SimulatorApp
from .simulator import Simulator

DEFAULT_PORT = 8765
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line and exit 2 (argparse's own error also prints the whole usage)."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {port} (0-65535; 0 picks a free port)")
    return port


def _loopback(text: str) -> str:
    host = "127.0.0.1" if text == "localhost" else text
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise argparse.ArgumentTypeError(f"{text!r} is not a loopback address (the simulator only listens on loopback)")
    return host


def parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smsim",
        description="Serve the SMS gateway simulator on loopback (also: python -m smsim, ./scripts/serve).",
    )
    parser.add_argument("--host", type=_loopback, default="127.0.0.1", help="a loopback address (default: %(default)s)")
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help="TCP port, 0 for a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--log-level",
        type=str.lower,
        choices=LOG_LEVELS,
        default="warning",
        help="uvicorn's log level (default: %(default)s)",
    )
    return parser


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is printed; exit 2 with one line if it cannot be."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        reason = "is already in use" if error.errno in (98, 48, 10048) else f"cannot be bound ({error.strerror})"
        print(
            f"smsim: error: port {port} on {host} {reason}; choose another with --port (0: a free one)", file=sys.stderr
        )
        raise SystemExit(2) from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    host = args.host
    try:
        import uvicorn
    except ModuleNotFoundError as missing:
        print(f"smsim: error: serving needs the 'simulator' extra ({missing.name} is not installed): "
              "pip install 'sms-gateways[simulator]'", file=sys.stderr)  # fmt: skip
        return 2

    sock = bind(host, args.port)
    port = sock.getsockname()[1]
    simulator = Simulator()
    base = f"http://{host}:{port}"
    print(f"SMS gateway simulator on {base}", flush=True)
    for api in simulator.apis.values():
        print(f"  {api.name}: {base}{api.base_path}", flush=True)
        for line in api.demo_credentials():
            print(f"    {line}", flush=True)
    print(f"  control plane: {base}/_sim (POST /_sim/reset, /_sim/clock/advance, /_sim/faults)", flush=True)
    logging.basicConfig(level=args.log_level.upper() if args.log_level != "trace" else "DEBUG")
    from . import server  # needs uvicorn, checked above

    config = uvicorn.Config(
        SimulatorApp(simulator), log_level=args.log_level, access_log=False, **server.uvicorn_options(simulator)
    )  # server.uvicorn_options: loopback only, so no X-Forwarded-* rewriting either
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
