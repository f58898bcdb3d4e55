/* global window, document */
// Sets the saved colour scheme before React mounts, so a dark-theme user sees no white flash.
// The key is the one Mantine's localStorage colour-scheme manager uses.
(function () {
  var scheme = "light";
  try {
    var saved = window.localStorage.getItem("mantine-color-scheme-value");
    if (saved === "dark" || saved === "light") scheme = saved;
  } catch {
    // Storage blocked (private mode, policy): keep the light default.
  }
  document.documentElement.setAttribute("data-mantine-color-scheme", scheme);
})();
