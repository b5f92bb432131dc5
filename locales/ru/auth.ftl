## Login and first run
login-title = Вход
login-intro = Войдите, указав адрес электронной почты и пароль учётной записи cohortdesk.
login-submit = Войти
login-failed = Неверный адрес электронной почты или пароль.
login-throttled = { $count ->
    [one] Слишком много неудачных попыток. Повторите через { $count } минуту.
    [few] Слишком много неудачных попыток. Повторите через { $count } минуты.
   *[many] Слишком много неудачных попыток. Повторите через { $count } минут.
}
setup-title = Начальная настройка
setup-intro = Учётных записей пока нет. Создайте первую учётную запись организатора; коллег можно добавить позже.
setup-submit = Создать учётную запись
field-name = Полное имя
field-email = Электронная почта
field-password = Пароль
field-password-hint = Не менее 12 символов, которые трудно угадать: хорошо подходят несколько не связанных слов.
field-password-confirm = Пароль ещё раз
nav-sessions = Сеансы
sessions-title = Где выполнен вход
sessions-explained = Все браузеры, в которых выполнен вход под вашей учётной записью. Сеанс заканчивается при выходе, после 8 часов бездействия или через 7 дней после входа; завершите те, которые вы не узнаёте.
sessions-device = Браузер
sessions-address = Адрес
sessions-since = Вход
sessions-last-seen = Последняя активность
sessions-this = этот браузер
sessions-end = Завершить
sessions-end-others = Выйти на всех других устройствах
flash-session-ended = Сеанс завершён.
flash-sessions-ended = Все другие сеансы завершены.
