from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.two_factor_result import TwoFactorResult
from ...models.two_factor_verification import TwoFactorVerification
from ...types import Response


def _get_kwargs(
    *,
    body: TwoFactorVerification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2fa/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TwoFactorResult | None:
    if response.status_code == 200:
        response_200 = TwoFactorResult.from_dict(response.json())

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
) -> Response[Error | TwoFactorResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TwoFactorVerification,
) -> Response[Error | TwoFactorResult]:
    """Check a PIN entered by the user

     Answers `status` `OK` when the PIN is the pending one for the number and has not
    expired; the PIN is then used up. Otherwise `status` is `ERROR` with the tries
    left; an expired PIN, one with no tries left, or none at all gives 0 (S14). Both
    outcomes are `200`; a malformed number is `400`.

    Args:
        body (TwoFactorVerification): Body of verifyTwoFactorPin (S14).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TwoFactorResult]
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
    body: TwoFactorVerification,
) -> Error | TwoFactorResult | None:
    """Check a PIN entered by the user

     Answers `status` `OK` when the PIN is the pending one for the number and has not
    expired; the PIN is then used up. Otherwise `status` is `ERROR` with the tries
    left; an expired PIN, one with no tries left, or none at all gives 0 (S14). Both
    outcomes are `200`; a malformed number is `400`.

    Args:
        body (TwoFactorVerification): Body of verifyTwoFactorPin (S14).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TwoFactorResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TwoFactorVerification,
) -> Response[Error | TwoFactorResult]:
    """Check a PIN entered by the user

     Answers `status` `OK` when the PIN is the pending one for the number and has not
    expired; the PIN is then used up. Otherwise `status` is `ERROR` with the tries
    left; an expired PIN, one with no tries left, or none at all gives 0 (S14). Both
    outcomes are `200`; a malformed number is `400`.

    Args:
        body (TwoFactorVerification): Body of verifyTwoFactorPin (S14).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TwoFactorResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TwoFactorVerification,
) -> Error | TwoFactorResult | None:
    """Check a PIN entered by the user

     Answers `status` `OK` when the PIN is the pending one for the number and has not
    expired; the PIN is then used up. Otherwise `status` is `ERROR` with the tries
    left; an expired PIN, one with no tries left, or none at all gives 0 (S14). Both
    outcomes are `200`; a malformed number is `400`.

    Args:
        body (TwoFactorVerification): Body of verifyTwoFactorPin (S14).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TwoFactorResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
