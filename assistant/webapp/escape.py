"""Text from documents, questions and answers is shown as text, never as HTML or markdown.

Everything the app puts into a gr.HTML goes through `html_text`; everything it puts into a chat
message (rendered as markdown) goes through `md_text`, which also defuses the markdown syntax that
could make a link or an image ("[x](javascript:…)", "![x](http://…)", bare "https://…" autolinks).
The only markup the app adds itself is the citation links it builds from numbers.
"""

from __future__ import annotations

import html
import re

# ASCII punctuation that means something to markdown; a backslash makes each one literal.
# "&", "<", ">" are handled by the HTML escape; ";" and "#" are left alone so that the entities
# produced below stay entities.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()+\-.!|~$^=])")
_HTML_ENTITIES = {":": "&#58;", "@": "&#64;"}  # no "scheme:" or "user@host" for the autolinker to find


def html_text(text: object) -> str:
    """Text for HTML: every <, >, &, " and ' escaped."""
    return html.escape("" if text is None else str(text), quote=True)


def md_text(text: object) -> str:
    """Text for a markdown message: shown literally, no HTML, no links, no formatting.

    Markdown block markers at the start of a line ("# ", "> ", "1. ") are neutralised too, so
    a line stays a line. Newlines are kept (the chatbot shows them as line breaks).
    """
    raw = "" if text is None else str(text)
    escaped = _MD_SPECIAL.sub(r"\\\1", raw)
    escaped = html.escape(escaped, quote=False)  # "&" first inside, so "&lt;" is never double-read
    for char, entity in _HTML_ENTITIES.items():
        escaped = escaped.replace(char, entity)
    # "#" and ">" (now "&gt;") at a line start would make a heading or a quote block
    escaped = re.sub(r"(?m)^(\s*)#", r"\1&#35;", escaped)
    return escaped


def plain_one_line(text: object, limit: int = 300) -> str:
    """A single line of text (for status messages): whitespace folded, cut at `limit`."""
    s = " ".join(str(text or "").split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
