"""Caseworker: encrypted, offline-first case management for children returned from conflict zones."""

__version__ = "0.1.0"
