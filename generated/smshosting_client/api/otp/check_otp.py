from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_otp_response import CheckOtpResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    verify_id: str,
    verify_code: str,
    ip_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verify_id"] = verify_id

    params["verify_code"] = verify_code

    params["ip_address"] = ip_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/verify/check",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckOtpResponse | Error | None:
    if response.status_code == 200:
        response_200 = CheckOtpResponse.from_dict(response.json())

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
) -> Response[CheckOtpResponse | Error]:
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
    verify_code: str,
    ip_address: str | Unset = UNSET,
) -> Response[CheckOtpResponse | Error]:
    """Check a code typed by the user

     Compares the code the user typed with the one sent for `verify_id` and returns the
    outcome in `verify_status`. Note that this `GET` has a side effect: every check is
    recorded and uses up one of the allowed attempts (`max_retry`). A wrong `verify_id`
    may come back either as a 400 error or as `verify_status = "VERIFY ID ERROR"`.

    Args:
        verify_id (str):
        verify_code (str):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckOtpResponse | Error]
    """

    kwargs = _get_kwargs(
        verify_id=verify_id,
        verify_code=verify_code,
        ip_address=ip_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
    verify_code: str,
    ip_address: str | Unset = UNSET,
) -> CheckOtpResponse | Error | None:
    """Check a code typed by the user

     Compares the code the user typed with the one sent for `verify_id` and returns the
    outcome in `verify_status`. Note that this `GET` has a side effect: every check is
    recorded and uses up one of the allowed attempts (`max_retry`). A wrong `verify_id`
    may come back either as a 400 error or as `verify_status = "VERIFY ID ERROR"`.

    Args:
        verify_id (str):
        verify_code (str):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckOtpResponse | Error
    """

    return sync_detailed(
        client=client,
        verify_id=verify_id,
        verify_code=verify_code,
        ip_address=ip_address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
    verify_code: str,
    ip_address: str | Unset = UNSET,
) -> Response[CheckOtpResponse | Error]:
    """Check a code typed by the user

     Compares the code the user typed with the one sent for `verify_id` and returns the
    outcome in `verify_status`. Note that this `GET` has a side effect: every check is
    recorded and uses up one of the allowed attempts (`max_retry`). A wrong `verify_id`
    may come back either as a 400 error or as `verify_status = "VERIFY ID ERROR"`.

    Args:
        verify_id (str):
        verify_code (str):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckOtpResponse | Error]
    """

    kwargs = _get_kwargs(
        verify_id=verify_id,
        verify_code=verify_code,
        ip_address=ip_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
    verify_code: str,
    ip_address: str | Unset = UNSET,
) -> CheckOtpResponse | Error | None:
    """Check a code typed by the user

     Compares the code the user typed with the one sent for `verify_id` and returns the
    outcome in `verify_status`. Note that this `GET` has a side effect: every check is
    recorded and uses up one of the allowed attempts (`max_retry`). A wrong `verify_id`
    may come back either as a 400 error or as `verify_status = "VERIFY ID ERROR"`.

    Args:
        verify_id (str):
        verify_code (str):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckOtpResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            verify_id=verify_id,
            verify_code=verify_code,
            ip_address=ip_address,
        )
    ).parsed
