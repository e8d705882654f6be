import json
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from articles.importing import TextImportError, decode_bytes, expand_paths, parse_all, parse_source, parsed_as_dict
from articles.models import Article
from articles.services import ImportConflict, save_parsed_article


class Command(BaseCommand):
    help = (
        "Importe des dépêches (texte, NewsML-G2, NITF) en articles, citations et personnes ; "
        "une transaction par fichier, brouillons par défaut."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Fichiers, dossiers (récursifs), motifs glob, ou - pour l’entrée standard.")
        parser.add_argument("--dry-run", action="store_true", help="N’écrit rien ; montre ce qui serait importé.")
        parser.add_argument("--json", action="store_true", help="Sortie JSON (avec --dry-run : ce qui serait importé).")
        parser.add_argument(
            "--status", choices=[Article.Status.DRAFT, Article.Status.PUBLISHED], default=Article.Status.DRAFT,
            help="Statut des articles importés (brouillon par défaut).",
        )
        parser.add_argument("--update", action="store_true", help="Applique une nouvelle version d’une dépêche déjà importée.")
        parser.add_argument("--workers", type=int, default=None, help="Processus d’analyse (par défaut : un par cœur).")

    def handle(self, *args, **options):
        try:
            sources = expand_paths(options["paths"])
        except TextImportError as exc:
            raise CommandError(str(exc)) from exc
        counts = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
        report = []
        progress = Progress(self.stderr, len(sources)) if len(sources) > 20 and sys.stderr.isatty() else None
        stdin = [s for s in sources if s == "-"]
        files = [s for s in sources if s != "-"]
        results = list(self.parse_stdin(stdin))
        for source, parsed in [*results, *parse_all(files, workers=options["workers"])]:
            if progress:
                progress.step()
            if isinstance(parsed, TextImportError):
                counts["failed"] += 1
                self.stderr.write(str(parsed))
                continue
            for article in parsed:
                if options["dry_run"]:
                    report.append(parsed_as_dict(article))
                    if not options["json"]:
                        self.stdout.write(f"{source}: à importer — {article.headline} ({len(article.quotes)} citations)")
                    continue
                self.save(article, options, counts)
        if progress:
            progress.done()
        if options["json"]:
            self.stdout.write(json.dumps({"articles": report, "summary": counts}, ensure_ascii=False, indent=2))
        elif not options["dry_run"]:
            self.stdout.write(
                f"{counts['created']} créé(s), {counts['updated']} mis à jour, "
                f"{counts['unchanged']} inchangé(s), {counts['failed']} en échec."
            )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} fichier(s) en échec.")

    def parse_stdin(self, stdin):
        """Standard input is read once, however many times `-` was given."""
        if not stdin:
            return
        try:
            yield "<stdin>", parse_source(decode_bytes(sys.stdin.buffer.read(), "<stdin>"), "<stdin>")
        except TextImportError as exc:
            yield "<stdin>", exc

    def save(self, parsed, options, counts):
        try:
            outcome = save_parsed_article(parsed, status=options["status"], update=options["update"])
        except ImportConflict as exc:
            counts["failed"] += 1
            self.stderr.write(f"{parsed.source}: {exc}")
            return
        except ValidationError as exc:
            counts["failed"] += 1
            self.stderr.write("; ".join(exc.messages))
            return
        counts[outcome.action] += 1
        if not options["json"]:
            verb = {"created": "créé", "updated": "mis à jour", "unchanged": "inchangé"}[outcome.action]
            note = f" — {outcome.message}" if outcome.message else ""
            self.stdout.write(f"{parsed.source}: {verb} — {outcome.article.headline}{note}")


class Progress:
    """A one-line progress bar on the operator's terminal for long runs."""

    def __init__(self, stream, total: int, width: int = 30):
        self.stream, self.total, self.width, self.count = stream, total, width, 0

    def step(self):
        self.count += 1
        filled = self.width * self.count // self.total
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {self.count}/{self.total}", ending="")
        self.stream.flush()

    def done(self):
        self.stream.write("")
