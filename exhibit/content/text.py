"""Text that may come in several languages: one string, or a map of language code to string."""

from __future__ import annotations

from exhibit.content.record import Record, record


@record(frozen=True)
class LocalText(Record):
    """A text field's values by language; `""` key holds a language-neutral single string."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def plain(cls, text: str) -> LocalText:
        return cls((("", text),))

    def get(self, lang: str, fallback: str = "") -> str:
        """The text in `lang`, else the neutral string, else `fallback`'s, else any."""
        table = dict(self.values)
        for key in (lang, "", fallback):
            if key in table:
                return table[key]
        return self.values[0][1] if self.values else ""

    def languages(self) -> frozenset[str]:
        return frozenset(key for key, _ in self.values)

    def all_texts(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.values)

    def __bool__(self) -> bool:
        return any(text for _, text in self.values)


EMPTY = LocalText(())
