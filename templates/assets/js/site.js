// Progressive enhancement only: every page works without this file. Loaded with defer, it never blocks the first
// paint; search.js and the search index are loaded only when the reader starts searching.
(function () {
  'use strict';

  var root = document.documentElement;
  var THEME_KEY = 'faqsite-theme';

  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  // Sidebar: each category's button shows or hides its questions and says so through aria-expanded.
  function initSidebar() {
    each('.sb-toggle', function (button) {
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

  // Theme: the toggle pins light or dark and remembers it; theme.js applies the choice before the next page paints.
  function initTheme() {
    var system = window.matchMedia('(prefers-color-scheme: dark)');
    function current() { return root.getAttribute('data-theme') || (system.matches ? 'dark' : 'light'); }
    each('.theme-toggle', function (button) {
      function sync() { button.setAttribute('aria-pressed', String(current() === 'dark')); }
      sync();
      system.addEventListener('change', sync);
      button.addEventListener('click', function () {
        var next = current() === 'dark' ? 'light' : 'dark';
        root.setAttribute('data-theme', next);
        try { localStorage.setItem(THEME_KEY, next); } catch (e) { /* remembered for this page only */ }
        sync();
      });
    });
  }

  // Phones: the sidebar is a drawer behind the menu button; Escape, a click outside or leaving it closes it.
  function initMenu() {
    var button = document.querySelector('.menu-button');
    var drawer = document.getElementById('sidebar');
    if (!button || !drawer) { return; }
    function isOpen() { return button.getAttribute('aria-expanded') === 'true'; }
    function set(open, returnFocus) {
      button.setAttribute('aria-expanded', String(open));
      document.body.classList.toggle('menu-open', open);
      if (open) {
        var first = drawer.querySelector('a[aria-current=page]') || drawer.querySelector('a');
        if (first) { first.focus(); }
      } else if (returnFocus) {
        button.focus();
      }
    }
    button.addEventListener('click', function () { set(!isOpen(), true); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && isOpen()) { set(false, true); }
    });
    document.addEventListener('click', function (e) {
      if (isOpen() && !drawer.contains(e.target) && !button.contains(e.target)) { set(false, false); }
    });
    document.addEventListener('focusin', function (e) {
      if (isOpen() && !drawer.contains(e.target) && e.target !== button) { set(false, false); }
    });
    window.matchMedia('(min-width: 900.02px)').addEventListener('change', function (e) {
      if (e.matches && isOpen()) { set(false, false); }
    });
  }

  // On this page: marks the section being read (the last heading scrolled past the navbar), and folds on phones.
  function initToc() {
    var toc = document.querySelector('.toc');
    if (!toc) { return; }
    var toggle = toc.querySelector('.toc-toggle');
    toggle.addEventListener('click', function () {
      var open = !toc.classList.contains('is-open');
      toc.classList.toggle('is-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    });
    var links = Array.prototype.slice.call(toc.querySelectorAll('.toc-list a'));
    var headings = links.map(function (a) { return document.getElementById(decodeURIComponent(a.hash.slice(1))); });
    var active = null;
    var pending = false;
    function mark() {
      pending = false;
      var line = (parseFloat(getComputedStyle(root).scrollPaddingTop) || 0) + 8;
      var current = 0;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i] && headings[i].getBoundingClientRect().top <= line) { current = i; }
      }
      // at the end of the page the last sections may never reach the top: the last one is being read
      if (window.innerHeight + window.scrollY >= root.scrollHeight - 2 && window.scrollY > 0) { current = links.length - 1; }
      if (active === links[current]) { return; }
      if (active) { active.classList.remove('is-active'); active.removeAttribute('aria-current'); }
      active = links[current];
      active.classList.add('is-active');
      active.setAttribute('aria-current', 'location');
    }
    window.addEventListener('scroll', function () {
      if (!pending) { pending = true; window.requestAnimationFrame(mark); }
    }, { passive: true });
    window.addEventListener('resize', mark);
    window.requestAnimationFrame(mark); // measured with the first frame's own layout, not a forced extra one
  }

  // Code blocks: a copy button in each header, and a polite announcement of the result.
  function initCopy() {
    var blocks = document.querySelectorAll('.code-block');
    if (!blocks.length) { return; }
    var live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    document.body.appendChild(live);
    Array.prototype.forEach.call(blocks, function (block) {
      var code = block.querySelector('code');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'code-copy';
      button.innerHTML = 'Copy<span class="visually-hidden"> code</span>';
      button.addEventListener('click', function () {
        copy(code.textContent).then(function () { done(button, live, 'Copied'); },
          function () { done(button, live, 'Copy failed: select the code and press Ctrl+C'); });
      });
      block.querySelector('.code-head').appendChild(button);
    });
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
      area.remove();
      if (copied) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }

  function done(button, live, message) {
    button.firstChild.textContent = message === 'Copied' ? 'Copied' : 'Copy';
    live.textContent = message;
    window.clearTimeout(button.resetTimer);
    button.resetTimer = window.setTimeout(function () { button.firstChild.textContent = 'Copy'; live.textContent = ''; }, 2000);
  }

  // Search: "/" (or Ctrl/Cmd+K) focuses the box; search.js is loaded once a box gets focus or input.
  function initSearch() {
    var forms = document.querySelectorAll('form.search');
    if (!forms.length) { return; }
    var requested = false;
    function start() {
      if (requested) { return; }
      requested = true;
      var script = document.createElement('script');
      script.src = forms[0].getAttribute('data-search-script');
      document.head.appendChild(script);
    }
    Array.prototype.forEach.call(forms, function (form) {
      var input = form.querySelector('input[type=search]');
      input.addEventListener('focus', start);
      input.addEventListener('input', start);
      if (form.classList.contains('search-page')) { start(); }
    });
    // serve --watch reloaded the page after a save while its navbar box was in use: search.js puts the words back
    try { if (sessionStorage.getItem('faqsite-search-box')) { start(); } } catch (e) { /* no storage */ }
    document.addEventListener('keydown', function (e) {
      var target = e.target;
      var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      var slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
      var commandK = (e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K');
      if (!slash && !commandK) { return; }
      var box = document.querySelector('.search-page input[type=search]') || document.querySelector('form.search input[type=search]');
      if (box) {
        e.preventDefault();
        box.focus();
        box.select();
      }
    });
  }

  function init() {
    initSidebar();
    initTheme();
    initMenu();
    initToc();
    initCopy();
    initSearch();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
