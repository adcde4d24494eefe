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

  // A part of the page that could not be loaded or saved says so at the top of the page, in the
  // server's own words where it sent some (no permission, not found), instead of doing nothing;
  // so does a request that never reached the server (a dropped connection).
  function notify(text) {
    var box = document.getElementById("request-error");
    if (!box) {
      box = document.createElement("div");
      box.id = "request-error";
      box.className = "notice error";
      box.setAttribute("role", "alert");
      var main = document.getElementById("main") || document.body;
      main.insertBefore(box, main.firstChild);
    }
    box.textContent = text;
  }

  // A whole error page (a conflict or refused input caught by the server's safety net) is never
  // swapped into a part of the page: it is reported like any other failed request.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.getResponseHeader("Rancang-Error-Page")) {
      event.detail.shouldSwap = false;
      event.detail.isError = true;
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var said = null;
    if (xhr.responseText && /html/.test(xhr.getResponseHeader("Content-Type") || "")) {
      var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var reason = page.querySelector("main p");
      var parts = reason ? [reason.textContent.trim()] : [];
      page.querySelectorAll("main li").forEach(function (item) {
        parts.push(item.textContent.trim());
      });
      said = parts.length ? parts.join(" ") : null;
    }
    notify(said || (meta("rancang-request-failed") || "").replace("{0}", String(xhr.status)));
  });

  document.addEventListener("htmx:sendError", function () {
    notify(meta("rancang-offline") || "");
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var box = document.getElementById("request-error");
    if (box && event.detail.successful) {
      box.remove();
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
  // A narrative textarea (data-rich-text) becomes a small formatted editor: the text is edited
  // as formatted content and written back as HTML on submit. The server sanitises what it gets,
  // and without this script the textarea takes HTML or plain paragraphs as it is.
  function richText(area) {
    var editor = document.createElement("div");
    editor.className = "rich-editor";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    editor.setAttribute("aria-label", area.getAttribute("data-label-editor") || "");
    if (area.lang) {
      editor.lang = area.lang;
    }
    editor.innerHTML = area.value;
    var bar = document.createElement("div");
    bar.className = "rich-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", area.getAttribute("data-label-editor") || "");
    var commands = [
      ["bold", function () { document.execCommand("bold"); }],
      ["italic", function () { document.execCommand("italic"); }],
      ["heading", function () { document.execCommand("formatBlock", false, "h3"); }],
      ["paragraph", function () { document.execCommand("formatBlock", false, "p"); }],
      ["bullets", function () { document.execCommand("insertUnorderedList"); }],
      ["numbers", function () { document.execCommand("insertOrderedList"); }],
      ["link", function () {
        var url = window.prompt(area.getAttribute("data-label-link-prompt") || "https://", "https://");
        if (url && /^(https?:|mailto:)/i.test(url)) {
          document.execCommand("createLink", false, url);
        }
      }],
      ["table", function () {
        document.execCommand("insertHTML", false,
          "<table><tr><th>…</th><th>…</th></tr><tr><td>…</td><td>…</td></tr></table><p></p>");
      }]
    ];
    commands.forEach(function (command) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.textContent = area.getAttribute("data-label-" + command[0]) || command[0];
      button.addEventListener("click", function () {
        editor.focus();
        command[1]();
      });
      bar.appendChild(button);
    });
    area.hidden = true;
    area.parentNode.insertBefore(bar, area);
    area.parentNode.insertBefore(editor, area);
    area.form.addEventListener("submit", function () {
      area.value = editor.innerHTML;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-rich-text]"), richText);
  });
})();
