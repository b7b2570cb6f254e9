"""Keeps similarity current after an edit (filled in with the services)."""
