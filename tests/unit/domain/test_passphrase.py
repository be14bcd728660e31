"""The rules for a NEW passphrase: at least 12 characters and not easy to guess (zxcvbn).

Table-driven: each row is a passphrase someone might choose and the verdict with its reason code.
"""

from __future__ import annotations

import random
import string

import pytest

from filing_desk.domain.passphrase import MIN_LENGTH, assess

REFUSED = [
    # (passphrase, code): short, common words and passwords, keyboard walks, repeats, sequences
    ("", "passphrase.too_short"),
    ("abc", "passphrase.too_short"),
    ("Xq7#vL2!pZ9", "passphrase.too_short"),  # random but 11 characters
    ("春眠不觉晓处处闻啼鸟", "passphrase.too_short"),  # 10 Chinese characters
    ("password1234", "passphrase.common"),
    ("Password123456", "passphrase.common"),
    ("iloveyou2024!", "passphrase.common"),
    ("filingdesk12345", "passphrase.common"),  # the app's own name: tried first
    ("qwertyuiop123", "passphrase.common"),  # a keyboard walk common enough to be listed
    ("1qaz2wsx3edc4rfv", "passphrase.common"),
    ("asdfghjkl;1234", "passphrase.keyboard"),
    ("zxcvbnm,./;lkjh", "passphrase.keyboard"),
    ("qwertyqwertyqwerty", "passphrase.repeat"),
    ("我的密码我的密码我的密码", "passphrase.repeat"),
    ("abcdefghijklmnop", "passphrase.sequence"),
]

ACCEPTED = [
    "我的备案登记册密码很长很安全",  # a long Chinese phrase
    "墨绿的乌龟在周三翻过了山岭",
    "violet anchor 紫色锚 meadow 42",
    "correct horse battery staple",
    "q7#Vn2!xLp9@Tz4&",  # random, 16 characters
]


@pytest.mark.parametrize(("passphrase", "code"), REFUSED)
def test_attack_weak_new_passphrase_is_refused_with_its_reason(passphrase: str, code: str) -> None:
    """Reproduction: choose `passphrase` for a new register. Before: any non-empty passphrase was
    taken. After: refused, with the reason's code (for advice in Chinese or English) and an
    English message that gives the advice and never quotes the passphrase."""
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.code == code
    assert strength.level <= 2
    assert "words" in strength.message  # the advice
    assert not passphrase or passphrase not in strength.message


@pytest.mark.parametrize("passphrase", ACCEPTED)
def test_strong_new_passphrase_is_accepted(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.acceptable, strength.message
    assert strength.code == strength.message == ""
    assert strength.level >= 3


def test_random_16_character_passphrases_are_accepted() -> None:
    rng = random.Random(20261123)
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*-_=+"
    for _ in range(25):
        passphrase = "".join(rng.choice(alphabet) for _ in range(16))
        assert assess(passphrase).acceptable, passphrase


def test_a_too_short_passphrase_says_how_long_it_must_be() -> None:
    strength = assess("Xq7#vL2!pZ9")
    assert strength.score == 4  # strong for its length, yet refused
    assert f"at least {MIN_LENGTH} characters; this one has 11" in strength.message


def test_a_very_long_passphrase_is_judged_without_error() -> None:
    """zxcvbn refuses more than 72 characters; the first 72 are judged."""
    assert assess("长" * 5 + "violet anchor meadow 42 " * 10).acceptable
    assert not assess("a" * 500).acceptable
