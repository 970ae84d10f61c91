"""The simulated Smshosting REST API.

Layout: :mod:`.accounts` (tenants and credentials), :mod:`.errors` (the ``{errorCode,
errorMsg}`` body), :mod:`.api` (auth, dispatch, clock ticks, control plane) and one module per
area of the API, each owning its state and its handlers: :mod:`.messaging` (SMS, OTP, e-mail,
inbound SMS, aliases, user, reseller) and :mod:`.addressbook` (contacts, lists, custom fields,
GDPR, fidelity cards, coupons, booking).
"""
