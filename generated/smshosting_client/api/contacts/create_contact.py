from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create_input import ContactCreateInput
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContactCreateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phonebook/contact",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | Error | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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
) -> Response[Contact | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreateInput,
) -> Response[Contact | Error]:
    """Create a contact

     Adds a contact to the address book, optionally placing it in contact lists (`groupsId`)
    and filling custom fields. Custom fields are sent as extra form fields whose name is the
    field key (`f_...`, see `listCustomFields`) and whose value is the field value.

    `customFieldUniqueKey` chooses the field that makes a contact unique (default `msisdn`);
    creating a second contact with the same value of that field fails with
    `CONTACT_ALREADY_EXISTS`.

    The answer has the shape of `getContact`, but the saved sample omits `email` and `groups`,
    so only `id` is guaranteed.

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME` (name missing), `BAD_CONTACT_MSISDN`
    (mobile number missing or malformed), `BAD_CONTACT_COUNTRY` (country code not valid),
    `BAD_CONTACT_GROUP` (unknown contact list), `CONTACT_ALREADY_EXISTS` (a contact with the
    same unique key exists).

    Args:
        body (ContactCreateInput): Form fields of `createContact`. Besides the named fields, any
            custom field can be sent as an extra form field whose name is the field key (`f_...`, from
            `listCustomFields`) and whose value is the field value; OpenAPI 3.0 cannot restrict the
            extra names to the `f_` prefix, so any extra string field is accepted by this schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | Error]
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
    body: ContactCreateInput,
) -> Contact | Error | None:
    """Create a contact

     Adds a contact to the address book, optionally placing it in contact lists (`groupsId`)
    and filling custom fields. Custom fields are sent as extra form fields whose name is the
    field key (`f_...`, see `listCustomFields`) and whose value is the field value.

    `customFieldUniqueKey` chooses the field that makes a contact unique (default `msisdn`);
    creating a second contact with the same value of that field fails with
    `CONTACT_ALREADY_EXISTS`.

    The answer has the shape of `getContact`, but the saved sample omits `email` and `groups`,
    so only `id` is guaranteed.

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME` (name missing), `BAD_CONTACT_MSISDN`
    (mobile number missing or malformed), `BAD_CONTACT_COUNTRY` (country code not valid),
    `BAD_CONTACT_GROUP` (unknown contact list), `CONTACT_ALREADY_EXISTS` (a contact with the
    same unique key exists).

    Args:
        body (ContactCreateInput): Form fields of `createContact`. Besides the named fields, any
            custom field can be sent as an extra form field whose name is the field key (`f_...`, from
            `listCustomFields`) and whose value is the field value; OpenAPI 3.0 cannot restrict the
            extra names to the `f_` prefix, so any extra string field is accepted by this schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreateInput,
) -> Response[Contact | Error]:
    """Create a contact

     Adds a contact to the address book, optionally placing it in contact lists (`groupsId`)
    and filling custom fields. Custom fields are sent as extra form fields whose name is the
    field key (`f_...`, see `listCustomFields`) and whose value is the field value.

    `customFieldUniqueKey` chooses the field that makes a contact unique (default `msisdn`);
    creating a second contact with the same value of that field fails with
    `CONTACT_ALREADY_EXISTS`.

    The answer has the shape of `getContact`, but the saved sample omits `email` and `groups`,
    so only `id` is guaranteed.

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME` (name missing), `BAD_CONTACT_MSISDN`
    (mobile number missing or malformed), `BAD_CONTACT_COUNTRY` (country code not valid),
    `BAD_CONTACT_GROUP` (unknown contact list), `CONTACT_ALREADY_EXISTS` (a contact with the
    same unique key exists).

    Args:
        body (ContactCreateInput): Form fields of `createContact`. Besides the named fields, any
            custom field can be sent as an extra form field whose name is the field key (`f_...`, from
            `listCustomFields`) and whose value is the field value; OpenAPI 3.0 cannot restrict the
            extra names to the `f_` prefix, so any extra string field is accepted by this schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreateInput,
) -> Contact | Error | None:
    """Create a contact

     Adds a contact to the address book, optionally placing it in contact lists (`groupsId`)
    and filling custom fields. Custom fields are sent as extra form fields whose name is the
    field key (`f_...`, see `listCustomFields`) and whose value is the field value.

    `customFieldUniqueKey` chooses the field that makes a contact unique (default `msisdn`);
    creating a second contact with the same value of that field fails with
    `CONTACT_ALREADY_EXISTS`.

    The answer has the shape of `getContact`, but the saved sample omits `email` and `groups`,
    so only `id` is guaranteed.

    Errors (`errorMsg`): 400 `BAD_CONTACT_NAME` (name missing), `BAD_CONTACT_MSISDN`
    (mobile number missing or malformed), `BAD_CONTACT_COUNTRY` (country code not valid),
    `BAD_CONTACT_GROUP` (unknown contact list), `CONTACT_ALREADY_EXISTS` (a contact with the
    same unique key exists).

    Args:
        body (ContactCreateInput): Form fields of `createContact`. Besides the named fields, any
            custom field can be sent as an extra form field whose name is the field key (`f_...`, from
            `listCustomFields`) and whose value is the field value; OpenAPI 3.0 cannot restrict the
            extra names to the `f_` prefix, so any extra string field is accepted by this schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
