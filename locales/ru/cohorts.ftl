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
cohort-passports-kept = { $days ->
    [one] Номера и сроки действия паспортов слушателей этого курса будут удалены { $date } (через { $days } день), через { $kept } дн. после его окончания; у тех, кто участвует в более позднем курсе, — позже.
    [few] Номера и сроки действия паспортов слушателей этого курса будут удалены { $date } (через { $days } дня), через { $kept } дн. после его окончания; у тех, кто участвует в более позднем курсе, — позже.
   *[many] Номера и сроки действия паспортов слушателей этого курса будут удалены { $date } (через { $days } дней), через { $kept } дн. после его окончания; у тех, кто участвует в более позднем курсе, — позже.
}
cohort-passports-erased = Номера и сроки действия паспортов слушателей этого курса удалены { $date }, через { $kept } дн. после его окончания (кроме тех, кто участвует в более позднем курсе).
cohort-add-host-city = Города нет в списке? Выделите ему места здесь
cohort-add-host-city-hint = При сохранении группы городу будут выделены эти места из обязательства, и группа будет отнесена к нему вместо квоты, выбранной выше.
cohort-add-host-city-commitment = Из обязательства
cohort-awaits-completion = Курс закончился { $date }, но ещё не завершён.
cohort-complete-explained = Завершение курса одним действием:
cohort-complete-does-completed = каждый участник, выполнивший правило посещаемости, получает статус «Завершил обучение» и сертификат;
cohort-complete-does-not-completed = остальные получают статус «Обучение не завершено» (учитывается отдельно от неприбывших), и никто не остаётся «на обучении»;
cohort-complete-does-status = группа получает статус «Завершена» и засчитывается в отчётах о ходе выполнения. Отметки можно исправить и подтвердить итоги ещё раз на странице посещаемости.
cohort-complete = Завершить курс
cohort-complete-check-attendance = Сначала проверить посещаемость
flash-course-completed = Курс завершён: завершили — { $completed }, не завершили — { $not_completed }.
