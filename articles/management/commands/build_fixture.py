from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importing import TextImportError
from articles.seed import SEED_FIXTURE, FixtureBuildError, build_fixture


class Command(BaseCommand):
    help = "Construit fixtures/seed.json à partir de fixtures/source/ avec l’importeur du projet."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(SEED_FIXTURE), help="Fichier à écrire (- pour la sortie standard).")

    def handle(self, *args, **options):
        try:
            data = build_fixture()
        except (FixtureBuildError, TextImportError) as exc:
            raise CommandError(str(exc)) from exc
        if options["output"] == "-":
            self.stdout.write(data, ending="")
        else:
            Path(options["output"]).write_text(data, encoding="utf-8")
            self.stdout.write(f"{options['output']} écrit.")
