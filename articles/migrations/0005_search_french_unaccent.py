"""Full-text search on PostgreSQL: the `unaccent` extension and a `french_unaccent` configuration.

`french_unaccent` is the `french` configuration (French snowball stemmer) with accents folded
before stemming, so «defense» finds «défense». Nothing happens on other databases: search
falls back to folded substring matching there (articles/search.py).
"""
from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CREATE = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION french_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
END $$;
"""


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent")


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_sections")]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create_configuration, drop_configuration, elidable=False),
    ]
