// Een tabel die op een smal scherm opzij schuift, moet ook met het toetsenbord te schuiven zijn
// (WCAG 2.1.1; axe: scrollable-region-focusable). Alleen een tabel die echt schuift krijgt een tabstop,
// met als naam de kop erboven. Material zet de tabellen pas in hun schuifvak als de pagina klaar is.
(function () {
  function naam(vak) {
    for (var el = vak.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) return "Tabel: " + el.textContent.replace(/¶$/, "").trim();
    }
    return "Tabel";
  }
  function markeer() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (vak) {
      if (vak.scrollWidth > vak.clientWidth + 1) {
        vak.tabIndex = 0;
        vak.setAttribute("role", "region");
        vak.setAttribute("aria-label", naam(vak));
      } else if (vak.hasAttribute("tabindex")) {
        vak.removeAttribute("tabindex");
        vak.removeAttribute("role");
        vak.removeAttribute("aria-label");
      }
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(markeer);
  } else {
    document.addEventListener("DOMContentLoaded", markeer);
  }
  window.addEventListener("resize", markeer);
})();
