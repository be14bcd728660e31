"""Every code the domain, store, forms, transfer and workflows can raise or report has an English
sentence in ui/messages.py and its Chinese translation in the catalogue, and each sentence names
only params its code passes (a sentence naming another falls back to the rule's English text).

The codes are found by reading the packages' source (tests/helpers/codes.py), so a new code made
anywhere, by any helper, fails here until it has its sentences.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET

import pytest

from filing_desk.domain.errors import InvalidInput
from filing_desk.paths import resource_dir
from filing_desk.transfer import json_io
from filing_desk.ui.messages import SENTENCES, issue_text
from tests.helpers.codes import CODE_SHAPE, Site, codes, exception_classes

TS = resource_dir() / "translations" / "filing_desk_zh_CN.ts"
# What ui/messages.py adds to a code's own params when it formats the sentence.
ISSUE_PARAMS = frozenset({"label", "field"})  # issue_text: every Issue
CHAIN_PARAMS = frozenset({"id"})  # chain_text: the first bad event of a ChainCheck


@pytest.fixture(scope="module")
def found() -> dict[str, list[Site]]:
    return codes()


def placeholders(text: str) -> set[str]:
    return {
        re.split(r"[.\[]", name)[0]
        for _, name, _, _ in string.Formatter().parse(text)
        if name is not None
    }


def chinese() -> dict[str, str]:
    """Source → finished translation of the ``messages`` context of the zh_CN catalogue."""
    translations = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                text = "".join(translation.itertext()).strip()
                translations[message.findtext("source", "")] = text
    return translations


def where(sites: list[Site]) -> str:
    return ", ".join(sorted({s.where for s in sites}))


def test_codes_are_found_however_they_are_made(found):
    made_by = {
        "register.wrong_key": "an exception class's code",
        "transfer.nul": "code= given to an exception",
        "json.syntax": "Issue(code, …)",
        "form.min_items": "Issue(code=…)",
        "calendar.duplicate": "a helper taking the code second",
        "import.value": "a transfer helper with **params",
        "audit.missing": "a ChainCheck field",
        "passphrase.keyboard": "a table a function returns from",
        "model.not_found": 'f"{kind}.not_found" for each record kind',
        "date.order": "a parameter's default",
    }
    missing = {code: how for code, how in made_by.items() if code not in found}
    assert not missing, f"the collector no longer finds: {missing}"
    assert "domain.error" not in found, "an abstract base class's code is never raised"
    odd = sorted(code for code in found if not CODE_SHAPE.fullmatch(code))
    assert not odd, f"not codes (lower-case dotted words): {odd}"


def test_every_code_has_an_english_sentence(found):
    missing = {code: where(sites) for code, sites in found.items() if not SENTENCES.get(code)}
    assert not missing, f"add a sentence to ui/messages.py for: {missing}"


def test_every_sentence_has_a_chinese_translation(found):
    zh = chinese()
    untranslated = sorted(
        code
        for code in set(found) | set(SENTENCES)
        if SENTENCES.get(code) and not zh.get(SENTENCES[code])
    )
    assert not untranslated, f"translate in the .ts (context messages): {untranslated}"
    differ = {
        code: (sorted(placeholders(text)), sorted(placeholders(zh[text])))
        for code, text in SENTENCES.items()
        if text in zh and placeholders(text) != placeholders(zh[text])
    }
    assert not differ, f"the translation names other params than the source: {differ}"


def test_sentences_name_only_params_their_code_passes(found):
    exceptions = exception_classes()
    wrong = []
    for code, sites in sorted(found.items()):
        named = placeholders(SENTENCES.get(code, ""))
        for site in sites:
            if site.params is None:
                continue  # not known from the source (a params variable, a **spread)
            if site.callee in exceptions:
                given = site.params
            elif site.callee == "ChainCheck":
                given = site.params | CHAIN_PARAMS
            else:
                given = site.params | ISSUE_PARAMS
            if named - given:
                wrong.append(f"{code} at {site.where} passes {sorted(given)}, not {sorted(named)}")
    assert not wrong, "\n".join(wrong)


def test_a_damaged_json_export_names_each_problem_where_it_is():
    doc = '{"format": "filing-desk-register", "version": 1, "entities": [{"bogus": 1}]}'
    with pytest.raises(InvalidInput) as caught:
        json_io.load(doc)
    texts = [issue_text(issue) for issue in caught.value.issues]
    assert "entities[0].bogus is not a key of a Filing Desk export." in texts
    assert "entities[0].name is missing." in texts
    assert "algorithms: the value has the wrong type." in texts
