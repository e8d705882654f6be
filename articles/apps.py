from django.apps import AppConfig
from django.db.backends.signals import connection_created


def register_sql_functions(sender, connection, **kwargs):
    """SQLite has no unaccent(): give it the search's folding function (articles/search.py)."""
    if connection.vendor == "sqlite":
        from articles.search import fold_text

        connection.connection.create_function("newsroom_fold", 1, fold_text, deterministic=True)


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Rédaction"

    def ready(self):
        from articles import cache

        connection_created.connect(register_sql_functions, dispatch_uid="newsroom_sql_functions")
        cache.connect_purges()
