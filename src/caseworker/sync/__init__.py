"""Sync between laptops and the office: identities, certificates, bundles (DESIGN.md §6)."""
