"""The measure search trigger of migration 0007 computes a vector only for rows inserted without one: the importer
computes the vector of the measures it COPYs (ledger.search.bigram_vector), at a fraction of the trigger's server
time. Every other insert leaves the column NULL (Django does not know it), so for them nothing changes.
"""

import importlib

from django.db import migrations

PostgresRunSQL = importlib.import_module("ledger.migrations.0007_search_index").PostgresRunSQL

FORWARD = [
    "DROP TRIGGER ledger_measure_search_insert ON ledger_measure",
    """CREATE TRIGGER ledger_measure_search_insert BEFORE INSERT ON ledger_measure
  FOR EACH ROW WHEN (NEW.search_vector IS NULL) EXECUTE FUNCTION tz_measure_search_vector()""",
]
REVERSE = [
    "DROP TRIGGER ledger_measure_search_insert ON ledger_measure",
    """CREATE TRIGGER ledger_measure_search_insert BEFORE INSERT ON ledger_measure
  FOR EACH ROW EXECUTE FUNCTION tz_measure_search_vector()""",
]


class Migration(migrations.Migration):
    dependencies = [("ledger", "0013_overview_tallies")]

    operations = [PostgresRunSQL(FORWARD, REVERSE)]
