from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.otp_detail import OtpDetail
from ...types import UNSET, Response


def _get_kwargs(
    *,
    verify_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verify_id"] = verify_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/verify/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OtpDetail | None:
    if response.status_code == 200:
        response_200 = OtpDetail.from_dict(response.json())

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
) -> Response[Error | OtpDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
) -> Response[Error | OtpDetail]:
    """Get the state of a one-time code

     Returns the current state of an OTP request: recipient, sender, SMS id, submission
    and expiry times (epoch milliseconds) and every check made so far.

    Args:
        verify_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OtpDetail]
    """

    kwargs = _get_kwargs(
        verify_id=verify_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
) -> Error | OtpDetail | None:
    """Get the state of a one-time code

     Returns the current state of an OTP request: recipient, sender, SMS id, submission
    and expiry times (epoch milliseconds) and every check made so far.

    Args:
        verify_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OtpDetail
    """

    return sync_detailed(
        client=client,
        verify_id=verify_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
) -> Response[Error | OtpDetail]:
    """Get the state of a one-time code

     Returns the current state of an OTP request: recipient, sender, SMS id, submission
    and expiry times (epoch milliseconds) and every check made so far.

    Args:
        verify_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OtpDetail]
    """

    kwargs = _get_kwargs(
        verify_id=verify_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
) -> Error | OtpDetail | None:
    """Get the state of a one-time code

     Returns the current state of an OTP request: recipient, sender, SMS id, submission
    and expiry times (epoch milliseconds) and every check made so far.

    Args:
        verify_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OtpDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            verify_id=verify_id,
        )
    ).parsed
