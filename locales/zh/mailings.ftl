## Itinerary e-mails and the outbox
mail-greeting = { $gender ->
    [female] 尊敬的 { $name } 女士：
    [male] 尊敬的 { $name } 先生：
   *[other] 尊敬的 { $name }：
}
mail-itinerary-subject = 您的日程：{ $course }
mail-itinerary-intro = 这是您参加 { $course }（{ $city }，{ $dates }）的日程。您的个人页面始终显示最新版本：
mail-open-programme = 打开我的日程
mail-itinerary-calendar = 附件 itinerary.ics 可将全部活动添加到您的日历。如需自动同步变动，请改为订阅：
mail-link-private = 此链接为个人专用，请勿转发本邮件。
mail-sign-off = 组织方
mail-changed-subject = 您的日程有变动：{ $course }
mail-changed-intro = 自上次通知以来，您在 { $course } 的日程有以下变动：
mail-change-added = 新增
mail-change-removed = 已不在您的日程中
mail-change-cancelled = 已取消
mail-change-moved = 已变更
mail-changed-outro = 您的个人页面始终显示最新版本：
mail-test-subject = cohortdesk 测试邮件
mail-test-body = 本邮件确认 cohortdesk 能从此服务器发送邮件。
mail-skip-no-email = 没有电子邮箱
mail-skip-withdrawn = 已退出或未到
mail-queued = { $count ->
    [0] 没有邮件进入发送队列。
   *[other] 已有 { $count } 封邮件进入发送队列。
}
mail-already = { $count } 名学员已收到完全相同的邮件，未重复发送。
mail-skipped = 未发送给 { $name }：{ $reason }。
outbox-delivered = 已发送：{ $sent } · 待重试：{ $retrying } · 失败：{ $failed }
flash-text = { $text }
itineraries-title = 行程单
itineraries-out-of-date = { $count } 名学员的行程单已过期
itineraries-changes-hint = 行程单发出后，部分活动有变动。每位受影响的学员会收到一封邮件，列出此后的全部变动（时间、地点的新旧对比及取消），无论修改了多少次。
itineraries-send-changes = 发送变动通知
itineraries-send = 发送行程单
itineraries-send-hint = 每位学员会收到一封用其语言撰写的邮件，内含个人链接和日历文件。再次发送只会发给行程有变动的学员。
itineraries-to = 发送给
itineraries-to-all = 全体学员
itineraries-to-delegation = 某个代表团
itineraries-to-chosen = 下方勾选的学员
itineraries-choose = 选择学员，或预览某位学员的邮件
itineraries-preview = 预览
itineraries-queue = 加入发送队列
itineraries-unreachable = { $count ->
    [0] 所有学员都能收到邮件
   *[other] { $count } 名学员无法通过邮件联系
}
itineraries-all-reachable = 每位学员都有电子邮箱。
mail-from = 发件人
mail-to = 收件人
mail-subject = 主题
mail-attachments = 附件
mail-plain-text = 纯文本
mail-kind-itinerary = 行程单
mail-kind-schedule-changed = 日程变动
mail-kind-test = 测试
outbox-title = 发件箱
outbox-hint = 全部邮件，最新的在前。临时失败会在 1、2、4……分钟后重试（间隔最多一小时，共十次）；收件服务器拒收则立即标记为失败。
outbox-filter = 显示
outbox-all = 全部
outbox-empty = 这里没有邮件。
outbox-state = 状态
outbox-tries = 尝试次数
outbox-next-try = 下次尝试
outbox-retry = 立即重试
outbox-send-again = 再次发送
outbox-cancel = 取消
outbox-retried = 该邮件将立即发送。
outbox-cancelled = 该邮件不会发送。
outbox-status-queued = 排队中
outbox-status-sending = 发送中
outbox-status-sent = 已发送
outbox-status-failed = 失败
outbox-status-cancelled = 已取消
outbox-unchanged = 该邮件正在发送或已发送，未作任何更改。
itineraries-missing-titles = { $titles } 个日程标题没有{ $language }版本：{ $readers } 名使用{ $language }的学员将看到其他语言的标题。
itineraries-missing-hint = 可在各日程的“语言版本”页面补充缺少的版本。
itineraries-choose-audience = 请选择收件人：全体学员、某个代表团，或您勾选的学员。
itineraries-tick-someone = 请至少勾选一名学员。
outbox-claimed = 正由 { $worker } 发送，占用至 { $until }
outbox-release = 放回队列
outbox-released = 邮件已放回队列，将由下一个发送进程发送。
outbox-not-sending = 这封邮件当前不在发送中，未做任何更改。
outbox-retry-all = 重试全部失败邮件
outbox-retry-all-confirm = { $count ->
   *[other] 确认重新发送 { $count } 封失败的邮件
}
outbox-confirm-needed = 请先勾选确认框，再点击按钮。
outbox-failed-changed = 失败邮件的数量已变化（现在为 { $count } 封）：请重新查看并确认。
outbox-retried-all = { $count ->
   *[other] { $count } 封失败的邮件将立即重新发送。
}
