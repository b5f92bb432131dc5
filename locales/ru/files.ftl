## Import
import-title = Импорт слушателей
import-intro = Загрузите весь список, присланный министерствами-партнёрами. Ничего не сохраняется, пока вы не просмотрите и не подтвердите импорт; затем импортируются либо все строки, либо ни одной.
import-file = Файл со списком
import-file-hint = Книга Excel, WPS или LibreOffice (.xlsx, .xls, .ods) либо CSV или текст с табуляцией в любой обычной кодировке (UTF-8, UTF-16, Windows-1251, GB18030); не более 5 МБ и 5000 строк. Кодировка, разделитель и лист определяются сами, их можно изменить при просмотре.
import-check = Проверить файл
import-template = Шаблон
import-columns = Столбцы
import-columns-intro = В строке 1 — названия столбцов по-русски, по-английски или по-китайски (как в таблице ниже или другие привычные, например Фамилия, 姓, Дата рождения, 出生日期); порядок не важен, неизвестные столбцы пропускаются. Даты — ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или ячейки с датой (03/04/1985 не принимается: это может быть и апрель, и март); время — ДД.ММ.ГГГГ ЧЧ:ММ или ГГГГ-ММ-ДД ЧЧ:ММ по часовому поясу группы; страна — код ISO (KZ) или название по-английски, по-китайски или по-русски; пол — female или male; статус — nominated, confirmed, arrived, completed, withdrawn или no_show.
import-required = обязательный
import-preview-title = Проверка импорта
import-will-enrol = { $count ->
    [one] Будет зачислен { $count } слушатель,
    [few] Будут зачислены { $count } слушателя,
   *[many] Будут зачислены { $count } слушателей,
}
import-new-people = { $count ->
    [one] из них { $count } новый в cohortdesk.
    [few] из них { $count } новых в cohortdesk.
   *[many] из них { $count } новых в cohortdesk.
}
import-confirm = { $count ->
    [one] Импортировать { $count } слушателя
    [few] Импортировать { $count } слушателей
   *[many] Импортировать { $count } слушателей
}
import-again = Исправьте файл и загрузите его снова.
import-row = Строка
import-known = уже известен
import-new = новый
import-refused = { $count ->
    [one] Ничего не импортировано: сначала нужно исправить { $count } ошибку.
    [few] Ничего не импортировано: сначала нужно исправить { $count } ошибки.
   *[many] Ничего не импортировано: сначала нужно исправить { $count } ошибок.
}
import-at-cell = строка { $row }, столбец { $column }: { $message }
import-at-row = строка { $row }: { $message }
import-too-large = Файл больше { $max } МБ; разделите его на части.
import-empty = Файл пуст.
import-missing-column = Нет столбца «{ $column }».
import-repeated-column = Столбец «{ $column }» встречается дважды.
import-unknown-column = Столбец «{ $column }» неизвестен и пропущен.
import-no-rows = В файле есть заголовок, но нет строк.
import-too-many-rows = В файле больше { $max } строк; разделите его на части.
import-field-count = в ней значений: { $found }, а в заголовке: { $expected }.
import-duplicate = то же, что в строке { $row }.
import-passport-expires = паспорт истекает { $date }, до окончания курса.

## The full enrollment export
export-all-enrollments = Все записи (CSV)
export-enrollment = № записи
export-cohort-id = № группы
export-trainee-id = № слушателя
progress-commitment = Обязательство

## Files in and out
error-ambiguous-date = «{ $value }» может означать { $first } или { $second }: запишите дату как { $dotted } (день, месяц, год) или { $iso } (год, месяц, день).
error-line-break = Запишите это одной строкой: здесь есть перевод строки.
error-bidi-character = Удалите невидимый символ { $code }: он меняет направление, в котором показывается текст.
error-control-character = Удалите невидимый управляющий символ { $code } (наберите текст заново, а не вставляйте его).
import-heading = Заголовок
import-column-name = Имя столбца
import-template-sheet = Слушатели
import-which-reads-right = Какой вариант читается правильно?
import-read-as = Как читается файл
import-encoding = Кодировка
import-separator = Разделитель
import-sheet = Лист
import-everyone-nominated = Импортировать всех как выдвинутых
import-everyone-nominated-hint = Столбец статуса в файле не учитывается: чтобы перенести список прошлого курса в новую группу.
import-read-again = Прочитать заново
import-known-or-new = Известен или новый
import-read-text = { $encoding }, { $separator }, { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
   *[many] { $rows } строк
}
import-read-workbook = { $kind }, лист «{ $sheet }», { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
   *[many] { $rows } строк
}
import-password = Книга защищена паролем. Откройте её, снимите пароль (Файл → Сведения → Защита книги) и сохраните заново.
import-corrupt = Книгу нельзя открыть: она повреждена или это не книга. Откройте её в Excel, WPS или LibreOffice и сохраните заново.
import-not-a-table = Это не книга и не текст: загрузите список как .xlsx, .xls, .ods или CSV.
import-no-such-sheet = В книге нет такого листа.
import-choose-encoding = Кодировку файла нельзя определить по содержимому: выберите ту, в которой текст читается правильно.
import-mixed-encodings = В файле смешаны две кодировки: строки { $utf8 } — в UTF-8, строки { $other } — нет. Сохраните весь файл заново в одной кодировке (в Excel: «CSV UTF-8»).
import-bad-bytes = В строках { $lines } есть байты, которые ничего не значат в кодировке { $encoding }: выберите другую кодировку.
import-cell-error = в ячейке ошибка электронной таблицы { $value }, а не значение.
import-header-not-first = Названия столбцов должны быть в строке 1, а они в строке { $row }: удалите строки над ними.
import-unnamed-column = В столбце { $column } есть значения, но нет названия в строке 1 (объединённые ячейки заголовка?): дайте каждому столбцу свой заголовок.
import-status-before-start = курс ещё не начался, поэтому никто пока не может быть «{ $value }»: оставьте статус пустым или отметьте «Импортировать всех как выдвинутых».
encoding-utf-8 = UTF-8
encoding-utf-16le = UTF-16 («Текст в Юникоде» из Excel)
encoding-utf-16be = UTF-16 с обратным порядком байтов
encoding-windows-1251 = Windows-1251 (кириллица)
encoding-koi8-r = КОИ-8 (кириллица)
encoding-gb18030 = GB18030 / GBK (китайский)
encoding-big5 = Big5 (традиционный китайский)
encoding-windows-1252 = Windows-1252 (западноевропейская)
separator-comma = запятые
separator-semicolon = точки с запятой
separator-tab = табуляция
separator-pipe = вертикальные черты
workbook-xlsx = книга Excel (.xlsx)
workbook-xls = книга Excel 97–2003 (.xls)
workbook-ods = таблица OpenDocument (.ods)
export-enrollments = Записи
roster-column-family-name = Фамилия
roster-column-given-name = Имя
roster-column-native-name = ФИО на родном языке
roster-column-gender = Пол
roster-column-date-of-birth = Дата рождения
roster-column-country = Страна
roster-column-organization = Организация
roster-column-position = Должность
roster-column-email = Эл. почта
roster-column-phone = Телефон
roster-column-preferred-language = Язык
roster-column-dietary = Особенности питания
roster-column-accessibility = Особые потребности
roster-column-passport-number = Номер паспорта
roster-column-passport-expiry = Срок действия паспорта
roster-column-notes = Примечания
roster-column-status = Статус
roster-column-arrival = Прибытие
roster-column-arrival-flight = Рейс прибытия
roster-column-arrival-airport = Аэропорт прибытия
roster-column-departure = Отъезд
roster-column-departure-flight = Рейс отъезда
roster-column-departure-airport = Аэропорт отъезда
roster-column-hotel = Гостиница
roster-column-room = Номер комнаты
export-xlsx = Скачать Excel
export-all-enrollments-xlsx = Все записи (Excel)
audit-when-utc = Когда (UTC)
audit-kind = Что изменено
audit-object-number = №
audit-field = Поле
audit-before = Было
audit-after = Стало
import-empty-workbook = Все листы книги пусты.
