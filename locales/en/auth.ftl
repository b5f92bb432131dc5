## Login and first run
login-title = Log in
login-intro = Log in with the e-mail address and password of your cohortdesk account.
login-submit = Log in
login-failed = The e-mail address or the password is not right.
login-throttled = { $count ->
    [one] Too many failed attempts. Try again in { $count } second.
   *[other] Too many failed attempts. Try again in { $count } seconds.
}
setup-title = Set up cohortdesk
setup-intro = No one has an account yet. Create the first organizer account; afterwards you invite colleagues from the Accounts page.
setup-submit = Create account
field-name = Full name
field-email = E-mail address
field-password = Password
field-password-hint = At least 12 characters, not easy to guess: a few unrelated words work well.
field-password-confirm = Password again
nav-sessions = Sessions
sessions-title = Where you are logged in
sessions-explained = Every browser logged in as you. A session ends when you log out, after 8 hours without use, or 7 days after it began; end any you do not recognise.
sessions-device = Browser
sessions-address = Address
sessions-since = Logged in
sessions-last-seen = Last seen
sessions-this = this browser
sessions-end = End
sessions-end-others = Log out everywhere else
flash-session-ended = That session has ended.
flash-sessions-ended = Every other session has ended.
