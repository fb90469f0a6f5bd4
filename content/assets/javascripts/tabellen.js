// Een tabel die opzij schuift, moet ook met het toetsenbord te schuiven zijn
// (WCAG 2.1.1; axe: scrollable-region-focusable). Alleen een tabel die echt schuift krijgt een tabstop,
// met als naam de kop erboven. Of een tabel schuift, hangt af van de breedte van het scherm, van het
// lettertype en van een uitklapblok dat opengaat: daarom kijkt een ResizeObserver naar elk schuifvak
// en zijn tabel, en niet alleen naar het venster. Material zet de tabellen pas in hun schuifvak als de
// pagina klaar is, en vervangt bij navigeren zonder herladen de hele inhoud.
(function () {
  function naam(vak) {
    for (var el = vak.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) return "Tabel: " + el.textContent.replace(/¶$/, "").trim();
    }
    return "Tabel";
  }
  function schuift(vak) {
    return vak.scrollWidth > vak.clientWidth + 1 || vak.scrollHeight > vak.clientHeight + 1;
  }
  function markeer(vak) {
    if (schuift(vak)) {
      if (vak.getAttribute("tabindex") !== "0") {
        vak.tabIndex = 0;
        vak.setAttribute("role", "region");
        vak.setAttribute("aria-label", naam(vak));
      }
    } else if (vak.hasAttribute("tabindex")) {
      vak.removeAttribute("tabindex");
      vak.removeAttribute("role");
      vak.removeAttribute("aria-label");
    }
  }
  var kijker = typeof ResizeObserver === "function"
    ? new ResizeObserver(function (items) {
        items.forEach(function (item) {
          var vak = item.target.closest(".md-typeset__scrollwrap");
          if (vak) markeer(vak);
        });
      })
    : null;
  function alle() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (vak) {
      markeer(vak);
      if (kijker && !vak.dataset.bekeken) {
        vak.dataset.bekeken = "1";
        kijker.observe(vak);
        var tabel = vak.querySelector("table");
        if (tabel) kijker.observe(tabel);
      }
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(alle);
  } else {
    document.addEventListener("DOMContentLoaded", alle);
  }
  window.addEventListener("resize", alle);
  // Een uitklapblok (details) dat opengaat, kan een tabel laten schuiven.
  document.addEventListener("toggle", alle, true);
  window.addEventListener("load", alle);
})();
