// Explorer pages: filter the batch's claims, quotes or demands by text, entity, unit, measure, value range,
// date and shared figure, one page at a time. Filters read the rows' data-* attributes only.
(function () {
  "use strict";
  var table = document.getElementById("items");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var pageSize = parseInt(table.getAttribute("data-page-size"), 10) || 100;
  function field(id) { return document.getElementById(id); }
  var text = field("q"), entity = field("entity"), unit = field("unit"), shared = field("shared");
  var measure = field("measure");
  var min = field("min"), max = field("max"), from = field("from"), to = field("to");
  var shown = field("shown"), pageLabel = field("page"), prev = field("prev"), next = field("next");
  var clusterNote = field("cluster-note");
  var cluster = "";
  var page = 0;

  function number(input) {
    if (!input || input.value.trim() === "") { return null; }
    var value = parseFloat(input.value);
    return isNaN(value) ? null : value;
  }

  // A claim matches a value range when its own range [value, value_max] overlaps it.
  function inRange(row, low, high) {
    if (low === null && high === null) { return true; }
    var raw = row.getAttribute("data-value");
    if (raw === "") { return false; }
    var value = parseFloat(raw);
    var top = row.getAttribute("data-value-max");
    var upper = top === "" ? value : parseFloat(top);
    return (low === null || upper >= low) && (high === null || value <= high);
  }

  function matches(row, words, low, high) {
    var haystack = row.getAttribute("data-search");
    if (!words.every(function (w) { return haystack.indexOf(w) >= 0; })) { return false; }
    if (entity.value && row.getAttribute("data-entities").split("|").indexOf(entity.value) < 0) {
      return false;
    }
    var day = row.getAttribute("data-date");
    if (from.value && (!day || day < from.value)) { return false; }
    if (to.value && (!day || day > to.value)) { return false; }
    if (unit && unit.value && row.getAttribute("data-unit") !== unit.value) { return false; }
    if (measure && measure.value) {  // "duration" matches every duration, "duration/weeks" weeks only
      var own = row.getAttribute("data-measure");
      if (own !== measure.value && own.indexOf(measure.value + "/") !== 0) { return false; }
    }
    if (shared && shared.checked && row.getAttribute("data-shared") !== "1") { return false; }
    if (cluster && row.getAttribute("data-cluster") !== cluster) { return false; }
    return inRange(row, low, high);
  }

  function apply() {
    var words = text.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var low = number(min), high = number(max);
    var matching = rows.filter(function (r) { return matches(r, words, low, high); });
    var pages = Math.max(1, Math.ceil(matching.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var first = page * pageSize;
    var visible = new Set(matching.slice(first, first + pageSize));
    rows.forEach(function (r) { r.hidden = !visible.has(r); });
    shown.textContent = matching.length + " of " + rows.length + " shown";
    pageLabel.textContent = "page " + (page + 1) + " of " + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    clusterNote.hidden = !cluster;
  }

  function restart() { page = 0; apply(); }
  [text, min, max, from, to].forEach(function (input) {
    if (input) { input.addEventListener("input", restart); }
  });
  [entity, unit, measure, shared, from, to].forEach(function (input) {
    if (input) { input.addEventListener("change", restart); }
  });
  table.addEventListener("click", function (event) {
    var button = event.target.closest(".show-cluster");
    if (!button) { return; }
    cluster = button.getAttribute("data-cluster");
    restart();
  });
  field("clear-cluster").addEventListener("click", function () { cluster = ""; restart(); });
  field("reset").addEventListener("click", function () {
    cluster = "";
    setTimeout(restart, 0);  // after the form has reset its fields
  });
  document.querySelector("form.filters").addEventListener("submit", function (event) {
    event.preventDefault();
  });
  prev.addEventListener("click", function () { page -= 1; apply(); });
  next.addEventListener("click", function () { page += 1; apply(); });
  apply();
})();
