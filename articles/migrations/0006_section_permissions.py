"""Sections came after the desk's groups: everyone on the desk sees them, the chief editor manages them."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

SECTION_PERMS = {
    "Rédacteur": ["view_section"],
    "Éditeur": ["view_section"],
    "Chef d'édition": ["view_section", "add_section", "change_section", "delete_section"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    app_config.models_module = True  # a migration's app stub has none; create_permissions skips those
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in SECTION_PERMS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*Permission.objects.filter(content_type__app_label="articles", codename__in=codenames))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=SECTION_PERMS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="articles", codename__endswith="_section"))


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_search_french_unaccent")]

    operations = [migrations.RunPython(grant, revoke)]
