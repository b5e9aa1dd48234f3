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
        if (list) {
          list.hidden = open;
          if (!open && list.dataset.src) { load(list); }
        }
        button.closest('.sb-cat').classList.toggle('is-open', !open);
      });
    });
  }

  // A large category's questions are not in the page: fetch them once, when the reader first opens it. Until then
  // (and if the fetch fails) the list holds a link to the category page.
  function load(list) {
    var src = list.dataset.src;
    delete list.dataset.src;
    fetch(src, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text();
    }).then(function (html) {
      var more = list.querySelector('.sb-more');
      list.innerHTML = html;
      if (more) { list.appendChild(more); }
    }).catch(function () { /* keep the link to the category page */ });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initSidebar);
  } else {
    initSidebar();
  }
}());
