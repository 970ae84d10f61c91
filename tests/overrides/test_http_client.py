"""The overrides' httpx clients build the same request URLs as httpx, with one URL parse.

``smsgw._http._Client`` (and its async twin) merge a path relative to the base URL by parsing
``base_url + path`` once; httpx parses three times.  Whatever the path, the result must be the
URL httpx would have built (or the same error): httpx's own merge is the judge here.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from smsend_client.sdk import DEFAULT_BASE_URL as SMSEND_URL
from smsgw import _http, errors, smshosting
from smshosting_client.sdk import DEFAULT_BASE_URL as SMSHOSTING_URL
from smsim import Simulator, SimulatorTransport, testing

BASES = (
    SMSEND_URL,
    SMSHOSTING_URL,
    "https://api.smstools.it/rest/api/",
    "http://127.0.0.1:8080/rest/api",
    "https://h.test/a%20b/c",
    "https://h.test/base?x=1",  # a query on the base: httpx's merge, not the one-parse path
    "https://h.test",  # a root base URL: httpx writes it without its "/"
    "http://[::1]:8080/rest/api",
    "https://user:p%40ss@h.test/base",  # credentials: httpx's merge (no password as text)
    "https://bücher.example/api",  # an internationalised host
    "https://H.TEST:443/API/",  # case and the default port, as httpx normalises them
    "",  # no base URL: httpx's merge
)

# Paths as a caller might pass them, and adversarial ones: any text after the leading slash.
PATHS = st.one_of(
    st.text(alphabet=st.sampled_from("/abc-_.~%20?&=#:@;+!$'()*,[]{}|\\^` \té0"), max_size=24).map("/".__add__),
    st.text(max_size=16).map("/".__add__),
    st.text(max_size=16),
)


# One client of each kind per base URL, on a transport that is never called (no TLS context to
# build: merging a URL sends nothing).
NOWHERE = httpx.MockTransport(lambda request: httpx.Response(500))
OURS = {
    base: _http.sync_client("https://h.test", auth=None, read_error=smshosting.read_error, transport=NOWHERE)
    for base in BASES
}
PLAIN = {base: httpx.Client(base_url=base, transport=NOWHERE) for base in BASES}
for _base, _client in OURS.items():
    _client.base_url = httpx.URL(_base)


def outcome(client: httpx.Client, url: str) -> tuple[str, str]:
    try:
        merged = client._merge_url(url)
    except Exception as error:  # the same error is the same outcome
        return ("error", type(error).__name__)
    return (str(merged), merged.raw_path.decode("ascii"))


@pytest.mark.parametrize("base", BASES)
@settings(max_examples=400, deadline=None)
@given(url=PATHS)
@example(url="/subaccount/abc")
@example(url="/sms/search?offset=0&limit=10")
@example(url="/a?#frag")
@example(url="//evil.test/x")
@example(url="/%zz/é?q=a b")
@example(url="/./a/../b")
def test_urls_are_merged_as_httpx_merges_them(base: str, url: str) -> None:
    assert outcome(OURS[base], url) == outcome(PLAIN[base], url)


def test_a_password_in_the_base_url_is_never_held_as_text() -> None:
    client = OURS["https://user:p%40ss@h.test/base"]
    assert str(client._merge_url("/a")) == "https://user:p%40ss@h.test/base/a"
    assert "p%40ss" not in repr(vars(client)) and "p@ss" not in repr(vars(client))


def test_a_changed_base_url_is_followed() -> None:
    sim = Simulator(apis=("smshosting",))
    seen: list[str] = []

    class Recording(SimulatorTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(str(request.url))
            return super().handle_request(request)

    client = smshosting.client(
        testing.SMSHOSTING_URL,
        auth_key=testing.DEMO.smshosting_key,
        auth_secret=testing.DEMO.smshosting_secret,
        transport=Recording(sim),
    )
    http = client.get_httpx_client()
    http.get("/user")
    http.base_url = httpx.URL(testing.SMSHOSTING_URL.replace("/rest/api", "/other"))
    with pytest.raises(errors.NotFoundError):  # no API there: the simulator answers 404
        http.get("/user")
    assert seen == [testing.SMSHOSTING_URL + "/user", testing.SMSHOSTING_URL.replace("/rest/api", "/other") + "/user"]
