"""``number``: say what each number is and whether it passes its check, one line per input:
``TEXT<TAB>KIND<TAB>VERDICT``; exit 1 when any input is an error.

Opens no register and needs no key: it reads its arguments, or standard input one number per line
when none is given (blank lines skipped). The rules are ``domain.numbers``'s; no cross-check
between the inputs (they need not belong to one entity).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from filing_desk.commands.base import Subparsers

KINDS = """kinds: algorithm-filing (网信算备…号, 21 digits),
  genai-filing (Province-Name-YYYYMMDD[NNNN]), genai-registration (Province-Name-YYYYMMDDSNNNN),
  uscc (统一社会信用代码), resident-id (居民身份证号码), unknown
verdicts: ok, warning: … (kept, e.g. the inferred check digit of a filing number, a GenAI
  number's unknown province spelling or its date after --decided), error: …
exit codes: 0 no input is an error; 1 at least one is"""


def add_parsers(sub: Subparsers) -> None:
    num = sub.add_parser(
        "number",
        help="recognise and check filing numbers, GenAI numbers, USCCs and ID numbers",
        description="Print TEXT<TAB>KIND<TAB>VERDICT for each TEXT (or each line of standard "
        "input when no TEXT is given). Opens no register.",
        epilog=KINDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    num.add_argument("texts", nargs="*", metavar="TEXT", help="numbers to check")
    num.add_argument(
        "--decided",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the day a GenAI number was granted: a date part after it is a warning",
    )
    num.set_defaults(handler=run)


def _iso_date(text: str) -> date:
    from filing_desk.commands.deadlines import iso_date

    return iso_date(text)


def run(args: argparse.Namespace) -> int:
    from filing_desk.domain.numbers import classify, verdict

    texts = args.texts or [line for line in sys.stdin.read().splitlines() if line.strip()]
    errors = 0
    for text in texts:
        found = classify(text, args.decided)
        print(f"{found.text}\t{found.kind.value}\t{verdict(found)}")
        errors += found.is_error
    if errors:  # the lines above say which; a script reading only stderr learns that some did
        print(f"filing-desk: {errors} of {len(texts)} inputs are in error", file=sys.stderr)
    return 1 if errors else 0
