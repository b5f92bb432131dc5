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
enrollment-status-not-completed = Обучение не завершено
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
roster-search = Поиск
roster-search-hint = Часть имени латиницей или на родном языке, организации или код бейджа.
bulk-title = С выбранными слушателями
bulk-action = Действие
bulk-set-status = Установить статус: { $status }
bulk-move-to-group = Перевести в { $group }
bulk-issue-links = Выдать личные ссылки тем, у кого их нет
bulk-apply = Применить к выбранным
bulk-print-badges = Напечатать бейджи выбранных
bulk-choose = Выбрать
bulk-choose-all = { $count ->
    [one] Выбрать { $count } показанного слушателя
    [few] Выбрать всех { $count } показанных слушателей
   *[many] Выбрать всех { $count } показанных слушателей
}
flash-bulk-done = { $count ->
    [0] Готово: ничего не пришлось менять.
    [one] Готово: изменён { $count } слушатель.
    [few] Готово: изменены { $count } слушателя.
   *[many] Готово: изменены { $count } слушателей.
}
error-bulk-none-chosen = Выберите хотя бы одного слушателя.
error-bulk-status = { $name }: статус «{ $status }» нельзя сразу сменить на «{ $to }» (только на шаг вперёд или назад).
error-bulk-not-taking-part = { $name }: статус «{ $status }» — это действие только для тех, кто участвует в курсе.
badges-title = Бейджи
badges-count = { $count ->
    [one] { $count } бейдж.
    [few] { $count } бейджа.
   *[many] { $count } бейджей.
}
badges-print-hint = Печатайте на A4: восемь на странице, разрежьте по линиям. По коду можно отметиться: храните бейджи до раздачи.
badges-code = Код отметки
