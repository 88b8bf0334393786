/* global window, document, navigator */
// Old Office shows add-ins in Internet Explorer or EdgeHTML, which cannot even parse the pane's
// bundle: there this script (ES5, so that they run it) shows a message instead of an endless
// "Jämkoll startar …". It probes built-ins that came with the syntax the bundle uses (ES2020),
// since the page's Content-Security-Policy allows no eval to test the syntax itself.
// Office.js that did not load (a network that blocks Microsoft's CDN) gets its own message.
(function () {
  var modern = typeof window.globalThis !== "undefined" && typeof Promise.allSettled === "function" && typeof String.prototype.matchAll === "function";
  var message = null;
  if (!modern || document.documentMode || /\bEdge\/\d/.test(navigator.userAgent)) message = "jk-old";
  else if (typeof window.Office === "undefined") message = "jk-no-officejs";
  if (!message) return;
  document.getElementById(message).style.display = "block";
  var loading = document.getElementById("jk-loading");
  if (loading) loading.style.display = "none";
})();
