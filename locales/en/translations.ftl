# Texts in several languages: a session's Languages page and a cohort's Translations page.
error-translation-no-original = There is no original text to translate: write the original on its own form first.
error-translation-original-language = This is the language the original is written in: change the original on its own form.
translations-title = Languages
translations-explained = The session was written in { $lang }. Each other language's version is optional: a trainee who reads it sees it, one who does not sees the course's first working language, else the original.
translations-nothing = This session has no texts to translate yet.
session-translations = Languages
flash-translations-saved = { $count ->
    [one] One version saved.
   *[other] { $count } versions saved.
}
translations-stale = The original changed since: check it
translations-owner-cohort = Course
translations-owner-city = Host city
translations-owner-session = Session
translations-owner-venue = Venue
translations-owner-speaker = Speaker
translations-owner-interpreter = Interpreter
translations-owner-vehicle = Bus
translations-cohort-title = Translations
cohort-translations = Translations
translations-cohort-intro = Every text this course's trainees read — the course and host city, session titles, places and notes, venues, speakers, interpreters and buses — with its original and its version in each language. A trainee sees their own language, else the course's first working language, else the original.
translations-coverage = { $lang }: { $found } of { $total }
translations-show-all = Show all texts
translations-missing = missing
translations-none-missing = Nothing is missing in this language.
translations-file = A file for a translator
translations-file-intro = Download every text, have the empty cells filled in, and upload the file back: you see what it changes before anything is saved. An empty cell changes nothing.
translations-file-title = Translations
translations-upload = Translated file
translations-upload-check = Check the file
translations-upload-refused = Nothing was saved: the file has problems. Correct them and upload it again.
translations-upload-row = Row { $row }
translations-column-what = What
translations-column-field = Field
translations-column-original-lang = Original language
translations-column-original = Original
translations-column-versions = Other languages
translations-column-lang = Language
translations-column-before = Now
translations-column-after = From the file
translations-preview-title = Check the translated file
translations-preview-count = { $count ->
    [one] { $count } version changes
   *[other] { $count } versions change
}
translations-preview-nothing = The file changes nothing: every version in it is already saved.
translations-preview-save = Save these versions
error-translation-file-layout = This is not a translations file: its first row must keep the headings of the downloaded file (id, original, and a column per language code).
error-translation-row-id = "{ $id }" is not a text's id: keep the first column as it was downloaded.
error-translation-row-other = "{ $id }" is not one of this course's texts (is the file from another course?).
error-translation-row-duplicate = The same text is already on row { $row }.
error-translation-row-original = The original was changed: originals are edited on their own form, not in the file.
cohort-readers = { $count ->
    [one] { $count } trainee reads it
   *[other] { $count } trainees read it
}
error-original-has-versions = This text has versions in other languages: remove them on the Languages page first, or keep an original.
session-field-original-lang = Written in
session-field-original-lang-hint = The language of the texts below as you type them; each has an input per other language beside it (optional: trainees who read none of them see the course's first working language, else this one).
