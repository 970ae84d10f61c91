"""The smsend messaging platform as plain Python state, independent of HTTP.

These modules hold the rules of the simulated smsend platform beyond the Subaccount API:
what a message costs (:mod:`.messages`), what happens to an SMS order over time and how the
history is paged (:mod:`.orders`), and two-factor PINs (:mod:`.twofa`).  They take the time as
an argument (seconds since the epoch, from the simulator's clock) and an account's credit
wallet as a ``dict`` of message type to credits, the same dictionary the Subaccount API's
credit moves change, so sends and credit moves share one model and conserve totals.

Every rule answers a violation with :class:`~smsim.kernel.ApiError` (the API's 4xx body); none of
them reads a clock or a global.
"""
