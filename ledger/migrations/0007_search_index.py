"""Search for two-character Chinese terms served by an index on PostgreSQL (issue 13).

A trigram index cannot serve a two-character term, so each searched row carries a tsvector of its text's
character bigrams (lexemes taken as-is through array_to_tsvector, no parser), GIN-indexed; a term is looked up as
the AND of its own bigrams (ledger/search.py). Measures carry their own texts plus their feedback item's title,
kept by triggers (the item's title lives in another table, so a generated column cannot hold it); feedback items
carry their title and text as a generated column. The columns are the database's business: Django neither reads
nor writes them, so history rows and bulk writes are unaffected. SQLite has none of this: ledger/search.py falls
back to plain icontains there.
"""

from django.db import migrations, models

FORWARD = r"""
CREATE FUNCTION tz_bigrams(doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  -- Every pair of adjacent characters of the upper-cased text plus a trailing space (so that each character
  -- starts some lexeme and a one-character term can be looked up as a prefix). Two regexp passes, from the first
  -- and from the second character, cut the text into pairs in C: several times faster than a loop.
  SELECT array_to_tsvector(array_remove(string_to_array(
    regexp_replace(upper(doc) || ' ', '(..)', E'\\1\x01', 'g') || E'\x01'
    || regexp_replace(substr(upper(doc) || ' ', 2), '(..)', E'\\1\x01', 'g'), E'\x01'), ''))
$$;

ALTER TABLE ledger_feedbackitem ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (tz_bigrams(title || ' ' || text)) STORED;
CREATE INDEX ledger_item_search_idx ON ledger_feedbackitem USING gin (search_vector);

ALTER TABLE ledger_measure ADD COLUMN search_vector tsvector;

-- Existing rows in one set-based pass (the same text as the trigger below builds, row by row, from now on).
UPDATE ledger_measure m SET search_vector = tz_bigrams(
    m.text || ' ' || m.responsible_leader || ' ' || m.lead_unit || ' ' || m.responsible_units || ' ' || i.title)
  FROM ledger_feedbackitem i WHERE i.id = m.item_id;

CREATE FUNCTION tz_measure_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := tz_bigrams(
    NEW.text || ' ' || NEW.responsible_leader || ' ' || NEW.lead_unit || ' ' || NEW.responsible_units || ' '
    || coalesce((SELECT title FROM ledger_feedbackitem WHERE id = NEW.item_id), ''));
  RETURN NEW;
END
$$;
CREATE TRIGGER ledger_measure_search_insert BEFORE INSERT ON ledger_measure
  FOR EACH ROW EXECUTE FUNCTION tz_measure_search_vector();
CREATE TRIGGER ledger_measure_search_update BEFORE UPDATE ON ledger_measure
  FOR EACH ROW WHEN (
    OLD.text IS DISTINCT FROM NEW.text OR OLD.responsible_leader IS DISTINCT FROM NEW.responsible_leader
    OR OLD.lead_unit IS DISTINCT FROM NEW.lead_unit OR OLD.responsible_units IS DISTINCT FROM NEW.responsible_units
    OR OLD.item_id IS DISTINCT FROM NEW.item_id OR NEW.search_vector IS NULL
  ) EXECUTE FUNCTION tz_measure_search_vector();

CREATE FUNCTION tz_item_title_to_measures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Setting the vector to NULL makes the measure's own trigger recompute it with the new title.
  UPDATE ledger_measure SET search_vector = NULL WHERE item_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER ledger_item_search_title AFTER UPDATE OF title ON ledger_feedbackitem
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION tz_item_title_to_measures();

CREATE INDEX ledger_measure_search_idx ON ledger_measure USING gin (search_vector);
"""

REVERSE = r"""
DROP TRIGGER IF EXISTS ledger_item_search_title ON ledger_feedbackitem;
DROP FUNCTION IF EXISTS tz_item_title_to_measures();
DROP TRIGGER IF EXISTS ledger_measure_search_update ON ledger_measure;
DROP TRIGGER IF EXISTS ledger_measure_search_insert ON ledger_measure;
DROP FUNCTION IF EXISTS tz_measure_search_vector();
ALTER TABLE ledger_measure DROP COLUMN IF EXISTS search_vector;
ALTER TABLE ledger_feedbackitem DROP COLUMN IF EXISTS search_vector;
DROP FUNCTION IF EXISTS tz_bigrams(text);
"""


def statements(script: str) -> list[str]:
    # One statement per entry, split on blank lines: function bodies contain semicolons.
    return [part.strip() for part in script.split("\n\n") if part.strip()]


class PostgresRunSQL(migrations.RunSQL):
    """RunSQL on PostgreSQL only: SQLite searches with icontains and needs no columns."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("ledger", "0006_measure_warning_inputs")]

    operations = [
        PostgresRunSQL(statements(FORWARD), statements(REVERSE)),
        # Feedback items in an index-served order (the inspection's own ordering joined and sorted every item).
        migrations.AlterModelOptions(
            name="feedbackitem",
            options={
                "ordering": ["inspection_id", "parent_id", "position"],
                "verbose_name": "反馈问题",
                "verbose_name_plural": "反馈问题",
            },
        ),
        migrations.AddIndex(
            model_name="feedbackitem",
            index=models.Index(fields=["inspection", "parent", "position"], name="ledger_item_order_idx"),
        ),
    ]
