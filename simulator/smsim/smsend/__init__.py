"""The simulated smsend Subaccount API (models, routes, errors)."""
