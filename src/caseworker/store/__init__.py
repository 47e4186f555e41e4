"""The encrypted workspace: keys, the SQLCipher database, migrations, records, audit and backups."""
