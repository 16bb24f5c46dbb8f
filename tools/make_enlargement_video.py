"""Draw and encode the bundled exhibit's video: NATO's enlargement of 1999 and 2004 on a tile map.

    .venv/bin/python tools/make_enlargement_video.py          # rewrites the files below
    .venv/bin/python tools/make_enlargement_video.py --check  # fails if they would differ

Every frame is drawn here with QPainter on a QImage (offscreen; the bundled Noto fonts) and
piped to Debian's ffmpeg, which encodes VP9 and Opus into WebM and adds a soft chime (its
`sine` source) for each country as it joins. The frames hold no words, only country codes,
years, dates and counts, so one file serves every language; the captions (English and
Russian), the transcripts, the poster and the alt text on the slide say the rest. Written to
content/downward-spiral/media/: nato-enlargement.webm, nato-enlargement-poster.png,
nato-enlargement.en.vtt, nato-enlargement.ru.vtt, nato-enlargement.en.md and
nato-enlargement.ru.md. The same command makes the same files (bit-exact encoding, one thread).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "content" / "downward-spiral" / "media"
NAME = "nato-enlargement"
WIDTH, HEIGHT, FPS = 1280, 720, 25
SECONDS = 22.0

# Colours of the exhibit's maps (content/downward-spiral/media/map-nato-1999.svg).
PAPER = "#EDE8DD"
INK = "#1C2230"
GREY_INK = "#3E4352"
OUTSIDE = "#E0D8C6"  # not in NATO
OUTSIDE_EDGE = "#B7AE9C"
GROUPS = {  # who joined when: colour, text colour, legend label
    "old": ("#5E7A82", "#FBF8F1", "1949–1982"),
    "1999": ("#A63D2F", "#FBF8F1", "1999"),
    "2004": ("#D9A441", INK, "2004"),
}


@dataclass(frozen=True)
class Tile:
    """One country on the tile map: its code, its cells (column, row, width, height) and
    when it joined NATO ("" for not by 2004)."""

    code: str
    col: int
    row: int
    group: str = ""
    width: int = 1
    height: int = 1


# Roughly where each country lies, one cell each (Russia, Ukraine, Romania, Germany, Poland and
# Turkey larger); Kaliningrad is Russia's. Schematic: borders and sizes are not to scale.
TILES = (
    Tile("NO", 1, 0, "old"), Tile("SE", 2, 0), Tile("FI", 3, 0),
    Tile("RU", 4, 0, width=2, height=5),
    Tile("EE", 3, 1, "2004"),
    Tile("DK", 1, 2, "old"), Tile("RU", 2, 2), Tile("LV", 3, 2, "2004"),
    Tile("NL", 0, 3, "old"), Tile("DE", 1, 3, "old", height=2),
    Tile("PL", 2, 3, "1999", height=2), Tile("LT", 3, 3, "2004"),
    Tile("BE", 0, 4, "old"), Tile("BY", 3, 4),
    Tile("FR", 0, 5, "old"), Tile("CZ", 1, 5, "1999"), Tile("SK", 2, 5, "2004"),
    Tile("UA", 3, 5, width=3),
    Tile("CH", 0, 6), Tile("AT", 1, 6), Tile("HU", 2, 6, "1999"),
    Tile("RO", 3, 6, "2004", width=2), Tile("MD", 5, 6),
    Tile("IT", 0, 7, "old", height=2), Tile("SI", 1, 7, "2004"), Tile("HR", 2, 7),
    Tile("YU", 3, 7), Tile("BG", 4, 7, "2004"), Tile("TR", 5, 7, "old", height=2),
    Tile("BA", 2, 8), Tile("MK", 3, 8), Tile("GR", 4, 8, "old"),
)
# The Federal Republic of Yugoslavia took the name Serbia and Montenegro in February 2003.
RENAMED = {"YU": ("CS", 2003)}

# When each country lights up (seconds), in the order the captions name them.
JOINS = {
    "PL": 3.0, "CZ": 3.7, "HU": 4.4,
    "EE": 12.2, "LV": 12.8, "LT": 13.4, "SK": 14.0, "SI": 14.6, "RO": 15.2, "BG": 15.8,
}
FIRST_MEMBERS = 16  # NATO's members before 12 March 1999
YEAR_AT = ((0.0, "1998", ""), (2.4, "1999", "1999-03-12"), (11.4, "2004", "2004-03-29"))
FADE = 0.45  # seconds a tile takes to take its colour
RING = 0.9  # seconds its ring takes to spread and fade
CHIME = {"1999": 523.25, "2004": 659.25}  # C5 and E5

CELL_W, CELL_H, GAP = 108, 74, 6
MAP_X, MAP_Y = 56, (HEIGHT - 9 * CELL_H) // 2

CAPTIONS = {
    "en": (
        (0.0, 2.4, (
            "A tile map of Europe, one square per country, coloured by when it joined NATO."
        )),
        (2.4, 5.4, (
            "12 March 1999. [Three soft chimes] Poland (PL), the Czech Republic (CZ) and Hungary "
            "(HU) join."
        )),
        (5.4, 8.4, (
            "NATO grows from 16 members to 19; the three are the first former Warsaw Pact states "
            "in it."
        )),
        (8.4, 11.4, (
            "Outside it: Russia (RU), with Kaliningrad, Belarus (BY), Ukraine (UA), and neutral "
            "Sweden (SE) and Finland (FI)."
        )),
        (11.4, 13.0, "29 March 2004. [Seven soft chimes, one for each country]"),
        (13.0, 16.8, (
            "Estonia (EE), Latvia (LV), Lithuania (LT), Slovakia (SK), Slovenia (SI), Romania "
            "(RO) and Bulgaria (BG) join."
        )),
        (16.8, 19.6, (
            "NATO has 26 members. Estonia, Latvia and Lithuania are the first former Soviet "
            "republics in it."
        )),
        (19.6, 22.0, "(YU, Yugoslavia, was renamed Serbia and Montenegro, CS, in 2003.)"),
    ),
    "ru": (
        (0.0, 2.4, "Плиточная карта Европы: квадрат на страну, цвет — год вступления в НАТО."),
        (2.4, 5.4, (
            "12 марта 1999 года. [Три тихих звонких сигнала] Вступают Польша (PL), Чехия (CZ) и "
            "Венгрия (HU)."
        )),
        (5.4, 8.4, (
            "В НАТО было 16 членов, стало 19; три новых — первые бывшие участники Варшавского "
            "договора в альянсе."
        )),
        (8.4, 11.4, (
            "Вне альянса: Россия (RU) с Калининградом, Белоруссия (BY), Украина (UA), нейтральные"
            " Швеция (SE) и Финляндия (FI)."
        )),
        (11.4, 13.0, "29 марта 2004 года. [Семь тихих сигналов, по одному на страну]"),
        (13.0, 16.8, (
            "Вступают Эстония (EE), Латвия (LV), Литва (LT), Словакия (SK), Словения (SI), "
            "Румыния (RO) и Болгария (BG)."
        )),
        (16.8, 19.6, (
            "В НАТО 26 членов. Эстония, Латвия и Литва — первые бывшие советские республики в "
            "альянсе."
        )),
        (19.6, 22.0, "(Югославия, YU, в 2003 году переименована в Сербию и Черногорию, CS.)"),
    ),
}

TRANSCRIPTS = {
    "en": """\
**NATO's enlargement, 1999 and 2004**: an animated tile map, 22 seconds, without narration.
Drawn for this exhibit.

Each country of central and eastern Europe is a square, roughly where it lies; the squares
hold the countries' two-letter codes. To the right are the year, the date, NATO's number of
members and a row of dots, one per member.

- **0:00** 1998. Sixteen members, in slate blue: of those shown, Norway, Denmark, the
  Netherlands, Belgium, France, Germany, Italy, Greece and Turkey. The others are beige.
- **0:02** 12 March 1999. With a soft chime each, Poland, the Czech Republic and Hungary
  turn red. The count goes from 16 to 19. They are the first former members of the Warsaw
  Pact to join.
- **0:08** Still outside: Russia, with its Kaliningrad exclave, Belarus, Ukraine, Moldova;
  neutral Sweden, Finland, Switzerland and Austria; the former Yugoslav states but
  Slovenia.
- **0:11** 29 March 2004. With a higher chime each, Estonia, Latvia, Lithuania, Slovakia,
  Slovenia, Romania and Bulgaria turn amber. The count goes from 19 to 26. Estonia, Latvia
  and Lithuania are the first former Soviet republics to join.
- **0:19** The map at the end of March 2004. The square marked YU (the Federal Republic of
  Yugoslavia) reads CS from 2004: it was renamed Serbia and Montenegro in 2003.

The dates, the member counts and the list of members are general knowledge, not in the
exhibit's sources.
""",
    "ru": """\
**Расширение НАТО, 1999 и 2004 годы**: анимированная плиточная карта, 22 секунды, без
дикторского текста. Нарисована для этой выставки.

Каждая страна Центральной и Восточной Европы — квадрат примерно там, где она лежит; в
квадратах — двухбуквенные коды стран. Справа — год, дата, число членов НАТО и ряд точек, по
одной на члена альянса.

- **0:00** 1998 год. Шестнадцать членов, серо-синим; из показанных — Норвегия, Дания,
  Нидерланды, Бельгия, Франция, Германия, Италия, Греция и Турция. Остальные — бежевые.
- **0:02** 12 марта 1999 года. С тихим звонким сигналом каждая, Польша, Чехия и Венгрия
  становятся красными. Число членов растёт с 16 до 19. Это первые бывшие участники
  Варшавского договора в альянсе.
- **0:08** Вне альянса остаются Россия с Калининградским эксклавом, Белоруссия, Украина,
  Молдавия; нейтральные Швеция, Финляндия, Швейцария и Австрия; государства бывшей
  Югославии, кроме Словении.
- **0:11** 29 марта 2004 года. С более высоким сигналом каждая, Эстония, Латвия, Литва,
  Словакия, Словения, Румыния и Болгария становятся янтарными. Число членов растёт
  с 19 до 26. Эстония, Латвия и Литва — первые бывшие советские республики в альянсе.
- **0:19** Карта в конце марта 2004 года. Квадрат YU (Союзная Республика Югославия) с 2004
  года подписан CS: в 2003 году страну переименовали в Сербию и Черногорию.

Даты, число членов и их список — общие знания, в источниках выставки их нет.
""",
}


def _smooth(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def _mix(a: str, b: str, t: float) -> str:
    """The colour `t` of the way from `a` to `b` (#RRGGBB)."""
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def members_at(t: float) -> int:
    return FIRST_MEMBERS + sum(1 for at in JOINS.values() if at <= t)


class Painter:
    """Draws frame after frame of the animation (needs a QGuiApplication)."""

    def __init__(self) -> None:

        for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
            if QFontDatabase.addApplicationFont(str(ROOT / "assets" / "fonts" / name)) < 0:
                raise SystemExit(f"make_enlargement_video: cannot load font {name}")
        self.code_font = QFont("Noto Sans", 1, QFont.Weight.Bold)
        self.code_font.setPixelSize(30)
        self.year_font = QFont("Noto Sans", 1, QFont.Weight.Bold)
        self.year_font.setPixelSize(150)
        self.date_font = QFont("Noto Sans", 1, QFont.Weight.Normal)
        self.date_font.setPixelSize(44)
        self.count_font = QFont("Noto Sans", 1, QFont.Weight.Bold)
        self.count_font.setPixelSize(120)
        self.legend_font = QFont("Noto Sans", 1, QFont.Weight.Bold)
        self.legend_font.setPixelSize(34)

    def frame(self, t: float) -> QImage:

        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
        image.fill(QColor(PAPER))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for tile in TILES:
            self.tile(p, tile, t)
        for tile in TILES:
            self.ring(p, tile, t)
        self.panel(p, t)
        p.end()
        return image

    @staticmethod
    def cell(tile: Tile) -> QRectF:

        return QRectF(
            MAP_X + tile.col * CELL_W + GAP / 2,
            MAP_Y + tile.row * CELL_H + GAP / 2,
            tile.width * CELL_W - GAP,
            tile.height * CELL_H - GAP,
        )

    def tile(self, p: QPainter, tile: Tile, t: float) -> None:

        joined = JOINS.get(tile.code)
        if tile.group == "old":
            amount = 1.0
        elif joined is not None:
            amount = _smooth((t - joined) / FADE)
        else:
            amount = 0.0
        colour, text_colour, _ = GROUPS.get(tile.group, (OUTSIDE, GREY_INK, ""))
        fill = _mix(OUTSIDE, colour, amount)
        ink = text_colour if amount > 0.5 else GREY_INK
        rect = self.cell(tile)
        p.setPen(QPen(QColor(OUTSIDE_EDGE if amount < 0.5 else colour), 2))
        p.setBrush(QColor(fill))
        p.drawRoundedRect(rect, 8, 8)
        code = tile.code
        renamed = RENAMED.get(code)
        if renamed and t >= YEAR_AT[2][0]:
            code = renamed[0]
        p.setFont(self.code_font)
        p.setPen(QColor(ink))
        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), code)

    def ring(self, p: QPainter, tile: Tile, t: float) -> None:

        joined = JOINS.get(tile.code)
        if joined is None or not joined <= t < joined + RING:
            return
        phase = (t - joined) / RING
        grow = 4 + 26 * phase
        colour = QColor(GROUPS[tile.group][0])
        colour.setAlphaF(1.0 - phase)
        p.setPen(QPen(colour, 5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(self.cell(tile).adjusted(-grow, -grow, grow, grow), 12, 12)

    def panel(self, p: QPainter, t: float) -> None:

        left = MAP_X + 6 * CELL_W + 70
        width = WIDTH - left - 40
        at, year, date = next(step for step in reversed(YEAR_AT) if step[0] <= t)
        appear = _smooth((t - at) / 0.4) if at else 1.0
        ink = QColor(INK)
        ink.setAlphaF(appear)
        p.setPen(ink)
        p.setFont(self.year_font)
        p.drawText(QRectF(left, 40, width, 170), int(Qt.AlignmentFlag.AlignLeft), year)
        p.setFont(self.date_font)
        p.setPen(QColor(GREY_INK) if date else ink)
        if date:
            p.drawText(QRectF(left + 4, 212, width, 60), int(Qt.AlignmentFlag.AlignLeft), date)
        count = members_at(t)
        latest = "2004" if count > 19 else "1999" if count > FIRST_MEMBERS else "old"
        p.setPen(QColor(GROUPS[latest][0]))
        p.setFont(self.count_font)
        p.drawText(QRectF(left, 280, width, 140), int(Qt.AlignmentFlag.AlignLeft), str(count))
        self.dots(p, left + 4, 436, t)
        self.legend(p, left + 4, 520, t)

    @staticmethod
    def dots(p: QPainter, x: float, y: float, t: float) -> None:

        groups = ["old"] * FIRST_MEMBERS + [
            next(tile.group for tile in TILES if tile.code == code)
            for code, _ in sorted(JOINS.items(), key=lambda item: item[1])
        ]
        joins = [0.0] * FIRST_MEMBERS + sorted(JOINS.values())
        for index, (group, at) in enumerate(zip(groups, joins, strict=True)):
            row, column = divmod(index, 13)
            centre = QPointF(x + 11 + column * 32, y + 11 + row * 32)
            shown = _smooth((t - at) / FADE) if at else 1.0
            p.setPen(QPen(QColor(OUTSIDE_EDGE), 2))
            p.setBrush(QColor(_mix(PAPER, GROUPS[group][0], shown)))
            p.drawEllipse(centre, 11, 11)

    def legend(self, p: QPainter, x: float, y: float, t: float) -> None:

        rows = [("old", 0.0), ("1999", JOINS["PL"]), ("2004", JOINS["EE"])]
        for index, (group, at) in enumerate(rows):
            shown = _smooth((t - at) / FADE) if at else 1.0
            colour, _, label = GROUPS[group]
            top = y + index * 50
            p.setPen(QPen(QColor(_mix(PAPER, colour, shown)), 2))
            p.setBrush(QColor(_mix(PAPER, colour, shown)))
            p.drawRoundedRect(QRectF(x, top, 56, 38), 6, 6)
            p.setPen(QColor(_mix(PAPER, INK, shown)))
            p.setFont(self.legend_font)
            p.drawText(QRectF(x + 74, top - 4, 400, 46), int(Qt.AlignmentFlag.AlignVCenter), label)


def vtt(cues: tuple[tuple[float, float, str], ...]) -> str:
    def stamp(seconds: float) -> str:
        minutes, rest = divmod(round(seconds * 1000), 60_000)
        return f"{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"

    blocks = [f"{stamp(a)} --> {stamp(b)}\n{text}" for a, b, text in cues]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"


def chime_filter() -> tuple[list[str], str]:
    """ffmpeg inputs and filter graph: a soft sine chime at each country's joining."""
    inputs: list[str] = []
    parts: list[str] = []
    for index, (code, at) in enumerate(sorted(JOINS.items(), key=lambda item: item[1])):
        group = next(tile.group for tile in TILES if tile.code == code)
        tone = f"sine=frequency={CHIME[group]}:sample_rate=48000:duration=1.2"
        inputs += ["-f", "lavfi", "-i", tone]
        delay = round(at * 1000)
        parts.append(
            f"[{index + 1}:a]volume=0.22,afade=t=in:d=0.01,afade=t=out:st=0.02:d=1.15:curve=exp,"
            f"adelay={delay}:all=1[c{index}]"
        )
    mixed = "".join(f"[c{i}]" for i in range(len(JOINS)))
    parts.append(
        f"{mixed}amix=inputs={len(JOINS)}:normalize=0,apad=whole_dur={SECONDS},"
        f"atrim=0:{SECONDS},aformat=channel_layouts=mono[a]"
    )
    return inputs, ";".join(parts)


def encode(folder: Path, painter: Painter) -> None:
    inputs, graph = chime_filter()
    video = folder / f"{NAME}.webm"
    command = [
        "ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{WIDTH}x{HEIGHT}", "-r", str(FPS),
        "-i", "-", *inputs, "-filter_complex", graph, "-map", "0:v", "-map", "[a]",
        "-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p", "-b:v", "0", "-crf", "36",
        "-deadline", "good", "-cpu-used", "4", "-threads", "1", "-g", str(FPS * 4),
        "-c:a", "libopus", "-b:a", "48k", "-t", str(SECONDS),
        "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
        "-map_metadata", "-1", str(video),
    ]
    process = subprocess.Popen(command, stdin=subprocess.PIPE)
    assert process.stdin is not None
    for index in range(round(SECONDS * FPS)):
        image = painter.frame(index / FPS)
        process.stdin.write(bytes(image.constBits())[: WIDTH * HEIGHT * 3])
    process.stdin.close()
    if process.wait() != 0:
        raise SystemExit("make_enlargement_video: ffmpeg failed")


def write_all(folder: Path) -> None:
    """Every file, made in a scratch folder beside `folder` and then moved in, so that a show
    or a test reading `folder` meanwhile never meets a half-written video."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(["make_enlargement_video"])
    painter = Painter()
    with tempfile.TemporaryDirectory(dir=folder, prefix=".making-") as scratch:
        made = Path(scratch)
        if not painter.frame(SECONDS - 0.5).save(str(made / f"{NAME}-poster.png")):
            raise SystemExit("make_enlargement_video: cannot write the poster")
        for lang, cues in CAPTIONS.items():
            (made / f"{NAME}.{lang}.vtt").write_text(vtt(cues), encoding="utf-8")
            (made / f"{NAME}.{lang}.md").write_text(TRANSCRIPTS[lang], encoding="utf-8")
        encode(made, painter)
        for path in made.iterdir():
            os.replace(path, folder / path.name)
    del app


def digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob(f"{NAME}*"))
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write to")
    parser.add_argument(
        "--check", action="store_true", help="make them in a temporary folder and compare"
    )
    args = parser.parse_args(argv)
    if not args.check:
        write_all(args.out)
        for name, digest in digests(args.out).items():
            size = (args.out / name).stat().st_size
            print(f"{name}: {size} bytes, sha256 {digest[:16]}")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        write_all(Path(scratch))
        made, kept = digests(Path(scratch)), digests(args.out)
    differ = sorted(name for name in made if made[name] != kept.get(name))
    for name in differ:
        print(f"make_enlargement_video: {name} differs from the committed file", file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
