"""The desk's three roles as real users in the groups the migration creates (no superusers)."""
import pytest
from django.contrib.auth.models import Group, User

PASSWORD = "motdepasse-solide-42"
REPORTER, EDITOR, CHIEF = "Rédacteur", "Éditeur", "Chef d'édition"


def make_member(username: str, group: str, **fields) -> User:
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reporter(db):
    return make_member("rene", REPORTER, first_name="René", last_name="Reporter")


@pytest.fixture
def desk_editor(db):
    return make_member("edith", EDITOR, first_name="Édith", last_name="Piaf")


@pytest.fixture
def second_editor(db):
    return make_member("xavier", EDITOR, first_name="Xavier", last_name="Dupont")


@pytest.fixture
def chief(db):
    return make_member("chloe", CHIEF, first_name="Chloé", last_name="Chef")


def client_for(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client
