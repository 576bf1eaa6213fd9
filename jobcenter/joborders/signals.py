"""Signals other apps listen to about job orders.

``order_opened`` (``order=``): the order went online — opened from screening or released from a hold — through
``joborders.services.online.job_order_put_online``, the one guard. Sent once the transaction has committed, so a
listener sees the order online and its work (job notifications, referrals ADR 0032) never runs for a change that
was rolled back.
"""

from django.dispatch import Signal

order_opened = Signal()
