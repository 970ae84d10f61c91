"""smsend e-mail lists (subscribers, drafts, sends) and landing pages linked from SMS."""

from __future__ import annotations

import pytest
from smsend_client import Client
from smsend_client.api.contact_groups import create_group
from smsend_client.api.contacts import add_contacts
from smsend_client.api.email_lists import (
    create_email_issue,
    create_email_issue_from_template,
    create_email_list,
    list_email_lists,
    send_email_issue,
    subscribe_group_to_email_list,
    subscribe_new_contact,
    update_email_list,
)
from smsend_client.api.landing_pages import list_landing_pages
from smsend_client.api.sms import send_sms
from smsend_client.models import (
    ContactInput,
    EmailIssueFromTemplate,
    EmailIssueInput,
    EmailIssueSend,
    EmailListInput,
    EmailLists,
    EmailListUpdate,
    GroupInput,
    LandingPages,
    ListContactInput,
    SendSmsRequest,
    SendSmsResult,
)
from smsgw import smsend
from smsgw.errors import BadRequestError, NotFoundError
from smsim import Simulator
from smsim.apis.smsend import SmsendApi

from .lowlevel import connect
from .test_aliases_received import control

ANNA = "+393471234567"


@pytest.fixture
def client(sim: Simulator) -> Client:
    return connect(sim)


def new_list(client: Client, title: str = "Newsletter") -> int:
    body = EmailListInput(
        title=title,
        id_language="ita",
        email_sender="news@myshop.example",
        reply_to="info@myshop.example",
        company_name="My Shop srl",
        company_address="via Roma 1, Trento",
        company_url="https://myshop.example",
        company_phone="0461000000",
        company_fax="0461000001",
    )
    return int(smsend.created_id(create_email_list.sync_detailed(client=client, body=body)))


def draft(client: Client, list_id: int) -> int:
    body = EmailIssueInput(
        title="March", subject="News", share_social=False, text_content="hi", html_content="<p>hi</p>", attachments=[]
    )
    location = smsend.check(create_email_issue.sync_detailed(list_id, client=client, body=body)).headers["location"]
    return int(location.rsplit("/", 1)[1])


def test_lists_by_status(client: Client) -> None:
    news = new_list(client)
    old = new_list(client, "Old")
    response = smsend.check(update_email_list.sync_detailed(old, client=client, body=EmailListUpdate(status=1)))
    assert response.status_code == 204 and response.headers["location"] == f"/list/{old}"
    active = smsend.unwrap(list_email_lists.sync_detailed(client=client), EmailLists)
    assert [(x.id, x.status) for x in active.lists] == [(news, "ACTIVE")]
    both = smsend.unwrap(list_email_lists.sync_detailed(client=client, statuses="ACTIVE,ARCHIVED"), EmailLists)
    assert {x.id for x in both.lists} == {news, old}
    with pytest.raises(BadRequestError):  # an archived list takes no drafts
        draft(client, old)
    with pytest.raises(NotFoundError):
        smsend.check(update_email_list.sync_detailed(999999, client=client, body=EmailListUpdate(title="x")))


def test_subscribe_draft_and_send_to_subscribers(sim: Simulator, client: Client) -> None:
    news = new_list(client)
    group = smsend.created_id(create_group.sync_detailed(client=client, body=GroupInput(name="VIP", description="")))
    member = ContactInput.from_dict({"email": "marco@example.com", "groupIds": [group]})
    marco = smsend.created_id(add_contacts.sync_detailed(client=client, body=member))
    outsider = smsend.created_id(add_contacts.sync_detailed(client=client, body=ContactInput(email="x@example.com")))
    smsend.check(subscribe_group_to_email_list.sync_detailed(news, group, client=client, sendoptin=True))
    created = subscribe_new_contact.sync_detailed(news, client=client, body=ListContactInput(email="anna@example.com"))
    anna = smsend.created_id(created)
    issue = draft(client, news)
    when = "2026-03-03 09:00:00"
    send = EmailIssueSend(contact_ids=[anna, marco], schedule_time=when)
    smsend.check(send_email_issue.sync_detailed(news, issue, client=client, body=send))
    sent = sim.api(SmsendApi).messaging.email.issues[issue].sends
    assert sent == [((int(anna), int(marco)), when)]
    with pytest.raises(BadRequestError, match="NOT_SUBSCRIBED"):  # all or nothing
        smsend.check(
            send_email_issue.sync_detailed(
                news, issue, client=client, body=EmailIssueSend(contact_ids=[anna, outsider], schedule_time=when)
            )
        )
    with pytest.raises(BadRequestError, match="body scheduleTime: must match pattern"):  # no month 13 (D40)
        bad_time = EmailIssueSend(contact_ids=[anna], schedule_time="2026-13-45 25:00:00")
        smsend.check(send_email_issue.sync_detailed(news, issue, client=client, body=bad_time))
    with pytest.raises(BadRequestError, match="INVALID_DATE"):  # a day February lacks: a business rule
        bad_day = EmailIssueSend(contact_ids=[anna], schedule_time="2026-02-30 10:00:00")
        smsend.check(send_email_issue.sync_detailed(news, issue, client=client, body=bad_day))
    assert len(sim.api(SmsendApi).messaging.email.issues[issue].sends) == 1


def test_issue_from_template(sim: Simulator, client: Client) -> None:
    news = new_list(client)
    template = int(str(control(sim, "email-templates", {"name": "Monthly", "html": "<h1>Hi</h1>"})["id"]))
    body = EmailIssueFromTemplate(name="April", subject="April news")
    response = smsend.check(create_email_issue_from_template.sync_detailed(news, template, client=client, body=body))
    issue = int(response.headers["location"].rsplit("/", 1)[1])
    assert sim.api(SmsendApi).messaging.email.issues[issue].fields["html_content"] == "<h1>Hi</h1>"
    with pytest.raises(NotFoundError):
        smsend.check(create_email_issue_from_template.sync_detailed(news, 999999, client=client, body=body))


def test_landing_pages_and_links_in_sms(sim: Simulator, client: Client) -> None:
    assert smsend.unwrap(list_landing_pages.sync_detailed(client=client), LandingPages).landings == []
    landing = control(sim, "landings", {"name": "Spring sale", "url": "https://example.com/spring"})["id_landing"]
    pages = smsend.unwrap(list_landing_pages.sync_detailed(client=client), LandingPages)
    assert [(p.id_landing, p.name, p.url) for p in pages.landings] == [
        (landing, "Spring sale", "https://example.com/spring")
    ]
    body = SendSmsRequest.from_dict(
        {
            "message_type": "N",
            "message": "Sale: %PAGESLINK____________% more: %SHORT_LINK%",
            "recipient": [ANNA],
            "id_landing": landing,
            "short_link_url": "https://example.com/a/very/long/url",
        }
    )
    smsend.unwrap(send_sms.sync_detailed(client=client, body=body), SendSmsResult)
    _, message = sim.api(SmsendApi).messaging.outbox.sent_to(ANNA)[-1]
    assert message.text.startswith("Sale: https://example.com/spring more: https://short.example/")
    body.id_landing = 424242
    with pytest.raises(BadRequestError, match="LANDING"):
        smsend.check(send_sms.sync_detailed(client=client, body=body))
