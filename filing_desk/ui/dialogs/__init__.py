"""Dialogs of the desktop app (unlock, recovery, CAC answer, settings, about)."""
