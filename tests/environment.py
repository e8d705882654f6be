"""Loaded by pytest before Django (see pyproject `-p`): test-only settings from the environment."""
import os

os.environ.setdefault("DJANGO_SECRET_KEY", "insecure-key-for-the-test-suite-only")
# Playwright's sync API runs an event loop in the test thread; the ORM calls around it are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
