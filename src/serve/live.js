// informed serve: reload this page when the site is rebuilt, and show what
// is wrong when a rebuild fails. Added to pages only as they are served by
// `informed serve`; the files `informed build` writes never contain it.
(function () {
  "use strict";
  if (!window.EventSource) {
    return;
  }
  var box = null;
  var source = new EventSource("/__informed/events");
  source.addEventListener("reload", function () {
    window.location.reload();
  });
  source.addEventListener("failed", function (event) {
    show(JSON.parse(event.data));
  });

  // Text only (textContent), never markup: messages quote content.
  function add(parent, tag, text, style) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    if (style) {
      node.setAttribute("style", style);
    }
    parent.appendChild(node);
    return node;
  }

  function show(report) {
    if (box) {
      box.remove();
    }
    box = document.createElement("div");
    box.id = "informed-errors";
    box.setAttribute("role", "alert");
    box.setAttribute(
      "style",
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;" +
        "background:rgba(255,255,255,0.96);color:#111;font:16px/1.5 system-ui,sans-serif"
    );
    add(box, "h2", "The last save did not build: " + report.errors.length + " error(s)", "margin-top:0;color:#a00");
    add(box, "p", "This is the last good page. Fix the file and save: the page comes back by itself.");
    var list = add(box, "ol");
    report.errors.forEach(function (e) {
      var item = add(list, "li", null, "margin-bottom:1rem");
      add(item, "code", e.file + ":" + e.line + ":" + e.column, "font-weight:bold");
      add(item, "div", e.message + " [" + e.code + "]");
      if (e.hint) {
        add(item, "div", "hint: " + e.hint, "color:#333;font-style:italic");
      }
    });
    document.body.appendChild(box);
  }
})();
