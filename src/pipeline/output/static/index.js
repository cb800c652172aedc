// Index page: sort by any column, filter rows by title, id, date or status, one page at a time.
(function () {
  "use strict";
  var table = document.getElementById("articles");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  // The filter looks only at what a person searches by, not at counts ("12" would match them all).
  var haystack = new Map(rows.map(function (r) {
    return [r, (r.getAttribute("data-search") || r.textContent).toLowerCase()];
  }));
  var original = new Map(rows.map(function (r, i) { return [r, i]; }));
  var pageSize = parseInt(table.getAttribute("data-page-size"), 10) || 100;
  var filter = document.getElementById("filter");
  var shown = document.getElementById("shown");
  var pageLabel = document.getElementById("page");
  var prev = document.getElementById("prev");
  var next = document.getElementById("next");
  var page = 0;

  function apply() {
    var words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var matching = rows.filter(function (r) {
      var text = haystack.get(r);
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    });
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

  // A cell sorts by its data-value when it has one (numbers, status + missing count), else by
  // its text; numbers compare as numbers, so 10 comes after 9, and an empty cell sorts lowest.
  function cellValue(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
    if (!numeric) { return raw.trim().toLowerCase(); }
    var number = parseFloat(raw);
    return isNaN(number) ? -Infinity : number;
  }

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, column) {
    th.querySelector("button").addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      var numeric = th.getAttribute("data-type") === "num";
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var keys = new Map(rows.map(function (r) { return [r, cellValue(r, column, numeric)]; }));
      rows.sort(function (a, b) {
        var x = keys.get(a), y = keys.get(b);
        var order = x < y ? -1 : x > y ? 1 : 0;
        // Ties keep the id order either way, so equal counts do not shuffle.
        return (ascending ? order : -order) || original.get(a) - original.get(b);
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
