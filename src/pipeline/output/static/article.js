// Article page: the legend buttons switch one kind of highlight off and on.
(function () {
  "use strict";
  document.querySelectorAll("[data-toggle]").forEach(function (button) {
    button.addEventListener("click", function () {
      var kind = button.getAttribute("data-toggle");
      var hidden = document.body.classList.toggle("hide-" + kind);
      button.setAttribute("aria-pressed", hidden ? "false" : "true");
    });
  });
})();
