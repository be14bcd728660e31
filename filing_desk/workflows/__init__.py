"""Use cases above the store and below the UI and the command line, each one unit of work.

``wizard`` (saving and finishing a procedure wizard), ``readiness`` (marking a procedure ready,
its readiness computed inside), ``printing`` (forms and packets, one watermark rule),
``importing`` (a prepared batch) and ``restoring`` (a backup into a new file). The GUI and the
CLI call these; each runs in one transaction (``Register.transaction()`` is re-entrant, so the
store commands a use case calls join it), and a failure at any step leaves nothing applied.
No Qt, no SQL: the store writes, the domain and forms decide.
"""
