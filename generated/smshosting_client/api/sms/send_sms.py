from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/send",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse.from_dict(response.json())

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
) -> Response[Error | SendSmsResponse]:
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
) -> Response[Error | SendSmsResponse]:
    """Send an SMS to up to 1000 recipients

     Sends one message text, synchronously, to up to 1000 mobile numbers and/or to the
    members of one or more address-book groups. The answer lists every SMS created with
    its internal id. The send can be scheduled (`date`), simulated (`sandbox=true`) and
    personalised with `${property}` placeholders filled from a JSON-array `to`.

    Give at least one of `to` and `group` (`x-one-of-required` on the body schema).
    When `statusCallback` is set, the final delivery status of each SMS is POSTed to that
    URL (see the `statusCallback` callback). For more than 1000 recipients use
    `POST /sms/sendbulk`.

    Args:
        body (SendSmsRequest): Form body of `sendSms`. At least one of `to` and `group` must be
            present (`x-one-of-required`, also stated as `anyOf` for tools that read only JSON
            Schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResponse]
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
) -> Error | SendSmsResponse | None:
    """Send an SMS to up to 1000 recipients

     Sends one message text, synchronously, to up to 1000 mobile numbers and/or to the
    members of one or more address-book groups. The answer lists every SMS created with
    its internal id. The send can be scheduled (`date`), simulated (`sandbox=true`) and
    personalised with `${property}` placeholders filled from a JSON-array `to`.

    Give at least one of `to` and `group` (`x-one-of-required` on the body schema).
    When `statusCallback` is set, the final delivery status of each SMS is POSTed to that
    URL (see the `statusCallback` callback). For more than 1000 recipients use
    `POST /sms/sendbulk`.

    Args:
        body (SendSmsRequest): Form body of `sendSms`. At least one of `to` and `group` must be
            present (`x-one-of-required`, also stated as `anyOf` for tools that read only JSON
            Schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Response[Error | SendSmsResponse]:
    """Send an SMS to up to 1000 recipients

     Sends one message text, synchronously, to up to 1000 mobile numbers and/or to the
    members of one or more address-book groups. The answer lists every SMS created with
    its internal id. The send can be scheduled (`date`), simulated (`sandbox=true`) and
    personalised with `${property}` placeholders filled from a JSON-array `to`.

    Give at least one of `to` and `group` (`x-one-of-required` on the body schema).
    When `statusCallback` is set, the final delivery status of each SMS is POSTed to that
    URL (see the `statusCallback` callback). For more than 1000 recipients use
    `POST /sms/sendbulk`.

    Args:
        body (SendSmsRequest): Form body of `sendSms`. At least one of `to` and `group` must be
            present (`x-one-of-required`, also stated as `anyOf` for tools that read only JSON
            Schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSmsResponse]
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
) -> Error | SendSmsResponse | None:
    """Send an SMS to up to 1000 recipients

     Sends one message text, synchronously, to up to 1000 mobile numbers and/or to the
    members of one or more address-book groups. The answer lists every SMS created with
    its internal id. The send can be scheduled (`date`), simulated (`sandbox=true`) and
    personalised with `${property}` placeholders filled from a JSON-array `to`.

    Give at least one of `to` and `group` (`x-one-of-required` on the body schema).
    When `statusCallback` is set, the final delivery status of each SMS is POSTed to that
    URL (see the `statusCallback` callback). For more than 1000 recipients use
    `POST /sms/sendbulk`.

    Args:
        body (SendSmsRequest): Form body of `sendSms`. At least one of `to` and `group` must be
            present (`x-one-of-required`, also stated as `anyOf` for tools that read only JSON
            Schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
