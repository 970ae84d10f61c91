from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_result import SendSmsResult
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendSmsResult | None:
    if response.status_code == 201:
        response_201 = SendSmsResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SendSmsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Response[Error | SendSmsResult]:
    """Send an SMS to a list of phone numbers

     Sends one text to every number in `recipient`, now or at `scheduled_delivery_time`,
    and answers with the `order_id` that names the order in later calls (state, cancel,
    history). The vendor documents `201` for this call and `200` for the other two send
    calls; both are kept (S3).

    Cost: every recipient takes one credit of `message_type` per message part: GSM-7
    text 160 characters in one part, 153 per part beyond; UCS-2 text 70 and 67 (S4).
    Without enough credits nothing is sent (`400`). A sub-account that uses its
    superaccount's credits (`credit-eat-mode` 1) draws from them (S5).

    Sender: only the high-quality type `N` takes a `sender`: a phone number or a
    registered, approved alias; leave it empty for `L` and `LL` (S6).

    Invalid or blacklisted numbers refuse the whole call unless
    `allowInvalidRecipients` is true; then they are skipped, cost nothing and show the
    statuses `UNKNRCPT` / `BLACKLISTED` (S7). An `order_id` already used by the account
    is refused, so a client that lost the answer can look the order up with
    getSmsState before trying again (S8).

    Args:
        body (SendSmsRequest): Body of sendSms; unknown fields are refused with `400` (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Error | SendSmsResult | None:
    """Send an SMS to a list of phone numbers

     Sends one text to every number in `recipient`, now or at `scheduled_delivery_time`,
    and answers with the `order_id` that names the order in later calls (state, cancel,
    history). The vendor documents `201` for this call and `200` for the other two send
    calls; both are kept (S3).

    Cost: every recipient takes one credit of `message_type` per message part: GSM-7
    text 160 characters in one part, 153 per part beyond; UCS-2 text 70 and 67 (S4).
    Without enough credits nothing is sent (`400`). A sub-account that uses its
    superaccount's credits (`credit-eat-mode` 1) draws from them (S5).

    Sender: only the high-quality type `N` takes a `sender`: a phone number or a
    registered, approved alias; leave it empty for `L` and `LL` (S6).

    Invalid or blacklisted numbers refuse the whole call unless
    `allowInvalidRecipients` is true; then they are skipped, cost nothing and show the
    statuses `UNKNRCPT` / `BLACKLISTED` (S7). An `order_id` already used by the account
    is refused, so a client that lost the answer can look the order up with
    getSmsState before trying again (S8).

    Args:
        body (SendSmsRequest): Body of sendSms; unknown fields are refused with `400` (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Response[Error | SendSmsResult]:
    """Send an SMS to a list of phone numbers

     Sends one text to every number in `recipient`, now or at `scheduled_delivery_time`,
    and answers with the `order_id` that names the order in later calls (state, cancel,
    history). The vendor documents `201` for this call and `200` for the other two send
    calls; both are kept (S3).

    Cost: every recipient takes one credit of `message_type` per message part: GSM-7
    text 160 characters in one part, 153 per part beyond; UCS-2 text 70 and 67 (S4).
    Without enough credits nothing is sent (`400`). A sub-account that uses its
    superaccount's credits (`credit-eat-mode` 1) draws from them (S5).

    Sender: only the high-quality type `N` takes a `sender`: a phone number or a
    registered, approved alias; leave it empty for `L` and `LL` (S6).

    Invalid or blacklisted numbers refuse the whole call unless
    `allowInvalidRecipients` is true; then they are skipped, cost nothing and show the
    statuses `UNKNRCPT` / `BLACKLISTED` (S7). An `order_id` already used by the account
    is refused, so a client that lost the answer can look the order up with
    getSmsState before trying again (S8).

    Args:
        body (SendSmsRequest): Body of sendSms; unknown fields are refused with `400` (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Error | SendSmsResult | None:
    """Send an SMS to a list of phone numbers

     Sends one text to every number in `recipient`, now or at `scheduled_delivery_time`,
    and answers with the `order_id` that names the order in later calls (state, cancel,
    history). The vendor documents `201` for this call and `200` for the other two send
    calls; both are kept (S3).

    Cost: every recipient takes one credit of `message_type` per message part: GSM-7
    text 160 characters in one part, 153 per part beyond; UCS-2 text 70 and 67 (S4).
    Without enough credits nothing is sent (`400`). A sub-account that uses its
    superaccount's credits (`credit-eat-mode` 1) draws from them (S5).

    Sender: only the high-quality type `N` takes a `sender`: a phone number or a
    registered, approved alias; leave it empty for `L` and `LL` (S6).

    Invalid or blacklisted numbers refuse the whole call unless
    `allowInvalidRecipients` is true; then they are skipped, cost nothing and show the
    statuses `UNKNRCPT` / `BLACKLISTED` (S7). An `order_id` already used by the account
    is refused, so a client that lost the answer can look the order up with
    getSmsState before trying again (S8).

    Args:
        body (SendSmsRequest): Body of sendSms; unknown fields are refused with `400` (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
