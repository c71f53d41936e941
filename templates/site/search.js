// spbe site search: runs on the visitor's machine over search-index.js, no server, no request.
// Results are built with textContent and relative links only: nothing from the index is markup.
(function () {
  "use strict";
  var entries = window.SPBE_SEARCH || [];
  var form = document.querySelector(".search-form");
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var notice = document.getElementById("needs-js");
  if (!form || !input || !list || !status) { return; }
  if (notice) { notice.hidden = true; }
  function fold(text) {
    return String(text).toLocaleLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  function show(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!terms.length) { status.textContent = ""; return; }
    var found = entries.filter(function (e) {
      var hay = fold(e.t + " " + e.x + " " + e.k);
      return terms.every(function (t) { return hay.indexOf(t) !== -1; });
    }).slice(0, 200);
    status.textContent = found.length ? found.length + " \u00d7" : status.getAttribute("data-none");
    found.forEach(function (e) {
      if (!/^[a-z0-9.-]+\.html$/.test(e.u)) { return; }
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = e.u;
      link.textContent = e.t;
      item.appendChild(link);
      if (e.k) {
        var kind = document.createElement("span");
        kind.className = "meta";
        kind.textContent = " \u00b7 " + e.k;
        item.appendChild(kind);
      }
      list.appendChild(item);
    });
  }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (event) { event.preventDefault(); show(input.value); });
}());
