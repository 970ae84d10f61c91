"""Free-text fields the gateway trims: blank is refused by the spec (``pattern: '\\S'``), and white
space means ECMA-262's, the set the spec's ``\\S`` uses (decision S37).

The strict fuzz found the gap: a coupon-campaign title of one U+001E character is valid for the
spec (ECMA-262 white space does not include U+001C-U+001F) but was refused as blank, because the
simulator trimmed it with Python's ``str.strip``, which does.
"""

from __future__ import annotations

import pytest
from smsgw import Smshosting

from .test_addressbook_contacts import error_of, new_contact, new_group

# Python's str.isspace() calls these white space; ECMA-262 (and so the spec's \S) does not.
PYTHON_ONLY_SPACE = ["\x1c", "\x1d", "\x1e", "\x1f", "\x85"]
# White space for both: blank.
BLANK = [" ", "\t", "\u3000", "\ufeff \xa0"]


@pytest.mark.parametrize("title", PYTHON_ONLY_SPACE)
def test_a_title_of_a_character_python_calls_space_is_kept(client: Smshosting, title: str) -> None:
    created = client.coupons.create_campaign(title=title, coupon_type="D")
    assert client.coupons.get_campaign(created.id).name == title


@pytest.mark.parametrize("title", BLANK)
def test_a_blank_title_is_refused(client: Smshosting, title: str) -> None:
    assert error_of(client.coupons.create_campaign, title=title, coupon_type="D") == (400, "BAD_NAME")


@pytest.mark.parametrize("name", PYTHON_ONLY_SPACE)
def test_contact_and_list_names_of_characters_python_calls_space_are_kept(client: Smshosting, name: str) -> None:
    assert new_contact(client, name, "393480000001").name == name
    assert new_group(client, f"list {name}").name == f"list {name}"
    assert new_group(client, name).name == name


@pytest.mark.parametrize("name", BLANK)
def test_blank_contact_and_list_names_are_refused(client: Smshosting, name: str) -> None:
    assert error_of(new_contact, client, name, "393480000002") == (400, "BAD_CONTACT_NAME")
    assert error_of(new_group, client, name) == (400, "BAD_GROUP_NAME")


def test_a_list_name_has_at_most_100_characters(client: Smshosting) -> None:
    assert new_group(client, "L" * 100).name == "L" * 100
    assert error_of(new_group, client, "M" * 101) == (400, "BAD_GROUP_NAME")


def test_names_are_stored_trimmed_of_ecma_white_space_only(client: Smshosting) -> None:
    assert new_group(client, "\u3000\x1e Soci \t").name == "\x1e Soci"
    assert new_contact(client, "\xa0Anna\x1f ", "393480000003").name == "Anna\x1f"
