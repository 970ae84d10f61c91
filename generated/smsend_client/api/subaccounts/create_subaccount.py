from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subaccount_input import SubaccountInput
from ...types import Response


def _get_kwargs(
    *,
    body: SubaccountInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subaccount",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountInput,
) -> Response[Any | Error]:
    """Create a sub-account

     Creates a sub-account under the authenticated user, who must be a superaccount
    (a caller that is not gets `400`, decision D16). Success is `200` with an empty
    body and a `Location` header such as `/subaccount/18107`, relative to the base URL
    (D8, seed lines 908/976).

    The body follows the documented field table plus `fiscal-code`, which every
    sample sends although the table omits it (D17, seed lines 920/1446).
    `company-name` and `piva` are required only when `company` is true (the default);
    that rule is checked by the server (answer `400`), not by the schema (D17).
    When `password` is null or omitted a password is generated, but the API never
    returns it: set one explicitly or call changeSubaccountPassword (D19).

    Links use the `login` sent in the body as `{subaccount_id}`, which every path
    accepts (D7).

    Args:
        body (SubaccountInput): Body of createSubaccount and updateSubaccount (a full replacement
            on edit, D9).
            Required fields follow the documented table. `company-name` and `piva` are also
            required when `company` is true (the default); the server enforces that with `400`
            (D17). `fiscal-code` is accepted because every sample sends it (D17). Unknown
            fields are rejected with `400` (D23). Only the boolean fields declare their
            documented defaults; empty-string defaults are described, not declared (D29).
            The company rule is also stated as `anyOf` (D33).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: SubaccountInput,
) -> Any | Error | None:
    """Create a sub-account

     Creates a sub-account under the authenticated user, who must be a superaccount
    (a caller that is not gets `400`, decision D16). Success is `200` with an empty
    body and a `Location` header such as `/subaccount/18107`, relative to the base URL
    (D8, seed lines 908/976).

    The body follows the documented field table plus `fiscal-code`, which every
    sample sends although the table omits it (D17, seed lines 920/1446).
    `company-name` and `piva` are required only when `company` is true (the default);
    that rule is checked by the server (answer `400`), not by the schema (D17).
    When `password` is null or omitted a password is generated, but the API never
    returns it: set one explicitly or call changeSubaccountPassword (D19).

    Links use the `login` sent in the body as `{subaccount_id}`, which every path
    accepts (D7).

    Args:
        body (SubaccountInput): Body of createSubaccount and updateSubaccount (a full replacement
            on edit, D9).
            Required fields follow the documented table. `company-name` and `piva` are also
            required when `company` is true (the default); the server enforces that with `400`
            (D17). `fiscal-code` is accepted because every sample sends it (D17). Unknown
            fields are rejected with `400` (D23). Only the boolean fields declare their
            documented defaults; empty-string defaults are described, not declared (D29).
            The company rule is also stated as `anyOf` (D33).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountInput,
) -> Response[Any | Error]:
    """Create a sub-account

     Creates a sub-account under the authenticated user, who must be a superaccount
    (a caller that is not gets `400`, decision D16). Success is `200` with an empty
    body and a `Location` header such as `/subaccount/18107`, relative to the base URL
    (D8, seed lines 908/976).

    The body follows the documented field table plus `fiscal-code`, which every
    sample sends although the table omits it (D17, seed lines 920/1446).
    `company-name` and `piva` are required only when `company` is true (the default);
    that rule is checked by the server (answer `400`), not by the schema (D17).
    When `password` is null or omitted a password is generated, but the API never
    returns it: set one explicitly or call changeSubaccountPassword (D19).

    Links use the `login` sent in the body as `{subaccount_id}`, which every path
    accepts (D7).

    Args:
        body (SubaccountInput): Body of createSubaccount and updateSubaccount (a full replacement
            on edit, D9).
            Required fields follow the documented table. `company-name` and `piva` are also
            required when `company` is true (the default); the server enforces that with `400`
            (D17). `fiscal-code` is accepted because every sample sends it (D17). Unknown
            fields are rejected with `400` (D23). Only the boolean fields declare their
            documented defaults; empty-string defaults are described, not declared (D29).
            The company rule is also stated as `anyOf` (D33).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountInput,
) -> Any | Error | None:
    """Create a sub-account

     Creates a sub-account under the authenticated user, who must be a superaccount
    (a caller that is not gets `400`, decision D16). Success is `200` with an empty
    body and a `Location` header such as `/subaccount/18107`, relative to the base URL
    (D8, seed lines 908/976).

    The body follows the documented field table plus `fiscal-code`, which every
    sample sends although the table omits it (D17, seed lines 920/1446).
    `company-name` and `piva` are required only when `company` is true (the default);
    that rule is checked by the server (answer `400`), not by the schema (D17).
    When `password` is null or omitted a password is generated, but the API never
    returns it: set one explicitly or call changeSubaccountPassword (D19).

    Links use the `login` sent in the body as `{subaccount_id}`, which every path
    accepts (D7).

    Args:
        body (SubaccountInput): Body of createSubaccount and updateSubaccount (a full replacement
            on edit, D9).
            Required fields follow the documented table. `company-name` and `piva` are also
            required when `company` is true (the default); the server enforces that with `400`
            (D17). `fiscal-code` is accepted because every sample sends it (D17). Unknown
            fields are rejected with `400` (D23). Only the boolean fields declare their
            documented defaults; empty-string defaults are described, not declared (D29).
            The company rule is also stated as `anyOf` (D33).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
