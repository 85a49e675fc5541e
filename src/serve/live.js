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
      "position:fixed;top:0;left:0;right:0;max-height:70vh;z-index:2147483647;overflow:auto;margin:0;" +
        "padding:1rem 1.5rem;background:#fff;color:#111;border-bottom:4px solid #a00;" +
        "box-shadow:0 4px 16px rgba(0,0,0,0.3);font:16px/1.5 system-ui,sans-serif;text-align:left"
    );
    box.setAttribute("dir", "ltr");
    var count = report.errors.length;
    add(box, "h2", "The last save did not build: " + count + (count === 1 ? " error" : " errors"),
      "margin:0 0 0.5rem;font-size:1.25rem;color:#a00");
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
