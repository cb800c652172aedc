// Index page: sort by any column, filter rows by text, show one page of rows at a time.
(function () {
  "use strict";
  var table = document.getElementById("articles");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var haystack = new Map(rows.map(function (r) { return [r, r.textContent.toLowerCase()]; }));
  var pageSize = parseInt(table.getAttribute("data-page-size"), 10) || 100;
  var filter = document.getElementById("filter");
  var shown = document.getElementById("shown");
  var pageLabel = document.getElementById("page");
  var prev = document.getElementById("prev");
  var next = document.getElementById("next");
  var page = 0;

  function apply() {
    var query = filter.value.trim().toLowerCase();
    var matching = rows.filter(function (r) { return !query || haystack.get(r).indexOf(query) >= 0; });
    var pages = Math.max(1, Math.ceil(matching.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var first = page * pageSize;
    var visible = new Set(matching.slice(first, first + pageSize));
    rows.forEach(function (r) { r.hidden = !visible.has(r); });
    shown.textContent = matching.length + " of " + rows.length + " articles";
    pageLabel.textContent = "page " + (page + 1) + " of " + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function cellValue(row, column, numeric) {
    var text = row.cells[column].textContent.trim();
    return numeric ? parseFloat(text) || 0 : text.toLowerCase();
  }

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, column) {
    th.querySelector("button").addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      var numeric = th.getAttribute("data-type") === "num";
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = cellValue(a, column, numeric), y = cellValue(b, column, numeric);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      page = 0;
      apply();
    });
  });
  filter.addEventListener("input", function () { page = 0; apply(); });
  prev.addEventListener("click", function () { page -= 1; apply(); });
  next.addEventListener("click", function () { page += 1; apply(); });
  apply();
})();
