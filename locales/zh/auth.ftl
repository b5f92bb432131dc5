## Login and first run
login-title = 登录
login-intro = 请使用您的 cohortdesk 账号邮箱和密码登录。
login-submit = 登录
login-failed = 邮箱地址或密码不正确。
login-throttled = 失败次数过多，请 { $count } 分钟后再试。
setup-title = 初始设置
setup-intro = 目前还没有任何账号。请创建第一个组织者账号，之后可以再添加同事。
setup-submit = 创建账号
field-name = 姓名
field-email = 电子邮箱
field-password = 密码
field-password-hint = 至少 10 个字符。
field-password-confirm = 再次输入密码
