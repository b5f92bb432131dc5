## Self check-in
checkin-title = 签到
checkin-scan-hint = 请用手机相机扫描此二维码签到。
checkin-qr-label = 签到二维码
checkin-count = 已签到 { $count } 人
checkin-window = 签到 { $opens } 开始，{ $late } 之后计为迟到，{ $closes } 结束。
checkin-refresh-hint = 二维码每 30 秒更换一次，拍照转发很快就会失效。
checkin-show-new-code = 显示新二维码
checkin-as = 以 { $name } 的身份签到。
checkin-submit = 签到
checkin-not-you = 不是您本人？
checkin-badge-code = 您的签到码
checkin-badge-hint = 胸卡上的六位字母和数字，例如 K7M2QX。首次签到后，本手机会记住您。
checkin-next-time = 下次请扫描屏幕上的二维码并点击“签到”。
checkin-not-yet = 本次课程的签到将于 { $time } 开始。
checkin-closed = 本次课程的签到已于 { $time } 结束，请联系工作人员为您登记。
checkin-unknown-code = 本培训班没有人使用这个签到码，请核对您的胸卡。
checkin-not-expected = 您不在“{ $title }”的应到名单中：此二维码属于其他课程。
checkin-already = { $mark ->
    [present] 您已登记为出勤（{ $time }）。
    [late] 您已登记为迟到（{ $time }）。
    [excused] 您已登记为请假（{ $time }），如需更改请联系工作人员。
   *[absent] 您已登记为缺勤（{ $time }），如需更改请联系工作人员。
}
checkin-forged = 这不是本培训班的签到二维码。
checkin-expired = 二维码已过期，请重新扫描屏幕。
checkin-throttled = 错误签到码次数过多：请稍等一分钟再试，或联系工作人员。
checkin-done = { $mark ->
    [late] { $name }：已签到“{ $title }”（迟到）。
   *[other] { $name }：已签到“{ $title }”。
}
trainee-badge-code = 签到码（印在胸卡上）
attendance-sheet = 签到表
attendance-sheet-hint = 在没有信号的地方请打印本页（A4），之后按序号通过批量录入登记结果。
attendance-native-name = 本国文字姓名
attendance-signature = 签名
attendance-bulk = 批量录入
attendance-bulk-lines = 每行一名学员：序号或姓名，然后是考勤，然后是备注
attendance-bulk-hint = 例如“12 迟到”、“ABENOV Nurlan absent”、“7 e 公务”。考勤：出勤、迟到、请假、缺勤（或 present、late、excused、absent，p、l、e、a）。
attendance-bulk-rest-present = 未列出且尚未记录的学员均出勤
attendance-bulk-refused = 未保存任何内容。请改正以下各行：
attendance-bulk-line = 第 { $count } 行
flash-bulk-saved = { $rest ->
    [0] 已保存 { $count } 条考勤。
   *[other] 已保存 { $count } 条考勤，另有 { $rest } 名学员登记为出勤。
}
error-bulk-no-mark = 请在姓名后写明出勤、迟到、请假或缺勤。
error-bulk-unknown = 本次课程的签到表上没有“{ $who }”，或有不止一人同名，请使用序号。
error-bulk-twice = 该学员已在第 { $line } 行出现。
checkin-link-revoked = 告知本手机您身份的个人链接已被撤销：请输入胸牌上的代码。
checkin-back-to-programme = 返回我的日程
