from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_sms_request import CancelSmsRequest
from ...models.error import Error
from ...models.sent_sms import SentSms
from ...types import Response


def _get_kwargs(
    *,
    body: CancelSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/cancel",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SentSms] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SentSms.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[SentSms]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelSmsRequest,
) -> Response[Error | list[SentSms]]:
    """Cancel scheduled SMS

     Cancels SMS that were scheduled for later (`date`) and have not been sent yet,
    selected by internal id(s) or by `transactionId`; give at least one of the two. The
    answer is a plain JSON array (not an object) with the cancelled SMS, now in status
    `NOSENT`.

    Args:
        body (CancelSmsRequest): Form body of `cancelSms`. At least one of `id` and
            `transactionId` must be present (`x-one-of-required`, also stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SentSms]]
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
    body: CancelSmsRequest,
) -> Error | list[SentSms] | None:
    """Cancel scheduled SMS

     Cancels SMS that were scheduled for later (`date`) and have not been sent yet,
    selected by internal id(s) or by `transactionId`; give at least one of the two. The
    answer is a plain JSON array (not an object) with the cancelled SMS, now in status
    `NOSENT`.

    Args:
        body (CancelSmsRequest): Form body of `cancelSms`. At least one of `id` and
            `transactionId` must be present (`x-one-of-required`, also stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SentSms]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelSmsRequest,
) -> Response[Error | list[SentSms]]:
    """Cancel scheduled SMS

     Cancels SMS that were scheduled for later (`date`) and have not been sent yet,
    selected by internal id(s) or by `transactionId`; give at least one of the two. The
    answer is a plain JSON array (not an object) with the cancelled SMS, now in status
    `NOSENT`.

    Args:
        body (CancelSmsRequest): Form body of `cancelSms`. At least one of `id` and
            `transactionId` must be present (`x-one-of-required`, also stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SentSms]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CancelSmsRequest,
) -> Error | list[SentSms] | None:
    """Cancel scheduled SMS

     Cancels SMS that were scheduled for later (`date`) and have not been sent yet,
    selected by internal id(s) or by `transactionId`; give at least one of the two. The
    answer is a plain JSON array (not an object) with the cancelled SMS, now in status
    `NOSENT`.

    Args:
        body (CancelSmsRequest): Form body of `cancelSms`. At least one of `id` and
            `transactionId` must be present (`x-one-of-required`, also stated as `anyOf`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SentSms]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
