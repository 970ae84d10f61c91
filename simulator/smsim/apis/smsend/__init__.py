"""The simulated smsend API (plugin ``smsend`` of the entry-point group ``smsim.apis``).

Layout: :mod:`.state` (accounts, credits, purchases, logins), :mod:`.handlers` (the API object:
authentication, one handler per operationId, control-plane actions), :mod:`.errors` (the
``{"result": "ERROR", "error": ...}`` body).
"""

from ...kernel import ApiFactory
from .handlers import SmsendApi

plugin: ApiFactory = SmsendApi

__all__ = ["SmsendApi", "plugin"]
