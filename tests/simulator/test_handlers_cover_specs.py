"""Every operation of every spec has a simulator handler: no operation answers 'not simulated'.

The APIs come from the registry (the ``smsim.apis`` entry points), the operations from each
spec: no count is written down here, so a new operation without a handler fails this test.
"""

from __future__ import annotations

from smsim import Simulator, registry


def test_every_api_of_the_registry_is_loaded() -> None:
    sim = Simulator()
    assert sorted(sim.apis) == registry.api_names() and sim.apis
    for name, api in sim.apis.items():
        assert api.name == name and api.base_path == registry.base_path(name)


def test_every_operation_is_simulated() -> None:
    for name, api in Simulator().apis.items():
        operations = set(api.spec.operations)
        assert operations, f"{name}: the spec declares no operation"
        assert operations - set(api.handlers) == set(), f"{name}: operations without a handler"
