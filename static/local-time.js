// Moments stored in UTC (the audit log's, the outbox's, logins') are written by the server in UTC and
// labelled so, inside <time data-instant datetime="…Z">. This script writes each again on the reader's
// own clock, as the page's language writes dates, with the zone named ("16 июн. 2023 г., 09:30 GMT+8"),
// and keeps the UTC text as its tooltip. Without the script the labelled UTC text stays.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var format;
  try {
    format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short"
    });
  } catch (e) {
    return;
  }
  var times = document.querySelectorAll("time[data-instant]");
  for (var i = 0; i < times.length; i++) {
    var time = times[i];
    var at = new Date(time.getAttribute("datetime"));
    if (isNaN(at.getTime())) {
      continue;
    }
    time.title = time.textContent;
    time.textContent = format.format(at);
    time.setAttribute("data-local", "");
  }
})();
