## Navigation and page frame
nav-skip = Перейти к содержанию
nav-label = Главное меню
nav-dashboard = Обзор
nav-commitments = Обязательства
nav-cohorts = Учебные группы
nav-logout = Выйти
nav-breadcrumbs = Вы здесь
footer-text = cohortdesk — учебные курсы программы ШОС по сокращению бедности

## Words used on many pages
edit = Изменить
save = Сохранить
cancel = Отмена
archive = В архив
restore = Восстановить
archived = в архиве
actions = Действия
filter-all = Все
filter-year = Год
filter-apply = Показать
filter-show-archived = Показать архивные
filter-hide-archived = Скрыть архивные
places-count = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
}
days-count = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
form-has-errors = { $count ->
    [one] Исправьте { $count } отмеченное поле.
    [few] Исправьте { $count } отмеченных поля.
   *[many] Исправьте { $count } отмеченных полей.
}

## Notices after an action
flash-welcome = Добро пожаловать! Учётная запись организатора создана.
flash-saved = Изменения сохранены.
flash-archived = Перемещено в архив. В списках не показывается, если не включить архивные.
flash-restored = Восстановлено.
flash-commitment-created = Обязательство создано. Теперь распределите места между принимающими городами.
flash-allocation-saved = Распределение сохранено.
flash-cohort-created = Учебная группа создана.

## Roles
role-organizer = Организатор
role-coordinator = Координатор
role-trainee = Слушатель

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
field-password-hint = Не менее 10 символов.
field-password-confirm = Пароль ещё раз

## Dashboard
dashboard-title = Обзор
dashboard-commitments = Обязательства
dashboard-current = Текущие и предстоящие группы
dashboard-current-empty = Начиная с сегодняшнего дня нет идущих или запланированных групп.
dashboard-recent = Недавно завершённые
dashboard-by-status = Группы по статусу

## Commitments
commitments-title = Обязательства
commitments-explained = Обязательство — это обещание предоставить учебные места за определённый период, распределённые между принимающими городами.
commitments-empty = Обязательств пока нет.
commitment-new = Новое обязательство
commitment-edit = Изменить обязательство
commitment-field-name = Название
commitment-field-name-hint = Например: обучение ШОС по сокращению бедности 2023–2025
commitment-field-description = Описание
commitment-field-places = Обещано учебных мест
commitment-field-starts-on = Первый день
commitment-field-ends-on = Последний день
commitment-period = Период
commitment-allocated = Распределено
commitment-planned = Запланировано
commitment-planned-rule = Запланировано = сумма вместимости всех неотменённых групп по этому обязательству.
commitment-places-planned = { $count ->
    [one] { $count } место запланировано в группах
    [few] { $count } места запланированы в группах
   *[many] { $count } мест запланировано в группах
}
commitment-places-allocated = { $count ->
    [one] { $count } место распределено между городами
    [few] { $count } места распределены между городами
   *[many] { $count } мест распределено между городами
}
commitment-archived-notice = Обязательство в архиве: новые группы по нему создавать нельзя.

## Allocations
allocations-title = Принимающие города
allocations-empty = Ни одному городу ещё не выделены места.
allocation-new = Добавить город
allocation-edit = Изменить распределение
allocation-field-host-city = Принимающий город
allocation-field-places = Места
allocation-remaining = Осталось
allocation-targets = Цели по годам
allocation-targets-hint = Необязательно: сколько из этих мест нужно обеспечить в каждом году.

## Cohorts
cohorts-title = Учебные группы
cohorts-empty = Подходящих групп нет.
cohorts-count = { $count ->
    [one] { $count } группа
    [few] { $count } группы
   *[many] { $count } групп
}
cohort-new = Новая группа
cohort-edit = Изменить группу
cohort-field-name = Название
cohort-field-name-hint = Например: 2023 Обучение ШОС по сокращению бедности — Циндао
cohort-field-allocation = Принимающий город и обязательство
cohort-field-allocation-hint = Места группы засчитываются в квоту этого города.
cohort-field-commitment = Обязательство
cohort-field-venue = Место проведения или адрес
cohort-field-starts-on = Первый день
cohort-field-ends-on = Последний день
cohort-field-time-zone = Часовой пояс
cohort-field-capacity = Вместимость
cohort-field-languages = Рабочие языки
cohort-field-status = Статус
cohort-field-notes = Примечания
cohort-host-city = Принимающий город
cohort-dates = Даты
cohort-no-allocations = Нет открытых квот принимающих городов. Сначала добавьте квоту в обязательство.
cohort-archived-notice = Группа в архиве.
cohort-status-planning = Подготовка
cohort-status-open = Приём кандидатур
cohort-status-running = Идёт обучение
cohort-status-completed = Завершена
cohort-status-cancelled = Отменена

## Languages a course is taught in
language-zh = китайский
language-ru = русский
language-en = английский
language-kk = казахский
language-ky = киргизский
language-tg = таджикский
language-uz = узбекский
language-ur = урду
language-fa = персидский
language-hi = хинди

## Messages next to form fields
error-required = Заполните это поле.
error-too-long = Не более { $max } { $max ->
    [one] символа
   *[other] символов
}.
error-not-a-number = Введите целое число, например 70.
error-out-of-range = Введите число от { $min } до { $max }.
error-not-a-date = «{ $value }» — не дата. Выберите дату в календаре или запишите её как 2023-06-15.
error-end-before-start = Последний день не может быть раньше первого.
error-course-too-long = Курс длится не более { $max } { $max ->
    [one] дня
   *[other] дней
}, а эти даты охватывают { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}.
error-time-zone = «{ $value }» — не часовой пояс. Укажите название вроде Asia/Shanghai.
error-choose-one = Выберите один из вариантов.
error-email = Введите адрес электронной почты, например name@example.org.
error-email-taken = Учётная запись с этим адресом уже существует.
error-password-short = Не менее { $min } { $min ->
    [one] символа
   *[other] символов
}.
error-password-mismatch = Пароли не совпадают.
error-places-below-allocated = Городам уже распределено мест: { $allocated }. Обещайте не меньше.
error-period-excludes-cohort = Группа по этому обязательству проходит { $date }; период должен включать эту дату.
error-allocations-exceed = Нераспределённых мест осталось: { $available } (обещано всего { $places }).
error-allocation-below-planned = Группы в этом городе уже занимают мест: { $planned }. Выделите не меньше.
error-city-taken = У этого города уже есть квота в данном обязательстве.
error-target-year = { $year } — не год этого обязательства.
error-targets-exceed = Сумма целей по годам ({ $total }) больше числа выделенных мест ({ $places }).
error-commitment-archived = Обязательство в архиве; выберите действующее.
error-outside-period = Обязательство действует с { $start } по { $end }; курс должен пройти в эти сроки.
error-over-allocation = У города { $city } осталось свободных мест: { $remaining } (квота — { $places }).
error-status-step = Статус группы меняется по одному шагу (подготовка → приём кандидатур → обучение → завершена) либо группа отменяется до завершения.

## Error pages
error-back = На главную страницу
error-400-title = Неверный запрос
error-400-text = Запрос не удалось понять. Вернитесь и попробуйте ещё раз.
error-403-title = Нет доступа
error-403-text = Вашей учётной записи это не разрешено, либо форма устарела. Вернитесь, обновите страницу и попробуйте снова.
error-404-title = Не найдено
error-404-text = По этому адресу ничего нет. Возможно, в адресе опечатка или объект больше не существует.
error-413-title = Слишком большой объём
error-413-text = Отправленные данные превышают допустимый размер.
error-422-title = Не удаётся сохранить
error-422-text = Введённые данные нарушают правило. Вернитесь и исправьте их.
error-500-title = Что-то пошло не так
error-500-text = cohortdesk не смог выполнить запрос. Попробуйте ещё раз чуть позже; если ошибка повторяется, сообщите администратору.
error-503-title = Временно недоступно
error-503-text = Сейчас нет связи с базой данных. Попробуйте ещё раз чуть позже.
