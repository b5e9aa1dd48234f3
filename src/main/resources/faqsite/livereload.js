// Added by `faqsite serve --watch` to every page it serves (never to the built files): reloads the page after a
// rebuild, and shows the build's problems in an overlay until they are fixed; tells search.js when the index changed.
(function () {
  'use strict';
  var overlay = null;

  function show(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'faqsite-overlay';
      overlay.setAttribute('role', 'alertdialog');
      overlay.setAttribute('aria-label', 'Build failed');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);' +
        'color:#fff;font:14px/1.5 ui-monospace,monospace;padding:32px';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('h2');
    title.textContent = 'Build failed: the last good site is shown until this is fixed';
    title.style.cssText = 'color:#ff8a80;font:600 18px system-ui,sans-serif;margin:0 0 16px';
    overlay.appendChild(title);
    problems.forEach(function (problem) {
      var line = document.createElement('pre');
      line.className = 'faqsite-problem';
      line.textContent = problem.text;
      line.style.cssText = 'white-space:pre-wrap;margin:0 0 8px;padding:0;background:transparent;border:0;font:inherit;color:' + (problem.severity === 'error' ? '#ffd7d2' : '#fff3c4');
      overlay.appendChild(line);
    });
  }

  // The search index is published after the reload, which does not wait for it. search.js searches again when the
  // generation named here is not the one it loaded; a page that reloaded meanwhile learns the latest from its hello.
  function searchIndex(event) {
    var generation = JSON.parse(event.data).generation;
    window.faqsiteSearchGeneration = generation;
    document.dispatchEvent(new CustomEvent('faqsite:search-index', { detail: { generation: generation } }));
  }

  var events = new EventSource('/_faqsite/events');
  events.addEventListener('reload', function (event) {
    var awaited = JSON.parse(event.data || '{}').search;
    if (awaited) {
      try {
        sessionStorage.setItem('faqsite-search-awaited', JSON.stringify({ generation: awaited, at: Date.now() }));
      } catch (e) { /* the reloaded page searches at once, then again when the index is published */ }
    }
    window.location.reload();
  });
  events.addEventListener('hello', function (event) { searchIndex(event); });
  events.addEventListener('search', function (event) { searchIndex(event); });
  events.addEventListener('problems', function (event) { show(JSON.parse(event.data)); });
}());
