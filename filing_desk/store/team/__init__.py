"""The team register: the same register on the firm's PostgreSQL server (``--register
postgresql://USER@HOST:PORT/DB``). ``address`` reads the URL, ``password`` finds the password,
``connect`` makes the engine, ``roles`` the database roles, ``setup`` initialises and opens one,
``register`` is the ``Register`` whose file-only parts say what a server does instead."""
