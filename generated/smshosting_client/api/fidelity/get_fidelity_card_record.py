from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fidelity_record import FidelityRecord
from ...types import Response


def _get_kwargs(
    fidelity_id: int,
    fidelity_code: str,
    record_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fidelity/{fidelity_id}/card/{fidelity_code}/record/{record_id}".format(
            fidelity_id=quote(str(fidelity_id), safe=""),
            fidelity_code=quote(str(fidelity_code), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FidelityRecord | None:
    if response.status_code == 200:
        response_200 = FidelityRecord.from_dict(response.json())

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
) -> Response[Error | FidelityRecord]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fidelity_id: int,
    fidelity_code: str,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FidelityRecord]:
    """Get a fidelity card movement

     Returns one movement of a card.

    Errors (`errorMsg`): 404 `RECORD_NOT_EXISTS` (no movement with this id on this card);
    400 `PLAN_NOT_ENABLED`. The delete call of the same resource reports `RECORD_NOT_EXISTS`
    as a 400, so a 400 with that code is tolerated here too.

    Args:
        fidelity_id (int):
        fidelity_code (str):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityRecord]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
        record_id=record_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fidelity_id: int,
    fidelity_code: str,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FidelityRecord | None:
    """Get a fidelity card movement

     Returns one movement of a card.

    Errors (`errorMsg`): 404 `RECORD_NOT_EXISTS` (no movement with this id on this card);
    400 `PLAN_NOT_ENABLED`. The delete call of the same resource reports `RECORD_NOT_EXISTS`
    as a 400, so a 400 with that code is tolerated here too.

    Args:
        fidelity_id (int):
        fidelity_code (str):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FidelityRecord
    """

    return sync_detailed(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
        record_id=record_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    fidelity_id: int,
    fidelity_code: str,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FidelityRecord]:
    """Get a fidelity card movement

     Returns one movement of a card.

    Errors (`errorMsg`): 404 `RECORD_NOT_EXISTS` (no movement with this id on this card);
    400 `PLAN_NOT_ENABLED`. The delete call of the same resource reports `RECORD_NOT_EXISTS`
    as a 400, so a 400 with that code is tolerated here too.

    Args:
        fidelity_id (int):
        fidelity_code (str):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityRecord]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fidelity_id: int,
    fidelity_code: str,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FidelityRecord | None:
    """Get a fidelity card movement

     Returns one movement of a card.

    Errors (`errorMsg`): 404 `RECORD_NOT_EXISTS` (no movement with this id on this card);
    400 `PLAN_NOT_ENABLED`. The delete call of the same resource reports `RECORD_NOT_EXISTS`
    as a 400, so a 400 with that code is tolerated here too.

    Args:
        fidelity_id (int):
        fidelity_code (str):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FidelityRecord
    """

    return (
        await asyncio_detailed(
            fidelity_id=fidelity_id,
            fidelity_code=fidelity_code,
            record_id=record_id,
            client=client,
        )
    ).parsed
