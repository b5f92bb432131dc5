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
commitment-places-delivered = { $count ->
    [one] { $count } место обучено (завершённая запись)
    [few] { $count } места обучено (завершённые записи)
   *[many] { $count } мест обучено (завершённые записи)
}
commitment-see-progress = Ход выполнения
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
cohort-sections = Разделы группы
cohort-overview = Обзор

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

## Roster
roster-title = Слушатели
roster-enrolled = { $count ->
    [one] слушатель зачислен
    [few] слушателя зачислены
   *[many] слушателей зачислено
}
roster-places-taken = мест занято
roster-places-left = { $count ->
    [one] место свободно
    [few] места свободны
   *[many] мест свободно
}
roster-places-rule = Место занимает подтверждённый, прибывший или завершивший обучение слушатель; выдвинутые кандидаты мест пока не занимают.
roster-by-status = По статусу
roster-by-gender = По полу
roster-by-country = По странам
roster-delegation = Делегация
roster-empty = Слушателей пока нет. Добавьте их по одному или импортируйте список, присланный министерствами.
roster-none-match = Подходящих слушателей нет.
roster-shown = { $count ->
    [one] Показан { $count } слушатель
    [few] Показаны { $count } слушателя
   *[many] Показано { $count } слушателей
}
export-csv = Скачать CSV
export-with-passport = с паспортными данными

pages-label = Страницы
pages-lines = Строки
pages-previous = ← Назад
pages-next = Вперёд →
pages-all = Все на одной странице (для печати)

## Trainees
trainee-name = Имя
trainee-add = Добавить слушателя
trainee-add-intro = Того, кто уже учился в одной из групп, узнают по номеру паспорта или электронной почте, и его данные обновляются.
trainee-edit = Изменить данные слушателя
trainee-person = Личные данные
trainee-contact = Контакты и особые потребности
trainee-travel = Проезд и проживание
trainee-in-this-cohort = В этой группе
trainee-history = История
trainee-change-status = Изменить статус на
trainee-other-cohorts = Другие группы
trainee-times-in-zone = Время указано по часовому поясу группы:
trainee-passport-valid-until = действителен до
trainee-language-by-country = По стране
trainee-field-family-name = Фамилия
trainee-field-given-name = Имя
trainee-field-latin-hint = Латиницей, как в паспорте.
trainee-field-native-name = Полное имя на родном языке
trainee-field-native-name-hint = Необязательно: кириллицей, иероглифами, арабским письмом…
trainee-field-gender = Пол
trainee-field-date-of-birth = Дата рождения
trainee-field-country = Страна
trainee-field-organization = Организация
trainee-field-position = Должность
trainee-field-email = Электронная почта
trainee-field-phone = Телефон или мессенджер
trainee-field-phone-hint = С кодом страны, например +7 701 000 0000 (WhatsApp, Telegram…).
trainee-field-language = Предпочитаемый язык
trainee-field-dietary = Особенности питания
trainee-field-accessibility = Потребности в доступной среде
trainee-field-passport = Паспорт
trainee-field-passport-number = Номер паспорта
trainee-field-passport-expiry = Паспорт действителен до
trainee-field-notes = Примечания
trainee-field-status = Статус
trainee-field-arrival = Прибытие
trainee-field-departure = Отъезд
trainee-field-flight = Рейс
trainee-field-airport = Аэропорт
trainee-field-hotel = Гостиница
trainee-field-room = Номер комнаты
gender-female = Женский
gender-male = Мужской
enrollment-status-nominated = Выдвинут
enrollment-status-confirmed = Подтверждён
enrollment-status-arrived = Прибыл
enrollment-status-completed = Завершил обучение
enrollment-status-withdrawn = Отозван
enrollment-status-no-show = Не прибыл
error-gender = «{ $value }» — не пол; укажите female или male.
error-date-of-birth = Такая дата рождения неправдоподобна.
error-country = «{ $value }» — неизвестная страна; укажите двухбуквенный код ISO (KZ) или название.
error-language = «{ $value }» — язык, которого нет в cohortdesk; укажите en, zh или ru.
error-passport-number = Номер паспорта состоит только из букв и цифр, не более 20.
error-enrollment-status = «{ $value }» — не статус; укажите nominated, confirmed, arrived, completed, withdrawn или no_show.
error-not-a-time = «{ $value }» — не дата и время; запишите как ДД.ММ.ГГГГ ЧЧ:ММ или ГГГГ-ММ-ДД ЧЧ:ММ, например 14.06.2023 22:40.
error-departure-before-arrival = Отъезд не может быть раньше прибытия.
error-already-enrolled = { $name } уже зачислен(а) в эту группу.
error-email-other-trainee = Этот адрес принадлежит другому слушателю ({ $name }).
error-passport-other-trainee = Этот номер паспорта принадлежит другому слушателю ({ $name }).
error-cohort-full = Недостаточно мест: занято { $taken } из { $capacity }, свободно { $left }.
error-enrollment-step = Статус слушателя меняется по одному шагу: выдвинут → подтверждён → прибыл → завершил обучение; либо «отозван» или «не прибыл».

## Delegations
delegations-title = Делегации
delegations-explained = Слушатели одной страны в группе составляют делегацию; она создаётся вместе с первым слушателем. Руководитель — один из её слушателей; координатор — контактное лицо в министерстве или посольстве.
delegations-empty = Делегаций пока нет: они появляются при зачислении слушателей.
delegation-country = Страна
delegation-leader = Руководитель
delegation-focal-point = Национальный координатор
delegation-focal-point-hint = Сотрудник министерства или посольства, отвечающий за эту делегацию.
delegation-edit = Изменить делегацию

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

## Navigation, more
nav-resources = Площадки и люди
delete = Удалить

## Timetable
timetable-title = Расписание
timetable-views = Виды расписания
timetable-by-day = По дням
timetable-today = К сегодняшнему дню
timetable-week = Неделя
timetable-week-number = Неделя { $count }
timetable-legend = Виды занятий
timetable-day = День { $count }
timetable-day-empty = На этот день ничего не запланировано.
timetable-sessions = { $count ->
    [one] { $count } занятие
    [few] { $count } занятия
   *[many] { $count } занятий
}
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Вс
session-new = Добавить занятие
session-edit = Изменить занятие
session-add-to-day = Добавить занятие в этот день
session-cancel = Отменить занятие
session-now = сейчас
session-next = следующее
session-for = Для:
session-whole-cohort = Вся группа
session-bus-departs = Автобус отправляется в
session-bus-returns = возвращается в
session-day = День
session-time = Время
session-logistics = Автобусы и принимающая сторона
session-logistics-hint = Для выездных занятий: когда и откуда отправляются автобусы, какие, когда возвращаются и кто принимает группу.
session-materials = Материалы
session-materials-none = Материалов пока нет.
session-materials-upload = Загрузить файл (не более 20 МБ)
session-materials-send = Загрузить
session-warnings = Перед сохранением обратите внимание:
session-save-anyway = Всё равно сохранить
session-audience-hint = Ничего не выбрано — присутствует вся группа. Для параллельных занятий выберите подгруппы или делегации.
session-field-kind = Вид
session-field-title = Название
session-field-description = Описание
session-field-theme = Тема
session-field-status = Статус
session-field-start = Начало
session-field-end = Окончание
session-field-venue = Место
session-field-room = Аудитория
session-field-speakers = Лекторы
session-field-languages = Языки занятия
session-field-interpretation = Нужен перевод
session-field-interpreters = Переводчики
session-field-audience = Кто присутствует
session-field-departs = Автобусы отправляются в
session-field-departure-point = Откуда
session-field-returns = Возвращение в
session-field-vehicles = Автобусы
session-field-host = Принимающая сторона
session-field-host-contact = Контакт принимающей стороны
session-field-address = Адрес
session-field-what-to-bring = Что взять с собой, как одеться
session-field-materials-link = Ссылка на материалы
session-kind-lecture = Лекция
session-kind-site-visit = Выездное занятие
session-kind-case-study = Разбор кейса
session-kind-ceremony = Церемония
session-kind-meal = Питание
session-kind-break = Перерыв
session-kind-free-time = Свободное время
session-status-planned = Запланировано
session-status-confirmed = Подтверждено
session-status-cancelled = Отменено
theme-governance = Сельское управление
theme-construction = Развитие села
theme-industry = Развитие агропромышленности
theme-mechanization = Механизация сельского хозяйства
theme-tourism = Агротуризм
theme-other = Другое
seats-count = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
}
flash-session-saved = Занятие сохранено.
flash-session-cancelled = Занятие отменено; оно остаётся в расписании зачёркнутым.
flash-materials-saved = Материалы загружены.
error-materials-missing = Выберите файл для загрузки.
error-materials-too-large = Файл больше { $max } МБ.
error-not-a-clock-time = «{ $value }» — не время; запишите как ЧЧ:ММ, например 09:30.
error-time-skipped = В этот день в зоне { $zone } времени { $time } не бывает: часы его перескакивают.
error-time-repeated = В этот день в зоне { $zone } время { $time } наступает дважды: часы переводят назад. Выберите другое время.
error-end-not-after-start = Занятие должно закончиться позже, чем начаться.
error-session-too-long = Занятие длится не более 16 часов.
error-departs-after-start = Автобусы должны отправиться до начала занятия.
error-returns-before-end = Автобусы не могут вернуться раньше окончания занятия.
error-outside-course = Курс проходит с { $start } по { $end }.
error-link = Введите адрес, начинающийся с https://.
error-venue-seats = В помещении мест: { $seats }, а участников: { $count }.
error-vehicle-seats = В автобусах мест: { $seats }, а участников: { $count }.
clash-speaker = { $name } уже выступает в группе «{ $cohort }» { $date } с { $start } до { $end } («{ $title }»).
clash-venue = { $name } уже занято под «{ $title }» группы «{ $cohort }» { $date } с { $start } до { $end }.
clash-interpreter = { $name } уже переводит в группе «{ $cohort }» { $date } с { $start } до { $end } («{ $title }»).
clash-vehicle = { $name } уже занят на «{ $title }» группы «{ $cohort }» { $date } с { $start } до { $end }.
clash-trainees = У части этих слушателей уже есть «{ $title }» { $date } с { $start } до { $end }.
warning-short-return = Между возвращением с выездного занятия и следующим занятием («{ $title }») меньше 30 минут.
warning-no-interpreter = Нужен перевод, но переводчик не назначен.
warning-long-session = Занятие длится больше 4 часов без перерыва.
warning-long-day = Для этих слушателей день длится { $hours } { $hours ->
    [one] час
    [few] часа
   *[many] часов
}.

## Cloning
clone-title = Скопировать расписание
clone-intro = Скопируйте занятия другой группы в эту со сдвигом на целые дни. Каждое занятие проверяется заново, как новое; пробный запуск показывает, что удастся разместить, прежде чем что-либо сохранится.
clone-source = Скопировать из
clone-shift = Сдвиг в днях
clone-shift-hint = Пусто — разница между первыми днями двух курсов.
clone-try = Проверить
clone-report = Что получится при копировании
clone-would-place = { $count ->
    [one] Можно разместить { $count } занятие.
    [few] Можно разместить { $count } занятия.
   *[many] Можно разместить { $count } занятий.
}
clone-would-refuse = { $count ->
    [one] Не удаётся разместить { $count } занятие:
    [few] Не удаётся разместить { $count } занятия:
   *[many] Не удаётся разместить { $count } занятий:
}
clone-confirm = Скопировать занятия: { $count }
flash-cloned = Скопировано: { $placed }, не размещено: { $refused }.

## Groups
groups-title = Подгруппы
groups-explained = Подгруппы позволяют проводить занятия параллельно, например разбор кейсов: занятие одной подгруппы не пересекается с занятием другой.
groups-empty = Подгрупп пока нет.
groups-split = Разделить слушателей на подгруппы
groups-split-hint = { $count ->
    [one] { $count } слушатель распределяется так, чтобы в каждой подгруппе были представители разных делегаций.
    [few] { $count } слушателя распределяются так, чтобы в каждой подгруппе были представители разных делегаций.
   *[many] { $count } слушателей распределяются так, чтобы в каждой подгруппе были представители разных делегаций.
}
groups-split-submit = Разделить
group-default-name = Подгруппа
group-new = Добавить подгруппу
group-edit = Изменить подгруппу
group-field-name = Название подгруппы
group-members = Участники
flash-group-created = Подгруппа добавлена. Теперь выберите её участников.
flash-group-deleted = Подгруппа удалена.
flash-groups-split = Подгруппы созданы.
error-group-name-taken = В этой группе уже есть подгруппа с таким названием.
error-group-in-use = { $count ->
    [one] { $count } занятие назначено этой подгруппе; сначала передайте его другим подгруппам или всей группе.
    [few] { $count } занятия назначены этой подгруппе; сначала передайте их другим подгруппам или всей группе.
   *[many] { $count } занятий назначено этой подгруппе; сначала передайте их другим подгруппам или всей группе.
}

## Vehicles
vehicles-title = Транспорт
vehicles-explained = Собственные автобусы и машины группы, а также общие, которые может заказать любая группа.
vehicles-empty = Транспорта пока нет.
vehicle-new = Добавить транспорт
vehicle-edit = Изменить транспорт
vehicle-shared = общий
vehicle-field-name = Название или номер
vehicle-field-seats = Мест
vehicle-field-driver = Контакт водителя
vehicle-field-shared = Общий для всех групп

## Venues, speakers, interpreters
resources-title = Площадки и люди
resources-sections = Площадки и люди
resources-empty = Здесь пока ничего нет.
resource-schedule = Расписание
resource-schedule-empty = Не занят ни в одном занятии.
venues-title = Площадки
venue-new = Добавить площадку
venue-edit = Изменить площадку
venue-map = Карта
venue-field-name = Название
venue-field-kind = Тип
venue-field-address = Адрес
venue-field-capacity = Мест
venue-field-map-link = Ссылка на карту
venue-kind-classroom = Аудитория
venue-kind-hall = Зал
venue-kind-village = Село
venue-kind-cooperative = Кооператив
venue-kind-farm = Ферма
venue-kind-enterprise = Предприятие
venue-kind-hotel = Гостиница
venue-kind-other = Другое
speakers-title = Лекторы
speaker-new = Добавить лектора
speaker-edit = Изменить данные лектора
speaker-field-name = Имя
speaker-field-title = Звание, должность
speaker-field-organization = Организация
speaker-field-languages = Языки
interpreters-title = Переводчики
interpreter-new = Добавить переводчика
interpreter-edit = Изменить данные переводчика
interpreter-field-name = Имя
interpreter-field-pairs = Языковые пары
interpreter-field-contact = Контакт

## Attendance
attendance-title = Посещаемость
attendance-take = Отметить присутствие
attendance-session-details = О занятии
attendance-present = Присутствовал
attendance-late = Опоздал
attendance-excused = Уважительная причина
attendance-absent = Отсутствовал
attendance-unmarked = Нет отметки
attendance-unmarked-count = { $count ->
    [one] { $count } отметка не поставлена
    [few] { $count } отметки не поставлены
   *[many] { $count } отметок не поставлено
}
attendance-method-roll-call = Перекличка
attendance-method-qr = QR-отметка
attendance-method-bus = Посадка в автобус
attendance-method-bulk = Внесено по листу регистрации
attendance-expected = { $count ->
    [one] Ожидается { $count } слушатель
    [few] Ожидаются { $count } слушателя
   *[many] Ожидается { $count } слушателей
}
attendance-trainees = { $count ->
    [one] { $count } слушатель
    [few] { $count } слушателя
   *[many] { $count } слушателей
}
attendance-expected-heading = Ожидается
attendance-attended = Посетили
attendance-rate = Посещаемость
attendance-mark = Отметка
attendance-note = Примечание
attendance-all-present = Отметить всех присутствующими
attendance-all-present-hint = Все, у кого ещё нет отметки, будут отмечены присутствующими; исправьте исключения и сохраните один раз. Пока вы не нажмёте «Сохранить», ничего не сохраняется.
attendance-save = Сохранить отметки
attendance-nobody-expected = На этом занятии никого не ожидается.
attendance-rule = Опоздание считается присутствием; пропуски по уважительной причине не учитываются; занятия без отметок не считаются. Слушатель завершает курс, если посетил не менее { $threshold } % лекций, выездных занятий и разборов кейсов, на которых его ожидали (без учёта уважительных причин); по окончании курса занятие без отметки считается пропущенным.
attendance-cohort-rate = Вся учебная группа
attendance-at-risk = Рискуют не завершить курс
attendance-nobody-at-risk = Никто не ниже порога завершения.
attendance-by-delegation = По делегациям
attendance-by-session = По занятиям
attendance-by-trainee = По слушателям
attendance-no-sessions = Пока нет лекций, выездных занятий или разборов кейсов.
attendance-completes = Завершает
attendance-confirm-completions = Подтвердить завершение курса
attendance-confirm-hint = Всем, кто выполнил правило, будет установлен статус «завершил», а тем, кто больше ему не соответствует, — снова «прибыл». После исправления отметок можно подтвердить ещё раз.
attendance-confirmed-on = Последнее подтверждение: { $date }.
attendance-rules = Правила посещаемости
attendance-field-threshold = Порог завершения (%)
attendance-field-opens = Самостоятельная отметка открывается (минут до начала)
attendance-field-closes = Самостоятельная отметка закрывается (минут после начала)
attendance-field-late = Опоздание после (минут после начала)
percent = { $count } %
yes = Да
no = Нет
flash-attendance-saved = { $count ->
    [0] Ничего не изменилось.
    [one] Сохранена { $count } отметка.
    [few] Сохранены { $count } отметки.
   *[many] Сохранено { $count } отметок.
}
flash-attendance-changed-by-others = { $count ->
    [one] Сохранено. После того как вы открыли страницу, кто-то другой изменил отметку: { $names }; где вы тоже её изменили, сохранена ваша.
    [few] Сохранено. После того как вы открыли страницу, кто-то другой изменил отметки { $count } слушателей ({ $names }); где вы тоже их изменили, сохранены ваши.
   *[many] Сохранено. После того как вы открыли страницу, кто-то другой изменил отметки { $count } слушателей ({ $names }); где вы тоже их изменили, сохранены ваши.
}
flash-completions = Завершение курса подтверждено: завершили — { $completed }, не завершили — { $not_completed }.
error-attendance-cancelled = Занятие отменено: отметки не ставятся.
error-attendance-not-expected = Отмечать можно только слушателей, которых ожидают на этом занятии.
error-attendance-mark = Выберите: присутствовал, опоздал, уважительная причина или отсутствовал.
error-note-too-long = Примечание должно быть короче { $max } символов.
error-course-not-over = Подтвердить завершение можно после окончания последнего занятия курса.
error-threshold-range = Введите целое число процентов от 0 до 100.
error-minutes-range = Введите целое число минут от 0 до 240.
error-late-after-close = Опоздание должно начинаться до закрытия отметки.
attendance-open-screen = Показать код для отметки
checkin-title = Отметка о присутствии
checkin-scan-hint = Отсканируйте этот код камерой телефона, чтобы отметиться.
checkin-qr-label = Код для отметки
checkin-count = { $count ->
    [one] Отметился { $count }
    [few] Отметились { $count }
   *[many] Отметились { $count }
}
checkin-window = Отметка открывается в { $opens }, после { $late } считается опозданием и закрывается в { $closes }.
checkin-refresh-hint = Код меняется каждые 30 секунд, поэтому его фотография быстро становится бесполезной.
checkin-as = Отметка от имени: { $name }.
checkin-submit = Отметиться
checkin-not-you = Это не вы?
checkin-badge-code = Ваш код для отметки
checkin-badge-hint = Шесть букв и цифр на вашем бейдже, например K7M2QX. После первой отметки телефон вас запомнит.
checkin-next-time = В следующий раз отсканируйте код на экране и нажмите «Отметиться».
checkin-not-yet = Отметка на это занятие откроется в { $time }.
checkin-closed = Отметка на это занятие закрылась в { $time }; попросите организатора отметить вас.
checkin-unknown-code = Такого кода нет ни у кого на этом курсе; проверьте свой бейдж.
checkin-not-expected = Вас не ожидают на занятии «{ $title }»: этот код для другого занятия.
checkin-already = { $mark ->
    [present] Вы уже отмечены как присутствующий (в { $time }).
    [late] Вы уже отмечены как опоздавший (в { $time }).
    [excused] У вас уже отмечена уважительная причина (в { $time }); чтобы изменить, обратитесь к организатору.
   *[absent] Вы уже отмечены как отсутствующий (в { $time }); чтобы изменить, обратитесь к организатору.
}
checkin-forged = Это не код для отметки на этом курсе.
checkin-expired = Срок действия кода истёк: отсканируйте экран ещё раз.
checkin-throttled = Слишком много неверных кодов из этой сети; попробуйте через 15 минут или обратитесь к организатору.
checkin-done = { $mark ->
    [late] { $name }: отметка на занятии «{ $title }» принята, с опозданием.
   *[other] { $name }: отметка на занятии «{ $title }» принята.
}
trainee-badge-code = Код для отметки (на бейдже)
attendance-sheet = Лист регистрации
attendance-sheet-hint = Распечатайте эту страницу (A4) для мест без связи; потом внесите результаты через массовый ввод по номерам строк.
attendance-native-name = Имя на родном языке
attendance-signature = Подпись
attendance-bulk = Массовый ввод
attendance-bulk-lines = По одному слушателю в строке: номер строки или имя, затем отметка, затем примечание
attendance-bulk-hint = Например: «12 опоздал», «ABENOV Nurlan absent», «7 e служебная командировка». Отметки: присутствовал, опоздал, уважительная, отсутствовал (или present, late, excused, absent, p, l, e, a).
attendance-bulk-rest-present = Все, кого нет в списке и у кого ещё нет отметки, присутствовали
attendance-bulk-refused = Ничего не сохранено. Исправьте строки:
attendance-bulk-line = Строка { $count }
flash-bulk-saved = { $rest ->
    [0] { $count ->
        [one] Сохранена { $count } отметка.
        [few] Сохранены { $count } отметки.
       *[many] Сохранено { $count } отметок.
    }
   *[other] { $count ->
        [one] Сохранена { $count } отметка; ещё слушателей, отмеченных присутствующими: { $rest }.
        [few] Сохранены { $count } отметки; ещё слушателей, отмеченных присутствующими: { $rest }.
       *[many] Сохранено { $count } отметок; ещё слушателей, отмеченных присутствующими: { $rest }.
    }
}
error-bulk-no-mark = после имени укажите отметку: присутствовал, опоздал, уважительная или отсутствовал.
error-bulk-unknown = «{ $who }» нет в листе регистрации этого занятия, или таких людей несколько; укажите номер строки.
error-bulk-twice = этот слушатель уже указан в строке { $line }.
boarding-title = Посадка в автобус
boarding-leg = Направление
boarding-out = Туда
boarding-back = Обратно
boarding-vehicle = Автобус, у которого вы стоите
boarding-missing = { $count ->
    [one] Не хватает { $count } человека
    [few] Не хватает { $count } человек
   *[many] Не хватает { $count } человек
}
boarding-all-aboard = Все на месте.
boarding-no-vehicles = На это выездное занятие не назначен автобус; добавьте его в форме занятия.
boarding-board = Сел
boarding-undo = Отменить
flash-boarded = Отмечен.
error-boarding-vehicle = Этот автобус не назначен на это выездное занятие.
certificate-page = Свидетельство об окончании курса
certificate-open = Открыть для печати
certificate-print-hint = Печатайте на листе A4; QR-код ведёт на открытую страницу, подтверждающую свидетельство.
certificate-title = Свидетельство об окончании курса
certificate-body = Настоящим удостоверяется, что { $name } принял(а) участие в курсе «{ $course }», проходившем в городе { $city } { $dates }, и успешно его завершил(а).
certificate-serial = Регистрационный номер
verify-title = Проверка свидетельства
verify-valid = Свидетельство действительно.
verify-course = Курс
verify-unknown = Действительного свидетельства с таким номером нет.
verify-throttled = Из этой сети проверено слишком много номеров; попробуйте через 15 минут.
itinerary-title = Ваша программа
itinerary-times-in-zone = Всё время указано местное: { $zone }.
itinerary-today = Сегодня
itinerary-tomorrow = Завтра
itinerary-travel = Поездка и гостиница
itinerary-whole-course = Весь курс по дням
itinerary-free-day = На этот день для вас ничего не запланировано.
itinerary-map = Карта
itinerary-bring = Взять с собой
itinerary-speakers = Лекторы
itinerary-bus-line = Автобус отправляется в { $bus }
itinerary-attendance = Ваша посещаемость
itinerary-attended = { $count ->
    [one] Посещено { $attended } из { $count } занятия
    [few] Посещено { $attended } из { $count } занятий
    [many] Посещено { $attended } из { $count } занятий
   *[other] Посещено { $attended } из { $count } занятия
}
itinerary-attendance-none = Посещаемость ещё не отмечалась.
itinerary-badge-code = Ваш код для отметки:
itinerary-contacts = Контакты
itinerary-delegation-contact = Контакт вашей делегации
itinerary-no-contact = Обратитесь к организаторам на стойке регистрации гостиницы.
itinerary-calendar = В календаре телефона
itinerary-calendar-hint = Подпишитесь один раз — изменения программы появятся в календаре сами.
itinerary-subscribe = Добавить мою программу в календарь
itinerary-subscribe-course = программа всего курса
itinerary-personal-link = Личная ссылка
itinerary-personal-link-hint = Открывает программу слушателя на телефоне без пароля. Прочитать её может любой, у кого есть ссылка: если она попала не туда, выпустите новую.
itinerary-link-none = Личной ссылки ещё нет.
itinerary-link-issue = Выпустить личную ссылку
itinerary-link-reissue = Выпустить новую ссылку (старая перестанет работать)
itinerary-link-revoke = Отозвать ссылку
itinerary-link-issued = Выпущена новая личная ссылка; старая больше не работает.
itinerary-link-revoked = Личная ссылка отозвана.
mail-greeting = Уважаемый(ая) { $name }!
mail-itinerary-subject = Ваша программа: { $course }
mail-itinerary-intro = Направляем вашу программу курса «{ $course }» ({ $city }, { $dates }). На вашей личной странице всегда актуальная версия:
mail-open-programme = Открыть мою программу
mail-itinerary-calendar = Вложенный файл itinerary.ics добавит все занятия в ваш календарь. Чтобы изменения появлялись сами, лучше подпишитесь:
mail-link-private = Ссылка личная: пожалуйста, не пересылайте это письмо.
mail-sign-off = Организаторы
mail-changed-subject = Ваша программа изменилась: { $course }
mail-changed-intro = с нашего прошлого письма ваша программа курса «{ $course }» изменилась:
mail-change-added = Новое
mail-change-removed = Больше не в вашей программе
mail-change-cancelled = Отменено
mail-change-moved = Изменено
mail-changed-outro = На вашей личной странице всегда актуальная версия:
mail-test-subject = Тестовое письмо cohortdesk
mail-test-body = Это письмо подтверждает, что cohortdesk может отправлять почту с этого сервера.
mail-skip-no-email = нет адреса электронной почты
mail-skip-withdrawn = выбыл(а) или не приехал(а)
mail-queued = { $count ->
    [0] Ни одного письма не поставлено в очередь.
    [one] { $count } письмо поставлено в очередь.
    [few] { $count } письма поставлены в очередь.
   *[many] { $count } писем поставлено в очередь.
}
mail-already = { $count ->
    [one] { $count } слушатель уже получил точно такое же письмо; повторно не отправлено.
    [few] { $count } слушателя уже получили точно такое же письмо; повторно не отправлено.
   *[many] { $count } слушателей уже получили точно такое же письмо; повторно не отправлено.
}
mail-skipped = Не отправлено: { $name } — { $reason }.
outbox-delivered = Отправлено: { $sent } · будет повторено: { $retrying } · не доставлено: { $failed }
flash-text = { $text }
itineraries-title = Программы слушателей
itineraries-out-of-date = { $count ->
    [one] У { $count } слушателя устаревшая программа
    [few] У { $count } слушателей устаревшая программа
   *[many] У { $count } слушателей устаревшая программа
}
itineraries-changes-hint = После отправки программ занятия изменились. Каждый затронутый слушатель получит одно письмо со всеми изменениями с тех пор (было → стало, отмены), сколько бы правок ни было.
itineraries-send-changes = Отправить уведомления об изменениях
itineraries-send = Отправить программы
itineraries-send-hint = Каждый слушатель получит письмо на своём языке с личной ссылкой и файлом календаря. Повторная отправка дойдёт только до тех, чья программа изменилась.
itineraries-to = Кому
itineraries-to-all = Всем
itineraries-to-delegation = Одной делегации
itineraries-to-chosen = Отмеченным ниже
itineraries-choose = Выбрать слушателей или посмотреть письмо одного из них
itineraries-preview = Предпросмотр
itineraries-queue = Поставить письма в очередь
itineraries-unreachable = { $count ->
    [0] Письма дойдут до всех
    [one] { $count } слушателю нельзя написать по электронной почте
    [few] { $count } слушателям нельзя написать по электронной почте
   *[many] { $count } слушателям нельзя написать по электронной почте
}
itineraries-all-reachable = У каждого слушателя есть адрес электронной почты.
mail-from = От
mail-to = Кому
mail-subject = Тема
mail-attachments = Вложения
mail-plain-text = Простой текст
mail-kind-itinerary = Программа
mail-kind-schedule-changed = Изменение расписания
mail-kind-test = Тест
outbox-title = Исходящие
outbox-hint = Все письма, новые сверху. При временной ошибке письмо отправляется снова через 1, 2, 4 … минуты (не реже раза в час, всего десять попыток); отказ принимающего сервера — сразу ошибка.
outbox-filter = Показать
outbox-all = Все
outbox-empty = Писем нет.
outbox-state = Состояние
outbox-tries = Попытки
outbox-next-try = следующая попытка
outbox-retry = Повторить сейчас
outbox-send-again = Отправить снова
outbox-cancel = Отменить
outbox-retried = Письмо будет отправлено сейчас.
outbox-cancelled = Письмо не будет отправлено.
outbox-status-queued = В очереди
outbox-status-sending = Отправляется
outbox-status-sent = Отправлено
outbox-status-failed = Не доставлено
outbox-status-cancelled = Отменено
outbox-unchanged = Это письмо отправляется или уже отправлено; ничего не изменено.

## Progress against a commitment
nav-progress = Ход выполнения
progress-title = Ход выполнения
progress-as-of = на { $date }
progress-key-figures = Основные показатели
progress-delivered = Обучено мест
progress-people = Обучено человек
progress-remaining = Осталось мест
progress-days-left = Осталось дней
progress-pipeline = В процессе
progress-in-progress = На обучении
progress-confirmed = Подтверждены
progress-nominated = Выдвинуты
progress-upcoming = Предстоящие места
progress-projected = Прогноз
progress-target = Цель
progress-allocation = Квота
progress-short = { $count ->
    [one] До цели вместе с предстоящими местами не хватает { $count } места.
    [few] До цели вместе с предстоящими местами не хватает { $count } мест.
   *[many] До цели вместе с предстоящими местами не хватает { $count } мест.
}
progress-on-track = Обученные и предстоящие места вместе достигают цели.
progress-burn-up = Обученные места по времени
progress-burn-up-summary = Обучено { $delivered } из { $target } мест; прогноз к { $deadline }: { $projected }.
progress-today = Сегодня
progress-legend-delivered = Обученные места
progress-legend-projection = Прогноз по предстоящим группам
progress-legend-pace = Равномерный темп до цели
progress-chart-host-cities = Города-организаторы и их квоты
progress-chart-countries = Места по странам
progress-download-csv = Скачать CSV
progress-json = Скачать JSON
progress-host-city = Город
progress-year = Год
progress-country = Страна
progress-code = Код страны
progress-cohort = Группа
progress-dates = Даты
progress-status = Статус
progress-capacity = Мест в группе
progress-starts-on = Первый день
progress-ends-on = Последний день
progress-by-host-city = По городам
progress-by-host-city-year = По городам и годам
progress-by-year = По годам
progress-by-country = По странам
progress-by-cohort = По группам
progress-definitions = Как считаются показатели
progress-define-delivered = Обучено мест = записи со статусом «завершил обучение» в группах по этому обязательству. Одно место — одна завершённая запись.
progress-define-people = Обучено человек = разные слушатели хотя бы с одной завершённой записью. Слушатель, завершивший две группы, — это два места и один человек.
progress-define-in-progress = На обучении = записи со статусом «прибыл»: слушатели, которые сейчас на курсе.
progress-define-confirmed = Подтверждены = записи со статусом «подтверждён».
progress-define-nominated = Выдвинуты = записи со статусом «выдвинут».
progress-define-upcoming = Предстоящие места = вместимость групп, которые ещё не завершены и не отменены, за вычетом уже обученных в них мест.
progress-define-remaining = Осталось мест = цель минус обученные места (не меньше нуля).
progress-define-projected = Прогноз = обученные плюс предстоящие места. На графике каждая группа добавляет свои места в свой последний день.
progress-define-days-left = Осталось дней = дней от сегодня до последнего дня обязательства. Год группы — год её начала.

## Cohort report
report-title = Отчёт
report-participants = Участники
report-women = Женщины
report-men = Мужчины
report-gender-balance = Состав по полу
report-gender = Пол
report-hours = Учебные часы
report-sessions = Занятия
report-sessions-count = { $count ->
    [one] { $count } лекция, выезд или разбор кейса
    [few] { $count } лекции, выезда или разбора кейсов
   *[many] { $count } лекций, выездов и разборов кейсов
}
report-attendance-rate = Посещаемость
report-expected = Ожидалось
report-date = Дата
report-starts = Начало
report-ends = Конец
report-kind = Вид
report-theme = Тема
report-native-name = Имя на родном языке
report-completed = Завершил обучение
report-by-delegation = По делегациям
report-by-session = По занятиям
report-by-trainee = По слушателям
report-by-theme = Часы по темам
report-by-kind = Часы по видам занятий
report-define-participants = Участники = слушатели, записанные в группу, кроме отказавшихся и неприбывших.
report-define-completed = Обучено мест = участники со статусом «завершил обучение»: места, которые группа засчитывает в обязательство, как на странице хода выполнения.
report-define-attendance-rate = Посещаемость = посещённые занятия (вовремя или с опозданием) ÷ (посещённые + пропущенные); занятия по уважительной причине и неотмеченные не учитываются.
report-define-gender = Женщины и мужчины = участники по полу, указанному в анкете; доля — от всех участников.
report-define-hours = Учебные часы = продолжительность не отменённых лекций, выездов и разборов кейсов, по темам и видам.
report-define-expected = Ожидалось = участники, для которых проводится занятие (вся группа либо её делегации или подгруппы).

## Personal API tokens
nav-api-tokens = API-токены
api-tokens-title = API-токены
api-tokens-explained = Личный токен позволяет вашим программам читать ход выполнения и отчёты групп в формате JSON по адресу /api/v1/. Токен читает то же, что и вы, и ничего не изменяет. Отзовите токен, как только он станет не нужен.
api-token-new = Новый токен
api-token-field-name = Название
api-token-field-name-hint = Для чего токен, например «Панель министерства».
api-token-create = Создать токен
api-token-created = Ваш новый токен
api-token-copy-now = Скопируйте его сейчас: он показывается только один раз и больше не будет виден.
api-token-example = Попробуйте:
api-tokens-yours = Ваши токены
api-tokens-empty = У вас пока нет API-токенов.
api-token-ends-with = Оканчивается на
api-token-created-on = Создан
api-token-last-used = Последнее использование
api-token-active = Действует
api-token-revoked = Отозван
api-token-revoke = Отозвать
flash-api-token-revoked = Токен отозван: программы, которые его используют, теперь получают «401 Unauthorized».

## Audit log
audit-title = Журнал изменений
audit-explained = Все изменения обязательств, квот городов, групп, слушателей, записей, занятий, посещаемости и учётных записей: кто, когда и значение каждого поля до и после. Номера паспортов скрыты.
audit-history = История изменений
audit-empty = Изменений пока нет.
audit-when = Когда
audit-who = Кто
audit-what = Что
audit-object = Объект
audit-changes = Изменения
audit-emptied = (пусто)
audit-system = Система (командная строка или демо)
audit-any = Любой
audit-cohort-id = № группы
audit-from = С
audit-until = По
audit-filter = Показать
audit-newer = ← Новее
audit-older = Старше →
audit-whole-cohort = Все изменения слушателей, занятий и посещаемости этой группы
nav-audit = Журнал
audit-action-create = Создано
audit-action-update = Изменено
audit-action-delete = Удалено
audit-object-commitment = обязательство
audit-object-allocation = квота города
audit-object-cohort = группа
audit-object-trainee = слушатель
audit-object-enrollment = запись
audit-object-session = занятие
audit-object-attendance = посещаемость
audit-object-user = учётная запись
audit-field-name = Название
audit-field-description = Описание
audit-field-places = Места
audit-field-starts_on = Первый день
audit-field-ends_on = Последний день
audit-field-archived = В архиве
audit-field-commitment = Обязательство
audit-field-host_city = Город
audit-field-targets = Цели по годам
audit-field-allocation = Квота
audit-field-venue = Место
audit-field-time_zone = Часовой пояс
audit-field-capacity = Мест в группе
audit-field-languages = Языки
audit-field-status = Статус
audit-field-notes = Заметки
audit-field-completion_threshold = Порог завершения (%)
audit-field-checkin_opens_before = Отметка открывается за (мин)
audit-field-checkin_closes_after = Отметка закрывается через (мин)
audit-field-late_after = Опоздание после (мин)
audit-field-family_name = Фамилия
audit-field-given_name = Имя
audit-field-native_name = Имя на родном языке
audit-field-gender = Пол
audit-field-date_of_birth = Дата рождения
audit-field-country = Страна
audit-field-organization = Организация
audit-field-position = Должность
audit-field-email = Эл. почта
audit-field-phone = Телефон
audit-field-language = Язык
audit-field-dietary = Питание
audit-field-accessibility = Доступность
audit-field-passport_number = Номер паспорта
audit-field-passport_expiry = Срок паспорта
audit-field-trainee = Слушатель
audit-field-arrival_at = Прибытие
audit-field-arrival_flight = Рейс прибытия
audit-field-arrival_airport = Аэропорт прибытия
audit-field-departure_at = Отъезд
audit-field-departure_flight = Рейс отъезда
audit-field-departure_airport = Аэропорт отъезда
audit-field-hotel = Гостиница
audit-field-room = Номер/зал
audit-field-title = Название
audit-field-kind = Вид
audit-field-theme = Тема
audit-field-starts_at = Начало
audit-field-ends_at = Конец
audit-field-host_organization = Принимающая организация
audit-field-address = Адрес
audit-field-departure_point = Место отправления
audit-field-departs_at = Отправление
audit-field-returns_at = Возвращение
audit-field-role = Роль
audit-field-password = Пароль

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
