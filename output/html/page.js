(function () {
  "use strict";
  var index = document.getElementById("index");
  var view = document.getElementById("view");

  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
    setTimeout(function () { el.classList.remove("flash"); }, 1500);
  }

  function reveal(el) {
    el.scrollIntoView({ block: "center" });
    flash(el);
  }

  // show draws the report the location names (#r-N, #m-N-K, #d-N-K) from
  // its template, or the index.
  function show() {
    var h = decodeURIComponent(location.hash.slice(1));
    var m = /^[rmd]-(\d+)/.exec(h);
    var tpl = m && document.getElementById("tpl-r-" + m[1]);
    if (!tpl) {
      index.hidden = false;
      view.hidden = true;
      return;
    }
    if (view.dataset.n !== m[1]) {
      view.replaceChildren(tpl.content.cloneNode(true));
      view.dataset.n = m[1];
      bind(view);
    }
    index.hidden = true;
    view.hidden = false;
    var el = h.charAt(0) === "r" ? null : document.getElementById(h);
    if (el) {
      reveal(el);
    } else {
      window.scrollTo(0, 0);
    }
  }

  function bind(root) {
    // A list entry goes to its mark (and focuses it); a mark's tooltip
    // goes back to its entry.
    root.querySelectorAll("a.goto, a.tolist").forEach(function (a) {
      a.addEventListener("click", function (e) {
        e.preventDefault();
        var id = a.getAttribute("href").slice(1);
        var el = document.getElementById(id);
        history.replaceState(null, "", "#" + id);
        if (el) {
          reveal(el);
          if (a.classList.contains("goto")) {
            el.focus({ preventScroll: true });
          }
        }
      });
    });
    root.querySelectorAll("input[data-filter-severity], input[data-filter-category]").forEach(function (i) {
      i.addEventListener("change", function () { filter(root); });
    });
    root.querySelectorAll("button.dismiss").forEach(function (b) {
      b.addEventListener("click", function () { dismiss(b); });
    });
  }

  // dismiss asks why a finding is dismissed and copies its baseline entry
  // (the list entry's data-entry), dismissed with that reason, to paste
  // under the entries of a baseline; where the clipboard cannot be
  // written, the entry is shown, selected, to be copied by hand.
  function dismiss(b) {
    var li = b.closest("li.diag");
    var reason = window.prompt(b.dataset.prompt, "");
    if (reason === null) { return; }
    // A JSON string is a YAML double-quoted scalar.
    var text = li.dataset.entry + "    reason: " + JSON.stringify(reason) + "\n";
    li.querySelectorAll(".entry-note, textarea.entry").forEach(function (e) { e.remove(); });
    function note(words) {
      var p = document.createElement("p");
      p.className = "entry-note";
      p.setAttribute("role", "status");
      p.textContent = words;
      li.appendChild(p);
    }
    function show() {
      note(b.dataset.select);
      var area = document.createElement("textarea");
      area.className = "entry";
      area.readOnly = true;
      area.rows = text.split("\n").length;
      area.value = text;
      li.appendChild(area);
      area.focus();
      area.select();
    }
    li.classList.add("dismissed");
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { note(b.dataset.copied); }, show);
    } else {
      show();
    }
  }

  // filter hides the diagnostics, and their marks, of the severities and
  // categories unchecked.
  function filter(root) {
    var off = {};
    root.querySelectorAll("input[data-filter-severity]").forEach(function (i) {
      if (!i.checked) { off["s:" + i.dataset.filterSeverity] = true; }
    });
    root.querySelectorAll("input[data-filter-category]").forEach(function (i) {
      if (!i.checked) { off["c:" + i.dataset.filterCategory] = true; }
    });
    root.querySelectorAll("li.diag").forEach(function (li) {
      var hide = !!(off["s:" + li.dataset.severity] || off["c:" + li.dataset.category]);
      li.classList.toggle("hidden", hide);
      var mark = document.getElementById("m-" + li.id.slice(2));
      if (mark) { mark.classList.toggle("hidden", hide); }
    });
  }

  // The index: sort by a column, search by issuer or path.
  var body = index.querySelector("table.index tbody");
  function sortBy(th) {
    var key = th.dataset.key;
    var num = th.dataset.num === "1";
    var dir = th.dataset.dir === (num ? "desc" : "asc") ? (num ? "asc" : "desc") : (num ? "desc" : "asc");
    index.querySelectorAll("table.index th[data-key]").forEach(function (o) { delete o.dataset.dir; });
    th.dataset.dir = dir;
    var attr = "data-" + key;
    var rows = Array.prototype.slice.call(body.querySelectorAll("tr.report-row"));
    rows.sort(function (a, b) {
      var x = a.getAttribute(attr) || "", y = b.getAttribute(attr) || "";
      var c = num ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y, "zh-CN");
      return dir === "asc" ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  index.querySelectorAll("table.index th[data-key]").forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(th); }
    });
  });
  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    body.querySelectorAll("tr.report-row").forEach(function (r) {
      var hay = ((r.dataset.issuer || "") + " " + (r.dataset.path || "")).toLowerCase();
      r.hidden = q !== "" && hay.indexOf(q) < 0;
    });
  });

  window.addEventListener("hashchange", show);
  show();
}());
