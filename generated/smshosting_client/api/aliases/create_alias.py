from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias import Alias
from ...models.create_alias_request import CreateAliasRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAliasRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alias",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Alias | Error | None:
    if response.status_code == 200:
        response_200 = Alias.from_dict(response.json())

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
) -> Response[Alias | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAliasRequest,
) -> Response[Alias | Error]:
    """Register a sender alias

     Registers a new alphanumeric sender together with the details of the company that
    owns it. A custom sender must be registered (here or in the web panel) before it can
    be used. An alias whose `status` is `NOTVERIFIED` cannot be used as sender yet (the
    saved example already answers `VERIFIED`). The path is `/alias`, without the trailing
    slash of the Postman collection and the PHP client: the Java and C# clients post to
    `/alias` (decision S29).

    Args:
        body (CreateAliasRequest): Form body of `createAlias`. All fields are required by the
            vendor's documentation and none may be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Alias | Error]
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
    body: CreateAliasRequest,
) -> Alias | Error | None:
    """Register a sender alias

     Registers a new alphanumeric sender together with the details of the company that
    owns it. A custom sender must be registered (here or in the web panel) before it can
    be used. An alias whose `status` is `NOTVERIFIED` cannot be used as sender yet (the
    saved example already answers `VERIFIED`). The path is `/alias`, without the trailing
    slash of the Postman collection and the PHP client: the Java and C# clients post to
    `/alias` (decision S29).

    Args:
        body (CreateAliasRequest): Form body of `createAlias`. All fields are required by the
            vendor's documentation and none may be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Alias | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAliasRequest,
) -> Response[Alias | Error]:
    """Register a sender alias

     Registers a new alphanumeric sender together with the details of the company that
    owns it. A custom sender must be registered (here or in the web panel) before it can
    be used. An alias whose `status` is `NOTVERIFIED` cannot be used as sender yet (the
    saved example already answers `VERIFIED`). The path is `/alias`, without the trailing
    slash of the Postman collection and the PHP client: the Java and C# clients post to
    `/alias` (decision S29).

    Args:
        body (CreateAliasRequest): Form body of `createAlias`. All fields are required by the
            vendor's documentation and none may be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Alias | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAliasRequest,
) -> Alias | Error | None:
    """Register a sender alias

     Registers a new alphanumeric sender together with the details of the company that
    owns it. A custom sender must be registered (here or in the web panel) before it can
    be used. An alias whose `status` is `NOTVERIFIED` cannot be used as sender yet (the
    saved example already answers `VERIFIED`). The path is `/alias`, without the trailing
    slash of the Postman collection and the PHP client: the Java and C# clients post to
    `/alias` (decision S29).

    Args:
        body (CreateAliasRequest): Form body of `createAlias`. All fields are required by the
            vendor's documentation and none may be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Alias | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
