"""Every string the interface shows, in each language it speaks.

A small catalogue of our own rather than Qt's qsTr + .ts/.qm files: the strings are few, a
test can prove every language has every key, nothing needs compiling (no lrelease in the
build or in CI), and QML reads the current language's table as one property, so a language
switch updates every binding at once. `%1`, `%2` are filled in QML with String.arg().
"""

from __future__ import annotations

LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "de": "Deutsch",
    "fr": "Français",
}

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "sections": "Sections",
        "slideOf": "Slide %1 of %2",
        "timeline": "Timeline",
        "sectionNumber": "Section %1",
        "credit": "Credit: %1",
        "touchToBegin": "Touch to begin",
        "imageUnavailable": "Image unavailable",
        "sourcesAndCredits": "Sources and credits",
        "slidesCount": "%1 slides",
        "language": "Language",
        "enterPin": "Enter the admin PIN",
        "wrongPin": "Wrong PIN",
        "lockedPin": "Locked. Try again in %1 s.",
        "noPin": "No PIN is set. Run: exhibit kiosk set-pin",
        "kioskAdmin": "Kiosk admin",
        "restartShow": "Restart show",
        "reloadContent": "Reload content",
        "exit": "Exit",
        "close": "Close",
        "cancel": "Cancel",
        "ok": "OK",
        "noNotes": "No notes for this slide.",
        "endOfExhibit": "End of the exhibit",
        "now": "Now",
        "next": "Next",
        "audienceBlank": "AUDIENCE BLANK",
        "goToSlide": "Go to slide %1 (Enter)",
        "minutesPlanned": "%1 min planned",
        "clock": "Clock %1",
        "timelineEvents": "Timeline events",
        "slideMenu": "Slide %1: %2",
        "eventButton": "%1: %2. Go to its slide",
        "sourcesHeading": "Sources",
        "creditsHeading": "Credits",
        "imagesLabel": "Images",
        "handout": "Handout",
        "presenterView": "Presenter view",
        "declassified": "DECLASSIFIED",
        "memoFrom": "FROM:",
        "memoTo": "TO:",
        "memoDate": "DATE:",
        "onTime": "on time",
        "ahead": "%1 ahead",
        "behind": "%1 behind",
        "adminKeys": "Keys: R restart · L reload · X exit · Esc close",
    },
    "ru": {
        "sections": "Разделы",
        "slideOf": "Слайд %1 из %2",
        "timeline": "Хронология",
        "sectionNumber": "Раздел %1",
        "credit": "Авторство: %1",
        "touchToBegin": "Коснитесь экрана, чтобы начать",
        "imageUnavailable": "Изображение недоступно",
        "sourcesAndCredits": "Источники и авторы",
        "slidesCount": "слайдов: %1",
        "language": "Язык",
        "enterPin": "Введите PIN администратора",
        "wrongPin": "Неверный PIN",
        "lockedPin": "Заблокировано. Повторите через %1 с.",
        "noPin": "PIN не задан. Выполните: exhibit kiosk set-pin",
        "kioskAdmin": "Управление киоском",
        "restartShow": "Начать показ заново",
        "reloadContent": "Перезагрузить материалы",
        "exit": "Выход",
        "close": "Закрыть",
        "cancel": "Отмена",
        "ok": "OK",
        "noNotes": "К этому слайду нет заметок.",
        "endOfExhibit": "Конец выставки",
        "now": "Сейчас",
        "next": "Далее",
        "audienceBlank": "ЭКРАН ЗАТЕМНЁН",
        "goToSlide": "Перейти к слайду %1 (Enter)",
        "minutesPlanned": "по плану %1 мин",
        "clock": "Время %1",
        "timelineEvents": "События хронологии",
        "slideMenu": "Слайд %1: %2",
        "eventButton": "%1: %2. Перейти к слайду",
        "sourcesHeading": "Источники",
        "creditsHeading": "Авторы",
        "imagesLabel": "Изображения",
        "handout": "Раздаточный материал",
        "presenterView": "Вид докладчика",
        "declassified": "РАССЕКРЕЧЕНО",
        "memoFrom": "ОТ:",
        "memoTo": "КОМУ:",
        "memoDate": "ДАТА:",
        "onTime": "по плану",
        "ahead": "опережение %1",
        "behind": "отставание %1",
        "adminKeys": "Клавиши: R заново · L перезагрузка · X выход · Esc закрыть",
    },
}


def strings_for(lang: str) -> dict[str, str]:
    """The catalogue for `lang`, English for anything it lacks."""
    table = dict(STRINGS["en"])
    table.update(STRINGS.get(lang, {}))
    return table


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
