## Certificates
certificate-page = 结业证书
certificate-open = 打开并打印
certificate-print-hint = 请用 A4 纸打印；二维码指向公开的证书验证页面。
certificate-title = 结业证书
certificate-body = 兹证明 { $name } 于 { $dates } 在{ $city }参加“{ $course }”，完成全部课程，准予结业。
certificate-serial = 证书编号
verify-title = 证书验证
verify-valid = 该证书有效。
verify-course = 培训班
verify-unknown = 没有使用此编号的有效证书。
verify-throttled = 此网络尝试的编号过多，请稍等一分钟再试。
