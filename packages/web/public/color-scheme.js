// Sets the saved colour scheme before React mounts, so a dark-theme user sees no white flash.
// The key is the one Mantine's localStorage colour-scheme manager uses.
(function () {
  try {
    var saved = window.localStorage.getItem("mantine-color-scheme-value");
    var scheme = saved === "dark" || saved === "light" ? saved : "light";
    document.documentElement.setAttribute("data-mantine-color-scheme", scheme);
  } catch (e) {
    document.documentElement.setAttribute("data-mantine-color-scheme", "light");
  }
})();
