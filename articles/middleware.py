"""A strict Content-Security-Policy for the readers' site: our own origin only, no inline code.

The readers' templates carry no inline script, event handler or style attribute (the test
suite checks it), so the policy needs no nonce. JSON-LD blocks are data, not scripts: the
browser never runs them. The admin (Django's own templates) is left out.
"""
from django.conf import settings

POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.mode = getattr(settings, "NEWSROOM_CSP", "enforce")

    def __call__(self, request):
        response = self.get_response(request)
        if self.mode == "off" or request.path.startswith("/admin/"):
            return response
        header = "Content-Security-Policy-Report-Only" if self.mode == "report-only" else "Content-Security-Policy"
        response.headers.setdefault(header, POLICY)
        return response
