"""The command line's subcommands: one module per command or small group, each holding its
parser and its handler (``add_parsers(sub)`` binds the handler with argparse's own
``set_defaults(handler=...)``); ``parser`` lists them in ``--help`` order.

Every module here: imports nothing heavy at module level (the store, forms, transfer, ReportLab,
openpyxl… are imported by the handler when it runs, so building the parser stays cheap); never
imports ``filing_desk.cli`` or ``filing_desk.app`` (import-linter keeps commands and app
independent); prints its output and returns the exit code, raising ``base.UsageError`` or a
store, domain or form error for ``base.exit_code_for`` to say on stderr. This file stays a
docstring, so importing one command module imports no other.
"""
