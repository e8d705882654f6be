"""The desk's three roles as real users in the groups the migration creates (no superusers)."""
import importlib

import pytest
from django.contrib.auth.models import Group, Permission, User

PASSWORD = "motdepasse-solide-42"
REPORTER, EDITOR, CHIEF = "Rédacteur", "Éditeur", "Chef d'édition"


def desk_group(name: str) -> Group:
    """The migration's group; rebuilt from the migration's own table after a transactional test's flush."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        groups = importlib.import_module("articles.migrations.0003_editorial_groups").GROUPS
        group = Group.objects.create(name=name)
        for perm in groups[name]:
            app_label, codename = perm.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return group


def make_member(username: str, group: str, **fields) -> User:
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True, **fields)
    user.groups.add(desk_group(group))
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
