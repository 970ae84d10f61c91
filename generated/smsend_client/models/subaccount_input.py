from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountInput")


@_attrs_define
class SubaccountInput:
    """Body of createSubaccount and updateSubaccount (a full replacement on edit, D9).
    Required fields follow the documented table. `company-name` and `piva` are also
    required when `company` is true (the default); the server enforces that with `400`
    (D17). `fiscal-code` is accepted because every sample sends it (D17). Unknown
    fields are rejected with `400` (D23). Only the boolean fields declare their
    documented defaults; empty-string defaults are described, not declared (D29).
    The company rule is also stated as `anyOf` (D33).

    """

    address: str
    cell: str
    """ Mobile number. """
    city: str
    credit_eat_mode: int
    """ 0 own credits, 1 superaccount's credits, 2 own and superaccount's (D15). """
    email: str
    login: str
    """ Login username: ASCII letters, digits and `. _ @ -`, with at least one letter.
    Every such login can be written in a path as `{subaccount_id}`, and none can be
    mistaken for a numeric id; look-alike logins (fullwidth letters, accents, other
    scripts, invisible characters) are refused rather than normalised (D32).
     """
    name: str
    """ Owner's first name. """
    province: str
    surname: str
    """ Owner's last name. """
    zip_code: str
    fiscal_code: str | Unset = UNSET
    """ Fiscal code; sent by the samples but missing from the field table (D17). """
    company: bool | Unset = True
    """ Whether the sub-account is a company (default true). """
    company_name: str | Unset = UNSET
    """ Company name; required when `company` is true (D17). """
    dfeu: bool | Unset = True
    """ Show dates in European format. """
    fax: str | Unset = UNSET
    """ Fax number; empty when omitted. """
    invoicing_email: str | Unset = UNSET
    """ When set, invoices go to this address instead of `email`. """
    language: str | Unset = UNSET
    """ Language code such as `ita`; defaults to the superaccount's language. """
    num_cell_for_test_sms: str | Unset = UNSET
    """ Number that receives test messages; empty when omitted. """
    password: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    """ 8 to 16 characters. On create, null or omitted means the server generates a
    password that it never returns (D19). On edit, null or omitted keeps the current
    password (D9).
     """
    phone: str | Unset = UNSET
    """ Landline number; empty when omitted. """
    piva: str | Unset = UNSET
    """ VAT number; required when `company` is true (D17). """
    superaccount: bool | Unset = False
    """ Whether the sub-account may create its own sub-accounts. """
    use24: bool | Unset = True
    """ Show times in 24-hour format. """
    id_subaccount_profile: int | Unset = UNSET
    """ Profile that narrows the features available to the sub-account (e.g. only some
    message types); the default profile when omitted (D17).
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "address": self.address,
            "cell": self.cell,
            "city": self.city,
            "credit-eat-mode": self.credit_eat_mode,
            "email": self.email,
            "login": self.login,
            "name": self.name,
            "province": self.province,
            "surname": self.surname,
            "zip-code": self.zip_code,
        }
        if self.fiscal_code is not UNSET:
            field_dict["fiscal-code"] = self.fiscal_code
        if self.company is not UNSET:
            field_dict["company"] = self.company
        if self.company_name is not UNSET:
            field_dict["company-name"] = self.company_name
        if self.dfeu is not UNSET:
            field_dict["dfeu"] = self.dfeu
        if self.fax is not UNSET:
            field_dict["fax"] = self.fax
        if self.invoicing_email is not UNSET:
            field_dict["invoicing-email"] = self.invoicing_email
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.num_cell_for_test_sms is not UNSET:
            field_dict["num-cell-for-test-sms"] = self.num_cell_for_test_sms
        if self.password is not UNSET:
            field_dict["password"] = self.password
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.piva is not UNSET:
            field_dict["piva"] = self.piva
        if self.superaccount is not UNSET:
            field_dict["superaccount"] = self.superaccount
        if self.use24 is not UNSET:
            field_dict["use24"] = self.use24
        if self.id_subaccount_profile is not UNSET:
            field_dict["id-subaccount-profile"] = self.id_subaccount_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        obj.address = src_dict["address"]
        obj.cell = src_dict["cell"]
        obj.city = src_dict["city"]
        obj.credit_eat_mode = src_dict["credit-eat-mode"]
        obj.email = src_dict["email"]
        obj.login = src_dict["login"]
        obj.name = src_dict["name"]
        obj.province = src_dict["province"]
        obj.surname = src_dict["surname"]
        obj.zip_code = src_dict["zip-code"]
        if "fiscal-code" in src_dict:
            obj.fiscal_code = src_dict["fiscal-code"]
        else:
            obj.fiscal_code = UNSET
        if "company" in src_dict:
            obj.company = src_dict["company"]
        else:
            obj.company = UNSET
        if "company-name" in src_dict:
            obj.company_name = src_dict["company-name"]
        else:
            obj.company_name = UNSET
        if "dfeu" in src_dict:
            obj.dfeu = src_dict["dfeu"]
        else:
            obj.dfeu = UNSET
        if "fax" in src_dict:
            obj.fax = src_dict["fax"]
        else:
            obj.fax = UNSET
        if "invoicing-email" in src_dict:
            obj.invoicing_email = src_dict["invoicing-email"]
        else:
            obj.invoicing_email = UNSET
        if "language" in src_dict:
            obj.language = src_dict["language"]
        else:
            obj.language = UNSET
        if "num-cell-for-test-sms" in src_dict:
            obj.num_cell_for_test_sms = src_dict["num-cell-for-test-sms"]
        else:
            obj.num_cell_for_test_sms = UNSET
        if "password" in src_dict:
            obj.password = src_dict["password"]
        else:
            obj.password = UNSET
        if "phone" in src_dict:
            obj.phone = src_dict["phone"]
        else:
            obj.phone = UNSET
        if "piva" in src_dict:
            obj.piva = src_dict["piva"]
        else:
            obj.piva = UNSET
        if "superaccount" in src_dict:
            obj.superaccount = src_dict["superaccount"]
        else:
            obj.superaccount = UNSET
        if "use24" in src_dict:
            obj.use24 = src_dict["use24"]
        else:
            obj.use24 = UNSET
        if "id-subaccount-profile" in src_dict:
            obj.id_subaccount_profile = src_dict["id-subaccount-profile"]
        else:
            obj.id_subaccount_profile = UNSET
        return obj
