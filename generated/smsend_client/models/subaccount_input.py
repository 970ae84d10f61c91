from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

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

    """

    address: str
    cell: str
    """ Mobile number. """
    city: str
    credit_eat_mode: int
    """ 0 own credits, 1 superaccount's credits, 2 own and superaccount's (D15). """
    email: str
    login: str
    """ Login username, without spaces. """
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
    password: None | str | Unset = UNSET
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
        address = self.address

        cell = self.cell

        city = self.city

        credit_eat_mode = self.credit_eat_mode

        email = self.email

        login = self.login

        name = self.name

        province = self.province

        surname = self.surname

        zip_code = self.zip_code

        fiscal_code = self.fiscal_code

        company = self.company

        company_name = self.company_name

        dfeu = self.dfeu

        fax = self.fax

        invoicing_email = self.invoicing_email

        language = self.language

        num_cell_for_test_sms = self.num_cell_for_test_sms

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        phone = self.phone

        piva = self.piva

        superaccount = self.superaccount

        use24 = self.use24

        id_subaccount_profile = self.id_subaccount_profile

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "cell": cell,
                "city": city,
                "credit-eat-mode": credit_eat_mode,
                "email": email,
                "login": login,
                "name": name,
                "province": province,
                "surname": surname,
                "zip-code": zip_code,
            }
        )
        if fiscal_code is not UNSET:
            field_dict["fiscal-code"] = fiscal_code
        if company is not UNSET:
            field_dict["company"] = company
        if company_name is not UNSET:
            field_dict["company-name"] = company_name
        if dfeu is not UNSET:
            field_dict["dfeu"] = dfeu
        if fax is not UNSET:
            field_dict["fax"] = fax
        if invoicing_email is not UNSET:
            field_dict["invoicing-email"] = invoicing_email
        if language is not UNSET:
            field_dict["language"] = language
        if num_cell_for_test_sms is not UNSET:
            field_dict["num-cell-for-test-sms"] = num_cell_for_test_sms
        if password is not UNSET:
            field_dict["password"] = password
        if phone is not UNSET:
            field_dict["phone"] = phone
        if piva is not UNSET:
            field_dict["piva"] = piva
        if superaccount is not UNSET:
            field_dict["superaccount"] = superaccount
        if use24 is not UNSET:
            field_dict["use24"] = use24
        if id_subaccount_profile is not UNSET:
            field_dict["id-subaccount-profile"] = id_subaccount_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        cell = d.pop("cell")

        city = d.pop("city")

        credit_eat_mode = d.pop("credit-eat-mode")

        email = d.pop("email")

        login = d.pop("login")

        name = d.pop("name")

        province = d.pop("province")

        surname = d.pop("surname")

        zip_code = d.pop("zip-code")

        fiscal_code = d.pop("fiscal-code", UNSET)

        company = d.pop("company", UNSET)

        company_name = d.pop("company-name", UNSET)

        dfeu = d.pop("dfeu", UNSET)

        fax = d.pop("fax", UNSET)

        invoicing_email = d.pop("invoicing-email", UNSET)

        language = d.pop("language", UNSET)

        num_cell_for_test_sms = d.pop("num-cell-for-test-sms", UNSET)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        phone = d.pop("phone", UNSET)

        piva = d.pop("piva", UNSET)

        superaccount = d.pop("superaccount", UNSET)

        use24 = d.pop("use24", UNSET)

        id_subaccount_profile = d.pop("id-subaccount-profile", UNSET)

        subaccount_input = cls(
            address=address,
            cell=cell,
            city=city,
            credit_eat_mode=credit_eat_mode,
            email=email,
            login=login,
            name=name,
            province=province,
            surname=surname,
            zip_code=zip_code,
            fiscal_code=fiscal_code,
            company=company,
            company_name=company_name,
            dfeu=dfeu,
            fax=fax,
            invoicing_email=invoicing_email,
            language=language,
            num_cell_for_test_sms=num_cell_for_test_sms,
            password=password,
            phone=phone,
            piva=piva,
            superaccount=superaccount,
            use24=use24,
            id_subaccount_profile=id_subaccount_profile,
        )

        return subaccount_input
