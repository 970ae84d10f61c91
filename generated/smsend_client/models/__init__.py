"""Contains all the data models used in inputs/outputs

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays cheap however many models the API has.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Model name -> module that defines it.
_MODULES = {
    "AccountCredit": ".account_credit",
    "CreditBalance": ".credit_balance",
    "CreditBalanceList": ".credit_balance_list",
    "CreditMove": ".credit_move",
    "CreditMoveRequest": ".credit_move_request",
    "Error": ".error",
    "MessageType": ".message_type",
    "PasswordChange": ".password_change",
    "Purchase": ".purchase",
    "PurchaseInput": ".purchase_input",
    "PurchaseList": ".purchase_list",
    "PurchaseMessageType": ".purchase_message_type",
    "PurchaseMessageTypeInput": ".purchase_message_type_input",
    "PurchaseRequest": ".purchase_request",
    "ResultOk": ".result_ok",
    "Subaccount": ".subaccount",
    "SubaccountInput": ".subaccount_input",
    "SubaccountList": ".subaccount_list",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
