"""`python -m filing_desk` does what the `filing-desk` command does."""

import sys

from filing_desk.cli import main

sys.exit(main(sys.argv[1:]))
