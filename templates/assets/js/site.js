// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Sidebar: each category's button shows or hides its questions and says so through aria-expanded.
  function initSidebar() {
    document.querySelectorAll('.sb-toggle').forEach(function (button) {
      button.addEventListener('click', function () {
        var list = document.getElementById(button.getAttribute('aria-controls'));
        var open = button.getAttribute('aria-expanded') === 'true';
        button.setAttribute('aria-expanded', String(!open));
        if (list) { list.hidden = open; }
        button.closest('.sb-cat').classList.toggle('is-open', !open);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initSidebar);
  } else {
    initSidebar();
  }
}());
