"""Contains all the data models used in inputs/outputs"""

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
