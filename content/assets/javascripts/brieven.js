/* Kopieerknop voor de brieven en gespreksleidraden (Voor medewerkers).
 *
 * Zet boven elk tekstblok (.brief) een knop die de tekst op het klembord zet:
 * als platte tekst en als opgemaakte tekst, zodat vet, lijstjes en de gele
 * invulvelden meekomen als u plakt in een e-mail of in Word. Links krijgen
 * hun volledige adres erachter, want op papier kun je niet klikken.
 * Een statusregel (role="status") vertelt ook schermlezers of het lukte.
 * Zonder JavaScript is er geen knop; de tekst en de Word-download blijven.
 */
(function () {
  "use strict";

  var GELUKT = "Gekopieerd. Plak de tekst in uw e-mail of document en vul de geel gemarkeerde stukken in.";
  var MISLUKT = "Kopiëren lukte niet. Selecteer de tekst met de muis en kopieer met Ctrl+C (op een Mac: Cmd+C).";
  var BLOKKEN = { P: 1, DIV: 1, H1: 1, H2: 1, H3: 1, H4: 1, H5: 1, H6: 1, BLOCKQUOTE: 1, UL: 1, OL: 1, TABLE: 1, DETAILS: 1 };

  function overslaan(el) {
    return el.classList.contains("alleen-site") || el.classList.contains("headerlink") ||
      el.classList.contains("brief-acties") || el.tagName === "BUTTON" || el.tagName === "SCRIPT";
  }

  function adresBij(a) {
    var href = a.href || "";
    if (!/^https?:/.test(href)) return "";
    var kaal = href.replace(/^https?:\/\//, "").replace(/\/$/, "");
    var tekst = a.textContent.replace(/^https?:\/\//, "").replace(/\/$/, "");
    return tekst.indexOf(kaal) === -1 ? " (" + kaal + ")" : "";
  }

  /* Platte tekst: alinea's gescheiden door een witregel, lijstjes met streepjes of nummers. */
  function platteTekst(blok) {
    var uit = [];
    function blokgrens() { uit.push("\n\n"); }
    function loop(knoop, diepte) {
      if (knoop.nodeType === 3) { uit.push(knoop.nodeValue.replace(/\s+/g, " ")); return; }
      if (knoop.nodeType !== 1 || overslaan(knoop)) return;
      var tag = knoop.tagName;
      if (tag === "BR") { uit.push("\n"); return; }
      if (tag === "UL" || tag === "OL") {
        var nummer = 0;
        blokgrens();
        Array.prototype.forEach.call(knoop.children, function (li) {
          if (li.tagName !== "LI") return;
          nummer += 1;
          var afvinken = knoop.parentNode && knoop.parentNode.classList.contains("afvinklijst");
          uit.push("\n" + new Array(diepte + 1).join("   ") + (afvinken ? "\u2610 " : (tag === "OL" ? nummer + ". " : "- ")));
          Array.prototype.forEach.call(li.childNodes, function (kind) {
            if (kind.nodeType === 1 && kind.tagName === "P") {
              Array.prototype.forEach.call(kind.childNodes, function (k) { loop(k, diepte + 1); });
            } else {
              loop(kind, diepte + 1);
            }
          });
        });
        blokgrens();
        return;
      }
      var blok = BLOKKEN[tag] === 1;
      if (blok) blokgrens();
      Array.prototype.forEach.call(knoop.childNodes, function (kind) { loop(kind, diepte); });
      if (tag === "A") uit.push(adresBij(knoop));
      if (blok) blokgrens();
    }
    loop(blok, 0);
    return uit.join("")
      .split("\n").map(function (regel) {
        var delen = /^(\s*)(.*?)\s*$/.exec(regel);
        var rest = delen[2].replace(/^(- |\u2610 |\d+\. )\s+/, "$1");
        return (/^(- |\u2610 |\d+\. )/.test(rest) ? delen[1] : "") + rest;  /* inspringen alleen bij lijstjes */
      }).join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/\n\n(\s*(?:- |\d+\. |\u2610 ))/g, "\n$1")
      .trim();
  }

  /* Opgemaakte tekst: een kopie met volledige links en zichtbare invulvelden. */
  function opgemaakt(blok) {
    var kopie = blok.cloneNode(true);
    Array.prototype.forEach.call(kopie.querySelectorAll(".alleen-site, .headerlink, .brief-acties, button"),
      function (el) { el.remove(); });
    var origineel = blok.querySelectorAll("a[href]");
    Array.prototype.forEach.call(kopie.querySelectorAll("a[href]"), function (a, i) {
      var bron = origineel[i];
      if (!bron) return;
      a.setAttribute("href", bron.href);
      var extra = adresBij(bron);
      if (extra) a.insertAdjacentText("afterend", extra);
    });
    Array.prototype.forEach.call(kopie.querySelectorAll("mark.invulveld"), function (m) {
      m.setAttribute("style", "background:#ffe866;color:#000;font-weight:bold");
    });
    return "<meta charset=\"utf-8\">" + kopie.innerHTML;
  }

  function viaTekstvak(tekst) {
    var vak = document.createElement("textarea");
    vak.value = tekst;
    vak.setAttribute("readonly", "");
    vak.style.position = "fixed";
    vak.style.opacity = "0";
    document.body.appendChild(vak);
    vak.select();
    var gelukt = false;
    try { gelukt = document.execCommand("copy"); } catch (e) { gelukt = false; }
    vak.remove();
    return gelukt;
  }

  function kopieer(blok) {
    var tekst = platteTekst(blok);
    var klembord = window.isSecureContext && navigator.clipboard;
    if (klembord && window.ClipboardItem && navigator.clipboard.write) {
      var item = new window.ClipboardItem({
        "text/plain": new Blob([tekst], { type: "text/plain" }),
        "text/html": new Blob([opgemaakt(blok)], { type: "text/html" })
      });
      return navigator.clipboard.write([item]).catch(function () { return navigator.clipboard.writeText(tekst); });
    }
    if (klembord && navigator.clipboard.writeText) return navigator.clipboard.writeText(tekst);
    return viaTekstvak(tekst) ? Promise.resolve() : Promise.reject(new Error("geen klembord"));
  }

  function meld(status, tekst) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = tekst; }, 50);
  }

  function knoppen() {
    Array.prototype.forEach.call(document.querySelectorAll(".md-content .brief"), function (blok) {
      var vorige = blok.previousElementSibling;
      if (vorige && vorige.classList.contains("brief-acties")) return;
      var balk = document.createElement("div");
      balk.className = "brief-acties";
      var knop = document.createElement("button");
      knop.type = "button";
      knop.className = "md-button md-button--primary";
      knop.textContent = blok.getAttribute("data-kopieer") || "Kopieer de tekst";
      var status = document.createElement("p");
      status.className = "brief-status";
      status.setAttribute("role", "status");
      knop.addEventListener("click", function () {
        kopieer(blok).then(function () { meld(status, GELUKT); }, function () {
          if (viaTekstvak(platteTekst(blok))) meld(status, GELUKT); else meld(status, MISLUKT);
        });
      });
      balk.appendChild(knop);
      balk.appendChild(status);
      blok.parentNode.insertBefore(balk, blok);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(knoppen);  /* Material met directe navigatie */
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", knoppen);
  } else {
    knoppen();
  }
}());
