# Тексты на нескольких языках: языковые версии занятия и страница переводов курса.
error-translation-no-original = Нет исходного текста для перевода: сначала заполните оригинал в его собственной форме.
error-translation-original-language = На этом языке написан исходный текст: измените его в его собственной форме.
translations-title = Языковые версии
translations-explained = Занятие описано на языке: { $lang }. Версии на других языках необязательны: слушатель видит свой язык, если его нет — первый рабочий язык курса, иначе оригинал.
translations-nothing = У этого занятия пока нет текстов для перевода.
session-translations = Языки
flash-translations-saved = { $count ->
    [one] Сохранена { $count } версия.
    [few] Сохранено { $count } версии.
   *[many] Сохранено { $count } версий.
}
translations-stale = Оригинал изменён: проверьте
translations-owner-cohort = Курс
translations-owner-city = Город проведения
translations-owner-session = Занятие
translations-owner-venue = Место
translations-owner-speaker = Лектор
translations-owner-interpreter = Переводчик
translations-owner-vehicle = Автобус
translations-cohort-title = Переводы
cohort-translations = Переводы
translations-cohort-intro = Все тексты, которые читают слушатели курса, — название курса и города, темы занятий, места и примечания, площадки, лекторы, переводчики и автобусы — с оригиналом и версией на каждом языке. Слушатель видит свой язык, если его нет — первый рабочий язык курса, иначе оригинал.
translations-coverage = { $lang }: { $found } из { $total }
translations-show-all = Показать все тексты
translations-missing = нет перевода
translations-none-missing = На этом языке ничего не пропущено.
translations-file = Файл для переводчика
translations-file-intro = Скачайте все тексты, передайте переводчику заполнить пустые ячейки и загрузите файл обратно: до сохранения вы увидите, что он изменит. Пустая ячейка ничего не меняет.
translations-file-title = Переводы
translations-upload = Переведённый файл
translations-upload-check = Проверить файл
translations-upload-refused = Ничего не сохранено: в файле есть ошибки. Исправьте их и загрузите файл снова.
translations-upload-row = Строка { $row }
translations-column-what = Что
translations-column-field = Поле
translations-column-original-lang = Язык оригинала
translations-column-original = Оригинал
translations-column-versions = Другие языки
translations-column-lang = Язык
translations-column-before = Сейчас
translations-column-after = Из файла
translations-preview-title = Проверка переведённого файла
translations-preview-count = { $count ->
    [one] Изменится { $count } версия
    [few] Изменятся { $count } версии
   *[many] Изменятся { $count } версий
}
translations-preview-nothing = Файл ничего не меняет: все версии в нём уже сохранены.
translations-preview-save = Сохранить эти версии
error-translation-file-layout = Это не файл переводов: в первой строке должны остаться заголовки скачанного файла (id, оригинал и столбец для каждого кода языка).
error-translation-row-id = «{ $id }» — не идентификатор текста: оставьте первый столбец таким, каким он был скачан.
error-translation-row-other = «{ $id }» — не текст этого курса (файл от другого курса?).
error-translation-row-duplicate = Этот же текст уже есть в строке { $row }.
error-translation-row-original = Оригинал изменён: оригиналы правят в их собственной форме, а не в файле.
cohort-readers = { $count ->
    [one] { $count } слушатель читает на нём
    [few] { $count } слушателя читают на нём
   *[many] { $count } слушателей читают на нём
}
error-original-has-versions = У этого текста есть версии на других языках: сначала удалите их на странице языковых версий или оставьте оригинал.
session-field-original-lang = Язык оригинала
session-field-original-lang-hint = Язык, на котором написаны тексты ниже; рядом с каждым — поля для других языков (необязательные: слушатель, не читающий ни на одном из них, увидит первый рабочий язык курса, иначе оригинал).
