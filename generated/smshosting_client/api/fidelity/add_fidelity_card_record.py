from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fidelity_record import FidelityRecord
from ...models.fidelity_record_input import FidelityRecordInput
from ...types import Response


def _get_kwargs(
    fidelity_id: int,
    fidelity_code: str,
    *,
    body: FidelityRecordInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fidelity/{fidelity_id}/card/{fidelity_code}/record".format(
            fidelity_id=quote(str(fidelity_id), safe=""),
            fidelity_code=quote(str(fidelity_code), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: FidelityRecordInput,
) -> Response[Error | FidelityRecord]:
    """Add a movement to a fidelity card

     Adds one movement to a card:

    * `ADD` adds points and/or a spent amount; at least one of `points` and `amount` is
      required. Without `points`, the points are computed from `amount` and the programme's
      point value.
    * `REWARD` assigns a reward; `rewardId` is required.
    * `AZZERA` resets the points of the card to zero; no other field is needed.

    These conditional rules are carried by the `x-conditional-one-of-required` and
    `x-conditional-required` extensions of `FidelityRecordInput`. Unless `sendSms` is false, the holder
    gets an SMS automatically when
    the card reaches enough points for a reward.

    Errors (`errorMsg`): 400 `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (unknown or
    malformed card), `BAD_POINTS`, `BAD_AMOUNT` (malformed values), `BAD_ACTION` (unknown
    action), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        fidelity_code (str):
        body (FidelityRecordInput): Form fields of `addFidelityCardRecord`. Conditional rules:
            with `action` = `ADD` at least one of `points` and `amount` must be sent (`x-conditional-
            one-of-required`); with `action` = `REWARD`, `rewardId` must be sent (`x-conditional-
            required`); `AZZERA` needs nothing else.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityRecord]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
        body=body,
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
    body: FidelityRecordInput,
) -> Error | FidelityRecord | None:
    """Add a movement to a fidelity card

     Adds one movement to a card:

    * `ADD` adds points and/or a spent amount; at least one of `points` and `amount` is
      required. Without `points`, the points are computed from `amount` and the programme's
      point value.
    * `REWARD` assigns a reward; `rewardId` is required.
    * `AZZERA` resets the points of the card to zero; no other field is needed.

    These conditional rules are carried by the `x-conditional-one-of-required` and
    `x-conditional-required` extensions of `FidelityRecordInput`. Unless `sendSms` is false, the holder
    gets an SMS automatically when
    the card reaches enough points for a reward.

    Errors (`errorMsg`): 400 `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (unknown or
    malformed card), `BAD_POINTS`, `BAD_AMOUNT` (malformed values), `BAD_ACTION` (unknown
    action), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        fidelity_code (str):
        body (FidelityRecordInput): Form fields of `addFidelityCardRecord`. Conditional rules:
            with `action` = `ADD` at least one of `points` and `amount` must be sent (`x-conditional-
            one-of-required`); with `action` = `REWARD`, `rewardId` must be sent (`x-conditional-
            required`); `AZZERA` needs nothing else.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FidelityRecord
    """

    return sync_detailed(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    fidelity_id: int,
    fidelity_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: FidelityRecordInput,
) -> Response[Error | FidelityRecord]:
    """Add a movement to a fidelity card

     Adds one movement to a card:

    * `ADD` adds points and/or a spent amount; at least one of `points` and `amount` is
      required. Without `points`, the points are computed from `amount` and the programme's
      point value.
    * `REWARD` assigns a reward; `rewardId` is required.
    * `AZZERA` resets the points of the card to zero; no other field is needed.

    These conditional rules are carried by the `x-conditional-one-of-required` and
    `x-conditional-required` extensions of `FidelityRecordInput`. Unless `sendSms` is false, the holder
    gets an SMS automatically when
    the card reaches enough points for a reward.

    Errors (`errorMsg`): 400 `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (unknown or
    malformed card), `BAD_POINTS`, `BAD_AMOUNT` (malformed values), `BAD_ACTION` (unknown
    action), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        fidelity_code (str):
        body (FidelityRecordInput): Form fields of `addFidelityCardRecord`. Conditional rules:
            with `action` = `ADD` at least one of `points` and `amount` must be sent (`x-conditional-
            one-of-required`); with `action` = `REWARD`, `rewardId` must be sent (`x-conditional-
            required`); `AZZERA` needs nothing else.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FidelityRecord]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        fidelity_code=fidelity_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fidelity_id: int,
    fidelity_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: FidelityRecordInput,
) -> Error | FidelityRecord | None:
    """Add a movement to a fidelity card

     Adds one movement to a card:

    * `ADD` adds points and/or a spent amount; at least one of `points` and `amount` is
      required. Without `points`, the points are computed from `amount` and the programme's
      point value.
    * `REWARD` assigns a reward; `rewardId` is required.
    * `AZZERA` resets the points of the card to zero; no other field is needed.

    These conditional rules are carried by the `x-conditional-one-of-required` and
    `x-conditional-required` extensions of `FidelityRecordInput`. Unless `sendSms` is false, the holder
    gets an SMS automatically when
    the card reaches enough points for a reward.

    Errors (`errorMsg`): 400 `BAD_FIDELITY` (unknown programme), `BAD_CARD_CODE` (unknown or
    malformed card), `BAD_POINTS`, `BAD_AMOUNT` (malformed values), `BAD_ACTION` (unknown
    action), `PLAN_NOT_ENABLED` (plan does not include fidelity cards).

    Args:
        fidelity_id (int):
        fidelity_code (str):
        body (FidelityRecordInput): Form fields of `addFidelityCardRecord`. Conditional rules:
            with `action` = `ADD` at least one of `points` and `amount` must be sent (`x-conditional-
            one-of-required`); with `action` = `REWARD`, `rewardId` must be sent (`x-conditional-
            required`); `AZZERA` needs nothing else.

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
            client=client,
            body=body,
        )
    ).parsed
