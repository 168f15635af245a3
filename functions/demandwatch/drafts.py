"""Draft statements: a story's facts rendered through the event type's Jinja2 template.

Templates live beside the configuration (``<config dir>/templates/<event type>.txt.j2``)
so the people who own the wording can change it without touching code; a configuration
directory without templates uses the shipped ones. The output is plain text: whoever
shows it (Slack, a terminal) escapes it for its medium.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from demandwatch.config import SHIPPED_CONFIG_DIR, AppConfig, Org
from demandwatch.core.drafts import (
    DraftFacts,
    OrgProfile,
    and_list,
    gather_facts,
    possessive,
    sentence_start,
)
from demandwatch.core.models import Alert
from demandwatch.exceptions import DraftError

if TYPE_CHECKING:
    import jinja2

_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def org_profile(org: Org) -> OrgProfile:
    return OrgProfile(
        name=org.name,
        short_name=org.short_name,
        dateline_city=org.dateline_city,
        contact_name=org.media_contact.name,
        contact_phone=org.media_contact.phone,
        contact_email=org.media_contact.email,
        boilerplate=" ".join(org.boilerplate.split()),
        timezone=org.timezone,
    )


def template_dir(config: AppConfig) -> Path:
    """The configuration's templates, or the shipped ones when it has none."""
    own = config.directory / "templates"
    return own if own.is_dir() else SHIPPED_CONFIG_DIR / "templates"


class DraftRenderer:
    """Renders :class:`DraftFacts` with the template for their event type."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._env: jinja2.Environment | None = None

    def _environment(self) -> jinja2.Environment:
        # Built (and Jinja2 imported) at the first draft: a Slack notifier makes a renderer
        # in every container, and most never render a draft (only the Draft button does).
        if self._env is None:
            import jinja2

            # Plain text, not HTML: autoescaping would put &amp; into a press release. The
            # medium that shows the draft escapes it (the Slack layer does).
            env = jinja2.Environment(
                loader=jinja2.FileSystemLoader(str(self.directory)),
                undefined=jinja2.StrictUndefined,
                autoescape=False,  # noqa: S701 - plain text, escaped by whoever shows it
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=True,
            )
            env.filters["and_list"] = and_list
            env.filters["possessive"] = possessive
            env.filters["sentence_start"] = sentence_start
            self._env = env
        return self._env

    def render(self, facts: DraftFacts) -> str:
        import jinja2

        env = self._environment()
        name = f"{facts.event_type}.txt.j2"
        try:
            try:
                template = env.get_template(name)
            except jinja2.TemplateNotFound:
                template = env.get_template("other.txt.j2")
            text = template.render(facts=facts, org=facts.org)
        except jinja2.TemplateError as exc:
            where = (
                f"{exc.filename}:{exc.lineno}"
                if isinstance(exc, jinja2.TemplateSyntaxError)
                else name
            )
            raise DraftError(f"draft template {where} in {self.directory}: {exc}") from exc
        # Templates stay readable with blank lines around their blocks; the draft gets at
        # most one blank line in a row.
        text = _BLANK_RUNS.sub("\n\n", text)
        return "\n".join(line.rstrip() for line in text.strip().splitlines()) + "\n"


def render_draft(
    alerts: Sequence[Alert],
    config: AppConfig,
    *,
    today: date,
    story_id: str | None = None,
    renderer: DraftRenderer | None = None,
) -> str:
    """The draft statement for a story's alerts, as plain text."""
    facts = gather_facts(
        alerts,
        {d.id: d for d in config.demands},
        org_profile(config.org),
        today=today,
        story_id=story_id,
    )
    return (renderer or DraftRenderer(template_dir(config))).render(facts)
