// Article page: the legend buttons switch one kind of highlight off and on, and hovering a
// highlight shows its details together with those of every highlight around it (a claim inside
// a quote inside a demand shows all three), which a native title tooltip cannot do.
(function () {
  "use strict";
  document.querySelectorAll("[data-toggle]").forEach(function (button) {
    button.addEventListener("click", function () {
      var kind = button.getAttribute("data-toggle");
      var hidden = document.body.classList.toggle("hide-" + kind);
      button.setAttribute("aria-pressed", hidden ? "false" : "true");
    });
  });

  var text = document.querySelector(".text");
  if (!text) { return; }
  // The details move from `title` to `data-tip`, so the browser's own tooltip does not double ours.
  text.querySelectorAll(".hl[title]").forEach(function (el) {
    el.setAttribute("data-tip", el.getAttribute("title"));
    el.removeAttribute("title");
  });
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.id = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);

  function chain(target) {
    var found = [];
    for (var el = target; el && el !== text; el = el.parentElement) {
      var kind = el.getAttribute("data-kind");
      if (kind && el.hasAttribute("data-tip") &&
          !document.body.classList.contains("hide-" + kind)) {
        found.push(el);
      }
    }
    return found;
  }

  function place(event) {
    var x = event.clientX + 14, y = event.clientY + 18;
    var width = tip.offsetWidth, height = tip.offsetHeight;
    if (x + width > window.innerWidth - 8) { x = Math.max(8, window.innerWidth - width - 8); }
    if (y + height > window.innerHeight - 8) { y = Math.max(8, event.clientY - height - 12); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  var shown = null;
  text.addEventListener("mousemove", function (event) {
    var found = chain(event.target);
    if (!found.length) { tip.hidden = true; shown = null; return; }
    if (found[0] !== shown) {
      shown = found[0];
      tip.replaceChildren();
      found.forEach(function (el) {
        var item = document.createElement("div");
        item.className = "tip-item tip-" + el.getAttribute("data-kind");
        item.textContent = el.getAttribute("data-tip");
        tip.appendChild(item);
      });
      tip.hidden = false;
    }
    place(event);
  });
  text.addEventListener("mouseleave", function () { tip.hidden = true; shown = null; });
})();
