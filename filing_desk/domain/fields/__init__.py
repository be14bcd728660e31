"""The record kinds and their fields, each field declared once (issue 14).

``declare`` says how a field is declared and reads the declarations back; ``values`` is the one
conversion vocabulary (yes/no words, dates, choices, lists) for import, edit, JSON and forms;
``entity``, ``algorithm``, ``model``, ``product`` and ``procedure`` declare the record kinds.
``domain.records`` re-exports the records. Nothing is imported here.
"""
