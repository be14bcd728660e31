"""Import and export of register data: spreadsheets, CSV, JSON and the CAC's published list annexes.

No Qt, no database. Every function here is pure with respect to the register: it takes records or
files and returns records and reports; ``filing_desk.store`` decides what to write.
"""
