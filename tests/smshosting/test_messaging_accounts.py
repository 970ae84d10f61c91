"""Smshosting OTP, e-mail, aliases, user profile and reseller calls through the typed client.

Every answer goes through ``book_transport`` (conftest), which checks it against the spec.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from smsgw import smshosting
from smsgw.errors import BadRequestError, NotFoundError
from smshosting_client import Client
from smshosting_client.api.aliases import create_alias, delete_alias, list_aliases
from smshosting_client.api.contact_lists import create_group
from smshosting_client.api.contacts import create_contact
from smshosting_client.api.email import (
    get_email,
    get_email_campaign,
    get_email_template,
    list_email_campaigns,
    list_email_senders,
    list_email_templates,
    send_email,
    send_email_campaign,
)
from smshosting_client.api.otp import cancel_otp, check_otp, get_otp, send_otp
from smshosting_client.api.reseller import (
    create_subaccount,
    create_subaccount_order,
    delete_subaccount,
    get_subaccount,
    list_sms_packs,
    remove_subaccount_credit,
    search_subaccounts,
    update_subaccount,
)
from smshosting_client.api.sms import search_sms, send_sms
from smshosting_client.api.user import get_user
from smshosting_client.models import (
    Alias,
    CancelOtpRequest,
    CancelOtpResponse,
    CheckOtpResponse,
    ContactCreateInput,
    ContactGroup,
    ContactGroupInput,
    CreateAliasRequest,
    CreateSubaccountOrderRequest,
    CreateSubaccountRequest,
    EmailCampaign,
    EmailCampaignList,
    EmailMessage,
    EmailSender,
    EmailTemplate,
    EmailTemplateList,
    OtpDetail,
    SendEmailCampaignRequest,
    SendEmailCampaignResponse,
    SendEmailRequest,
    SendEmailResponse,
    SendOtpRequest,
    SendOtpResponse,
    SendSmsRequest,
    SendSmsResponse,
    SentSmsSearchResponse,
    SmsPack,
    Subaccount,
    SubaccountSearchResponse,
    UpdateSubaccountRequest,
    User,
)
from smsim import Simulator
from smsim.apis.smshosting import SmshostingApi

from ..typed import given, listed
from .conftest import BASE, DEMO_KEY

IT = "393401234567"


def error_of(call: Any, kind: type[Exception] = BadRequestError) -> str | None:
    with pytest.raises(kind) as caught:
        call()
    return getattr(caught.value, "code", None)


def user(client: Client) -> User:
    return smshosting.unwrap(get_user.sync_detailed(client=client), User)


def control(sim: Simulator, method: str, action: str, **payload: Any) -> Any:
    return sim.control.call(method, f"smshosting/{action}", payload)


# -- OTP -------------------------------------------------------------------------------------


def otp(client: Client, **extra: Any) -> str:
    body = SendOtpRequest(to=extra.pop("to", IT), text=extra.pop("text", "your code: ${verify_code}"), **extra)
    return smshosting.unwrap(send_otp.sync_detailed(client=client, body=body), SendOtpResponse).verify_id


def check(client: Client, verify_id: str, code: str, **extra: Any) -> CheckOtpResponse:
    answer = check_otp.sync_detailed(client=client, verify_id=verify_id, verify_code=code, **extra)
    return smshosting.unwrap(answer, CheckOtpResponse)


def detail(client: Client, verify_id: str) -> OtpDetail:
    return smshosting.unwrap(get_otp.sync_detailed(client=client, verify_id=verify_id), OtpDetail)


def test_otp_is_sent_charged_and_verified_once(book: Client, hosting_sim: Simulator) -> None:
    before = given(user(book).credit)
    verify_id = otp(book, code_len=6, app_id="shop")
    assert len(verify_id) == 40
    code = control(hosting_sim, "GET", "otp", auth_key=DEMO_KEY, verify_id=verify_id)["code"]
    assert len(code) == 6 and code.isdigit()
    assert user(book).credit == pytest.approx(before - 0.05)
    state = detail(book, verify_id)
    assert (state.verify_status, state.to, given(state.valid_until) - given(state.date_submit)) == (
        "PENDING",
        IT,
        300_000,
    )
    assert state.codice is smshosting_unset()  # only sandbox requests show the code
    (sms,) = smshosting.unwrap(search_sms.sync_detailed(client=book, id=state.id_sms), SentSmsSearchResponse).sms_list
    assert sms.text == f"your code: {code}"

    wrong = "000000" if code != "000000" else "111111"
    assert check(book, verify_id, wrong).verify_status == "FAILED"
    ok = check(book, verify_id, code, ip_address="192.0.2.7")
    assert (ok.verify_status, ok.id_sms) == ("VERIFIED", state.id_sms)
    assert check(book, verify_id, code).verify_status == "REUSED"
    checks = detail(book, verify_id).checks
    assert [(c.verify_code, c.verify_status) for c in listed(checks)] == [
        (wrong, "FAILED"),
        (code, "VERIFIED"),
        (code, "REUSED"),
    ]
    assert listed(checks)[1].ip_address == "192.0.2.7"
    assert detail(book, verify_id).verify_status == "VERIFIED"


def test_otp_retries_ttl_cancel_and_replacement(book: Client, hosting_sim: Simulator) -> None:
    limited = otp(book, sandbox=True, max_retry=2)
    code = detail(book, limited).codice
    assert isinstance(code, str) and len(code) == 4
    assert [check(book, limited, "99999").verify_status for _ in range(2)] == ["FAILED", "FAILED"]
    assert check(book, limited, code).verify_status == "FAILED"  # attempts used up
    assert detail(book, limited).verify_status == "FAILED"

    short = otp(book, sandbox=True, ttl=10)
    hosting_sim.advance(10)
    assert detail(book, short).verify_status == "PENDING"
    hosting_sim.advance(1)
    assert check(book, short, str(detail(book, short).codice)).verify_status == "EXPIRED"

    cancelled = otp(book, sandbox=True)
    answer = cancel_otp.sync_detailed(client=book, body=CancelOtpRequest(verify_id=cancelled, command="DELETE"))
    assert smshosting.unwrap(answer, CancelOtpResponse).command == "DELETE"
    assert check(book, cancelled, str(detail(book, cancelled).codice)).verify_status == "CANCELLED"
    again = CancelOtpRequest(verify_id=cancelled, command="DELETE")
    assert error_of(lambda: cancel_otp.sync_detailed(client=book, body=again)) == "BAD STATUS"

    first = otp(book, sandbox=True, app_id="app")
    other_app = otp(book, sandbox=True, app_id="other")
    second = otp(book, sandbox=True, app_id="app")  # replaces the first code for this number and app
    assert detail(book, first).verify_status == "EXPIRED"
    assert detail(book, other_app).verify_status == detail(book, second).verify_status == "PENDING"


def test_otp_errors(book: Client, hosting_sim: Simulator, new_tenant: Any) -> None:
    unknown = "f" * 40
    assert error_of(lambda: check(book, unknown, "1234")) == "VERIFY ID ERROR"
    assert error_of(lambda: detail(book, unknown)) == "VERIFY ID ERROR"
    body = CancelOtpRequest(verify_id=unknown, command="DELETE")
    assert error_of(lambda: cancel_otp.sync_detailed(client=book, body=body)) == "VERIFY ID ERROR"
    assert error_of(lambda: otp(book, text="no code here")) == "BAD_TEXT_PLACEHOLDER"
    assert error_of(lambda: otp(book, text="${verify_code} for ${name}")) == "BAD_TEXT_PLACEHOLDER"
    assert error_of(lambda: otp(book, text="${verify_code} 😀")) == "BAD_ENCODING"
    assert error_of(lambda: otp(book, text="${verify_code}" + "a" * 1100)) == "BAD_TEXT"
    assert error_of(lambda: otp(book, app_id="no spaces")) == "BAD_APP_ID"
    assert error_of(lambda: otp(book, to="12")) == "BAD_TO"
    # a verify_id of another tenant is unknown here
    other, _ = new_tenant("otp-other")
    mine = otp(book, sandbox=True)
    assert error_of(lambda: detail(other, mine)) == "VERIFY ID ERROR"
    # credit and anti-spam
    control(hosting_sim, "POST", "credit", auth_key=DEMO_KEY, credit=0.01)
    assert error_of(lambda: otp(book)) == "NO_CREDIT"
    control(hosting_sim, "POST", "credit", auth_key=DEMO_KEY, credit=10)
    for _ in range(10):
        otp(book, to="393409999999")
    assert error_of(lambda: otp(book, to="393409999999")) == "ANTISPAM"
    otp(book, to="393409999998")
    hosting_sim.advance(3601)
    otp(book, to="393409999999")


def smshosting_unset() -> Any:
    from smshosting_client.types import UNSET

    return UNSET


# -- e-mail ----------------------------------------------------------------------------------


def templates(client: Client, **paging: Any) -> EmailTemplateList:
    return smshosting.unwrap(list_email_templates.sync_detailed(client=client, **paging), EmailTemplateList)


def test_senders_and_templates(book: Client, new_tenant: Any) -> None:
    senders = smshosting.check(list_email_senders.sync_detailed(client=book)).parsed
    assert isinstance(senders, list) and all(isinstance(s, EmailSender) for s in senders)
    assert [(s.email, s.validation_date is not None) for s in senders] == [
        ("sender@example.com", True),
        ("unverified@example.com", False),
    ]
    listed = templates(book)
    assert listed.metadata.count == 2 and len(listed.templates) == 2
    assert templates(book, limit=1, offset=1).templates[0].id == listed.templates[1].id
    one = smshosting.unwrap(get_email_template.sync_detailed(listed.templates[0].id, client=book), EmailTemplate)
    assert one.custom_fields_key == ["f_s_nome"]
    assert error_of(lambda: get_email_template.sync_detailed(1, client=book), NotFoundError) == "TEMPLATE_NOT_EXISTS"
    other, _ = new_tenant("mail-other")
    assert error_of(lambda: get_email_template.sync_detailed(one.id, client=other), NotFoundError)


def mail(client: Client, template_id: int, to: str, **extra: Any) -> SendEmailResponse:
    body = SendEmailRequest(
        template_id=template_id,
        from_=extra.pop("from_", "sender@example.com"),
        from_name="Shop",
        to=to,
        subject=extra.pop("subject", "Hello"),
        **extra,
    )
    return smshosting.unwrap(send_email.sync_detailed(client=client, body=body), SendEmailResponse)


def test_single_emails(book: Client, hosting_sim: Simulator) -> None:
    template = templates(book).templates[0].id
    sent = mail(
        book, template, '[{"to":"clara@example.org","f_s_nome":"Clara"},{"to":"bounce@example.org"},{"to":"x"}]'
    )
    assert (sent.email_inserted, sent.email_not_inserted) == (2, 1)
    ids = [e.id for e in listed(sent.email) if e.status == "INSERTED"]

    def state(email_id: int) -> EmailMessage:
        return smshosting.unwrap(get_email.sync_detailed(email_id, client=book), EmailMessage)

    assert [state(i).status for i in ids] == ["SENT", "SENT"]
    hosting_sim.advance(5)
    assert [state(i).status for i in ids] == ["DELIVERED", "BOUNCED"]
    assert state(ids[0]).template_id == template and state(ids[0]).to == "clara@example.org"

    later = mail(book, template, "ms.green@example.org", date="2026-09-22T14:13:20+0000")
    assert state(listed(later.email)[0].id).status == "INSERTED" and state(listed(later.email)[0].id).sent_date is None
    dry = mail(book, template, "dry@example.org", sandbox=True)
    assert dry.email_inserted == 1
    assert (
        error_of(lambda: get_email.sync_detailed(listed(dry.email)[0].id, client=book), NotFoundError)
        == "CAMPAIGN_NOT_EXISTS"
    )

    assert error_of(lambda: mail(book, 1, "a@example.org")) == "BAD_TEMPLATEID"
    assert error_of(lambda: mail(book, template, "a@example.org", from_="unverified@example.com")) == "BAD_FROM"
    assert error_of(lambda: mail(book, template, "a@example.org", subject="  ")) == "BAD_SUBJECT"
    assert error_of(lambda: mail(book, template, "a@example.org", date="2020-01-01T00:00:00+0000")) == "BAD_DATE"
    many = "[" + ",".join(f'{{"to":"u{i}@example.org"}}' for i in range(51)) + "]"
    assert error_of(lambda: mail(book, template, many)) == "BAD_TO_SIZE"
    assert error_of(lambda: mail(book, template, "[]")) == "BAD_TO_SIZE"
    assert error_of(lambda: mail(book, template, "[oops")) == "GENERIC_ERROR"


def test_campaigns_go_to_address_book_groups(book: Client, hosting_sim: Simulator) -> None:
    template = templates(book).templates[1].id
    group = smshosting.unwrap(
        create_group.sync_detailed(client=book, body=ContactGroupInput(name="News")), ContactGroup
    )
    people = (("Ada", "393401111111", "ada@example.org"), ("Bob", "393401111112", "bob@example.org"))
    for name, number, email in people:
        body = ContactCreateInput(name=name, msisdn=number, email=email, groups_id=str(group.id))
        smshosting.check(create_contact.sync_detailed(client=book, body=body))
    no_email = ContactCreateInput(name="Cy", msisdn="393401111113", groups_id=str(group.id))
    smshosting.check(create_contact.sync_detailed(client=book, body=no_email))

    def campaign(**extra: Any) -> SendEmailCampaignResponse:
        body = SendEmailCampaignRequest(
            template_id=extra.pop("template_id", template),
            from_="sender@example.com",
            from_name="News",
            group=extra.pop("group", group.id),
            subject="Monthly news",
            campaign_title=extra.pop("campaign_title", "September"),
            **extra,
        )
        return smshosting.unwrap(send_email_campaign.sync_detailed(client=book, body=body), SendEmailCampaignResponse)

    dry = campaign(sandbox=True)
    assert (dry.email_inserted, dry.email_not_inserted) == (2, 0)
    assert error_of(lambda: get_email_campaign.sync_detailed(dry.campaign_id, client=book), NotFoundError)
    sent = campaign(enable_open_tracking=False)
    assert sent.email_inserted == 2
    hosting_sim.advance(5)
    found = smshosting.unwrap(get_email_campaign.sync_detailed(sent.campaign_id, client=book), EmailCampaign)
    assert (found.campaign_title, found.enable_open_tracking, found.template_id) == ("September", False, template)
    assert found.stats and (found.stats.count_email_inserted, found.stats.count_email_tot_sent) == (2, 2)
    listed = smshosting.unwrap(list_email_campaigns.sync_detailed(client=book), EmailCampaignList)
    assert [c.id for c in listed.campaign_list] == [sent.campaign_id] and listed.metadata.count == 1
    assert error_of(lambda: campaign(group=999999)) == "BAD_GROUP"
    assert error_of(lambda: campaign(template_id=1)) == "BAD_TEMPLATEID"
    assert error_of(lambda: campaign(campaign_title=" ")) == "BAD_CAMPAIGN_TITLE"
    assert error_of(lambda: get_email_campaign.sync_detailed(1, client=book), NotFoundError) == "CAMPAIGN_NOT_EXISTS"
    hosting_sim.api(SmshostingApi).messaging.store(
        hosting_sim.api(SmshostingApi).accounts.by_key[DEMO_KEY]
    ).email_quota = 1
    assert error_of(lambda: campaign()) == "NO_CREDIT"


def test_email_plan_can_be_switched_off(book: Client, hosting_sim: Simulator) -> None:
    control(hosting_sim, "POST", "plan", auth_key=DEMO_KEY, email=False)
    for call in (
        lambda: list_email_senders.sync_detailed(client=book),
        lambda: list_email_templates.sync_detailed(client=book),
        lambda: list_email_campaigns.sync_detailed(client=book),
        lambda: get_email.sync_detailed(1, client=book),
    ):
        assert error_of(call) == "PLAN_NOT_ENABLED"


# -- aliases and user ------------------------------------------------------------------------


def alias_body(alias: str = "ACMECompany", **changes: str) -> CreateAliasRequest:
    fields = {
        "alias": alias,
        "businessname": "ACME Company",
        "address": "via Roma, 1",
        "city": "Belluno",
        "postcode": "32100",
        "province": "BL",
        "country": "IT",
        "vatnumber": "01010101251",
        "email": "info@acme.example",
        "phone": "043700000",
        "taxcode": "01010101251",
        "pec": "acme@pec.example",
    }
    fields.update(changes)
    return CreateAliasRequest(**fields)


def test_aliases_become_usable_senders(book: Client, hosting_sim: Simulator, new_tenant: Any) -> None:
    created = smshosting.unwrap(create_alias.sync_detailed(client=book, body=alias_body()), Alias)
    assert created.status == "NOTVERIFIED"
    body = SendSmsRequest(text="hi", to=IT, from_="ACMECompany")
    assert smshosting.unwrap(send_sms.sync_detailed(client=book, body=body), SendSmsResponse).from_ != "ACMECompany"
    hosting_sim.advance(60)
    listed = smshosting.check(list_aliases.sync_detailed(client=book)).parsed
    assert isinstance(listed, list) and [(a.id, a.status) for a in listed] == [(created.id, "VERIFIED")]
    assert smshosting.unwrap(send_sms.sync_detailed(client=book, body=body), SendSmsResponse).from_ == "ACMECompany"
    assert user(book).sender_alias == ["ACMECompany"]
    numeric = SendSmsRequest(text="hi", to=IT, from_="+393331112222")
    assert (
        smshosting.unwrap(send_sms.sync_detailed(client=book, body=numeric), SendSmsResponse).from_ == "+393331112222"
    )

    assert (
        error_of(lambda: create_alias.sync_detailed(client=book, body=alias_body("acmecompany"))) == "DUPLICATE_ALIAS"
    )
    for field, value, code in (
        ("businessname", " ", "BAD_BUSINESSNAME"),
        ("vatnumber", "123", "BAD_VATNUMBER"),
        ("address", "", "BAD_ADDRESS"),
        ("city", "", "BAD_CITY"),
        ("postcode", "ABC", "BAD_POSTCODE"),
        ("province", "Belluno", "BAD_PROVINCE"),
        ("email", "nope", "BAD_EMAIL"),
        ("phone", "call me", "BAD_PHONE"),
        ("taxcode", "x", "BAD_TAXCODE"),
        ("pec", "nope", "BAD_PEC"),
    ):
        bad = alias_body("Other", **{field: value})
        assert error_of(lambda bad=bad: create_alias.sync_detailed(client=book, body=bad)) == code, field
    foreign = alias_body("Foreign", country="DE", vatnumber="DE123", postcode="10115", province="Berlin", taxcode="X1")
    assert smshosting.unwrap(create_alias.sync_detailed(client=book, body=foreign), Alias).country == "DE"

    other, _ = new_tenant("alias-other")
    assert smshosting.check(list_aliases.sync_detailed(client=other)).parsed == []
    assert error_of(lambda: delete_alias.sync_detailed(created.id, client=other), NotFoundError) == "ALIAS_NOT_EXISTS"
    assert smshosting.check(delete_alias.sync_detailed(created.id, client=book)).status_code == 204
    assert error_of(lambda: delete_alias.sync_detailed(created.id, client=book), NotFoundError) == "ALIAS_NOT_EXISTS"


def test_get_user_shows_credit_and_profile(book: Client, hosting_sim: Simulator) -> None:
    profile = user(book)
    assert (profile.credit, profile.italysms, profile.auth_key) == (100.0, 2000, DEMO_KEY)
    assert profile.registration_date == "2026-09-21T16:13:20+0200"
    assert profile.expiration_date == "2027-09-21T16:13:20+0200"
    assert profile.auth_secret is smshosting_unset()
    control(hosting_sim, "POST", "credit", auth_key=DEMO_KEY, credit=1.234)
    assert (user(book).credit, user(book).italysms) == (1.234, 24)


# -- reseller --------------------------------------------------------------------------------


def new_sub(client: Client, username: str = "mariorossi", **extra: Any) -> Subaccount:
    body = CreateSubaccountRequest(
        username=username,
        password="StrOngPasSwoRd1",
        name="Mario",
        lastname="Rossi",
        email="mario@example.org",
        **extra,
    )
    return smshosting.unwrap(create_subaccount.sync_detailed(client=client, body=body), Subaccount)


def order(client: Client, sub_id: int | str, **fields: Any) -> httpx.Response:
    answer = create_subaccount_order.sync_detailed(sub_id, client=client, body=CreateSubaccountOrderRequest(**fields))
    return smshosting.check(answer)  # type: ignore[return-value]


def test_subaccounts_have_their_own_credentials_and_credit(book: Client, book_transport: Any) -> None:
    sub = new_sub(book, company_type=True, businessname="Rossi Srl")
    assert sub.auth_key and sub.auth_secret and sub.auth_key != DEMO_KEY
    assert (sub.credit, sub.businessname, sub.username) == (0.0, "Rossi Srl", "mariorossi")
    sub_client = smshosting.client(
        BASE, auth_key=str(sub.auth_key), auth_secret=str(sub.auth_secret), transport=book_transport
    )
    assert user(sub_client).username == "mariorossi"
    send = SendSmsRequest(text="from the sub-account", to=IT)
    assert error_of(lambda: send_sms.sync_detailed(client=sub_client, body=send)) == "BAD_CREDIT"

    reseller_before = given(user(book).credit)
    order(book, sub.id, pack_id=1)  # 100 SMS at 0.07
    order(book, sub.id, new_pack_sms_italy=10)  # 10 SMS at the default 0.07
    order(book, sub.id, new_pack_sms_italy=10, new_pack_unit_cost_italy=0.1)
    assert user(sub_client).credit == pytest.approx(7.0 + 0.7 + 1.0)
    assert user(book).credit == pytest.approx(reseller_before - 8.7)
    assert smshosting.unwrap(send_sms.sync_detailed(client=sub_client, body=send), SendSmsResponse).sms_inserted == 1
    assert user(sub_client).credit == pytest.approx(8.65)
    # sub-accounts are not resellers
    assert error_of(lambda: new_sub(sub_client, "grandchild")) == "BAD_ACCOUNT_TYPE"
    assert error_of(lambda: list_sms_packs.sync_detailed(client=sub_client)) == "BAD_ACCOUNT_TYPE"

    # taking the credit back conserves the total
    total = given(user(book).credit) + given(user(sub_client).credit)
    assert smshosting.check(remove_subaccount_credit.sync_detailed(sub.id, client=book)).status_code == 200
    assert user(sub_client).credit == 0.0
    assert user(book).credit == pytest.approx(total)
    smshosting.check(remove_subaccount_credit.sync_detailed(sub.id, client=book))
    assert user(book).credit == pytest.approx(total)

    assert error_of(lambda: order(book, sub.id, pack_id=99)) == "BAD_PACKID"
    assert error_of(lambda: order(book, sub.id, pack_id=3)) == "NO_CREDIT"  # 500 EUR
    assert error_of(lambda: order(book, sub.id, new_pack_sms_italy=5, new_pack_unit_cost_italy=0)) == "BAD_UNITCOST"
    assert error_of(lambda: order(book, sub.id, new_pack_sms_italy=5, new_pack_unit_cost_italy=2)) == "BAD_UNITCOST"
    assert error_of(lambda: order(book, sub.id, new_pack_sms_italy=2_000_000)) == "BAD_SMS"

    # deleting the sub-account revokes its credentials
    assert smshosting.check(delete_subaccount.sync_detailed(sub.id, client=book)).status_code == 204
    with pytest.raises(Exception) as caught:
        user(sub_client)
    assert getattr(caught.value, "status_code", None) == 401
    assert error_of(lambda: get_subaccount.sync_detailed(sub.id, client=book)) == "SUBUSER_NOT_EXISTS"


def test_reseller_sees_only_its_own_subaccounts(book: Client, hosting_sim: Simulator, book_transport: Any) -> None:
    first = new_sub(book, "anna.bianchi")
    hosting_sim.advance(3600)
    second = new_sub(book, "carlo.verdi")
    packs = smshosting.check(list_sms_packs.sync_detailed(client=book)).parsed
    assert isinstance(packs, list) and all(isinstance(p, SmsPack) for p in packs)
    assert [(p.id, p.total_cost) for p in packs] == [(1, 7.0), (2, 60.0), (3, 500.0)]

    def search(**filters: Any) -> SubaccountSearchResponse:
        return smshosting.unwrap(search_subaccounts.sync_detailed(client=book, **filters), SubaccountSearchResponse)

    assert [s.id for s in search().sub_user_list] == [first.id, second.id]
    assert [s.username for s in search(query="VERDI").sub_user_list] == ["carlo.verdi"]
    assert [s.id for s in search(from_date="2026-09-21T14:30:00+0000").sub_user_list] == [second.id]
    assert [s.id for s in search(to_date="2026-09-21T14:30:00+0000").sub_user_list] == [first.id]
    assert search(limit=1, offset=1).metadata.count == 2 and search(limit=1, offset=1).sub_user_list[0].id == second.id
    walked = list(smshosting.paginate(search_subaccounts, book, "sub_user_list", limit=1))
    assert [s.id for s in walked] == [first.id, second.id]
    assert (
        smshosting.unwrap(get_subaccount.sync_detailed(first.id, client=book), Subaccount).auth_secret
        == first.auth_secret
    )

    update = UpdateSubaccountRequest(
        username="anna.b", name="Anna", lastname="Bianchi", email="anna@example.org", city="Trento"
    )
    updated = smshosting.unwrap(update_subaccount.sync_detailed(first.id, client=book, body=update), Subaccount)
    assert (updated.username, updated.city, updated.auth_key) == ("anna.b", "Trento", first.auth_key)
    taken = UpdateSubaccountRequest(username="carlo.verdi", name="A", lastname="B", email="a@example.org")
    assert error_of(lambda: update_subaccount.sync_detailed(first.id, client=book, body=taken)) == "BAD_USERNAME"
    company = UpdateSubaccountRequest(
        username="anna.b", name="A", lastname="B", email="a@example.org", company_type=True
    )
    assert error_of(lambda: update_subaccount.sync_detailed(first.id, client=book, body=company)) == "BAD_BUSINESSNAME"
    bad_mail = UpdateSubaccountRequest(username="anna.b", name="A", lastname="B", email="nope")
    assert error_of(lambda: update_subaccount.sync_detailed(first.id, client=book, body=bad_mail)) == "BAD_EMAIL"
    assert error_of(lambda: new_sub(book, "anna.b")) == "USERNAME_ALREADY_EXISTS"
    assert error_of(lambda: new_sub(book, "demo-auth-key")) == "USERNAME_ALREADY_EXISTS"
    assert error_of(lambda: new_sub(book, "someone", company_type=True)) == "BAD_BUSINESSNAME"
    assert error_of(lambda: new_sub(book, "someone", birthdate="2000-02-30T00:00:00+0000")) == "GENERIC_ERROR"

    # another reseller cannot see or touch them
    made = control(
        hosting_sim, "POST", "accounts", auth_key="reseller-2", auth_secret="reseller-2-secret", reseller=True
    )
    rival = smshosting.client(
        BASE, auth_key=made["auth_key"], auth_secret=made["auth_secret"], transport=book_transport
    )
    assert (
        smshosting.unwrap(search_subaccounts.sync_detailed(client=rival), SubaccountSearchResponse).sub_user_list == []
    )
    for call in (
        lambda: get_subaccount.sync_detailed(first.id, client=rival),
        lambda: update_subaccount.sync_detailed(first.id, client=rival, body=update),
        lambda: delete_subaccount.sync_detailed(first.id, client=rival),
        lambda: remove_subaccount_credit.sync_detailed(first.id, client=rival),
        lambda: order(rival, first.id, pack_id=1),
        lambda: get_subaccount.sync_detailed("999999", client=book),
        lambda: get_subaccount.sync_detailed(str(made["id"]), client=book),  # an account, but not a child
    ):
        assert error_of(call) == "SUBUSER_NOT_EXISTS"
    # a plain account is no reseller at all
    plain = control(hosting_sim, "POST", "accounts", auth_key="plain-1", auth_secret="plain-1-secret")
    plain_client = smshosting.client(
        BASE, auth_key=plain["auth_key"], auth_secret=plain["auth_secret"], transport=book_transport
    )
    plain_calls: list[Callable[[], object]] = [
        lambda: search_subaccounts.sync_detailed(client=plain_client),
        lambda: get_subaccount.sync_detailed(first.id, client=plain_client),
        lambda: new_sub(plain_client, "from.plain"),
    ]
    for plain_call in plain_calls:
        assert error_of(plain_call) == "BAD_ACCOUNT_TYPE"
    hosting_sim.api(SmshostingApi).accounts.by_key[DEMO_KEY].profile["resellerApi"] = False
    assert error_of(lambda: list_sms_packs.sync_detailed(client=book)) == "BAD_ACCOUNT_PERMISSION"


def test_basic_auth_is_required(book: Client, hosting_sim: Simulator) -> None:
    from smsim import SimulatorTransport

    raw = httpx.Client(transport=SimulatorTransport(hosting_sim), base_url=BASE)
    assert raw.get("/user").status_code == 401
    wrong = base64.b64encode(b"demo-auth-key:wrong").decode()
    assert raw.get("/user", headers={"Authorization": f"Basic {wrong}"}).json()["errorMsg"] == "BAD_CREDENTIALS"
