from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_group_sms_request import SendGroupSmsRequest
from ...models.send_sms_result import SendSmsResult
from ...types import Response


def _get_kwargs(
    *,
    body: SendGroupSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/smstogroups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendSmsResult | None:
    if response.status_code == 200:
        response_200 = SendSmsResult.from_dict(response.json())

        return response_200

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
    body: SendGroupSmsRequest,
) -> Response[Error | SendSmsResult]:
    """Send an SMS to the contacts of one or more groups

     Like sendSms, but `recipient` names contact groups (by name, S25): the message goes
    to the phone numbers of their contacts, each number once. An unknown group name
    refuses the call. Blacklisted numbers follow `allowInvalidRecipients` (S7). Success
    is `200`, as documented (S3).

    Args:
        body (SendGroupSmsRequest): Body of sendSmsToGroups (S25).

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
    body: SendGroupSmsRequest,
) -> Error | SendSmsResult | None:
    """Send an SMS to the contacts of one or more groups

     Like sendSms, but `recipient` names contact groups (by name, S25): the message goes
    to the phone numbers of their contacts, each number once. An unknown group name
    refuses the call. Blacklisted numbers follow `allowInvalidRecipients` (S7). Success
    is `200`, as documented (S3).

    Args:
        body (SendGroupSmsRequest): Body of sendSmsToGroups (S25).

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
    body: SendGroupSmsRequest,
) -> Response[Error | SendSmsResult]:
    """Send an SMS to the contacts of one or more groups

     Like sendSms, but `recipient` names contact groups (by name, S25): the message goes
    to the phone numbers of their contacts, each number once. An unknown group name
    refuses the call. Blacklisted numbers follow `allowInvalidRecipients` (S7). Success
    is `200`, as documented (S3).

    Args:
        body (SendGroupSmsRequest): Body of sendSmsToGroups (S25).

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
    body: SendGroupSmsRequest,
) -> Error | SendSmsResult | None:
    """Send an SMS to the contacts of one or more groups

     Like sendSms, but `recipient` names contact groups (by name, S25): the message goes
    to the phone numbers of their contacts, each number once. An unknown group name
    refuses the call. Blacklisted numbers follow `allowInvalidRecipients` (S7). Success
    is `200`, as documented (S3).

    Args:
        body (SendGroupSmsRequest): Body of sendSmsToGroups (S25).

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
