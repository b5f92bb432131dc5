## Itinerary e-mails and the outbox
mail-greeting = { $gender ->
    [female] Уважаемая { $name }!
    [male] Уважаемый { $name }!
   *[other] Здравствуйте, { $name }!
}
mail-itinerary-subject = Ваша программа: { $course }
mail-itinerary-intro = Направляем вашу программу курса «{ $course }» ({ $city }, { $dates }). На вашей личной странице всегда актуальная версия:
mail-open-programme = Открыть мою программу
mail-itinerary-calendar = Вложенный файл itinerary.ics добавит все занятия в ваш календарь. Чтобы изменения появлялись сами, лучше подпишитесь:
mail-link-private = Ссылка личная: пожалуйста, не пересылайте это письмо.
mail-sign-off = Организаторы
mail-changed-subject = Ваша программа изменилась: { $course }
mail-changed-intro = С нашего прошлого письма ваша программа курса «{ $course }» изменилась:
mail-change-added = Новое
mail-change-removed = Больше не в вашей программе
mail-change-cancelled = Отменено
mail-change-moved = Изменено
mail-changed-outro = На вашей личной странице всегда актуальная версия:
mail-test-subject = Тестовое письмо cohortdesk
mail-test-body = Это письмо подтверждает, что cohortdesk может отправлять почту с этого сервера.
mail-skip-no-email = нет адреса электронной почты
mail-skip-withdrawn = { $gender ->
    [female] выбыла или не приехала
   *[other] выбыл или не приехал
}
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
itineraries-missing-titles = Нет версии на языке «{ $language }» у { $titles ->
        [one] { $titles } названия занятия
        [few] { $titles } названий занятий
       *[many] { $titles } названий занятий
    }: { $readers ->
        [one] { $readers } слушатель, читающий на этом языке, увидит
        [few] { $readers } слушателя, читающих на этом языке, увидят
       *[many] { $readers } слушателей, читающих на этом языке, увидят
    } { $titles ->
        [one] его
       *[other] их
    } на другом языке.
itineraries-missing-hint = Недостающие версии вносятся на странице «Языки» каждого занятия.
itineraries-choose-audience = Выберите, кому отправить программы: всем, одной делегации или отмеченным слушателям.
itineraries-tick-someone = Отметьте хотя бы одного слушателя.
outbox-claimed = Отправляется процессом { $worker } до { $until }
outbox-release = Вернуть в очередь
outbox-released = Письмо возвращено в очередь: его отправит следующий процесс.
outbox-not-sending = Это письмо сейчас не отправляется; ничего не изменено.
outbox-retry-all = Повторить все неудачные
outbox-retry-all-confirm = { $count ->
    [one] Да, отправить { $count } неудачное письмо ещё раз
    [few] Да, отправить { $count } неудачных письма ещё раз
   *[many] Да, отправить { $count } неудачных писем ещё раз
}
outbox-confirm-needed = Отметьте флажок для подтверждения и нажмите кнопку ещё раз.
outbox-failed-changed = Число неудачных писем тем временем изменилось (теперь { $count }): проверьте ещё раз и подтвердите.
outbox-retried-all = { $count ->
    [one] { $count } неудачное письмо будет отправлено ещё раз.
    [few] { $count } неудачных письма будут отправлены ещё раз.
   *[many] { $count } неудачных писем будут отправлены ещё раз.
}
