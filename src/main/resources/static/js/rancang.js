// Rancang: progressive enhancement only. Every page works without this file.
(function () {
  "use strict";

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  // htmx requests carry the CSRF token that Spring Security expects.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("_csrf_header");
    var token = meta("_csrf");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // After a swap, move focus to the first invalid field or to an element marked autofocus,
  // so that keyboard and screen-reader users land where the change happened.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.querySelector) {
      return;
    }
    var focus = target.querySelector("[aria-invalid='true'], [autofocus]");
    if (focus) {
      focus.focus();
    }
  });

  // Buttons with data-confirm ask before submitting (e.g. deleting an office).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var message = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();
