// Full-text search with Pagefind, loaded by site.js when the reader starts searching. Pagefind's index is split into
// fragments: a search fetches the few that hold its words and the pages it shows, never the whole index. Pagefind
// runs on the page's thread (noWorker): a FAQ's search takes milliseconds, and the worker would be one more download.
// The box searches once typing pauses, so that a word's every prefix does not fetch its own part of the index.
// Navbar box: results drop down under it; ArrowDown enters them, ArrowUp/ArrowDown move, Escape goes back, Enter
// on the box opens the results page. Results page (/search/?q=) and 404 page: results listed in the page.
(function () {
  'use strict';

  var engine = null;
  // `serve --watch` adds its live-reload script; its index comes in shards that an edit re-indexes one at a time
  var preview = !!document.querySelector('script[src="/_faqsite/livereload.js"]');
  var reruns = [];
  var loaded = null;
  var waiting = false;
  var KEPT = 'faqsite-search-box';

  function start(pf) {
    return pf.options({ excerptLength: 24, noWorker: true }).then(function () {
      return preview && fetch('/pagefind/shards.json', { cache: 'no-store' })
        .then(function (r) { return r.ok ? r.json() : { bundles: [] }; })
        .then(function (shards) {
          loaded = shards.generation;
          return Promise.all(shards.bundles.map(function (path) { return pf.mergeIndex(path); }));
        });
    }).then(function () { pf.init(); return pf; });
  }

  function pagefind() {
    if (!engine) {
      engine = Promise.resolve(preview && awaited()).then(function () { return import('/pagefind/pagefind.js'); }).then(start);
    }
    return engine;
  }

  // The page reloaded after an edit whose index is still being written: wait for it (2 s at most), not search twice
  function awaited() {
    var wanted = null;
    try { wanted = JSON.parse(sessionStorage.getItem('faqsite-search-awaited')); } catch (e) { /* search at once */ }
    var left = wanted ? wanted.at + 2000 - Date.now() : 0;
    if (left <= 0 || (window.faqsiteSearchGeneration || 0) >= wanted.generation) { return null; }
    waiting = true;
    return new Promise(function (resolve) {
      window.setTimeout(resolve, left);
      document.addEventListener('faqsite:search-index', function (e) {
        if (e.detail.generation >= wanted.generation) { resolve(); }
      });
    }).then(function () { waiting = false; });
  }

  if (preview) {
    document.addEventListener('faqsite:search-index', function (e) {
      if (!engine || waiting || e.detail.generation === loaded) { return; }
      loaded = null;
      engine = engine.then(function (pf) { return pf.destroy(); }, function () { return null; })
        .then(function () { return import('/pagefind/pagefind.js'); }).then(start);
      reruns.forEach(function (rerun) { rerun(); });
    });
  }

  // The preview reloads every open page after a save; the navbar box in use would come back empty (autocomplete=off:
  // the browser does not refill it) and its dropdown closed. Its words and focus are kept across that reload, and the
  // box searches them again (site.js loads this file at once while something is kept).
  function keepAcrossReload(form, input) {
    var kept = null;
    try {
      kept = JSON.parse(sessionStorage.getItem(KEPT));
      sessionStorage.removeItem(KEPT);
    } catch (e) { /* no storage: nothing kept */ }
    var navigation = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
    if (kept && kept.path === location.pathname && navigation && navigation.type === 'reload') {
      input.value = kept.query;
      input.focus(); // searched by the end of this file, as a box typed in before it arrived
    }
    window.addEventListener('pagehide', function () {
      if (input.value.trim() && form.contains(document.activeElement)) {
        try {
          sessionStorage.setItem(KEPT, JSON.stringify({ path: location.pathname, query: input.value }));
        } catch (e) { /* the box comes back empty */ }
      }
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  // Pagefind's excerpts are HTML with <mark> around the words found. Parsed inertly; only text and <mark> are kept.
  function excerpt(html) {
    var out = el('span', 'search-hit-excerpt');
    var parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body.firstChild;
    Array.prototype.forEach.call(parsed.childNodes, function (node) {
      out.appendChild(node.nodeName === 'MARK' ? el('mark', '', node.textContent) : document.createTextNode(node.textContent));
    });
    return out;
  }

  function hit(url, title, crumb, text) {
    var a = el('a');
    a.href = url;
    a.appendChild(el('span', 'search-hit-title', title));
    if (crumb) { a.appendChild(el('span', 'search-hit-crumb', crumb)); }
    if (text) { a.appendChild(excerpt(text)); }
    return a;
  }

  function result(data, sections) {
    var item = el('li');
    item.appendChild(hit(data.url, data.meta.title || data.url, data.meta.category || '', data.excerpt));
    var subs = (data.sub_results || []).filter(function (s) { return s.url.indexOf('#') > 0; }).slice(0, sections);
    if (subs.length) {
      var list = el('ul', 'search-sub');
      subs.forEach(function (s) {
        var li = el('li');
        li.appendChild(hit(s.url, s.title, '', s.excerpt));
        list.appendChild(li);
      });
      item.appendChild(list);
    }
    return item;
  }

  function bind(form) {
    var input = form.querySelector('input[type=search]');
    var list = form.querySelector('.search-results');
    var status = form.querySelector('.search-status');
    var panel = form.querySelector('.search-panel');
    var inPage = !panel;
    var batch = inPage ? 10 : 5;
    var generation = 0;
    var pause = null;
    var found = [];
    var shown = 0;

    function open(show) {
      if (panel) { panel.hidden = !show; }
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a, button'));
    }

    function message(text) {
      list.textContent = '';
      list.appendChild(el('li', 'search-message', text));
    }

    function run() {
      var query = input.value.trim();
      var mine = ++generation;
      if (inPage && form.hasAttribute('data-search-updates-url')) {
        window.history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
      }
      if (!query) {
        list.textContent = '';
        status.textContent = '';
        open(false);
        return;
      }
      pagefind().then(function (pf) {
        return mine === generation ? pf.search(query) : null;
      }).then(function (search) {
        if (!search || mine !== generation) { return null; }
        found = search.results;
        shown = 0;
        list.textContent = '';
        if (!found.length) {
          message('No results for “' + query + '”');
          status.textContent = 'No results for ' + query;
          open(true);
          return null;
        }
        return more(mine, query).then(function () {
          status.textContent = found.length + (found.length === 1 ? ' result' : ' results') + ' for ' + query;
          open(document.activeElement === input || form.contains(document.activeElement));
        });
      }).catch(function () {
        if (mine === generation) {
          message('Search is not available right now.');
          status.textContent = 'Search is not available right now.';
          open(true);
        }
      });
    }

    function more(mine, query) {
      var next = found.slice(shown, shown + batch);
      return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
        if (mine !== generation) { return; }
        var old = list.querySelector('.search-more-item');
        if (old) { old.remove(); }
        pages.forEach(function (data) { list.appendChild(result(data, inPage ? 3 : 2)); });
        shown += pages.length;
        if (shown < found.length) { list.appendChild(moreItem(mine, query)); }
      });
    }

    // In the page: a button loads the next results. Under the navbar box: a link to the results page.
    function moreItem(mine, query) {
      var item = el('li', 'search-more-item');
      if (inPage) {
        var button = el('button', 'search-more', 'Show more results');
        button.type = 'button';
        button.addEventListener('click', function () {
          var first = shown;
          more(mine, query).then(function () {
            var next = list.children[first] && list.children[first].querySelector('a');
            if (next) { next.focus(); }
          });
        });
        item.appendChild(button);
      } else {
        var all = el('a', 'search-message', 'See all ' + found.length + ' results');
        all.href = form.action + '?q=' + encodeURIComponent(query);
        item.appendChild(all);
      }
      return item;
    }

    reruns.push(function () {
      if (input.value.trim() && (inPage || !panel.hidden)) { run(); }
    });
    if (preview && !inPage) { keepAcrossReload(form, input); }

    input.addEventListener('input', function () {
      window.clearTimeout(pause);
      pause = window.setTimeout(run, inPage ? 0 : 250);
    });
    input.addEventListener('focus', function () {
      if (input.value.trim() && list.children.length) { open(true); }
    });

    form.addEventListener('keydown', function (e) {
      var items = links();
      var at = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && items.length) {
        e.preventDefault();
        items[Math.min(at + 1, items.length - 1)].focus();
      } else if (e.key === 'ArrowUp' && at >= 0) {
        e.preventDefault();
        if (at === 0) { input.focus(); } else { items[at - 1].focus(); }
      } else if (e.key === 'Escape') {
        if (panel && !panel.hidden) {
          e.preventDefault();
          e.stopPropagation();
          open(false);
          input.focus();
        } else if (document.activeElement === input && input.value) {
          e.preventDefault();
          input.value = '';
          run();
        }
      } else if (at >= 0 && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
        input.focus(); // typing again goes back to the box; the key lands there
      }
    });

    form.addEventListener('focusout', function (e) {
      if (panel && !form.contains(e.relatedTarget)) { open(false); }
    });

    if (inPage) {
      form.addEventListener('submit', function (e) {
        if (form.hasAttribute('data-search-updates-url')) {
          e.preventDefault();
          run();
        }
      });
      var query = new URLSearchParams(location.search).get('q');
      if (form.hasAttribute('data-search-from-path')) { query = wordsOf(location.pathname); }
      if (query) {
        input.value = query;
        run();
      }
    }
  }

  // The 404 page searches for the words of the address that was not found: /faq/rate-limits/ → "rate limits".
  function wordsOf(path) {
    var decoded;
    try { decoded = decodeURIComponent(path); } catch (e) { decoded = path; }
    var parts = decoded.split('/').filter(function (p) { return p && p !== 'faq'; });
    var last = (parts.pop() || '').replace(/\.(html?|md)$/i, '');
    return last.replace(/[-_.+]+/g, ' ').trim();
  }

  Array.prototype.forEach.call(document.querySelectorAll('form.search'), bind);

  // A box that already holds text (typed before this file arrived) is searched at once
  var active = document.activeElement;
  if (active && active.matches('form.search-dropdown input[type=search]') && active.value.trim()) {
    active.dispatchEvent(new Event('input'));
  }
}());
