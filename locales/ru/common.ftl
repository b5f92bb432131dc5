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
filter-clear = Показать всех
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
flash-trainee-added = Слушатель зачислен.
flash-status-changed = Статус изменён.
flash-imported = { $count ->
    [one] Импортирован { $count } слушатель.
    [few] Импортированы { $count } слушателя.
   *[many] Импортировано { $count } слушателей.
}

## Roles
role-organizer = Организатор
role-coordinator = Координатор
role-trainee = Слушатель

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
error-not-a-date = «{ $value }» — не дата; запишите её как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например 15.06.2023 или 2023-06-15.
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
error-password-weak = Этот пароль слишком легко угадать: добавьте несколько не связанных слов.
error-password-mismatch = Пароли не совпадают.
error-places-below-allocated = Городам уже распределено мест: { $allocated }. Обещайте не меньше.
error-period-excludes-cohort = Группа по этому обязательству проходит { $date }; период должен включать эту дату.
error-allocations-exceed = Нераспределённых мест осталось: { $available } (обещано всего { $places }).
error-allocation-below-planned = Группы в этом городе уже занимают мест: { $planned }. Выделите не меньше.
error-city-taken = У этого города уже есть квота в данном обязательстве.
error-course-not-awaiting-completion = Завершить можно только закончившийся курс, который ещё не завершён и не отменён.
error-host-city-administrators = Выделять места городу может только организатор всех курсов. Выберите одну из квот выше.
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

## Navigation, more
nav-resources = Площадки и люди
delete = Удалить
error-database-busy = Ничего не сохранено: база данных сейчас занята или недоступна. Всё, что вы ввели, осталось на месте — отправьте форму ещё раз через несколько секунд.
conflict-heading = Пока вы редактировали, кто-то другой сохранил эти данные. Ваши изменения не сохранены, введённое осталось ниже. За это время изменены поля (их текущие значения):
conflict-by-system = система
conflict-apply = Проверьте свои данные ниже и сохраните их поверх этих изменений этой кнопкой или кнопкой «Сохранить».
conflict-save-mine = Сохранить мои данные поверх
