"""The sentences of the number and identity checks (filing numbers, USCC, generative-AI model
numbers, ID numbers: ``domain.numbers``, ``domain.idcards``), in the ``messages`` context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart only
to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking the texts.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

NUMBER_SENTENCES: dict[str, str] = {
    "uscc.length": QT_TRANSLATE_NOOP(
        "messages", "A unified social credit code has 18 characters; this one has {length}."
    ),
    "uscc.forbidden_char": QT_TRANSLATE_NOOP(
        "messages",
        "A unified social credit code never contains I, O, Z, S or V; found {chars}.",
    ),
    "uscc.invalid_char": QT_TRANSLATE_NOOP(
        "messages", "A unified social credit code has only digits and capitals; found {chars}."
    ),
    "uscc.check_char": QT_TRANSLATE_NOOP(
        "messages",
        "The last character should be {expected}, not {found}: a character is probably mistyped.",
    ),
    "uscc.org_code": QT_TRANSLATE_NOOP(
        "messages",
        "Characters 9-17 ({org_code}) fail the organisation-code check; compare with the "
        "business licence.",
    ),
    "filing_no.format": QT_TRANSLATE_NOOP(
        "messages", "A filing number reads 网信算备, 21 digits, 号 (or just the 21 digits)."
    ),
    "filing_no.length": QT_TRANSLATE_NOOP(
        "messages", "This filing number has {digits} digits; a filing number has 21."
    ),
    "filing_no.region": QT_TRANSLATE_NOOP(
        "messages", "The first six digits ({region}) are not a known region code; please check."
    ),
    "filing_no.type_unknown": QT_TRANSLATE_NOOP(
        "messages", "Digits 14-15 ({type}) are not an algorithm type code (01-06)."
    ),
    "filing_no.type_mismatch": QT_TRANSLATE_NOOP(
        "messages", "Digits 14-15 ({type}) do not match the algorithm's type ({expected})."
    ),
    "filing_no.check_digit": QT_TRANSLATE_NOOP(
        "messages", "The last digit would be {expected}, not {found}; a digit may be mistyped."
    ),
    "filing_no.entity_region": QT_TRANSLATE_NOOP(
        "messages",
        "{algorithm}: the number's region prefix {region} is not the entity's region code "
        "{entity}.",
    ),
    "filing_no.year": QT_TRANSLATE_NOOP(
        "messages",
        "{algorithm}: the number's year {year} is not the year the filing was granted.",
    ),
    "filing_no.entity_segment": QT_TRANSLATE_NOOP(
        "messages",
        "{algorithm}: digits 7-13 ({segment}) differ from the entity's other numbers ({usual}).",
    ),
    "id_number.format": QT_TRANSLATE_NOOP(
        "messages", "A resident identity card number has 17 digits and a digit or X."
    ),
    "id_number.check_digit": QT_TRANSLATE_NOOP(
        "messages",
        "The last character should be {expected}, not {found}: a digit is probably mistyped.",
    ),
    "model_no.format": QT_TRANSLATE_NOOP(
        "messages", "The model's filing number or launch number has the wrong form."
    ),
    "model_no.date": QT_TRANSLATE_NOOP(
        "messages", "The date in the model number ({date}) is not a real date."
    ),
    "model_no.unexpected": QT_TRANSLATE_NOOP(
        "messages", "This model's track does not expect a number."
    ),
    "model_no.province": QT_TRANSLATE_NOOP(
        "messages",
        "{province} is not a province spelling used in the CAC's lists; please check the number.",
    ),
    "model_no.after_decision": QT_TRANSLATE_NOOP(
        "messages",
        "The date in the number ({date}) is after the day it was granted ({decided}); please "
        "check it.",
    ),
}
