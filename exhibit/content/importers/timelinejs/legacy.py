"""Older TimelineJS shapes in the form the importer reads (TimelineJS 3's `events`).

TimelineJS 2 wrote `{"timeline": {"headline", "text", "asset", "date": [...], "era": [...]}}`
with dates as "YYYY,MM,DD" strings; some TimelineJS 3 timelines wrap their slides as
`{"timeline": {"slides": [...]}}`. Both say the same things TimelineJS 3 does.
"""

from __future__ import annotations

from typing import Any

Data = dict[str, Any]


def modernise(data: Data) -> Data | None:
    """The TimelineJS 3 form of an older timeline, or None when `data` is neither kind."""
    inner = data.get("timeline")
    if not isinstance(inner, dict):
        return None
    if isinstance(inner.get("slides"), list):
        slides = [s for s in inner["slides"] if isinstance(s, dict)]
        title = next((s for s in slides if s.get("type") == "title"), None)
        events = [s for s in slides if s is not title]
        return {"events": events, **({"title": title} if title else {})}
    if isinstance(inner.get("date"), list):
        return _from_version_2(inner)
    return None


def _from_version_2(timeline: Data) -> Data:
    events = [_event(item) for item in timeline["date"] if isinstance(item, dict)]
    result: Data = {"events": events, "title": _slide(timeline)}
    eras = [_event(item) for item in timeline.get("era") or [] if isinstance(item, dict)]
    if eras:
        result["eras"] = eras
    return result


def _event(item: Data) -> Data:
    slide = _slide(item)
    for key, field in (("start_date", "startDate"), ("end_date", "endDate")):
        date = _date(item.get(field))
        if date:
            slide[key] = date
    if isinstance(item.get("tag"), str) and item["tag"].strip():
        slide["group"] = item["tag"]
    return slide


def _slide(item: Data) -> Data:
    slide: Data = {"text": {"headline": item.get("headline") or "", "text": item.get("text") or ""}}
    asset = item.get("asset")
    if isinstance(asset, dict) and isinstance(asset.get("media"), str) and asset["media"]:
        slide["media"] = {
            "url": asset["media"],
            "credit": asset.get("credit") or "",
            "caption": asset.get("caption") or "",
        }
    return slide


def _date(value: object) -> Data:
    """"1963,8,9" (or "1963") as TimelineJS 3's {year, month, day}."""
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        return {}
    parts = [part.strip() for part in value.split(",")]
    return {key: part for key, part in zip(("year", "month", "day"), parts, strict=False) if part}
