"""The pytest plugin for app developers (``pytest_smsim``, entry point ``pytest11``), run the way
an app's suite runs it: in a separate pytest process (pytester), found through the entry point."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ..test_readme import TEST_EXAMPLES

pytest_plugins = ["pytester"]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_example_apps_tests_pass_with_the_plugins_fixtures(pytester: pytest.Pytester) -> None:
    for name in ("smsend_app.py", "smshosting_app.py", "test_apps.py"):
        shutil.copy(EXAMPLES / name, pytester.path / name)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=7)


def test_the_readme_example_tests_pass(pytester: pytest.Pytester) -> None:
    (block,) = TEST_EXAMPLES
    pytester.makepyfile(test_readme_example=block)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=len(re.findall(r"^def test_", block, flags=re.M)))


def test_a_suite_that_uses_no_fixture_never_imports_the_simulator(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_unrelated="""
        import sys

        def test_nothing_loaded(request):
            assert request.config.pluginmanager.has_plugin("smsim")  # loaded through the entry point
            assert not {"smsim", "smsgw"} & set(sys.modules)
        """
    )
    pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:anyio").assert_outcomes(passed=1)


def test_without_the_simulator_extra_only_the_fixture_users_fail_naming_the_extra(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import sys

        sys.modules["fastjsonschema"] = None  # as if the `simulator` extra were not installed
        """
    )
    pytester.makepyfile(
        test_app="""
        def test_unrelated():
            assert True

        def test_uses_the_simulator(smsim_simulator):
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*the simulator needs the 'simulator' extra*sms-gateways[[]simulator[]]*"])


def test_the_plugin_can_be_turned_off(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_app="""
        def test_uses_the_simulator(smsim_simulator):
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:smsim")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'smsim_simulator' not found*"])
