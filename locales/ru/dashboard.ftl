## Dashboard
dashboard-title = Обзор
dashboard-commitments = Обязательства
dashboard-current = Текущие и предстоящие группы
dashboard-current-empty = Начиная с сегодняшнего дня нет идущих или запланированных групп.
dashboard-recent = Недавно завершённые
dashboard-by-status = Группы по статусу
