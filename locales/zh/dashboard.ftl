## Dashboard
dashboard-title = 概览
dashboard-commitments = 培训承诺
dashboard-current = 进行中及即将开班的培训班
dashboard-current-empty = 今天起没有正在进行或计划中的培训班。
dashboard-recent = 最近结业
dashboard-by-status = 各状态培训班数量
