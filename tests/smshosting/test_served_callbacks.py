"""Against the served simulator: a delivery report arrives on its own, with no further request."""

from __future__ import annotations

import queue
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from smsgw import Smshosting
from smsim.testing import DEMO, Served


def test_delivery_report_arrives_while_the_client_is_idle(served: Served) -> None:
    reports: queue.Queue[bytes] = queue.Queue()

    class Webhook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            reports.put(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Webhook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with Smshosting(
            base_url=served.url("smshosting"), auth_key=DEMO.smshosting_key, auth_secret=DEMO.smshosting_secret
        ) as client:
            webhook = f"http://127.0.0.1:{server.server_port}/cb"
            sent = client.sms.send(to=["393401112222"], text="hi", status_callback=webhook)
        # The simulator follows real time when served: DELIVERED comes 5 s after sending, and its
        # background ticker posts the report without any further request from us.
        report = Smshosting.parse_status_callback(reports.get(timeout=20))
        assert (report.to, report.status, report.transaction_id) == ("393401112222", "DELIVERED", sent.transaction_id)
    finally:
        server.shutdown()
