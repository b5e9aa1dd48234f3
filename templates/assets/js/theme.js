// Runs before the first paint (a plain script in <head>, neither defer nor async): pins the theme the reader chose
// with the toggle, so that no page ever flashes the other one. Without a choice the stylesheet follows the system.
(function () {
  try {
    var theme = localStorage.getItem('faqsite-theme');
    if (theme === 'dark' || theme === 'light') { document.documentElement.setAttribute('data-theme', theme); }
  } catch (e) { /* storage blocked: follow the system */ }
}());
