"""The version of the sms-gateways distribution, in one place."""

__version__ = "0.1.0"
