"""The only package that talks to the database and the keyring. Public API: store.register."""
