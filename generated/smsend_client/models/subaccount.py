from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subaccount")

# The JSON names of the declared properties: any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    (
        "active",
        "address",
        "cell",
        "city",
        "credit-eat-mode",
        "email",
        "id-user",
        "login",
        "name",
        "province",
        "surname",
        "zip-code",
        "activation-time",
        "allowtpoavalidation",
        "fiscal-code",
        "pa-code",
        "company",
        "company-name",
        "create-time",
        "credits-sum",
        "default-message-type",
        "default-nation",
        "dfeu",
        "fax",
        "foreign",
        "invoicing-email",
        "language",
        "legal-agreement-time",
        "legalAgreementVersion",
        "max-subaccounts",
        "num-cell-for-test-sms",
        "partner",
        "partner-code",
        "phone",
        "piva",
        "preferred-tpoa",
        "private",
        "referral",
        "shop_cart_check",
        "split-payment",
        "subaccount",
        "subaccount-types",
        "super-account-name",
        "superaccount",
        "use24",
        "user-nation",
        "credits",
    )
)


@_attrs_define
class Subaccount:
    """A sub-account as returned by getSubaccount and listSubaccounts. Property names
    are verbatim, including the mixed naming styles (D18). Only the fields that
    creation requires plus `id-user` and `active` are marked required; the rest are
    optional and those that can be empty are nullable (D25).

    """

    active: bool
    """ False while the sub-account is locked (see updateSubaccount, D9). """
    address: str
    cell: str
    """ Mobile number. """
    city: str
    credit_eat_mode: int
    """ Whose credit is used; 0 own, 1 superaccount's, 2 own and superaccount's. """
    email: str
    id_user: int
    """ Numeric sub-account id; usable as `{subaccount_id}` (D7). """
    login: str
    """ Login username; usable as `{subaccount_id}` (D7). """
    name: str
    province: str
    surname: str
    zip_code: str
    activation_time: str | Unset = UNSET
    """ Activation date, `yyyyMMdd` (D11). """
    allowtpoavalidation: bool | Unset = UNSET
    """ Undocumented flag, name kept verbatim (D18). """
    fiscal_code: None | str | Unset = UNSET
    """ Fiscal code (codice fiscale). """
    pa_code: None | str | Unset = UNSET
    """ Undocumented; null in the samples. """
    company: bool | Unset = UNSET
    company_name: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    """ Creation date, `yyyyMMdd` (D11). """
    credits_sum: None | str | Unset = UNSET
    """ Euro amount already formatted for display, comma as decimal separator
    (e.g. `€ 0,000`). Filled only when `credit-eat-mode` is 2 (D11, D15).
     """
    default_message_type: str | Unset = UNSET
    """ Default message type code (e.g. `L`); plain string, see D10. """
    default_nation: str | Unset = UNSET
    """ Default country code (e.g. `ita`). """
    dfeu: bool | Unset = UNSET
    """ Dates shown in European format. """
    fax: None | str | Unset = UNSET
    foreign: bool | Unset = UNSET
    invoicing_email: None | str | Unset = UNSET
    language: str | Unset = UNSET
    """ Language code (e.g. `ita`). """
    legal_agreement_time: str | Unset = UNSET
    """ Date the legal agreement was accepted, `yyyyMMdd` (D11). """
    legal_agreement_version: int | Unset = UNSET
    """ camelCase in the API (D18). """
    max_subaccounts: int | Unset = UNSET
    """ Maximum number of own sub-accounts; the samples show -1. """
    num_cell_for_test_sms: None | str | Unset = UNSET
    partner: bool | Unset = UNSET
    partner_code: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    piva: None | str | Unset = UNSET
    """ VAT number (partita IVA). """
    preferred_tpoa: None | str | Unset = UNSET
    """ Preferred sender (TPOA). """
    private: bool | Unset = UNSET
    referral: bool | Unset = UNSET
    shop_cart_check: bool | Unset = UNSET
    """ snake_case in the API (D18). """
    split_payment: bool | Unset = UNSET
    subaccount: bool | Unset = UNSET
    """ True for a sub-account. """
    subaccount_types: int | Unset = UNSET
    super_account_name: None | str | Unset = UNSET
    superaccount: bool | Unset = UNSET
    """ Whether this sub-account may create its own sub-accounts. """
    use24: bool | Unset = UNSET
    """ Times shown in 24-hour format. """
    user_nation: str | Unset = UNSET
    credits_: list[AccountCredit] | None | Unset = UNSET
    """ Credits per message type, `{id, qty}` entries (D10). Filled only when
    `credit-eat-mode` is 2 (D15).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_: list[dict[str, Any]] | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        elif isinstance(self.credits_, list):
            credits_ = []
            for credits_type_0_item_data in self.credits_:
                credits_type_0_item = credits_type_0_item_data.to_dict()
                credits_.append(credits_type_0_item)

        else:
            credits_ = self.credits_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "active": self.active,
            "address": self.address,
            "cell": self.cell,
            "city": self.city,
            "credit-eat-mode": self.credit_eat_mode,
            "email": self.email,
            "id-user": self.id_user,
            "login": self.login,
            "name": self.name,
            "province": self.province,
            "surname": self.surname,
            "zip-code": self.zip_code,
        }
        if self.activation_time is not UNSET:
            field_dict["activation-time"] = self.activation_time
        if self.allowtpoavalidation is not UNSET:
            field_dict["allowtpoavalidation"] = self.allowtpoavalidation
        if self.fiscal_code is not UNSET:
            field_dict["fiscal-code"] = self.fiscal_code
        if self.pa_code is not UNSET:
            field_dict["pa-code"] = self.pa_code
        if self.company is not UNSET:
            field_dict["company"] = self.company
        if self.company_name is not UNSET:
            field_dict["company-name"] = self.company_name
        if self.create_time is not UNSET:
            field_dict["create-time"] = self.create_time
        if self.credits_sum is not UNSET:
            field_dict["credits-sum"] = self.credits_sum
        if self.default_message_type is not UNSET:
            field_dict["default-message-type"] = self.default_message_type
        if self.default_nation is not UNSET:
            field_dict["default-nation"] = self.default_nation
        if self.dfeu is not UNSET:
            field_dict["dfeu"] = self.dfeu
        if self.fax is not UNSET:
            field_dict["fax"] = self.fax
        if self.foreign is not UNSET:
            field_dict["foreign"] = self.foreign
        if self.invoicing_email is not UNSET:
            field_dict["invoicing-email"] = self.invoicing_email
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.legal_agreement_time is not UNSET:
            field_dict["legal-agreement-time"] = self.legal_agreement_time
        if self.legal_agreement_version is not UNSET:
            field_dict["legalAgreementVersion"] = self.legal_agreement_version
        if self.max_subaccounts is not UNSET:
            field_dict["max-subaccounts"] = self.max_subaccounts
        if self.num_cell_for_test_sms is not UNSET:
            field_dict["num-cell-for-test-sms"] = self.num_cell_for_test_sms
        if self.partner is not UNSET:
            field_dict["partner"] = self.partner
        if self.partner_code is not UNSET:
            field_dict["partner-code"] = self.partner_code
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.piva is not UNSET:
            field_dict["piva"] = self.piva
        if self.preferred_tpoa is not UNSET:
            field_dict["preferred-tpoa"] = self.preferred_tpoa
        if self.private is not UNSET:
            field_dict["private"] = self.private
        if self.referral is not UNSET:
            field_dict["referral"] = self.referral
        if self.shop_cart_check is not UNSET:
            field_dict["shop_cart_check"] = self.shop_cart_check
        if self.split_payment is not UNSET:
            field_dict["split-payment"] = self.split_payment
        if self.subaccount is not UNSET:
            field_dict["subaccount"] = self.subaccount
        if self.subaccount_types is not UNSET:
            field_dict["subaccount-types"] = self.subaccount_types
        if self.super_account_name is not UNSET:
            field_dict["super-account-name"] = self.super_account_name
        if self.superaccount is not UNSET:
            field_dict["superaccount"] = self.superaccount
        if self.use24 is not UNSET:
            field_dict["use24"] = self.use24
        if self.user_nation is not UNSET:
            field_dict["user-nation"] = self.user_nation
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        known = 12  # declared keys present
        obj.active = src_dict["active"]
        obj.address = src_dict["address"]
        obj.cell = src_dict["cell"]
        obj.city = src_dict["city"]
        obj.credit_eat_mode = src_dict["credit-eat-mode"]
        obj.email = src_dict["email"]
        obj.id_user = src_dict["id-user"]
        obj.login = src_dict["login"]
        obj.name = src_dict["name"]
        obj.province = src_dict["province"]
        obj.surname = src_dict["surname"]
        obj.zip_code = src_dict["zip-code"]
        if "activation-time" in src_dict:
            obj.activation_time = src_dict["activation-time"]
            known += 1
        else:
            obj.activation_time = UNSET
        if "allowtpoavalidation" in src_dict:
            obj.allowtpoavalidation = src_dict["allowtpoavalidation"]
            known += 1
        else:
            obj.allowtpoavalidation = UNSET
        if "fiscal-code" in src_dict:
            obj.fiscal_code = src_dict["fiscal-code"]
            known += 1
        else:
            obj.fiscal_code = UNSET
        if "pa-code" in src_dict:
            obj.pa_code = src_dict["pa-code"]
            known += 1
        else:
            obj.pa_code = UNSET
        if "company" in src_dict:
            obj.company = src_dict["company"]
            known += 1
        else:
            obj.company = UNSET
        if "company-name" in src_dict:
            obj.company_name = src_dict["company-name"]
            known += 1
        else:
            obj.company_name = UNSET
        if "create-time" in src_dict:
            obj.create_time = src_dict["create-time"]
            known += 1
        else:
            obj.create_time = UNSET
        if "credits-sum" in src_dict:
            obj.credits_sum = src_dict["credits-sum"]
            known += 1
        else:
            obj.credits_sum = UNSET
        if "default-message-type" in src_dict:
            obj.default_message_type = src_dict["default-message-type"]
            known += 1
        else:
            obj.default_message_type = UNSET
        if "default-nation" in src_dict:
            obj.default_nation = src_dict["default-nation"]
            known += 1
        else:
            obj.default_nation = UNSET
        if "dfeu" in src_dict:
            obj.dfeu = src_dict["dfeu"]
            known += 1
        else:
            obj.dfeu = UNSET
        if "fax" in src_dict:
            obj.fax = src_dict["fax"]
            known += 1
        else:
            obj.fax = UNSET
        if "foreign" in src_dict:
            obj.foreign = src_dict["foreign"]
            known += 1
        else:
            obj.foreign = UNSET
        if "invoicing-email" in src_dict:
            obj.invoicing_email = src_dict["invoicing-email"]
            known += 1
        else:
            obj.invoicing_email = UNSET
        if "language" in src_dict:
            obj.language = src_dict["language"]
            known += 1
        else:
            obj.language = UNSET
        if "legal-agreement-time" in src_dict:
            obj.legal_agreement_time = src_dict["legal-agreement-time"]
            known += 1
        else:
            obj.legal_agreement_time = UNSET
        if "legalAgreementVersion" in src_dict:
            obj.legal_agreement_version = src_dict["legalAgreementVersion"]
            known += 1
        else:
            obj.legal_agreement_version = UNSET
        if "max-subaccounts" in src_dict:
            obj.max_subaccounts = src_dict["max-subaccounts"]
            known += 1
        else:
            obj.max_subaccounts = UNSET
        if "num-cell-for-test-sms" in src_dict:
            obj.num_cell_for_test_sms = src_dict["num-cell-for-test-sms"]
            known += 1
        else:
            obj.num_cell_for_test_sms = UNSET
        if "partner" in src_dict:
            obj.partner = src_dict["partner"]
            known += 1
        else:
            obj.partner = UNSET
        if "partner-code" in src_dict:
            obj.partner_code = src_dict["partner-code"]
            known += 1
        else:
            obj.partner_code = UNSET
        if "phone" in src_dict:
            obj.phone = src_dict["phone"]
            known += 1
        else:
            obj.phone = UNSET
        if "piva" in src_dict:
            obj.piva = src_dict["piva"]
            known += 1
        else:
            obj.piva = UNSET
        if "preferred-tpoa" in src_dict:
            obj.preferred_tpoa = src_dict["preferred-tpoa"]
            known += 1
        else:
            obj.preferred_tpoa = UNSET
        if "private" in src_dict:
            obj.private = src_dict["private"]
            known += 1
        else:
            obj.private = UNSET
        if "referral" in src_dict:
            obj.referral = src_dict["referral"]
            known += 1
        else:
            obj.referral = UNSET
        if "shop_cart_check" in src_dict:
            obj.shop_cart_check = src_dict["shop_cart_check"]
            known += 1
        else:
            obj.shop_cart_check = UNSET
        if "split-payment" in src_dict:
            obj.split_payment = src_dict["split-payment"]
            known += 1
        else:
            obj.split_payment = UNSET
        if "subaccount" in src_dict:
            obj.subaccount = src_dict["subaccount"]
            known += 1
        else:
            obj.subaccount = UNSET
        if "subaccount-types" in src_dict:
            obj.subaccount_types = src_dict["subaccount-types"]
            known += 1
        else:
            obj.subaccount_types = UNSET
        if "super-account-name" in src_dict:
            obj.super_account_name = src_dict["super-account-name"]
            known += 1
        else:
            obj.super_account_name = UNSET
        if "superaccount" in src_dict:
            obj.superaccount = src_dict["superaccount"]
            known += 1
        else:
            obj.superaccount = UNSET
        if "use24" in src_dict:
            obj.use24 = src_dict["use24"]
            known += 1
        else:
            obj.use24 = UNSET
        if "user-nation" in src_dict:
            obj.user_nation = src_dict["user-nation"]
            known += 1
        else:
            obj.user_nation = UNSET
        if "credits" in src_dict:
            _credits__given = src_dict["credits"]

            def _parse_credits_(data: object) -> list[AccountCredit] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    credits_type_0 = []
                    _credits_type_0 = data
                    for credits_type_0_item_data in _credits_type_0:
                        credits_type_0_item = AccountCredit.from_dict(credits_type_0_item_data)

                        credits_type_0.append(credits_type_0_item)

                    return credits_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AccountCredit] | None | Unset, data)

            credits_ = _parse_credits_(_credits__given)

            obj.credits_ = credits_
            known += 1
        else:
            obj.credits_ = UNSET
        if len(src_dict) == known:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KEYS
            }
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.account_credit import AccountCredit  # noqa: E402
