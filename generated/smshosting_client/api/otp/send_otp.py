from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_otp_request import SendOtpRequest
from ...models.send_otp_response import SendOtpResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendOtpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/verify/send",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendOtpResponse | None:
    if response.status_code == 200:
        response_200 = SendOtpResponse.from_dict(response.json())

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
) -> Response[Error | SendOtpResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendOtpRequest,
) -> Response[Error | SendOtpResponse]:
    """Send a one-time code by SMS

     Generates a numeric one-time code (4 to 6 digits), sends it by SMS to one recipient
    and returns a `verify_id` that identifies the request in the other OTP calls. The
    `text` must contain the placeholder `${verify_code}`, which is replaced by the code.
    Code length, validity and number of allowed attempts are configurable. Only one
    active code per recipient and `app_id` is kept. The service refuses more than 10 SMS
    to the same recipient within 60 minutes (`ANTISPAM`).

    Args:
        body (SendOtpRequest): Form body of `sendOtp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendOtpResponse]
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
    body: SendOtpRequest,
) -> Error | SendOtpResponse | None:
    """Send a one-time code by SMS

     Generates a numeric one-time code (4 to 6 digits), sends it by SMS to one recipient
    and returns a `verify_id` that identifies the request in the other OTP calls. The
    `text` must contain the placeholder `${verify_code}`, which is replaced by the code.
    Code length, validity and number of allowed attempts are configurable. Only one
    active code per recipient and `app_id` is kept. The service refuses more than 10 SMS
    to the same recipient within 60 minutes (`ANTISPAM`).

    Args:
        body (SendOtpRequest): Form body of `sendOtp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendOtpResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendOtpRequest,
) -> Response[Error | SendOtpResponse]:
    """Send a one-time code by SMS

     Generates a numeric one-time code (4 to 6 digits), sends it by SMS to one recipient
    and returns a `verify_id` that identifies the request in the other OTP calls. The
    `text` must contain the placeholder `${verify_code}`, which is replaced by the code.
    Code length, validity and number of allowed attempts are configurable. Only one
    active code per recipient and `app_id` is kept. The service refuses more than 10 SMS
    to the same recipient within 60 minutes (`ANTISPAM`).

    Args:
        body (SendOtpRequest): Form body of `sendOtp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendOtpResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendOtpRequest,
) -> Error | SendOtpResponse | None:
    """Send a one-time code by SMS

     Generates a numeric one-time code (4 to 6 digits), sends it by SMS to one recipient
    and returns a `verify_id` that identifies the request in the other OTP calls. The
    `text` must contain the placeholder `${verify_code}`, which is replaced by the code.
    Code length, validity and number of allowed attempts are configurable. Only one
    active code per recipient and `app_id` is kept. The service refuses more than 10 SMS
    to the same recipient within 60 minutes (`ANTISPAM`).

    Args:
        body (SendOtpRequest): Form body of `sendOtp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendOtpResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
