## A trainee's itinerary
itinerary-title = Ваша программа
itinerary-times-local = Время везде местное — время { $city } ({ $offset }).
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
itinerary-subscribe = iPhone, iPad, Mac: подписаться в Календаре
itinerary-subscribe-course = Программа всего курса (файл .ics)
itinerary-personal-link = Личная ссылка
itinerary-personal-link-hint = Открывает программу слушателя на телефоне без пароля. Прочитать её может любой, у кого есть ссылка: если она попала не туда, выпустите новую.
itinerary-link-none = Личной ссылки ещё нет.
itinerary-link-issue = Выпустить личную ссылку
itinerary-link-reissue = Выпустить новую ссылку (старая перестанет работать)
itinerary-link-revoke = Отозвать ссылку
itinerary-link-issued = Выпущена новая личная ссылка; старая больше не работает.
itinerary-link-revoked = Личная ссылка отозвана.
itinerary-subscribe-google = Android: подписаться в Google Календаре
itinerary-download-ics = Другие календари: скачать файл .ics
itinerary-certificate = Ваше свидетельство
itinerary-certificate-open = Открыть и распечатать свидетельство об окончании курса
