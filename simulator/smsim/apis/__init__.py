"""The simulated APIs, one plugin package each, listed in the entry-point group ``smsim.apis``."""
