"""Contains all the data models used in inputs/outputs

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays cheap however many models the API has.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alias import Alias
    from .alias_status import AliasStatus
    from .booking_calendar import BookingCalendar
    from .booking_calendar_list_response import BookingCalendarListResponse
    from .booking_slot_list_response import BookingSlotListResponse
    from .booking_task import BookingTask
    from .booking_task_list_response import BookingTaskListResponse
    from .bulk_transaction_callback import BulkTransactionCallback
    from .bulk_transaction_callback_status import BulkTransactionCallbackStatus
    from .bulk_transaction_sms import BulkTransactionSms
    from .bulk_transaction_sms_status import BulkTransactionSmsStatus
    from .bulk_transaction_sms_status_detail import BulkTransactionSmsStatusDetail
    from .cancel_otp_request import CancelOtpRequest
    from .cancel_otp_request_command import CancelOtpRequestCommand
    from .cancel_otp_response import CancelOtpResponse
    from .cancel_sms_request import CancelSmsRequest
    from .check_otp_response import CheckOtpResponse
    from .check_otp_response_verify_status import CheckOtpResponseVerifyStatus
    from .contact import Contact
    from .contact_create_input import ContactCreateInput
    from .contact_custom_field_value import ContactCustomFieldValue
    from .contact_gdpr_consent_add_input import ContactGdprConsentAddInput
    from .contact_gdpr_consent_remove_input import ContactGdprConsentRemoveInput
    from .contact_gdpr_info import ContactGdprInfo
    from .contact_gdpr_record import ContactGdprRecord
    from .contact_gdpr_record_consent_type import ContactGdprRecordConsentType
    from .contact_group import ContactGroup
    from .contact_group_input import ContactGroupInput
    from .contact_group_ref import ContactGroupRef
    from .contact_groups_input import ContactGroupsInput
    from .contact_search_result import ContactSearchResult
    from .contact_update_input import ContactUpdateInput
    from .contacts_bulk_status import ContactsBulkStatus
    from .contacts_bulk_upload_input import ContactsBulkUploadInput
    from .contacts_bulk_upload_result import ContactsBulkUploadResult
    from .contacts_bulk_upload_result_status import ContactsBulkUploadResultStatus
    from .coupon import Coupon
    from .coupon_campaign import CouponCampaign
    from .coupon_campaign_input import CouponCampaignInput
    from .coupon_campaign_page import CouponCampaignPage
    from .coupon_campaign_type import CouponCampaignType
    from .coupon_input import CouponInput
    from .coupon_page import CouponPage
    from .create_alias_request import CreateAliasRequest
    from .create_subaccount_order_request import CreateSubaccountOrderRequest
    from .create_subaccount_request import CreateSubaccountRequest
    from .custom_field import CustomField
    from .custom_field_option import CustomFieldOption
    from .email_campaign import EmailCampaign
    from .email_campaign_list import EmailCampaignList
    from .email_campaign_stats import EmailCampaignStats
    from .email_insert_result import EmailInsertResult
    from .email_message import EmailMessage
    from .email_sender import EmailSender
    from .email_template import EmailTemplate
    from .email_template_list import EmailTemplateList
    from .error import Error
    from .estimate_sms_request import EstimateSmsRequest
    from .estimate_sms_response import EstimateSmsResponse
    from .fidelity_card import FidelityCard
    from .fidelity_card_contact import FidelityCardContact
    from .fidelity_card_input import FidelityCardInput
    from .fidelity_card_page import FidelityCardPage
    from .fidelity_program import FidelityProgram
    from .fidelity_program_list_response import FidelityProgramListResponse
    from .fidelity_record import FidelityRecord
    from .fidelity_record_action import FidelityRecordAction
    from .fidelity_record_input import FidelityRecordInput
    from .fidelity_record_input_action import FidelityRecordInputAction
    from .fidelity_record_page import FidelityRecordPage
    from .gdpr_consent import GdprConsent
    from .gdpr_consent_list_response import GdprConsentListResponse
    from .gdpr_item_type import GdprItemType
    from .group_contact import GroupContact
    from .group_contact_page import GroupContactPage
    from .list_reservations_status import ListReservationsStatus
    from .metadata import Metadata
    from .otp_check import OtpCheck
    from .otp_detail import OtpDetail
    from .privacy_policy import PrivacyPolicy
    from .privacy_policy_list_response import PrivacyPolicyListResponse
    from .received_sms import ReceivedSms
    from .received_sms_search_response import ReceivedSmsSearchResponse
    from .receiving_service import ReceivingService
    from .reservation import Reservation
    from .reservation_create_input import ReservationCreateInput
    from .reservation_create_input_status import ReservationCreateInputStatus
    from .reservation_page import ReservationPage
    from .reservation_sync_data import ReservationSyncData
    from .reservation_update_input import ReservationUpdateInput
    from .reservation_update_input_status import ReservationUpdateInputStatus
    from .send_email_campaign_request import SendEmailCampaignRequest
    from .send_email_campaign_response import SendEmailCampaignResponse
    from .send_email_request import SendEmailRequest
    from .send_email_response import SendEmailResponse
    from .send_otp_request import SendOtpRequest
    from .send_otp_response import SendOtpResponse
    from .send_sms_bulk_request import SendSmsBulkRequest
    from .send_sms_bulk_response import SendSmsBulkResponse
    from .send_sms_request import SendSmsRequest
    from .send_sms_response import SendSmsResponse
    from .sent_sms import SentSms
    from .sent_sms_search_response import SentSmsSearchResponse
    from .sms_encoding import SmsEncoding
    from .sms_insert_result import SmsInsertResult
    from .sms_insert_result_status import SmsInsertResultStatus
    from .sms_insert_result_status_detail import SmsInsertResultStatusDetail
    from .sms_pack import SmsPack
    from .sms_status import SmsStatus
    from .sms_status_callback import SmsStatusCallback
    from .sms_status_callback_status import SmsStatusCallbackStatus
    from .subaccount import Subaccount
    from .subaccount_search_response import SubaccountSearchResponse
    from .update_subaccount_request import UpdateSubaccountRequest
    from .user import User

# Model name -> module that defines it.
_MODULES = {
    "Alias": ".alias",
    "AliasStatus": ".alias_status",
    "BookingCalendar": ".booking_calendar",
    "BookingCalendarListResponse": ".booking_calendar_list_response",
    "BookingSlotListResponse": ".booking_slot_list_response",
    "BookingTask": ".booking_task",
    "BookingTaskListResponse": ".booking_task_list_response",
    "BulkTransactionCallback": ".bulk_transaction_callback",
    "BulkTransactionCallbackStatus": ".bulk_transaction_callback_status",
    "BulkTransactionSms": ".bulk_transaction_sms",
    "BulkTransactionSmsStatus": ".bulk_transaction_sms_status",
    "BulkTransactionSmsStatusDetail": ".bulk_transaction_sms_status_detail",
    "CancelOtpRequest": ".cancel_otp_request",
    "CancelOtpRequestCommand": ".cancel_otp_request_command",
    "CancelOtpResponse": ".cancel_otp_response",
    "CancelSmsRequest": ".cancel_sms_request",
    "CheckOtpResponse": ".check_otp_response",
    "CheckOtpResponseVerifyStatus": ".check_otp_response_verify_status",
    "Contact": ".contact",
    "ContactCreateInput": ".contact_create_input",
    "ContactCustomFieldValue": ".contact_custom_field_value",
    "ContactGdprConsentAddInput": ".contact_gdpr_consent_add_input",
    "ContactGdprConsentRemoveInput": ".contact_gdpr_consent_remove_input",
    "ContactGdprInfo": ".contact_gdpr_info",
    "ContactGdprRecord": ".contact_gdpr_record",
    "ContactGdprRecordConsentType": ".contact_gdpr_record_consent_type",
    "ContactGroup": ".contact_group",
    "ContactGroupInput": ".contact_group_input",
    "ContactGroupRef": ".contact_group_ref",
    "ContactGroupsInput": ".contact_groups_input",
    "ContactSearchResult": ".contact_search_result",
    "ContactUpdateInput": ".contact_update_input",
    "ContactsBulkStatus": ".contacts_bulk_status",
    "ContactsBulkUploadInput": ".contacts_bulk_upload_input",
    "ContactsBulkUploadResult": ".contacts_bulk_upload_result",
    "ContactsBulkUploadResultStatus": ".contacts_bulk_upload_result_status",
    "Coupon": ".coupon",
    "CouponCampaign": ".coupon_campaign",
    "CouponCampaignInput": ".coupon_campaign_input",
    "CouponCampaignPage": ".coupon_campaign_page",
    "CouponCampaignType": ".coupon_campaign_type",
    "CouponInput": ".coupon_input",
    "CouponPage": ".coupon_page",
    "CreateAliasRequest": ".create_alias_request",
    "CreateSubaccountOrderRequest": ".create_subaccount_order_request",
    "CreateSubaccountRequest": ".create_subaccount_request",
    "CustomField": ".custom_field",
    "CustomFieldOption": ".custom_field_option",
    "EmailCampaign": ".email_campaign",
    "EmailCampaignList": ".email_campaign_list",
    "EmailCampaignStats": ".email_campaign_stats",
    "EmailInsertResult": ".email_insert_result",
    "EmailMessage": ".email_message",
    "EmailSender": ".email_sender",
    "EmailTemplate": ".email_template",
    "EmailTemplateList": ".email_template_list",
    "Error": ".error",
    "EstimateSmsRequest": ".estimate_sms_request",
    "EstimateSmsResponse": ".estimate_sms_response",
    "FidelityCard": ".fidelity_card",
    "FidelityCardContact": ".fidelity_card_contact",
    "FidelityCardInput": ".fidelity_card_input",
    "FidelityCardPage": ".fidelity_card_page",
    "FidelityProgram": ".fidelity_program",
    "FidelityProgramListResponse": ".fidelity_program_list_response",
    "FidelityRecord": ".fidelity_record",
    "FidelityRecordAction": ".fidelity_record_action",
    "FidelityRecordInput": ".fidelity_record_input",
    "FidelityRecordInputAction": ".fidelity_record_input_action",
    "FidelityRecordPage": ".fidelity_record_page",
    "GdprConsent": ".gdpr_consent",
    "GdprConsentListResponse": ".gdpr_consent_list_response",
    "GdprItemType": ".gdpr_item_type",
    "GroupContact": ".group_contact",
    "GroupContactPage": ".group_contact_page",
    "ListReservationsStatus": ".list_reservations_status",
    "Metadata": ".metadata",
    "OtpCheck": ".otp_check",
    "OtpDetail": ".otp_detail",
    "PrivacyPolicy": ".privacy_policy",
    "PrivacyPolicyListResponse": ".privacy_policy_list_response",
    "ReceivedSms": ".received_sms",
    "ReceivedSmsSearchResponse": ".received_sms_search_response",
    "ReceivingService": ".receiving_service",
    "Reservation": ".reservation",
    "ReservationCreateInput": ".reservation_create_input",
    "ReservationCreateInputStatus": ".reservation_create_input_status",
    "ReservationPage": ".reservation_page",
    "ReservationSyncData": ".reservation_sync_data",
    "ReservationUpdateInput": ".reservation_update_input",
    "ReservationUpdateInputStatus": ".reservation_update_input_status",
    "SendEmailCampaignRequest": ".send_email_campaign_request",
    "SendEmailCampaignResponse": ".send_email_campaign_response",
    "SendEmailRequest": ".send_email_request",
    "SendEmailResponse": ".send_email_response",
    "SendOtpRequest": ".send_otp_request",
    "SendOtpResponse": ".send_otp_response",
    "SendSmsBulkRequest": ".send_sms_bulk_request",
    "SendSmsBulkResponse": ".send_sms_bulk_response",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsResponse": ".send_sms_response",
    "SentSms": ".sent_sms",
    "SentSmsSearchResponse": ".sent_sms_search_response",
    "SmsEncoding": ".sms_encoding",
    "SmsInsertResult": ".sms_insert_result",
    "SmsInsertResultStatus": ".sms_insert_result_status",
    "SmsInsertResultStatusDetail": ".sms_insert_result_status_detail",
    "SmsPack": ".sms_pack",
    "SmsStatus": ".sms_status",
    "SmsStatusCallback": ".sms_status_callback",
    "SmsStatusCallbackStatus": ".sms_status_callback_status",
    "Subaccount": ".subaccount",
    "SubaccountSearchResponse": ".subaccount_search_response",
    "UpdateSubaccountRequest": ".update_subaccount_request",
    "User": ".user",
}

__all__ = (
    "Alias",
    "AliasStatus",
    "BookingCalendar",
    "BookingCalendarListResponse",
    "BookingSlotListResponse",
    "BookingTask",
    "BookingTaskListResponse",
    "BulkTransactionCallback",
    "BulkTransactionCallbackStatus",
    "BulkTransactionSms",
    "BulkTransactionSmsStatus",
    "BulkTransactionSmsStatusDetail",
    "CancelOtpRequest",
    "CancelOtpRequestCommand",
    "CancelOtpResponse",
    "CancelSmsRequest",
    "CheckOtpResponse",
    "CheckOtpResponseVerifyStatus",
    "Contact",
    "ContactCreateInput",
    "ContactCustomFieldValue",
    "ContactGdprConsentAddInput",
    "ContactGdprConsentRemoveInput",
    "ContactGdprInfo",
    "ContactGdprRecord",
    "ContactGdprRecordConsentType",
    "ContactGroup",
    "ContactGroupInput",
    "ContactGroupRef",
    "ContactGroupsInput",
    "ContactsBulkStatus",
    "ContactsBulkUploadInput",
    "ContactsBulkUploadResult",
    "ContactsBulkUploadResultStatus",
    "ContactSearchResult",
    "ContactUpdateInput",
    "Coupon",
    "CouponCampaign",
    "CouponCampaignInput",
    "CouponCampaignPage",
    "CouponCampaignType",
    "CouponInput",
    "CouponPage",
    "CreateAliasRequest",
    "CreateSubaccountOrderRequest",
    "CreateSubaccountRequest",
    "CustomField",
    "CustomFieldOption",
    "EmailCampaign",
    "EmailCampaignList",
    "EmailCampaignStats",
    "EmailInsertResult",
    "EmailMessage",
    "EmailSender",
    "EmailTemplate",
    "EmailTemplateList",
    "Error",
    "EstimateSmsRequest",
    "EstimateSmsResponse",
    "FidelityCard",
    "FidelityCardContact",
    "FidelityCardInput",
    "FidelityCardPage",
    "FidelityProgram",
    "FidelityProgramListResponse",
    "FidelityRecord",
    "FidelityRecordAction",
    "FidelityRecordInput",
    "FidelityRecordInputAction",
    "FidelityRecordPage",
    "GdprConsent",
    "GdprConsentListResponse",
    "GdprItemType",
    "GroupContact",
    "GroupContactPage",
    "ListReservationsStatus",
    "Metadata",
    "OtpCheck",
    "OtpDetail",
    "PrivacyPolicy",
    "PrivacyPolicyListResponse",
    "ReceivedSms",
    "ReceivedSmsSearchResponse",
    "ReceivingService",
    "Reservation",
    "ReservationCreateInput",
    "ReservationCreateInputStatus",
    "ReservationPage",
    "ReservationSyncData",
    "ReservationUpdateInput",
    "ReservationUpdateInputStatus",
    "SendEmailCampaignRequest",
    "SendEmailCampaignResponse",
    "SendEmailRequest",
    "SendEmailResponse",
    "SendOtpRequest",
    "SendOtpResponse",
    "SendSmsBulkRequest",
    "SendSmsBulkResponse",
    "SendSmsRequest",
    "SendSmsResponse",
    "SentSms",
    "SentSmsSearchResponse",
    "SmsEncoding",
    "SmsInsertResult",
    "SmsInsertResultStatus",
    "SmsInsertResultStatusDetail",
    "SmsPack",
    "SmsStatus",
    "SmsStatusCallback",
    "SmsStatusCallbackStatus",
    "Subaccount",
    "SubaccountSearchResponse",
    "UpdateSubaccountRequest",
    "User",
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
