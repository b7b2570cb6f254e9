"""Documents drafted from the ledger (progress reports)."""
