"""The simulated smsend API (plugin ``smsend`` of the entry-point group ``smsim.apis``).

Layout: :mod:`.state` (accounts, credits, purchases, logins), :mod:`.handlers` (the API object:
authentication, one handler per operationId, control-plane actions), :mod:`.errors` (the
``{"result": "ERROR", "error": ...}`` body), :mod:`.platform` (the rest of the REST API: SMS orders and
their delivery states, 2FA, the address book, aliases, received SMS, e-mail lists, as plain state
modules plus their handlers, on the same accounts and credits as :mod:`.state`).
"""

from ...kernel import ApiFactory
from .handlers import SmsendApi

plugin: ApiFactory = SmsendApi

__all__ = ["SmsendApi", "plugin"]
