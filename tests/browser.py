"""Opening reports in Debian's headless Chromium through Playwright (no browser download),
with every request that would leave the machine blocked and recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags for a sandboxed root session on a closed network (see .ci/run).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NO_TROUBLE = {"errors": [], "failed": [], "blocked": [], "dialogs": []}


def open_offline(browser, path: Path, width: int = 1280):
    """Open a report from disk in a `width`-pixel-wide window with every non-local request
    blocked; return the page and what went wrong: console errors, failed or blocked
    requests, dialogs (a script from a page's text would show one)."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    trouble = {"errors": [], "failed": [], "blocked": [], "dialogs": []}
    page.on("console", lambda m: trouble["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: trouble["errors"].append(str(e)))
    page.on("requestfailed", lambda r: trouble["failed"].append(r.url) if r.url not in trouble["blocked"] else None)
    page.on("dialog", lambda d: (trouble["dialogs"].append(d.message), d.dismiss()))

    def only_local(route):
        if route.request.url.startswith(("file://", "data:", "blob:")):
            route.continue_()
        else:
            trouble["blocked"].append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_load_state("networkidle")
    return page, trouble
