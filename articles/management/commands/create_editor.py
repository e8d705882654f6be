from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string


class Command(BaseCommand):
    help = "Crée un compte de rédaction local si aucun utilisateur n’existe, et affiche une seule fois son mot de passe."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="redaction")

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.exists():
            self.stdout.write("Des comptes existent déjà : connectez-vous avec le vôtre sur /admin/.")
            return
        password = get_random_string(16)
        User.objects.create_superuser(options["username"], email="", password=password)
        self.stdout.write(self.style.SUCCESS("Compte de rédaction créé (affiché une seule fois) :"))
        self.stdout.write(f"  identifiant : {options['username']}")
        self.stdout.write(f"  mot de passe : {password}")
