// planlens pages: the plan page's jumps from a part to its span in the text, and the kind toggles. Served from
// this server (the pages allow no inline script); htmx does the rest.
(function () {
  "use strict";

  function doc() { return document.getElementById("doc"); }

  // marks the spans of anchor `id` (s-N) active, scrolls the first into view, marks the part's row current
  function activate(id, scroll) {
    var d = doc();
    if (!d || !id) return;
    d.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    var marks = d.querySelectorAll('mark[data-spans~="' + id + '"]');
    marks.forEach(function (m) { m.classList.add("active"); });
    var target = marks.length ? marks[0] : document.getElementById(id);
    if (target && scroll) target.scrollIntoView({ block: "center", inline: "nearest" });
    document.querySelectorAll(".part.current").forEach(function (p) { p.classList.remove("current"); });
    document.querySelectorAll('a.jump[href="#' + id + '"]').forEach(function (a) {
      var part = a.closest(".part");
      if (part) part.classList.add("current");
    });
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest("a.jump, a.jump-sec");
    if (!a) return;
    var id = (a.getAttribute("href") || "").slice(1);
    if (!id) return;
    e.preventDefault();
    if (a.classList.contains("jump")) {
      activate(id, true);
    } else {
      var anchor = document.getElementById(id);
      if (anchor) anchor.scrollIntoView({ block: "start" });
    }
    history.replaceState(history.state, "", "#" + id);
  });

  document.addEventListener("change", function (e) {
    if (!e.target.matches("input.kind-toggle")) return;
    var d = doc();
    if (d) d.classList.toggle("hide-" + e.target.value, !e.target.checked);
  });

  function onPage() {
    var d = doc();
    if (!d) return;
    var hash = location.hash.slice(1);
    if (hash.indexOf("s-") === 0) activate(hash, true);
    else if (d.dataset.focus) activate(d.dataset.focus, true);
  }

  document.addEventListener("DOMContentLoaded", onPage);
  // a boosted navigation (htmx) swaps the body without a new page load
  document.addEventListener("htmx:afterSettle", function (e) {
    if (e.detail && e.detail.elt && (e.detail.elt === document.body || e.detail.elt.querySelector && e.detail.elt.querySelector("#doc"))) onPage();
  });
})();
