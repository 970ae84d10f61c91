from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["password"] = password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/login",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[Error | str]:
    """Log in and obtain a session key

     Exchanges a username and password for the account's `user_key` and a session key.
    The session key stops working after 5 minutes without calls. Send the two values
    afterwards as the `user_key` and `Session_key` headers.

    The answer is plain text holding the two values separated by a semicolon
    (decision D3). Wrong credentials are answered with `404`, not `401` (D3). The call
    needs no authentication headers; the password travels in the query string, so
    avoid logging request URLs (D31). Instead of the query parameters, the credentials
    may be sent as HTTP Basic authentication (`Authorization: Basic`), as other clients
    of the same platform do; one of the two forms is required, and the query parameters
    win when both are sent (D34).

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Error | str | None:
    """Log in and obtain a session key

     Exchanges a username and password for the account's `user_key` and a session key.
    The session key stops working after 5 minutes without calls. Send the two values
    afterwards as the `user_key` and `Session_key` headers.

    The answer is plain text holding the two values separated by a semicolon
    (decision D3). Wrong credentials are answered with `404`, not `401` (D3). The call
    needs no authentication headers; the password travels in the query string, so
    avoid logging request URLs (D31). Instead of the query parameters, the credentials
    may be sent as HTTP Basic authentication (`Authorization: Basic`), as other clients
    of the same platform do; one of the two forms is required, and the query parameters
    win when both are sent (D34).

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        username=username,
        password=password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[Error | str]:
    """Log in and obtain a session key

     Exchanges a username and password for the account's `user_key` and a session key.
    The session key stops working after 5 minutes without calls. Send the two values
    afterwards as the `user_key` and `Session_key` headers.

    The answer is plain text holding the two values separated by a semicolon
    (decision D3). Wrong credentials are answered with `404`, not `401` (D3). The call
    needs no authentication headers; the password travels in the query string, so
    avoid logging request URLs (D31). Instead of the query parameters, the credentials
    may be sent as HTTP Basic authentication (`Authorization: Basic`), as other clients
    of the same platform do; one of the two forms is required, and the query parameters
    win when both are sent (D34).

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Error | str | None:
    """Log in and obtain a session key

     Exchanges a username and password for the account's `user_key` and a session key.
    The session key stops working after 5 minutes without calls. Send the two values
    afterwards as the `user_key` and `Session_key` headers.

    The answer is plain text holding the two values separated by a semicolon
    (decision D3). Wrong credentials are answered with `404`, not `401` (D3). The call
    needs no authentication headers; the password travels in the query string, so
    avoid logging request URLs (D31). Instead of the query parameters, the credentials
    may be sent as HTTP Basic authentication (`Authorization: Basic`), as other clients
    of the same platform do; one of the two forms is required, and the query parameters
    win when both are sent (D34).

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            password=password,
        )
    ).parsed
