"""English plural forms for counted texts, so English reads "1 row" and "41 entities".

Counted texts are written once, in English, with Qt's ``%n`` and a plural marker on the noun:
``tr("%n row(s) have errors.", "", n)``. Chinese takes its one form from the .ts numerus entry;
English, the source language, has no catalogue, so ``EnglishPlurals`` (installed by
``i18n.install`` for English) resolves the markers: ``(s)``/``(es)`` are dropped or kept,
``entit(ies)`` becomes entity or entities, and a verb right after the noun (or one word later)
agrees. Qt itself then puts the number in place of ``%n``. No other texts are touched.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

_MARKER = re.compile(r"(\w+)\((s|es|ies)\)")
# a plural verb → its singular, looked for in the one or two words after a marked noun
_VERBS = {
    "have": "has",
    "are": "is",
    "were": "was",
    "need": "needs",
    "carry": "carries",
    "name": "names",
    "apply": "applies",
    "repeat": "repeats",
    "remain": "remains",
}


def _noun(match: re.Match[str], one: bool) -> str:
    stem, suffix = match.group(1), match.group(2)
    if suffix == "ies":
        return stem + ("y" if one else "ies")
    return stem if one else stem + suffix


def english_plural(text: str, n: int) -> str:
    """``text`` with its plural markers resolved for the count ``n``."""
    one = abs(n) == 1
    out: list[str] = []
    pos = 0
    for match in _MARKER.finditer(text):
        out.append(text[pos : match.start()])
        out.append(_noun(match, one))
        pos = match.end()
        if one:
            for words in (1, 2):
                verb = _verb_at(text, pos, words)
                if verb is not None:
                    start, end, singular = verb
                    out.append(text[pos:start] + singular)
                    pos = end
                    break
    out.append(text[pos:])
    return "".join(out)


def _verb_at(text: str, pos: int, words: int) -> tuple[int, int, str] | None:
    """The plural verb that is the ``words``-th word after ``pos``: (start, end, singular)."""
    skip = r"(?:\s+[\w’']+)" * (words - 1)
    found = re.match(skip + r"\s+(\w+)\b", text[pos:])
    if found is None or found.group(1) not in _VERBS:
        return None
    return pos + found.start(1), pos + found.end(1), _VERBS[found.group(1)]


class EnglishPlurals(QTranslator):
    """A translator for English that answers only counted texts (``n >= 0`` and a marker)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or not source or _MARKER.search(source) is None:
            return None  # a null string: "not translated here", the source text is shown
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False
