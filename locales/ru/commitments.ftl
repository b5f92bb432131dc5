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
