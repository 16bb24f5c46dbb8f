"""Writing content YAML for people to read: block style, key order kept, the schema comment."""

from __future__ import annotations

from typing import Any

import yaml

from exhibit.content.schema import SCHEMA_DIR

SCHEMA_FILES = {
    "exhibit": "exhibit.schema.json",
    "timeline": "timeline.schema.json",
    "section": "section.schema.json",
}


def schema_uri(kind: str) -> str:
    """The absolute file URI of the installed JSON Schema for `kind` (exhibit/timeline/section).

    Files written outside this checkout cannot point at the schema with a relative path as the
    bundled exhibit does, so they name the copy inside the installed package.
    """
    return (SCHEMA_DIR / SCHEMA_FILES[kind]).as_uri()


def schema_comment(kind: str) -> str:
    """The first line of a content file: editors with the YAML language server validate it."""
    return f"# yaml-language-server: $schema={schema_uri(kind)}"


# libyaml's emitter when PyYAML has it (ten times faster: a 20,000-event import writes 20 MB);
# it writes a mapping's list items at the key's indent ("slides:\n- id: …"), still plain YAML.
_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[valid-type,misc]
    """Safe dumper that writes multi-line text as literal blocks, and no anchors: content
    files are trees (and looking for repeats costs an import of 20,000 events seconds)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """YAML text for `data` (plain dicts, lists, strings and numbers), keys in their order."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=100,
    )


def content_file(kind: str, data: Any, comments: tuple[str, ...] = ()) -> str:
    """A whole content file: schema comment, optional `# ` comment lines, then the YAML."""
    head = [schema_comment(kind), *(f"# {line}".rstrip() for line in comments)]
    return "\n".join(head) + "\n" + dump_yaml(data)
