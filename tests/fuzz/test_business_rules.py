"""The strict profile's list of business rules names real operations and codes the simulator answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .business_rules import BUSINESS_RULES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("api", sorted(BUSINESS_RULES))
def test_every_listed_rule_is_an_operation_and_a_code_of_the_simulator(api: str) -> None:
    spec = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text(encoding="utf-8"))
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}
    source = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "simulator" / "smsim").rglob("*.py"))
    for operation, rules in BUSINESS_RULES[api].items():
        assert operation in operations, operation
        for code, reason in rules.items():
            assert f'"{code}"' in source, f"{operation}: the simulator never answers {code}"
            assert len(reason) > 20, f"{operation} {code}: say why no schema can state this rule"
