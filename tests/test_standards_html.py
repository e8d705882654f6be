"""Every public page as the Nu HTML Checker sees it, and ready for a strict Content-Security-Policy."""
import json
import subprocess

from lxml import html as lxml_html

from tests.sitedata import VNU_JAR, need_java, public_urls

ALLOWED_SCRIPT_TYPES = {"application/ld+json"}
URL_ATTRIBUTES = ["href", "src", "action", "poster", "cite", "data"]


def render_all(client, site) -> dict[str, str]:
    pages = {}
    for name, url in public_urls(site).items():
        response = client.get(url)
        expected = 404 if name == "introuvable" else 200
        assert response.status_code == expected, (name, url, response.status_code)
        pages[name] = response.content.decode()
    from articles.views import server_error

    pages["erreur-500"] = server_error(None).content.decode()
    return pages


def test_nu_html_checker_finds_no_error(client, site, tmp_path):
    need_java()
    files = []
    for name, text in render_all(client, site).items():
        path = tmp_path / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    run = subprocess.run(
        ["java", "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--stdout", "--errors-only", *files],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(run.stdout or "{}").get("messages", [])
    errors = [f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m.get('message')} «{m.get('extract', '').strip()}»"
              for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert errors == [], "\n".join(errors)
    assert run.returncode == 0, run.stderr


def test_no_inline_code_no_third_party(client, site):
    for name, text in render_all(client, site).items():
        tree = lxml_html.fromstring(text)
        for script in tree.iter("script"):
            assert script.get("type") in ALLOWED_SCRIPT_TYPES, (name, "inline or external script")
        assert not tree.xpath("//style"), (name, "<style> element")
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            for attribute in element.attrib:
                assert attribute != "style", (name, element.tag, "style attribute")
                assert not attribute.startswith("on"), (name, element.tag, attribute)
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if value and "//" in value.split("?")[0]:
                    assert value.startswith("http://testserver/"), (name, element.tag, attribute, value)
            for candidate in (element.get("srcset") or "").split(","):
                assert not candidate.strip() or candidate.strip().startswith("/"), (name, candidate)
        for meta in tree.xpath("//meta[@content]"):
            content = meta.get("content")
            if content.startswith("http"):
                assert content.startswith("http://testserver/"), (name, content)
