"""Contains all the data models used in inputs/outputs"""

from .account_credit import AccountCredit
from .credit_balance import CreditBalance
from .credit_balance_list import CreditBalanceList
from .credit_move import CreditMove
from .credit_move_request import CreditMoveRequest
from .error import Error
from .message_type import MessageType
from .password_change import PasswordChange
from .purchase import Purchase
from .purchase_input import PurchaseInput
from .purchase_list import PurchaseList
from .purchase_message_type import PurchaseMessageType
from .purchase_message_type_input import PurchaseMessageTypeInput
from .purchase_request import PurchaseRequest
from .result_ok import ResultOk
from .subaccount import Subaccount
from .subaccount_input import SubaccountInput
from .subaccount_list import SubaccountList

__all__ = (
    "AccountCredit",
    "CreditBalance",
    "CreditBalanceList",
    "CreditMove",
    "CreditMoveRequest",
    "Error",
    "MessageType",
    "PasswordChange",
    "Purchase",
    "PurchaseInput",
    "PurchaseList",
    "PurchaseMessageType",
    "PurchaseMessageTypeInput",
    "PurchaseRequest",
    "ResultOk",
    "Subaccount",
    "SubaccountInput",
    "SubaccountList",
)
