from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subaccount_input import SubaccountInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subaccount_id: str,
    *,
    body: SubaccountInput,
    lock_subaccount: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["lock-subaccount"] = lock_subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subaccount/{subaccount_id}".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
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
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountInput,
    lock_subaccount: bool | Unset = False,
) -> Response[Any | Error]:
    """Edit (and lock or unlock) a sub-account

     Replaces the data of a sub-account: the body is the same object as for creation,
    with the same required fields, so this is a full replacement and not a partial
    update (decision D9, seed lines 1407-1429). The caller must be a superaccount.

    `lock-subaccount=true` deactivates the sub-account; `false`, the default, leaves it
    active or re-activates it, so every edit without the parameter also unlocks
    (D9, seed lines 1396/1402).

    On edit, a null or omitted `password` keeps the current password (the
    documentation copies the "generated when null" wording from creation; this spec
    does not regenerate passwords on edit). Prefer changeSubaccountPassword to change
    it (D9, seed line 1929).

    Success is `200` with an empty body and a `Location` header to the sub-account
    (D8, seed lines 1434/1502). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        lock_subaccount (bool | Unset):  Default: False.
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
        subaccount_id=subaccount_id,
        body=body,
        lock_subaccount=lock_subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountInput,
    lock_subaccount: bool | Unset = False,
) -> Any | Error | None:
    """Edit (and lock or unlock) a sub-account

     Replaces the data of a sub-account: the body is the same object as for creation,
    with the same required fields, so this is a full replacement and not a partial
    update (decision D9, seed lines 1407-1429). The caller must be a superaccount.

    `lock-subaccount=true` deactivates the sub-account; `false`, the default, leaves it
    active or re-activates it, so every edit without the parameter also unlocks
    (D9, seed lines 1396/1402).

    On edit, a null or omitted `password` keeps the current password (the
    documentation copies the "generated when null" wording from creation; this spec
    does not regenerate passwords on edit). Prefer changeSubaccountPassword to change
    it (D9, seed line 1929).

    Success is `200` with an empty body and a `Location` header to the sub-account
    (D8, seed lines 1434/1502). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        lock_subaccount (bool | Unset):  Default: False.
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
        subaccount_id=subaccount_id,
        client=client,
        body=body,
        lock_subaccount=lock_subaccount,
    ).parsed


async def asyncio_detailed(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountInput,
    lock_subaccount: bool | Unset = False,
) -> Response[Any | Error]:
    """Edit (and lock or unlock) a sub-account

     Replaces the data of a sub-account: the body is the same object as for creation,
    with the same required fields, so this is a full replacement and not a partial
    update (decision D9, seed lines 1407-1429). The caller must be a superaccount.

    `lock-subaccount=true` deactivates the sub-account; `false`, the default, leaves it
    active or re-activates it, so every edit without the parameter also unlocks
    (D9, seed lines 1396/1402).

    On edit, a null or omitted `password` keeps the current password (the
    documentation copies the "generated when null" wording from creation; this spec
    does not regenerate passwords on edit). Prefer changeSubaccountPassword to change
    it (D9, seed line 1929).

    Success is `200` with an empty body and a `Location` header to the sub-account
    (D8, seed lines 1434/1502). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        lock_subaccount (bool | Unset):  Default: False.
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
        subaccount_id=subaccount_id,
        body=body,
        lock_subaccount=lock_subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountInput,
    lock_subaccount: bool | Unset = False,
) -> Any | Error | None:
    """Edit (and lock or unlock) a sub-account

     Replaces the data of a sub-account: the body is the same object as for creation,
    with the same required fields, so this is a full replacement and not a partial
    update (decision D9, seed lines 1407-1429). The caller must be a superaccount.

    `lock-subaccount=true` deactivates the sub-account; `false`, the default, leaves it
    active or re-activates it, so every edit without the parameter also unlocks
    (D9, seed lines 1396/1402).

    On edit, a null or omitted `password` keeps the current password (the
    documentation copies the "generated when null" wording from creation; this spec
    does not regenerate passwords on edit). Prefer changeSubaccountPassword to change
    it (D9, seed line 1929).

    Success is `200` with an empty body and a `Location` header to the sub-account
    (D8, seed lines 1434/1502). An unknown sub-account answers `404` (D16).

    Args:
        subaccount_id (str):
        lock_subaccount (bool | Unset):  Default: False.
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
            subaccount_id=subaccount_id,
            client=client,
            body=body,
            lock_subaccount=lock_subaccount,
        )
    ).parsed
