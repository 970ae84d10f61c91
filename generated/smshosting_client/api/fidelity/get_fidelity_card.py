from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fidelity_card import FidelityCard
from ...types import Response


def _get_kwargs(
    fidelity_id: int,
    fidelity_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fidelity/{fidelity_id}/card/{fidelity_code}".format(
            fidelity_id=quote(str(fidelity_id), safe=""),
            fidelity_code=quote(str(fidelity_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FidelityCard | None:
    if response.status_code == 200:
        response_200 = FidelityCard.from_dict(response.json())

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
) -> Response[Error | FidelityCard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fidelity_id: int,
    fidelity_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FidelityCard]:
    """Get a fidelity card

     Returns one card with its points, the programme name and the holder's contact data (a
    contact view without `id`, see `FidelityCardContact`).

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`. An unknown card is not documented; it is
    assumed to give 400 `BAD_CARD_CODE`, as the record calls of the same card do.

    Args:
        fidelity_id (int):
        fidelity_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityCard]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fidelity_id: int,
    fidelity_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FidelityCard | None:
    """Get a fidelity card

     Returns one card with its points, the programme name and the holder's contact data (a
    contact view without `id`, see `FidelityCardContact`).

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`. An unknown card is not documented; it is
    assumed to give 400 `BAD_CARD_CODE`, as the record calls of the same card do.

    Args:
        fidelity_id (int):
        fidelity_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FidelityCard
    """

    return sync_detailed(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    fidelity_id: int,
    fidelity_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FidelityCard]:
    """Get a fidelity card

     Returns one card with its points, the programme name and the holder's contact data (a
    contact view without `id`, see `FidelityCardContact`).

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`. An unknown card is not documented; it is
    assumed to give 400 `BAD_CARD_CODE`, as the record calls of the same card do.

    Args:
        fidelity_id (int):
        fidelity_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityCard]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fidelity_id: int,
    fidelity_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FidelityCard | None:
    """Get a fidelity card

     Returns one card with its points, the programme name and the holder's contact data (a
    contact view without `id`, see `FidelityCardContact`).

    Errors (`errorMsg`): 400 `PLAN_NOT_ENABLED`. An unknown card is not documented; it is
    assumed to give 400 `BAD_CARD_CODE`, as the record calls of the same card do.

    Args:
        fidelity_id (int):
        fidelity_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FidelityCard
    """

    return (
        await asyncio_detailed(
            fidelity_id=fidelity_id,
            fidelity_code=fidelity_code,
            client=client,
        )
    ).parsed
