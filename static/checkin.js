// The check-in screen follows its code: every few seconds it reads itself again and puts the new QR
// code, link, count and window in place, so that nothing reloads under the people looking at it. The
// count is a polite live region: a screen reader hears it when it changes, not every refresh. Without
// this script the screen still works: its "Show the new code" link loads it again.
(function () {
  "use strict";
  var screen = document.getElementById("checkin-screen");
  if (!screen || !window.fetch || !window.DOMParser) {
    return;
  }
  var parts = [".qr", ".checkin-link", "#checked-in", ".checkin-window"];
  // Read again when the code changes, and at least every five seconds for the count.
  function later(seconds) {
    window.setTimeout(refresh, Math.min(Math.max(1, seconds || 5), 5) * 1000);
  }
  function refresh() {
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error("status " + answer.status);
        }
        return answer.text();
      })
      .then(function (html) {
        var fresh = new DOMParser()
          .parseFromString(html, "text/html")
          .getElementById("checkin-screen");
        if (!fresh) {
          throw new Error("no check-in screen");
        }
        parts.forEach(function (part) {
          var shown = screen.querySelector(part);
          var next = fresh.querySelector(part);
          if (shown && next && shown.innerHTML !== next.innerHTML) {
            shown.innerHTML = next.innerHTML;
          }
        });
        later(Number(fresh.getAttribute("data-refresh")));
      })
      .catch(function () {
        later(5);
      });
  }
  later(Number(screen.getAttribute("data-refresh")));
})();
