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
session-add-venue = Нет в списке? Добавить новое место
session-add-venue-hint = При сохранении занятия место будет добавлено в список мест и выбрано для этого занятия вместо указанного выше.
session-add-speaker-hint = При сохранении занятия лектор будет добавлен в список лекторов и выбран для этого занятия.
session-add-speaker = Нет в списке? Добавить нового лектора
session-add-interpreter = Нет в списке? Добавить нового переводчика
session-add-interpreter-hint = При сохранении занятия переводчик будет добавлен с выбранными выше языковыми парами и назначен на это занятие.
session-add-vehicle = Нет в списке? Добавить новый автобус
session-add-vehicle-hint = При сохранении занятия автобус будет добавлен к автобусам этого курса и закреплён за этим занятием.
session-field-interpretation-hint = Одна пара или несколько, удерживая Ctrl (⌘ на Mac); на телефоне откроется список для отметки.
session-save-and-add = Сохранить и добавить ещё
flash-session-saved-next = Занятие сохранено. Следующее начинается, когда оно заканчивается, там же.
