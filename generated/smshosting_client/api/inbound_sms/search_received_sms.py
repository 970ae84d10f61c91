from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.received_sms_search_response import ReceivedSmsSearchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
    sim_id_ref: int | str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    json_sim_id_ref: int | str | Unset
    if isinstance(sim_id_ref, Unset):
        json_sim_id_ref = UNSET
    else:
        json_sim_id_ref = sim_id_ref
    params["simIdRef"] = json_sim_id_ref

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/received/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReceivedSmsSearchResponse | None:
    if response.status_code == 200:
        response_200 = ReceivedSmsSearchResponse.from_dict(response.json())

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
) -> Response[Error | ReceivedSmsSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: int | str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | ReceivedSmsSearchResponse]:
    """Search received SMS

     Returns SMS received on the account's inbound services, one page at a time (answer
    in `smsList` with `metadata`). At least one of `from`, `simIdRef`, `fromDate` and
    `toDate` must be given, otherwise the call fails with `NO_PARAMS`.

    Args:
        from_ (str | Unset):
        sim_id_ref (int | str | Unset): A numeric id that the gateway may send either as a JSON
            number or as a string of digits. The saved examples and the official clients disagree on
            the JSON type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedSmsSearchResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        sim_id_ref=sim_id_ref,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: int | str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | ReceivedSmsSearchResponse | None:
    """Search received SMS

     Returns SMS received on the account's inbound services, one page at a time (answer
    in `smsList` with `metadata`). At least one of `from`, `simIdRef`, `fromDate` and
    `toDate` must be given, otherwise the call fails with `NO_PARAMS`.

    Args:
        from_ (str | Unset):
        sim_id_ref (int | str | Unset): A numeric id that the gateway may send either as a JSON
            number or as a string of digits. The saved examples and the official clients disagree on
            the JSON type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedSmsSearchResponse
    """

    return sync_detailed(
        client=client,
        from_=from_,
        sim_id_ref=sim_id_ref,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: int | str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | ReceivedSmsSearchResponse]:
    """Search received SMS

     Returns SMS received on the account's inbound services, one page at a time (answer
    in `smsList` with `metadata`). At least one of `from`, `simIdRef`, `fromDate` and
    `toDate` must be given, otherwise the call fails with `NO_PARAMS`.

    Args:
        from_ (str | Unset):
        sim_id_ref (int | str | Unset): A numeric id that the gateway may send either as a JSON
            number or as a string of digits. The saved examples and the official clients disagree on
            the JSON type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedSmsSearchResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        sim_id_ref=sim_id_ref,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: int | str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | ReceivedSmsSearchResponse | None:
    """Search received SMS

     Returns SMS received on the account's inbound services, one page at a time (answer
    in `smsList` with `metadata`). At least one of `from`, `simIdRef`, `fromDate` and
    `toDate` must be given, otherwise the call fails with `NO_PARAMS`.

    Args:
        from_ (str | Unset):
        sim_id_ref (int | str | Unset): A numeric id that the gateway may send either as a JSON
            number or as a string of digits. The saved examples and the official clients disagree on
            the JSON type of several ids (decision S24), so responses accept both; compare ids as text
            (`str(value)`). Request parameters that take such an id back accept both forms too (on the
            wire they are the same text). Ids are never negative (S23). Example: 3119906.
        from_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        to_date (str | Unset): Date-time as `yyyy-MM-ddTHH:mm:ssZ` with a four-digit RFC 822
            offset and no colon in it, e.g. `2014-12-25T08:00:00+0200`. Not RFC 3339. Example:
            2014-12-25T08:00:00+0200.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedSmsSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            sim_id_ref=sim_id_ref,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
        )
    ).parsed
