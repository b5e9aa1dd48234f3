// Content tabs (the WAI-ARIA tabs pattern). The page holds every panel, each after its label, so that without this
// script the reader sees them all; here each set gets a tab list, one panel shows at a time, arrows and Home/End
// move between tabs (roving tabindex), and a choice is made in every set of the same group on the page and
// remembered for the next pages (localStorage, one key per group).
(function () {
  'use strict';

  var PREFIX = 'faqsite.tabs.';
  var sets = [];

  function stored(group) {
    if (!group) { return null; }
    try { return window.localStorage.getItem(PREFIX + group); } catch (e) { return null; /* storage disabled */ }
  }

  function store(group, value) {
    if (!group) { return; }
    try { window.localStorage.setItem(PREFIX + group, value); } catch (e) { /* storage disabled */ }
  }

  function select(set, index, focus) {
    set.tabs.forEach(function (tab, i) {
      var on = i === index;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      set.panels[i].hidden = !on;
    });
    if (focus) { set.tabs[index].focus(); }
  }

  function indexOf(set, value) {
    for (var i = 0; i < set.panels.length; i++) {
      if (set.panels[i].getAttribute('data-tab-value') === value) { return i; }
    }
    return -1;
  }

  // The reader chose: this set, every other set of its group that has the same value, and the next pages.
  function choose(set, index, focus) {
    select(set, index, focus);
    if (!set.group) { return; }
    var value = set.panels[index].getAttribute('data-tab-value');
    store(set.group, value);
    sets.forEach(function (other) {
      var i = other !== set && other.group === set.group ? indexOf(other, value) : -1;
      if (i >= 0) { select(other, i, false); }
    });
  }

  function keydown(set, event) {
    var current = set.tabs.indexOf(event.currentTarget);
    var last = set.tabs.length - 1;
    var next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) { return; }
    event.preventDefault();
    choose(set, next, true);
  }

  function enhance(root) {
    var panels = Array.prototype.filter.call(root.children, function (el) { return el.classList.contains('tab-panel'); });
    if (panels.length === 0) { return; }
    var list = document.createElement('div');
    list.className = 'tab-list';
    list.setAttribute('role', 'tablist');
    var set = { root: root, group: root.getAttribute('data-tabs-group') || '', tabs: [], panels: panels };
    panels.forEach(function (panel, i) {
      var label = panel.querySelector(':scope > .tab-label');
      var tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'tab';
      tab.id = panel.id + '-tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.textContent = label ? label.textContent : String(i + 1);
      if (label) { label.hidden = true; }
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.addEventListener('click', function () { choose(set, i, false); });
      tab.addEventListener('keydown', function (event) { keydown(set, event); });
      list.appendChild(tab);
      set.tabs.push(tab);
    });
    root.insertBefore(list, root.firstChild);
    root.classList.add('tabs-enhanced');
    var start = indexOf(set, stored(set.group));
    if (start < 0) {
      start = panels.findIndex(function (panel) { return panel.hasAttribute('data-tab-default'); });
    }
    select(set, Math.max(start, 0), false);
    sets.push(set);
  }

  Array.prototype.forEach.call(document.querySelectorAll('.tabs[data-tabs]'), enhance);

  // another window of the site chose a tab of a group: follow it here
  window.addEventListener('storage', function (event) {
    if (!event.key || event.key.indexOf(PREFIX) !== 0 || event.newValue === null) { return; }
    var group = event.key.substring(PREFIX.length);
    sets.forEach(function (set) {
      var i = set.group === group ? indexOf(set, event.newValue) : -1;
      if (i >= 0) { select(set, i, false); }
    });
  });
}());
