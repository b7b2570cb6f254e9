from ledger.admin import categories, inspections, items, measures, records, units  # noqa: F401  (registers the admins)
