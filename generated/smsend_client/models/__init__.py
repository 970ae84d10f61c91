"""Contains all the data models used in inputs/outputs

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays cheap however many models the API has.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_credit import AccountCredit
    from .alias import Alias
    from .alias_data import AliasData
    from .alias_data_contact_type import AliasDataContactType
    from .alias_list import AliasList
    from .alias_request import AliasRequest
    from .blacklist_entry import BlacklistEntry
    from .blacklist_page import BlacklistPage
    from .contact import Contact
    from .contact_batch import ContactBatch
    from .contact_field import ContactField
    from .contact_gender import ContactGender
    from .contact_input import ContactInput
    from .contact_input_gender import ContactInputGender
    from .credit_balance import CreditBalance
    from .credit_balance_list import CreditBalanceList
    from .credit_move import CreditMove
    from .credit_move_request import CreditMoveRequest
    from .email_attachment import EmailAttachment
    from .email_issue_from_template import EmailIssueFromTemplate
    from .email_issue_input import EmailIssueInput
    from .email_issue_send import EmailIssueSend
    from .email_list import EmailList
    from .email_list_input import EmailListInput
    from .email_list_update import EmailListUpdate
    from .email_list_update_status import EmailListUpdateStatus
    from .email_lists import EmailLists
    from .error import Error
    from .get_mo_sms_history_type import GetMoSmsHistoryType
    from .group import Group
    from .group_input import GroupInput
    from .group_list import GroupList
    from .landing_page import LandingPage
    from .landing_pages import LandingPages
    from .list_contact_input import ListContactInput
    from .list_contact_input_gender import ListContactInputGender
    from .message_type import MessageType
    from .mo_sms import MoSms
    from .mo_sms_page import MoSmsPage
    from .parametric_recipient import ParametricRecipient
    from .password_change import PasswordChange
    from .purchase import Purchase
    from .purchase_input import PurchaseInput
    from .purchase_list import PurchaseList
    from .purchase_message_type import PurchaseMessageType
    from .purchase_message_type_input import PurchaseMessageTypeInput
    from .purchase_request import PurchaseRequest
    from .received_sms import ReceivedSms
    from .received_sms_list import ReceivedSmsList
    from .received_sms_page import ReceivedSmsPage
    from .result_ok import ResultOk
    from .send_group_sms_request import SendGroupSmsRequest
    from .send_group_sms_request_encoding import SendGroupSmsRequestEncoding
    from .send_parametric_sms_request import SendParametricSmsRequest
    from .send_parametric_sms_request_encoding import SendParametricSmsRequestEncoding
    from .send_parametric_sms_request_recipients import (
        SendParametricSmsRequestRecipients,
    )
    from .send_sms_request import SendSmsRequest
    from .send_sms_request_encoding import SendSmsRequestEncoding
    from .send_sms_result import SendSmsResult
    from .sms_history import SmsHistory
    from .sms_history_entry import SmsHistoryEntry
    from .sms_recipient_state import SmsRecipientState
    from .sms_state import SmsState
    from .subaccount import Subaccount
    from .subaccount_input import SubaccountInput
    from .subaccount_list import SubaccountList
    from .two_factor_request import TwoFactorRequest
    from .two_factor_result import TwoFactorResult
    from .two_factor_verification import TwoFactorVerification
    from .user_status import UserStatus
    from .user_status_credit import UserStatusCredit
    from .user_status_email import UserStatusEmail

# Model name -> module that defines it.
_MODULES = {
    "AccountCredit": ".account_credit",
    "Alias": ".alias",
    "AliasData": ".alias_data",
    "AliasDataContactType": ".alias_data_contact_type",
    "AliasList": ".alias_list",
    "AliasRequest": ".alias_request",
    "BlacklistEntry": ".blacklist_entry",
    "BlacklistPage": ".blacklist_page",
    "Contact": ".contact",
    "ContactBatch": ".contact_batch",
    "ContactField": ".contact_field",
    "ContactGender": ".contact_gender",
    "ContactInput": ".contact_input",
    "ContactInputGender": ".contact_input_gender",
    "CreditBalance": ".credit_balance",
    "CreditBalanceList": ".credit_balance_list",
    "CreditMove": ".credit_move",
    "CreditMoveRequest": ".credit_move_request",
    "EmailAttachment": ".email_attachment",
    "EmailIssueFromTemplate": ".email_issue_from_template",
    "EmailIssueInput": ".email_issue_input",
    "EmailIssueSend": ".email_issue_send",
    "EmailList": ".email_list",
    "EmailListInput": ".email_list_input",
    "EmailListUpdate": ".email_list_update",
    "EmailListUpdateStatus": ".email_list_update_status",
    "EmailLists": ".email_lists",
    "Error": ".error",
    "GetMoSmsHistoryType": ".get_mo_sms_history_type",
    "Group": ".group",
    "GroupInput": ".group_input",
    "GroupList": ".group_list",
    "LandingPage": ".landing_page",
    "LandingPages": ".landing_pages",
    "ListContactInput": ".list_contact_input",
    "ListContactInputGender": ".list_contact_input_gender",
    "MessageType": ".message_type",
    "MoSms": ".mo_sms",
    "MoSmsPage": ".mo_sms_page",
    "ParametricRecipient": ".parametric_recipient",
    "PasswordChange": ".password_change",
    "Purchase": ".purchase",
    "PurchaseInput": ".purchase_input",
    "PurchaseList": ".purchase_list",
    "PurchaseMessageType": ".purchase_message_type",
    "PurchaseMessageTypeInput": ".purchase_message_type_input",
    "PurchaseRequest": ".purchase_request",
    "ReceivedSms": ".received_sms",
    "ReceivedSmsList": ".received_sms_list",
    "ReceivedSmsPage": ".received_sms_page",
    "ResultOk": ".result_ok",
    "SendGroupSmsRequest": ".send_group_sms_request",
    "SendGroupSmsRequestEncoding": ".send_group_sms_request_encoding",
    "SendParametricSmsRequest": ".send_parametric_sms_request",
    "SendParametricSmsRequestEncoding": ".send_parametric_sms_request_encoding",
    "SendParametricSmsRequestRecipients": ".send_parametric_sms_request_recipients",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsRequestEncoding": ".send_sms_request_encoding",
    "SendSmsResult": ".send_sms_result",
    "SmsHistory": ".sms_history",
    "SmsHistoryEntry": ".sms_history_entry",
    "SmsRecipientState": ".sms_recipient_state",
    "SmsState": ".sms_state",
    "Subaccount": ".subaccount",
    "SubaccountInput": ".subaccount_input",
    "SubaccountList": ".subaccount_list",
    "TwoFactorRequest": ".two_factor_request",
    "TwoFactorResult": ".two_factor_result",
    "TwoFactorVerification": ".two_factor_verification",
    "UserStatus": ".user_status",
    "UserStatusCredit": ".user_status_credit",
    "UserStatusEmail": ".user_status_email",
}

__all__ = (
    "AccountCredit",
    "Alias",
    "AliasData",
    "AliasDataContactType",
    "AliasList",
    "AliasRequest",
    "BlacklistEntry",
    "BlacklistPage",
    "Contact",
    "ContactBatch",
    "ContactField",
    "ContactGender",
    "ContactInput",
    "ContactInputGender",
    "CreditBalance",
    "CreditBalanceList",
    "CreditMove",
    "CreditMoveRequest",
    "EmailAttachment",
    "EmailIssueFromTemplate",
    "EmailIssueInput",
    "EmailIssueSend",
    "EmailList",
    "EmailListInput",
    "EmailLists",
    "EmailListUpdate",
    "EmailListUpdateStatus",
    "Error",
    "GetMoSmsHistoryType",
    "Group",
    "GroupInput",
    "GroupList",
    "LandingPage",
    "LandingPages",
    "ListContactInput",
    "ListContactInputGender",
    "MessageType",
    "MoSms",
    "MoSmsPage",
    "ParametricRecipient",
    "PasswordChange",
    "Purchase",
    "PurchaseInput",
    "PurchaseList",
    "PurchaseMessageType",
    "PurchaseMessageTypeInput",
    "PurchaseRequest",
    "ReceivedSms",
    "ReceivedSmsList",
    "ReceivedSmsPage",
    "ResultOk",
    "SendGroupSmsRequest",
    "SendGroupSmsRequestEncoding",
    "SendParametricSmsRequest",
    "SendParametricSmsRequestEncoding",
    "SendParametricSmsRequestRecipients",
    "SendSmsRequest",
    "SendSmsRequestEncoding",
    "SendSmsResult",
    "SmsHistory",
    "SmsHistoryEntry",
    "SmsRecipientState",
    "SmsState",
    "Subaccount",
    "SubaccountInput",
    "SubaccountList",
    "TwoFactorRequest",
    "TwoFactorResult",
    "TwoFactorVerification",
    "UserStatus",
    "UserStatusCredit",
    "UserStatusEmail",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
