"""`exhibit new`: a small, commented sample exhibit — one section, every slide kind once."""

from __future__ import annotations

import json
import math
import re
import shlex
import struct
from pathlib import Path

from exhibit.content.importers.htmltext import trim_plain
from exhibit.content.loader import BUDGETS
from exhibit.content.newfolder import write_new_folder
from exhibit.content.yamlwrite import schema_comment

SECTION = "lighthouse"

_SCHEMA_NOTE = """\
#
# The line above lets editors with the YAML language server (VS Code's YAML extension and
# others) complete and check this file as you type. The JSON Schema it names lives inside
# the installed Exhibit package, so the line holds that file's absolute location: after
# moving or reinstalling Exhibit, run `exhibit new` once more and copy its first line, or
# delete the line. Exhibit itself never reads it.
"""

EXHIBIT_YAML = """\
{schema}
{note}#
# exhibit.yaml is the root of an exhibit: its title, the order of its sections, the sources
# that quotations cite and the people it credits. Every path is relative to this folder.
# Check your edits with `exhibit check {folder}`, look with `exhibit {folder}`.
# Full reference: docs/content-format.md in Exhibit's source.

title: {title}
subtitle: A sample exhibit to make your own

# Text fields may also come in several languages: list them here, then write
#   title: {{en: The Lighthouse, fr: Le Phare}}
languages: [en]

# The order of the show. Each id is a folder beside this file holding a section.yaml.
sections:
  - {section}

# Documents that quote and document slides cite by id. A url is shown as text, never opened.
sources:
  - id: keepers-log
    title: The keeper's log, 1911-1912 (invented for this sample)
    publisher: The exhibit's own collection
    date: 1911

# People and things to thank on the credits slide (image credits are added by themselves).
credits:
  - role: Curated by
    name: Your name here

# How a kiosk runs the show when nobody touches it.
kiosk:
  idle_timeout: 90        # seconds without a touch before the attract loop starts
  auto_advance: 12        # seconds per slide when the show runs by itself
  # attract_video: media/loop.mp4   # or a muted, looping video instead of the slides
  # attract_poster: media/loop.jpg  # shown instead of it with reduced motion

presentation:
  minutes: 5              # planned length for a teacher's presenter timer
"""

TIMELINE_YAML = """\
{schema}
{note}#
# timeline.yaml: dated events on the side timeline, and eras drawn as bands behind them.
# Dates: 1911, 1911-12 (month) or 1911-12-14 (day); BCE years start with a minus: -44.
# A slide lists the events it is about in its `events`; tapping an event jumps to it.

eras:
  - id: oil-light
    title: Lit by oil
    start: 1874
    end: 1921
  - id: electric-light
    title: Lit by electricity
    start: 1921
    end: 1989

events:
  - id: first-light
    date: 1874-11-01
    title: The light shines for the first time
    text: Paraffin lamps behind a *glass lens* as tall as a person.   # Markdown
  - id: great-storm
    date: "1911-12"                 # month precision
    title: The December storm
    display_date: Winter 1911       # shown instead of the computed date
  - id: automated
    date: 1989
    end: 1990                       # an event may span a range
    title: The light runs by itself
"""

SECTION_YAML = """\
{schema}
{note}#
# section.yaml: one section of the show, its slides in order. The folder name ({section}/)
# must equal the id below. Every slide has an id unique in the whole exhibit and a kind;
# any slide may also have caption (the line in the caption band), notes (Markdown for the
# presenter), duration (seconds, when the show runs by itself) and events (timeline ids).

id: {section}
title: The Lighthouse
subtitle: North Rock, 1874-1989
minutes: 5                          # planned presentation minutes for this section

slides:
  # title: a card that opens a section. Needs title; may have subtitle, and image with alt.
  - id: lighthouse-title
    kind: title
    title: The Lighthouse
    subtitle: A hundred years of keeping the light on North Rock
    caption: Replace this sample with your own story, slide by slide.
    notes: |
      Presenter notes are Markdown and are never shown to visitors.
      **Ask:** who has seen a lighthouse at work?

  # image: a picture filling the slide. Needs image, alt (what it shows, for people who
  # cannot see it) and credit. Pictures: SVG, PNG, JPEG, WebP or GIF inside this folder.
  - id: tower-by-night
    kind: image
    title: The tower by night
    image: {section}/media/lighthouse.svg
    alt: >-
      A striped lighthouse on a dark rock at night, two beams of light sweeping over
      the sea, and a keeper's cottage with a lit window at its foot.
    credit: Drawing made for this sample exhibit
    caption: Two beams turn once every ten seconds, so ships can tell this light from others.
    events: [first-light]

  # quote: large words from a source. Needs text, speaker, date and source (a source id
  # from exhibit.yaml); may have role and context.
  - id: keeper-quote
    kind: quote
    text: The sea came over the gallery rail twice in the night, and still the lamp did not go out.
    speaker: Ada Morrow
    role: Head keeper, 1905-1921 (invented for this sample)
    date: 1911-12-14
    source: keepers-log
    context: Written the morning after the storm.
    events: [great-storm]

  # text: prose. Needs title, and body (Markdown here) or body_file (a .md file).
  - id: keepers-day
    kind: text
    title: A keeper's day
    body_file: {section}/keepers-day.md

  # document: a facsimile of a paper. Needs title, excerpt (Markdown), classification,
  # source and date; may have from, to, citation, and scan: the real pages beside it, as
  # pictures or a PDF (scan: media/log.pdf, or {{file: media/log.pdf, pages: 2-3}}).
  - id: log-page
    kind: document
    title: The keeper's log
    classification: SAMPLE COPY
    date: 1911-12-14
    source: keepers-log
    from: Head keeper, North Rock
    to: The Lighthouse Board
    excerpt: |
      Wind NW, force 10. Sea over the gallery at 2 and at 4.

      Lamp trimmed at 3. Light shown all night. *No damage to the lens.*
    citation: Keeper's log, vol. 3, p. 41
    events: [great-storm]

  # audio: a sound to play, with a picture or a title card. Needs file (MP3, M4A, Ogg or
  # WAV), credit, and captions (a WebVTT .vtt file: words, and sounds in brackets), or
  # captions: none with a captions_reason. May have title, image with alt, transcript (a .md
  # file), loop, start and end (seconds) and volume (0 to 1).
  - id: foghorn
    kind: audio
    title: The foghorn
    file: {section}/media/foghorn.wav
    captions: {section}/media/foghorn.vtt
    credit: Sound made for this sample exhibit
    caption: In fog the horn sounded twice a minute, for as long as the fog lasted.

  # video: moving pictures. Needs file (MP4 with H.264 and AAC, or WebM with VP9 and Opus),
  # alt (what it shows) and credit, and captions as for audio when it has sound; may have
  # poster (a picture shown until it plays), transcript, loop, autoplay, start, end, volume.
  # Put your own film in media/ and take the # off these lines:
  # - id: harbour-film
  #   kind: video
  #   file: {section}/media/harbour.mp4
  #   poster: {section}/media/lighthouse.svg
  #   alt: The supply boat rounding the rock at dawn.
  #   captions: {section}/media/harbour.vtt
  #   credit: Your film's maker and licence

  # credits: lists the sources and credits from exhibit.yaml and every image credit.
  - id: thanks
    kind: credits
    title: Sources and credits
"""

KEEPERS_DAY_MD = """\
The keeper's day began at sunset. The lamp was lit, the clockwork that turned the lens was
wound, and for the rest of the night someone sat **awake in the watch room**, winding again
every few hours and trimming the wicks.

By day there was other work:

- polishing the brass and the great glass lens
- painting, always painting, against the salt
- writing the log: weather, ships seen, oil used

*This text comes from a Markdown file named in the slide's `body_file`.*
"""

LIGHTHOUSE_SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 1000" width="1600" height="1000">
  <!-- Drawn for Exhibit's sample exhibit; free to reuse. -->
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#141a27"/>
      <stop offset="1" stop-color="#3c5a73"/>
    </linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2c4660"/>
      <stop offset="1" stop-color="#141a27"/>
    </linearGradient>
    <linearGradient id="beamLeft" gradientUnits="userSpaceOnUse" x1="800" y1="0" x2="0" y2="0">
      <stop offset="0" stop-color="#f4d58d" stop-opacity="0.75"/>
      <stop offset="1" stop-color="#f4d58d" stop-opacity="0"/>
    </linearGradient>
    <linearGradient id="beamRight" gradientUnits="userSpaceOnUse" x1="800" y1="0" x2="1600"
                    y2="0">
      <stop offset="0" stop-color="#f4d58d" stop-opacity="0.6"/>
      <stop offset="1" stop-color="#f4d58d" stop-opacity="0"/>
    </linearGradient>
    <radialGradient id="glow" cx="800" cy="305" r="170" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#ffe9b0" stop-opacity="0.9"/>
      <stop offset="1" stop-color="#ffe9b0" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="1600" height="1000" fill="url(#sky)"/>
  <g fill="#f3eee3">
    <circle cx="120" cy="90" r="2.5"/><circle cx="260" cy="170" r="2"/>
    <circle cx="410" cy="60" r="3"/><circle cx="560" cy="140" r="2"/>
    <circle cx="1010" cy="80" r="2.5"/><circle cx="1120" cy="190" r="2"/>
    <circle cx="1230" cy="60" r="2"/><circle cx="1480" cy="240" r="2.5"/>
    <circle cx="1540" cy="110" r="2"/><circle cx="690" cy="70" r="2"/>
    <circle cx="60" cy="260" r="2"/><circle cx="1300" cy="300" r="1.8"/>
  </g>
  <circle cx="1340" cy="150" r="48" fill="#f3eee3" opacity="0.92"/>
  <circle cx="1322" cy="138" r="9" fill="#d9d2c3" opacity="0.7"/>
  <circle cx="1355" cy="170" r="6" fill="#d9d2c3" opacity="0.7"/>
  <polygon points="800,290 0,170 0,450 800,320" fill="url(#beamLeft)"/>
  <polygon points="800,292 1600,215 1600,390 800,318" fill="url(#beamRight)"/>
  <circle cx="800" cy="305" r="170" fill="url(#glow)"/>
  <rect y="760" width="1600" height="240" fill="url(#sea)"/>
  <g stroke="#f4d58d" stroke-width="4" stroke-linecap="round" opacity="0.45">
    <line x1="260" y1="805" x2="420" y2="805"/><line x1="180" y1="840" x2="300" y2="840"/>
    <line x1="330" y1="875" x2="520" y2="875"/><line x1="120" y1="915" x2="240" y2="915"/>
    <line x1="1180" y1="815" x2="1300" y2="815"/><line x1="1260" y1="860" x2="1420" y2="860"/>
  </g>
  <g fill="none" stroke="#8fb0c8" stroke-width="3" opacity="0.35">
    <path d="M0 800 Q40 790 80 800 T160 800 T240 800"/>
    <path d="M1320 930 Q1360 920 1400 930 T1480 930 T1560 930"/>
    <path d="M620 960 Q660 950 700 960 T780 960 T860 960"/>
  </g>
  <path d="M520 800 L600 742 L668 752 L720 724 L890 724 L960 740 L1030 728 L1110 800 Z"
        fill="#25262a"/>
  <path d="M560 800 L620 770 L700 780 L760 764 L850 770 L940 760 L1060 800 Z" fill="#34353a"/>
  <polygon points="745,360 855,360 890,760 710,760" fill="#f3eee3"/>
  <polygon points="738,440 862,440 867,500 733,500" fill="#a63d2f"/>
  <polygon points="726,580 874,580 880,640 720,640" fill="#a63d2f"/>
  <rect x="785" y="670" width="30" height="60" rx="15" fill="#1c2230"/>
  <rect x="791" y="400" width="18" height="28" rx="9" fill="#1c2230"/>
  <rect x="728" y="345" width="144" height="16" fill="#1c2230"/>
  <g stroke="#1c2230" stroke-width="4">
    <line x1="732" y1="322" x2="868" y2="322"/>
    <line x1="736" y1="322" x2="736" y2="345"/><line x1="768" y1="322" x2="768" y2="345"/>
    <line x1="800" y1="322" x2="800" y2="345"/><line x1="832" y1="322" x2="832" y2="345"/>
    <line x1="864" y1="322" x2="864" y2="345"/>
  </g>
  <rect x="757" y="268" width="86" height="78" fill="#ffe9b0"/>
  <g stroke="#1c2230" stroke-width="4">
    <line x1="786" y1="268" x2="786" y2="346"/><line x1="814" y1="268" x2="814" y2="346"/>
  </g>
  <path d="M748 270 Q800 206 852 270 Z" fill="#a63d2f"/>
  <line x1="800" y1="236" x2="800" y2="210" stroke="#1c2230" stroke-width="5"/>
  <circle cx="800" cy="207" r="6" fill="#1c2230"/>
  <rect x="905" y="690" width="120" height="70" fill="#e6decc"/>
  <polygon points="893,692 965,648 1037,692" fill="#7a3328"/>
  <rect x="925" y="710" width="28" height="26" fill="#f4d58d"/>
  <rect x="978" y="715" width="24" height="45" fill="#1c2230"/>
</svg>
"""


FOGHORN_VTT = """\
WEBVTT

00:00.000 --> 00:01.500
[A deep foghorn sounds]

00:02.000 --> 00:03.500
[It sounds again, lower]
"""


def foghorn_wav(rate: int = 8_000) -> bytes:
    """Two low horn blasts, made here (8 kHz mono WAV, about 60 kB): the sample's sound."""
    samples = bytearray()
    for number in range(4 * rate):
        t = number / rate
        blast = 0 if t < 2 else 1
        within = t - 2 * blast
        if within > 1.5:
            samples += b"\0\0"
            continue
        pitch = 110.0 - 12.0 * blast
        envelope = min(1.0, within * 8, (1.5 - within) * 4)
        tone = math.sin(2 * math.pi * pitch * t) + 0.4 * math.sin(4 * math.pi * pitch * t)
        samples += struct.pack("<h", int(9_000 * envelope * tone))
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(samples), b"WAVE", b"fmt ", 16, 1, 1,
        rate, rate * 2, 2, 16, b"data", len(samples),
    )
    return header + bytes(samples)


def title_for(folder: Path) -> str:
    """A readable exhibit title from a folder name: 'harbour-museum' → 'Harbour Museum'."""
    words = re.sub(r"[_\-.]+", " ", folder.name).split()
    title = " ".join(w[:1].upper() + w[1:] for w in words) or "My Exhibit"
    return trim_plain(title, BUDGETS["title"])[0]


def scaffold_files(title: str, folder_label: str = "FOLDER") -> dict[str, str]:
    """The sample exhibit's files, relative path → text."""
    note = _SCHEMA_NOTE
    quoted = json.dumps(title, ensure_ascii=False)  # a JSON string is a valid YAML scalar
    common = {"note": note, "section": SECTION, "folder": folder_label}
    return {
        "exhibit.yaml": EXHIBIT_YAML.format(
            schema=schema_comment("exhibit"), title=quoted, **common
        ),
        "timeline.yaml": TIMELINE_YAML.format(schema=schema_comment("timeline"), **common),
        f"{SECTION}/section.yaml": SECTION_YAML.format(schema=schema_comment("section"), **common),
        f"{SECTION}/keepers-day.md": KEEPERS_DAY_MD,
        f"{SECTION}/media/lighthouse.svg": LIGHTHOUSE_SVG,
        f"{SECTION}/media/foghorn.vtt": FOGHORN_VTT,
    }


def create_exhibit(folder: Path, title: str | None = None) -> dict[str, str]:
    """Write the sample exhibit into `folder` (missing or empty; else OutputExists)."""
    files = scaffold_files(title or title_for(folder.resolve()), shlex.quote(str(folder)))
    write_new_folder(folder, files, data={f"{SECTION}/media/foghorn.wav": foghorn_wav()})
    return files
