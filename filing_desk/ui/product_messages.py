"""The sentences of the product registry's issues (``store.products``,
``domain.product_changes``), in the ``messages`` translation context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart only
to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking the texts.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

PRODUCT_SENTENCES: dict[str, str] = {
    "product.not_found": QT_TRANSLATE_NOOP("messages", "The product no longer exists."),
    "product_link.not_found": QT_TRANSLATE_NOOP(
        "messages", "The product is no longer linked to this algorithm."
    ),
    "product.duplicate": QT_TRANSLATE_NOOP(
        "messages", "The entity already has a product of this name and form: link that one."
    ),
    "product.linked": QT_TRANSLATE_NOOP(
        "messages",
        "The product is linked to an algorithm; withdraw it there (with the day) instead.",
    ),
    "product.shown_since": QT_TRANSLATE_NOOP(
        "messages", "A display date is given but the filing number is not marked as shown."
    ),
    "link.other_entity": QT_TRANSLATE_NOOP(
        "messages", "The product belongs to another entity than the algorithm."
    ),
    "link.duplicate": QT_TRANSLATE_NOOP(
        "messages", "The product is already linked to this algorithm."
    ),
    "link.filed": QT_TRANSLATE_NOOP(
        "messages",
        "The algorithm was filed with this product: withdraw it with the day it was taken off.",
    ),
    "link.withdrawn_before_go_live": QT_TRANSLATE_NOOP(
        "messages", "The withdrawal date is before the day it went live ({go_live})."
    ),
}
