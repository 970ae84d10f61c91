from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_search_result import ContactSearchResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["msisdn"] = msisdn

    params["email"] = email

    params["fieldKey"] = field_key

    params["fieldValue"] = field_value

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/phonebook/contact/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactSearchResult | Error | None:
    if response.status_code == 200:
        response_200 = ContactSearchResult.from_dict(response.json())

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
) -> Response[ContactSearchResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[ContactSearchResult | Error]:
    """Search contacts

     Looks up address-book contacts by full name (compared with both the first and the last
    name), mobile number, e-mail address, or by the value of any field (`fieldKey` together with
    `fieldValue`; custom field keys come from `listCustomFields`). Results are paged with
    `offset`/`limit` and wrapped with a `metadata` block.

    The vendor table lists `400 NO_PARAMS` for a search without any filter, while the official
    Java client describes an unfiltered search as returning every contact page by page; a
    server may do either, so both a 200 and a 400 are declared.

    Errors (`errorMsg`): 400 `NO_PARAMS` (no filter given).

    Args:
        name (str | Unset):
        msisdn (str | Unset):
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSearchResult | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
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
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> ContactSearchResult | Error | None:
    """Search contacts

     Looks up address-book contacts by full name (compared with both the first and the last
    name), mobile number, e-mail address, or by the value of any field (`fieldKey` together with
    `fieldValue`; custom field keys come from `listCustomFields`). Results are paged with
    `offset`/`limit` and wrapped with a `metadata` block.

    The vendor table lists `400 NO_PARAMS` for a search without any filter, while the official
    Java client describes an unfiltered search as returning every contact page by page; a
    server may do either, so both a 200 and a 400 are declared.

    Errors (`errorMsg`): 400 `NO_PARAMS` (no filter given).

    Args:
        name (str | Unset):
        msisdn (str | Unset):
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSearchResult | Error
    """

    return sync_detailed(
        client=client,
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[ContactSearchResult | Error]:
    """Search contacts

     Looks up address-book contacts by full name (compared with both the first and the last
    name), mobile number, e-mail address, or by the value of any field (`fieldKey` together with
    `fieldValue`; custom field keys come from `listCustomFields`). Results are paged with
    `offset`/`limit` and wrapped with a `metadata` block.

    The vendor table lists `400 NO_PARAMS` for a search without any filter, while the official
    Java client describes an unfiltered search as returning every contact page by page; a
    server may do either, so both a 200 and a 400 are declared.

    Errors (`errorMsg`): 400 `NO_PARAMS` (no filter given).

    Args:
        name (str | Unset):
        msisdn (str | Unset):
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSearchResult | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> ContactSearchResult | Error | None:
    """Search contacts

     Looks up address-book contacts by full name (compared with both the first and the last
    name), mobile number, e-mail address, or by the value of any field (`fieldKey` together with
    `fieldValue`; custom field keys come from `listCustomFields`). Results are paged with
    `offset`/`limit` and wrapped with a `metadata` block.

    The vendor table lists `400 NO_PARAMS` for a search without any filter, while the official
    Java client describes an unfiltered search as returning every contact page by page; a
    server may do either, so both a 200 and a 400 are declared.

    Errors (`errorMsg`): 400 `NO_PARAMS` (no filter given).

    Args:
        name (str | Unset):
        msisdn (str | Unset):
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSearchResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            msisdn=msisdn,
            email=email,
            field_key=field_key,
            field_value=field_value,
            offset=offset,
            limit=limit,
        )
    ).parsed
