from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_update_input import ContactUpdateInput
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    contact_id: int,
    *,
    body: ContactUpdateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/phonebook/contact/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateInput,
) -> Response[Any | Error]:
    """Update a contact

     Changes an existing contact. Send at least one field; fields that are not sent keep their
    value. Custom fields are sent as extra form fields named after their key (`f_...`).
    Whether `groupsId` here adds to or replaces the current list membership is not
    documented; `addContactToGroups` / `removeContactFromGroups` change membership explicitly.

    Success: the vendor table says 200, the saved sample answers 204 with no body; both are
    declared without a body schema (re-read the contact with `getContact`). The Java clients
    read the updated contact from a 200 body; such a body is not declared, because an empty
    200 (the overview's rule for PUT) must parse too. The raw body of a `200` is still there
    (`sync_detailed(...).content`) (decision S30).

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME`, `BAD_CONTACT_MSISDN`, `BAD_CONTACT_COUNTRY`,
    `BAD_CONTACT_GROUP`, `CONTACT_ALREADY_EXISTS` (same meanings as in `createContact`);
    404 when no contact has this id (not in the vendor table; declared like the other calls on
    this path).

    Args:
        contact_id (int):
        body (ContactUpdateInput): Form fields of `updateContact`: the same fields as
            `ContactCreateInput`, all optional, but at least one must be sent (`minProperties: 1`).
            Custom fields are extra form fields named after their key (`f_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateInput,
) -> Any | Error | None:
    """Update a contact

     Changes an existing contact. Send at least one field; fields that are not sent keep their
    value. Custom fields are sent as extra form fields named after their key (`f_...`).
    Whether `groupsId` here adds to or replaces the current list membership is not
    documented; `addContactToGroups` / `removeContactFromGroups` change membership explicitly.

    Success: the vendor table says 200, the saved sample answers 204 with no body; both are
    declared without a body schema (re-read the contact with `getContact`). The Java clients
    read the updated contact from a 200 body; such a body is not declared, because an empty
    200 (the overview's rule for PUT) must parse too. The raw body of a `200` is still there
    (`sync_detailed(...).content`) (decision S30).

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME`, `BAD_CONTACT_MSISDN`, `BAD_CONTACT_COUNTRY`,
    `BAD_CONTACT_GROUP`, `CONTACT_ALREADY_EXISTS` (same meanings as in `createContact`);
    404 when no contact has this id (not in the vendor table; declared like the other calls on
    this path).

    Args:
        contact_id (int):
        body (ContactUpdateInput): Form fields of `updateContact`: the same fields as
            `ContactCreateInput`, all optional, but at least one must be sent (`minProperties: 1`).
            Custom fields are extra form fields named after their key (`f_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateInput,
) -> Response[Any | Error]:
    """Update a contact

     Changes an existing contact. Send at least one field; fields that are not sent keep their
    value. Custom fields are sent as extra form fields named after their key (`f_...`).
    Whether `groupsId` here adds to or replaces the current list membership is not
    documented; `addContactToGroups` / `removeContactFromGroups` change membership explicitly.

    Success: the vendor table says 200, the saved sample answers 204 with no body; both are
    declared without a body schema (re-read the contact with `getContact`). The Java clients
    read the updated contact from a 200 body; such a body is not declared, because an empty
    200 (the overview's rule for PUT) must parse too. The raw body of a `200` is still there
    (`sync_detailed(...).content`) (decision S30).

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME`, `BAD_CONTACT_MSISDN`, `BAD_CONTACT_COUNTRY`,
    `BAD_CONTACT_GROUP`, `CONTACT_ALREADY_EXISTS` (same meanings as in `createContact`);
    404 when no contact has this id (not in the vendor table; declared like the other calls on
    this path).

    Args:
        contact_id (int):
        body (ContactUpdateInput): Form fields of `updateContact`: the same fields as
            `ContactCreateInput`, all optional, but at least one must be sent (`minProperties: 1`).
            Custom fields are extra form fields named after their key (`f_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateInput,
) -> Any | Error | None:
    """Update a contact

     Changes an existing contact. Send at least one field; fields that are not sent keep their
    value. Custom fields are sent as extra form fields named after their key (`f_...`).
    Whether `groupsId` here adds to or replaces the current list membership is not
    documented; `addContactToGroups` / `removeContactFromGroups` change membership explicitly.

    Success: the vendor table says 200, the saved sample answers 204 with no body; both are
    declared without a body schema (re-read the contact with `getContact`). The Java clients
    read the updated contact from a 200 body; such a body is not declared, because an empty
    200 (the overview's rule for PUT) must parse too. The raw body of a `200` is still there
    (`sync_detailed(...).content`) (decision S30).

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME`, `BAD_CONTACT_MSISDN`, `BAD_CONTACT_COUNTRY`,
    `BAD_CONTACT_GROUP`, `CONTACT_ALREADY_EXISTS` (same meanings as in `createContact`);
    404 when no contact has this id (not in the vendor table; declared like the other calls on
    this path).

    Args:
        contact_id (int):
        body (ContactUpdateInput): Form fields of `updateContact`: the same fields as
            `ContactCreateInput`, all optional, but at least one must be sent (`minProperties: 1`).
            Custom fields are extra form fields named after their key (`f_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
