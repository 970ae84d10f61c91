from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_credit import AccountCredit


T = TypeVar("T", bound="Subaccount")


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
        active = self.active

        address = self.address

        cell = self.cell

        city = self.city

        credit_eat_mode = self.credit_eat_mode

        email = self.email

        id_user = self.id_user

        login = self.login

        name = self.name

        province = self.province

        surname = self.surname

        zip_code = self.zip_code

        activation_time = self.activation_time

        allowtpoavalidation = self.allowtpoavalidation

        fiscal_code: None | str | Unset
        if isinstance(self.fiscal_code, Unset):
            fiscal_code = UNSET
        else:
            fiscal_code = self.fiscal_code

        pa_code: None | str | Unset
        if isinstance(self.pa_code, Unset):
            pa_code = UNSET
        else:
            pa_code = self.pa_code

        company = self.company

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        create_time = self.create_time

        credits_sum: None | str | Unset
        if isinstance(self.credits_sum, Unset):
            credits_sum = UNSET
        else:
            credits_sum = self.credits_sum

        default_message_type = self.default_message_type

        default_nation = self.default_nation

        dfeu = self.dfeu

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        foreign = self.foreign

        invoicing_email: None | str | Unset
        if isinstance(self.invoicing_email, Unset):
            invoicing_email = UNSET
        else:
            invoicing_email = self.invoicing_email

        language = self.language

        legal_agreement_time = self.legal_agreement_time

        legal_agreement_version = self.legal_agreement_version

        max_subaccounts = self.max_subaccounts

        num_cell_for_test_sms: None | str | Unset
        if isinstance(self.num_cell_for_test_sms, Unset):
            num_cell_for_test_sms = UNSET
        else:
            num_cell_for_test_sms = self.num_cell_for_test_sms

        partner = self.partner

        partner_code: None | str | Unset
        if isinstance(self.partner_code, Unset):
            partner_code = UNSET
        else:
            partner_code = self.partner_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        piva: None | str | Unset
        if isinstance(self.piva, Unset):
            piva = UNSET
        else:
            piva = self.piva

        preferred_tpoa: None | str | Unset
        if isinstance(self.preferred_tpoa, Unset):
            preferred_tpoa = UNSET
        else:
            preferred_tpoa = self.preferred_tpoa

        private = self.private

        referral = self.referral

        shop_cart_check = self.shop_cart_check

        split_payment = self.split_payment

        subaccount = self.subaccount

        subaccount_types = self.subaccount_types

        super_account_name: None | str | Unset
        if isinstance(self.super_account_name, Unset):
            super_account_name = UNSET
        else:
            super_account_name = self.super_account_name

        superaccount = self.superaccount

        use24 = self.use24

        user_nation = self.user_nation

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "cell": cell,
                "city": city,
                "credit-eat-mode": credit_eat_mode,
                "email": email,
                "id-user": id_user,
                "login": login,
                "name": name,
                "province": province,
                "surname": surname,
                "zip-code": zip_code,
            }
        )
        if activation_time is not UNSET:
            field_dict["activation-time"] = activation_time
        if allowtpoavalidation is not UNSET:
            field_dict["allowtpoavalidation"] = allowtpoavalidation
        if fiscal_code is not UNSET:
            field_dict["fiscal-code"] = fiscal_code
        if pa_code is not UNSET:
            field_dict["pa-code"] = pa_code
        if company is not UNSET:
            field_dict["company"] = company
        if company_name is not UNSET:
            field_dict["company-name"] = company_name
        if create_time is not UNSET:
            field_dict["create-time"] = create_time
        if credits_sum is not UNSET:
            field_dict["credits-sum"] = credits_sum
        if default_message_type is not UNSET:
            field_dict["default-message-type"] = default_message_type
        if default_nation is not UNSET:
            field_dict["default-nation"] = default_nation
        if dfeu is not UNSET:
            field_dict["dfeu"] = dfeu
        if fax is not UNSET:
            field_dict["fax"] = fax
        if foreign is not UNSET:
            field_dict["foreign"] = foreign
        if invoicing_email is not UNSET:
            field_dict["invoicing-email"] = invoicing_email
        if language is not UNSET:
            field_dict["language"] = language
        if legal_agreement_time is not UNSET:
            field_dict["legal-agreement-time"] = legal_agreement_time
        if legal_agreement_version is not UNSET:
            field_dict["legalAgreementVersion"] = legal_agreement_version
        if max_subaccounts is not UNSET:
            field_dict["max-subaccounts"] = max_subaccounts
        if num_cell_for_test_sms is not UNSET:
            field_dict["num-cell-for-test-sms"] = num_cell_for_test_sms
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_code is not UNSET:
            field_dict["partner-code"] = partner_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if piva is not UNSET:
            field_dict["piva"] = piva
        if preferred_tpoa is not UNSET:
            field_dict["preferred-tpoa"] = preferred_tpoa
        if private is not UNSET:
            field_dict["private"] = private
        if referral is not UNSET:
            field_dict["referral"] = referral
        if shop_cart_check is not UNSET:
            field_dict["shop_cart_check"] = shop_cart_check
        if split_payment is not UNSET:
            field_dict["split-payment"] = split_payment
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if subaccount_types is not UNSET:
            field_dict["subaccount-types"] = subaccount_types
        if super_account_name is not UNSET:
            field_dict["super-account-name"] = super_account_name
        if superaccount is not UNSET:
            field_dict["superaccount"] = superaccount
        if use24 is not UNSET:
            field_dict["use24"] = use24
        if user_nation is not UNSET:
            field_dict["user-nation"] = user_nation
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_credit import AccountCredit  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        address = d.pop("address")

        cell = d.pop("cell")

        city = d.pop("city")

        credit_eat_mode = d.pop("credit-eat-mode")

        email = d.pop("email")

        id_user = d.pop("id-user")

        login = d.pop("login")

        name = d.pop("name")

        province = d.pop("province")

        surname = d.pop("surname")

        zip_code = d.pop("zip-code")

        activation_time = d.pop("activation-time", UNSET)

        allowtpoavalidation = d.pop("allowtpoavalidation", UNSET)

        def _parse_fiscal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fiscal_code = _parse_fiscal_code(d.pop("fiscal-code", UNSET))

        def _parse_pa_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pa_code = _parse_pa_code(d.pop("pa-code", UNSET))

        company = d.pop("company", UNSET)

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company-name", UNSET))

        create_time = d.pop("create-time", UNSET)

        def _parse_credits_sum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credits_sum = _parse_credits_sum(d.pop("credits-sum", UNSET))

        default_message_type = d.pop("default-message-type", UNSET)

        default_nation = d.pop("default-nation", UNSET)

        dfeu = d.pop("dfeu", UNSET)

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        foreign = d.pop("foreign", UNSET)

        def _parse_invoicing_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoicing_email = _parse_invoicing_email(d.pop("invoicing-email", UNSET))

        language = d.pop("language", UNSET)

        legal_agreement_time = d.pop("legal-agreement-time", UNSET)

        legal_agreement_version = d.pop("legalAgreementVersion", UNSET)

        max_subaccounts = d.pop("max-subaccounts", UNSET)

        def _parse_num_cell_for_test_sms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        num_cell_for_test_sms = _parse_num_cell_for_test_sms(d.pop("num-cell-for-test-sms", UNSET))

        partner = d.pop("partner", UNSET)

        def _parse_partner_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_code = _parse_partner_code(d.pop("partner-code", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_piva(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        piva = _parse_piva(d.pop("piva", UNSET))

        def _parse_preferred_tpoa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_tpoa = _parse_preferred_tpoa(d.pop("preferred-tpoa", UNSET))

        private = d.pop("private", UNSET)

        referral = d.pop("referral", UNSET)

        shop_cart_check = d.pop("shop_cart_check", UNSET)

        split_payment = d.pop("split-payment", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        subaccount_types = d.pop("subaccount-types", UNSET)

        def _parse_super_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        super_account_name = _parse_super_account_name(d.pop("super-account-name", UNSET))

        superaccount = d.pop("superaccount", UNSET)

        use24 = d.pop("use24", UNSET)

        user_nation = d.pop("user-nation", UNSET)

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

        credits_ = _parse_credits_(d.pop("credits", UNSET))

        subaccount = cls(
            active=active,
            address=address,
            cell=cell,
            city=city,
            credit_eat_mode=credit_eat_mode,
            email=email,
            id_user=id_user,
            login=login,
            name=name,
            province=province,
            surname=surname,
            zip_code=zip_code,
            activation_time=activation_time,
            allowtpoavalidation=allowtpoavalidation,
            fiscal_code=fiscal_code,
            pa_code=pa_code,
            company=company,
            company_name=company_name,
            create_time=create_time,
            credits_sum=credits_sum,
            default_message_type=default_message_type,
            default_nation=default_nation,
            dfeu=dfeu,
            fax=fax,
            foreign=foreign,
            invoicing_email=invoicing_email,
            language=language,
            legal_agreement_time=legal_agreement_time,
            legal_agreement_version=legal_agreement_version,
            max_subaccounts=max_subaccounts,
            num_cell_for_test_sms=num_cell_for_test_sms,
            partner=partner,
            partner_code=partner_code,
            phone=phone,
            piva=piva,
            preferred_tpoa=preferred_tpoa,
            private=private,
            referral=referral,
            shop_cart_check=shop_cart_check,
            split_payment=split_payment,
            subaccount=subaccount,
            subaccount_types=subaccount_types,
            super_account_name=super_account_name,
            superaccount=superaccount,
            use24=use24,
            user_nation=user_nation,
            credits_=credits_,
        )

        subaccount.additional_properties = d
        return subaccount

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
