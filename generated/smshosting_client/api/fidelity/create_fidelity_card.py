from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fidelity_card import FidelityCard
from ...models.fidelity_card_input import FidelityCardInput
from ...types import Response


def _get_kwargs(
    fidelity_id: int,
    *,
    body: FidelityCardInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fidelity/{fidelity_id}/card".format(
            fidelity_id=quote(str(fidelity_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: FidelityCardInput,
) -> Response[Error | FidelityCard]:
    """Issue a fidelity card

     Issues a card in a programme for the existing contact with the given mobile number. A code
    of 15 characters is generated when `cardCode` is not sent. Points and a spent amount can be
    loaded at creation. Unless `sendSms` is false, the contact receives an SMS with a short
    link for adding the card to Google Pay or Apple Wallet.

    Errors (`errorMsg`): 400 `BAD_CONTACT` (no usable contact with this number),
    `DUPLICATED_CONTACT` (several contacts share the number), `CONTACT_HAS_FIDELITY` (the
    contact already holds a card), `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (code
    malformed), `DUPLICATED_CARD_CODE` (code already in use), `BAD_POINTS`, `BAD_AMOUNT`
    (malformed values), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        body (FidelityCardInput): Form fields of `createFidelityCard`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityCard]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FidelityCardInput,
) -> Error | FidelityCard | None:
    """Issue a fidelity card

     Issues a card in a programme for the existing contact with the given mobile number. A code
    of 15 characters is generated when `cardCode` is not sent. Points and a spent amount can be
    loaded at creation. Unless `sendSms` is false, the contact receives an SMS with a short
    link for adding the card to Google Pay or Apple Wallet.

    Errors (`errorMsg`): 400 `BAD_CONTACT` (no usable contact with this number),
    `DUPLICATED_CONTACT` (several contacts share the number), `CONTACT_HAS_FIDELITY` (the
    contact already holds a card), `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (code
    malformed), `DUPLICATED_CARD_CODE` (code already in use), `BAD_POINTS`, `BAD_AMOUNT`
    (malformed values), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        body (FidelityCardInput): Form fields of `createFidelityCard`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FidelityCard
    """

    return sync_detailed(
        fidelity_id=fidelity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FidelityCardInput,
) -> Response[Error | FidelityCard]:
    """Issue a fidelity card

     Issues a card in a programme for the existing contact with the given mobile number. A code
    of 15 characters is generated when `cardCode` is not sent. Points and a spent amount can be
    loaded at creation. Unless `sendSms` is false, the contact receives an SMS with a short
    link for adding the card to Google Pay or Apple Wallet.

    Errors (`errorMsg`): 400 `BAD_CONTACT` (no usable contact with this number),
    `DUPLICATED_CONTACT` (several contacts share the number), `CONTACT_HAS_FIDELITY` (the
    contact already holds a card), `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (code
    malformed), `DUPLICATED_CARD_CODE` (code already in use), `BAD_POINTS`, `BAD_AMOUNT`
    (malformed values), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        body (FidelityCardInput): Form fields of `createFidelityCard`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityCard]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FidelityCardInput,
) -> Error | FidelityCard | None:
    """Issue a fidelity card

     Issues a card in a programme for the existing contact with the given mobile number. A code
    of 15 characters is generated when `cardCode` is not sent. Points and a spent amount can be
    loaded at creation. Unless `sendSms` is false, the contact receives an SMS with a short
    link for adding the card to Google Pay or Apple Wallet.

    Errors (`errorMsg`): 400 `BAD_CONTACT` (no usable contact with this number),
    `DUPLICATED_CONTACT` (several contacts share the number), `CONTACT_HAS_FIDELITY` (the
    contact already holds a card), `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (code
    malformed), `DUPLICATED_CARD_CODE` (code already in use), `BAD_POINTS`, `BAD_AMOUNT`
    (malformed values), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        body (FidelityCardInput): Form fields of `createFidelityCard`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FidelityCard
    """

    return (
        await asyncio_detailed(
            fidelity_id=fidelity_id,
            client=client,
            body=body,
        )
    ).parsed
