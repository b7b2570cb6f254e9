from ledger.admin import inspections, items, measures, records, units  # noqa: F401  (registers the admins)
