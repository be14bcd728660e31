"""Rules for a NEW passphrase (a register's or a backup's): at least 12 characters and hard to
guess. Unlocking never goes through here, so an old, shorter passphrase still opens its register.

Pure: ``zxcvbn`` (a pure-Python strength estimator: dictionaries, keyboard walks, repeats,
sequences, dates; no I/O) scores the passphrase, and this module turns its result into one of our
own codes (``passphrase.too_short``, ``passphrase.common``…), so the advice can be said in Chinese
and English (ui/messages.py); zxcvbn's own feedback is English only. The passphrase itself never
appears in a message, not even the part that was found weak.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn's scale 0-4; 3: "safely unguessable", over ~10^8 guesses
MAX_SCORE = 4
_ZXCVBN_LIMIT = 72  # zxcvbn refuses longer input; the first 72 characters are judged
# What an attacker who has the file knows to try first: words about the app and its register.
CONTEXT_WORDS = (
    "filing",
    "desk",
    "filingdesk",
    "register",
    "backup",
    "passphrase",
    "password",
    "备案",
    "登记",
    "登记册",
    "算法",
    "密码",
    "口令",
)
ADVICE = "Use four or more unrelated words, or a sentence only you know (Chinese works too)."
_WHY = {
    "passphrase.common": "it is a common password, or made of common words or names that are "
    "tried first",
    "passphrase.keyboard": "it follows keys next to each other on the keyboard",
    "passphrase.repeat": "it repeats characters or words",
    "passphrase.sequence": "it is a sequence like abc or 6543",
    "passphrase.date": "it is built on a date or a year",
    "passphrase.weak": "it is too easy to guess",
}
_CODE_OF_PATTERN = {
    "dictionary": "passphrase.common",
    "spatial": "passphrase.keyboard",
    "repeat": "passphrase.repeat",
    "sequence": "passphrase.sequence",
    "date": "passphrase.date",
    "regex": "passphrase.date",  # zxcvbn's only regex is "recent year"
}


@dataclass(frozen=True)
class Strength:
    """How a new passphrase fares. ``code`` is empty when it is accepted, else why it is not."""

    length: int
    score: int  # zxcvbn's 0 (very weak) to 4 (very strong)
    code: str
    crack_time: str  # zxcvbn's English words, for an offline attack at ~10^4 guesses a second

    @property
    def acceptable(self) -> bool:
        return not self.code

    @property
    def level(self) -> int:
        """0-4 for a strength meter; a refused passphrase never shows as acceptable."""
        return self.score if self.acceptable else min(self.score, MIN_SCORE - 1)

    @property
    def message(self) -> str:
        """The English refusal with its advice ("" when accepted); never quotes the passphrase."""
        if self.acceptable:
            return ""
        if self.code == "passphrase.too_short":
            return (
                f"A new passphrase needs at least {MIN_LENGTH} characters; this one has "
                f"{self.length}. {ADVICE}"
            )
        return (
            f"This passphrase is too weak: {_WHY[self.code]} (someone with the file could "
            f"guess it in {self.crack_time}). {ADVICE}"
        )


def assess(passphrase: str) -> Strength:
    """Judge a new passphrase: too short, or scored under ``MIN_SCORE`` by zxcvbn, is refused."""
    if not passphrase:
        return Strength(0, 0, "passphrase.too_short", "less than a second")
    from zxcvbn import zxcvbn

    result: dict[str, Any] = zxcvbn(passphrase[:_ZXCVBN_LIMIT], user_inputs=list(CONTEXT_WORDS))
    score = int(result["score"])
    crack_time = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    if len(passphrase) < MIN_LENGTH:
        code = "passphrase.too_short"
    elif score < MIN_SCORE:
        code = _weakness(result["sequence"])
    else:
        code = ""
    return Strength(len(passphrase), score, code, crack_time)


def _weakness(sequence: list[dict[str, Any]]) -> str:
    """Our code for the longest guessable part zxcvbn found (as its own feedback picks it)."""
    found = [m for m in sequence if m.get("pattern") in _CODE_OF_PATTERN]
    if not found:
        return "passphrase.weak"
    longest = max(found, key=lambda m: len(str(m.get("token", ""))))
    return _CODE_OF_PATTERN[str(longest["pattern"])]


__all__ = ["ADVICE", "MIN_LENGTH", "MIN_SCORE", "Strength", "assess"]
