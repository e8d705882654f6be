import json

from django.core.management import call_command
from django.core.management.base import BaseCommand

from articles.models import Article
from articles.seed import SEED_FIXTURE


class Command(BaseCommand):
    help = "Charge l’article d’exemple (fixtures/seed.json) s’il n’est pas déjà là ; ne remplace jamais un article existant."

    def handle(self, *args, **options):
        records = json.loads(SEED_FIXTURE.read_text(encoding="utf-8"))
        slugs = [r["fields"]["slug"] for r in records if r["model"] == "articles.article"]
        if Article.objects.filter(slug__in=slugs).exists():
            self.stdout.write("Article d’exemple déjà présent : rien à charger.")
            return
        call_command("loaddata", str(SEED_FIXTURE), verbosity=0)
        self.stdout.write(f"Article d’exemple chargé ({len(slugs)} article).")
