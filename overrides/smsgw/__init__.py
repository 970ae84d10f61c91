"""Hand-written overrides for the generated SMS gateway clients.

Import the API module you need beside its generated client::

    from smsgw import smsend          # with smsend_client
    from smsgw import smshosting      # with smshosting_client

Shared pieces: :mod:`smsgw.errors` (one exception class per status), :mod:`smsgw.pagination`
(one paginator, two paging strategies), :mod:`smsgw.retry` (the retry policy and its numbers),
:mod:`smsgw.security` (secret redaction, https-only base URLs).
"""

from .security import install_log_filter

__version__ = "0.1.0"

# httpx logs request URLs at INFO level, and smsend's login URL carries the password.
install_log_filter()
