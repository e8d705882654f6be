"""The desk's three roles as groups, with the permissions the workflow services check."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

REPORTER = "Rédacteur"
EDITOR = "Éditeur"
CHIEF = "Chef d'édition"

# Reporters write and submit; what they may change is narrowed to their own drafts in the admin and services.
REPORTER_PERMS = [
    "articles.view_article", "articles.add_article", "articles.change_article", "articles.delete_article",
    "articles.view_quote", "articles.add_quote", "articles.change_quote", "articles.delete_quote",
    "articles.view_taggedarticle", "articles.add_taggedarticle", "articles.change_taggedarticle",
    "articles.delete_taggedarticle",
    "articles.view_person", "articles.add_person", "articles.view_tag", "articles.add_tag",
]
EDITOR_PERMS = REPORTER_PERMS + [
    "articles.change_any_article", "articles.publish_article", "articles.retract_article",
    "articles.correct_article", "articles.view_correction", "articles.view_transition",
    "articles.change_person", "articles.merge_person",
]
CHIEF_PERMS = EDITOR_PERMS + [
    "articles.delete_person", "articles.change_tag", "articles.delete_tag",
    "articles.view_slugredirect", "articles.delete_slugredirect",
    "auth.view_user", "auth.add_user", "auth.change_user", "auth.delete_user", "auth.view_group",
]
GROUPS = {REPORTER: REPORTER_PERMS, EDITOR: EDITOR_PERMS, CHIEF: CHIEF_PERMS}


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrations: make them now so the groups can hold them.
    for app_label in ("auth", "articles"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True  # a migration's app stub has none; create_permissions skips those
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            wanted.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(wanted)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
