from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_contact_input import ListContactInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_id: int,
    *,
    body: ListContactInput,
    send_opt_in: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["SendOptIn"] = send_opt_in

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/list/{list_id}/contact".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactInput,
    send_opt_in: bool | Unset = False,
) -> Response[Any | Error]:
    """Create a contact and subscribe it to an e-mail list

     Creates a contact (its e-mail is required here) and subscribes it to the active
    list; `SendOptIn` asks it for an opt-in first. Answer `201`, empty body, `Location`
    `/contact/{id}` (S39).

    Args:
        list_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactInput): Body of subscribeNewContact, a contact whose e-mail is required
            (S39).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactInput,
    send_opt_in: bool | Unset = False,
) -> Any | Error | None:
    """Create a contact and subscribe it to an e-mail list

     Creates a contact (its e-mail is required here) and subscribes it to the active
    list; `SendOptIn` asks it for an opt-in first. Answer `201`, empty body, `Location`
    `/contact/{id}` (S39).

    Args:
        list_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactInput): Body of subscribeNewContact, a contact whose e-mail is required
            (S39).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
        body=body,
        send_opt_in=send_opt_in,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactInput,
    send_opt_in: bool | Unset = False,
) -> Response[Any | Error]:
    """Create a contact and subscribe it to an e-mail list

     Creates a contact (its e-mail is required here) and subscribes it to the active
    list; `SendOptIn` asks it for an opt-in first. Answer `201`, empty body, `Location`
    `/contact/{id}` (S39).

    Args:
        list_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactInput): Body of subscribeNewContact, a contact whose e-mail is required
            (S39).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactInput,
    send_opt_in: bool | Unset = False,
) -> Any | Error | None:
    """Create a contact and subscribe it to an e-mail list

     Creates a contact (its e-mail is required here) and subscribes it to the active
    list; `SendOptIn` asks it for an opt-in first. Answer `201`, empty body, `Location`
    `/contact/{id}` (S39).

    Args:
        list_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactInput): Body of subscribeNewContact, a contact whose e-mail is required
            (S39).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
            send_opt_in=send_opt_in,
        )
    ).parsed
