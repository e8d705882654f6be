import json
import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from articles.importing import TextImportError, decode_bytes, expand_paths, parse_article, parsed_as_dict, read_source
from articles.models import Article
from articles.services import save_parsed_article


class Command(BaseCommand):
    help = "Importe des fichiers texte (format de la dépêche) en articles, citations et personnes ; une transaction par fichier."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Fichiers, dossiers (récursifs), motifs glob, ou - pour l’entrée standard.")
        parser.add_argument("--dry-run", action="store_true", help="N’écrit rien ; montre ce qui serait importé.")
        parser.add_argument("--json", action="store_true", help="Sortie JSON.")
        parser.add_argument(
            "--status", choices=[Article.Status.DRAFT, Article.Status.PUBLISHED], default=Article.Status.DRAFT,
            help="Statut des articles importés (brouillon par défaut).",
        )

    def handle(self, *args, **options):
        try:
            sources = expand_paths(options["paths"])
        except TextImportError as exc:
            raise CommandError(str(exc)) from exc
        counts = {"created": 0, "unchanged": 0, "failed": 0}
        report = []
        for source in sources:
            try:
                parsed = parse_article(self.read(source), source)
                if options["dry_run"]:
                    report.append(parsed_as_dict(parsed))
                    action = "dry-run"
                else:
                    outcome = save_parsed_article(parsed, status=options["status"])
                    action = outcome.action
                    counts[action] += 1
            except TextImportError as exc:
                counts["failed"] += 1
                self.stderr.write(str(exc))
                continue
            except ValidationError as exc:
                counts["failed"] += 1
                self.stderr.write(f"{source}: {'; '.join(exc.messages)}")
                continue
            if not options["json"]:
                verb = {"created": "créé", "unchanged": "inchangé", "dry-run": "à importer"}[action]
                self.stdout.write(f"{source}: {verb} — {parsed.headline} ({len(parsed.quotes)} citations)")
        if options["json"]:
            self.stdout.write(json.dumps({"articles": report, "summary": counts}, ensure_ascii=False, indent=2))
        elif not options["dry_run"]:
            self.stdout.write(
                f"{counts['created']} créé(s), {counts['unchanged']} inchangé(s), {counts['failed']} en échec."
            )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} fichier(s) en échec.")

    def read(self, source: str) -> str:
        if source == "-":
            return decode_bytes(sys.stdin.buffer.read(), "<stdin>")
        if source.startswith("!symlink:"):
            raise TextImportError(source.removeprefix("!symlink:"), None, "lien symbolique hors de l’arborescence, ignoré")
        return read_source(Path(source), source)
