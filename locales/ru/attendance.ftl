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
attendance-confirm-hint = Всем участникам, выполнившим правило, будет установлен статус «Завершил обучение», остальным — «Обучение не завершено»: это итоговый статус, и курс больше не покажет никого «на обучении». После исправления отметок можно подтвердить ещё раз.
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
