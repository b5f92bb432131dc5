## Boarding the buses
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
