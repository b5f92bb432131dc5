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
progress-not-completed = Не завершили
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
progress-define-not-completed = Не завершили = записи со статусом «обучение не завершено»: участник был на курсе, но при подтверждении итогов не выполнил условие завершения. Место не засчитывается; такие записи считаются отдельно от неприбывших.
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
report-programme-hours = Учебные часы программы
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
report-define-hours = Учебные часы программы = время, которое занимают не отменённые лекции, выезды и разборы кейсов, по темам и видам; занятия, идущие одновременно для разных групп, считаются один раз (четыре параллельных трёхчасовых кейса — три часа). Часов на слушателя = время занятий, на которых ожидался каждый слушатель; наименьшее и наибольшее, если у групп разные программы.
report-hours-per-trainee = Часов на слушателя
report-define-expected = Ожидалось = участники, для которых проводится занятие (вся группа либо её делегации или подгруппы).
progress-total = Итого
progress-define-total = Строка «Итого» складывает каждый столбец своей таблицы, кроме обученных людей: человек, окончивший курсы в двух городах, в итоге считается один раз, поэтому итог может быть меньше суммы строк. Итоги всех таблиц совпадают с цифрами обязательства в карточках выше.
