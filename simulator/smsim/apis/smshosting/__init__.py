"""The simulated Smshosting REST API (plugin ``smshosting`` of the entry-point group ``smsim.apis``).

Layout: :mod:`.state` (tenants and credentials), :mod:`.errors` (the ``{errorCode, errorMsg}``
body), :mod:`.handlers` (the API object: Basic auth decoded once, dispatch to the areas, clock
ticks, control plane) and one module per area of the API, each owning its state and its
handlers: :mod:`.messaging` (SMS, OTP, e-mail, inbound SMS, aliases, user, reseller) and
:mod:`.addressbook` (contacts, lists, custom fields, GDPR, fidelity cards, coupons, booking).
"""

from ...kernel import ApiFactory
from .handlers import SmshostingApi

plugin: ApiFactory = SmshostingApi

__all__ = ["SmshostingApi", "plugin"]
