"""The sentences of import and export codes: ``transfer.*`` errors, ``import.*``, ``json.*``,
``products.*`` and ``cac_list.*`` issues, in the ``messages`` translation context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart only
to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking the texts.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

TRANSFER_SENTENCES: dict[str, str] = {
    # import and export (transfer.errors, transfer.register_io, transfer rows)
    "transfer.error": QT_TRANSLATE_NOOP("messages", "The file could not be read or written."),
    "transfer.file_too_large": QT_TRANSLATE_NOOP(
        "messages", "{file} is larger than an import may be; nothing was read."
    ),
    "transfer.zip_bomb": QT_TRANSLATE_NOOP(
        "messages",
        "{file} would unpack to far more than it holds (a possible zip bomb); it was refused "
        "without unpacking.",
    ),
    "transfer.unsupported_format": QT_TRANSLATE_NOOP(
        "messages",
        "Import reads .xlsx, .csv, .json or a CAC list .docx; export writes .xlsx, .csv or .json.",
    ),
    "transfer.malformed": QT_TRANSLATE_NOOP(
        "messages", "{file} cannot be read: it is damaged or not the format its name says."
    ),
    "transfer.malformed_row": QT_TRANSLATE_NOOP("messages", "{file}: row {row} cannot be read."),
    "transfer.malformed_cell": QT_TRANSLATE_NOOP(
        "messages", "{file}: the cell in row {row}, column {column} cannot be read."
    ),
    "transfer.encoding": QT_TRANSLATE_NOOP(
        "messages",
        "{file} is not UTF-8 or GB18030/GBK text (it may be Big5 or another encoding); save it "
        "as “CSV UTF-8” and import again. Nothing was imported.",
    ),
    "transfer.nul": QT_TRANSLATE_NOOP(
        "messages",
        "{file}: the cell in row {row}, column {column} holds a NUL character, which a text file "
        "never holds: the file is damaged or not a CSV file. Nothing was imported.",
    ),
    "transfer.xml_dtd": QT_TRANSLATE_NOOP(
        "messages",
        "{file} holds XML that Excel and Word never write (a document type or entity "
        "declaration, or an unusual encoding); it was refused without being read.",
    ),
    "transfer.export_failed": QT_TRANSLATE_NOOP(
        "messages",
        "The export could not be written (is the disk full or the folder read-only?). No "
        "partial file was left.",
    ),
    "import.errors": QT_TRANSLATE_NOOP(
        "messages",
        "Nothing was imported: some rows have errors. Fix them in the file or leave those rows "
        "out, then import again.",
    ),
    "import.entity_not_in_list": QT_TRANSLATE_NOOP(
        "messages", "An entity you chose is not in this list."
    ),
    "import.required": QT_TRANSLATE_NOOP("messages", "{column}: a required value is missing."),
    "import.value": QT_TRANSLATE_NOOP("messages", "{column}: “{value}” is not a valid value."),
    "import.unknown_field": QT_TRANSLATE_NOOP(
        "messages", "{column} is mapped to a field that cannot be imported."
    ),
    "import.legacy_type": QT_TRANSLATE_NOOP(
        "messages",
        "The list's old type 检索过滤类 was taken as code {chosen}; confirm or change the type.",
    ),
    "products.etc": QT_TRANSLATE_NOOP(
        "messages", "The products end with 等: some products are not named."
    ),
    "products.no_form": QT_TRANSLATE_NOOP(
        "messages", "A product has no form; it was recorded as 其他."
    ),
    "products.no_name": QT_TRANSLATE_NOOP("messages", "A product has no name."),
    "products.form": QT_TRANSLATE_NOOP(
        "messages", "A product form is not known; it was recorded as 其他."
    ),
    "cac_list.role": QT_TRANSLATE_NOOP("messages", "The role is neither provider nor supporter."),
    "cac_list.type": QT_TRANSLATE_NOOP("messages", "The algorithm type is not a known type."),
    "cac_list.remark_cancelled": QT_TRANSLATE_NOOP(
        "messages", "The list's remark mentions 注销: check that the filing is still in force."
    ),
    # whole-register JSON (transfer.json_io, store.importer); {field} is the path in the file
    "json.syntax": QT_TRANSLATE_NOOP(
        "messages", "The file is not valid JSON; nothing was imported."
    ),
    "json.encoding": QT_TRANSLATE_NOOP(
        "messages", "The JSON file is not UTF-8 text; nothing was imported."
    ),
    "json.format": QT_TRANSLATE_NOOP(
        "messages", "This JSON file is not a register exported by Filing Desk."
    ),
    "json.version": QT_TRANSLATE_NOOP(
        "messages",
        "The file's format version is missing, or newer than this Filing Desk reads; update "
        "Filing Desk.",
    ),
    "json.type": QT_TRANSLATE_NOOP("messages", "{field}: the value has the wrong type."),
    "json.missing": QT_TRANSLATE_NOOP("messages", "{field} is missing."),
    "json.unknown_key": QT_TRANSLATE_NOOP(
        "messages", "{field} is not a key of a Filing Desk export."
    ),
    "json.reference": QT_TRANSLATE_NOOP(
        "messages", "{field} refers to a record that is not in the file."
    ),
    "import.not_empty": QT_TRANSLATE_NOOP(
        "messages",
        "A whole-register JSON export is restored only into an empty register; create a new "
        "register for it.",
    ),
}
