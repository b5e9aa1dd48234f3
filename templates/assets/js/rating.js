// The rating widget with JavaScript: votes go in the background, the chosen score is pressed and announced, the
// reader's earlier vote on this version of the page is fetched back, and when the ratings API cannot be reached
// (a static copy of the site, or the server is down) the widget says so instead of failing silently.
// Without this file the widget still works as plain form posts (see partials/rating.ftl).
(function () {
  'use strict';

  var VOTER_KEY = 'faqsite.voter';
  var TIMEOUT_MS = 8000;
  var UNAVAILABLE = 'Feedback is unavailable on this copy of the site, so your rating cannot be recorded.';

  // An anonymous random id kept by this browser only, so that a later vote replaces an earlier one. Without
  // localStorage (some private modes) it lasts as long as the page.
  function voterId() {
    var id = null;
    try { id = window.localStorage.getItem(VOTER_KEY); } catch (e) { /* storage disabled */ }
    if (id && /^[A-Za-z0-9_-]{16,64}$/.test(id)) { return id; }
    id = randomId();
    try { window.localStorage.setItem(VOTER_KEY, id); } catch (e) { /* storage disabled */ }
    return id;
  }

  function randomId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function request(method, url, body) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;
    var options = { method: method, headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' };
    if (controller) { options.signal = controller.signal; }
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (timer) { clearTimeout(timer); }
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') !== 0) {
        // a static host answers with its own HTML (404, 405 …): there is no ratings API here
        var error = new Error('no ratings API');
        error.unavailable = true;
        throw error;
      }
      return response.json().then(function (data) { return { status: response.status, headers: response.headers, data: data }; });
    }, function (error) {
      if (timer) { clearTimeout(timer); }
      error.unavailable = true;
      throw error;
    });
  }

  function failureMessage(result) {
    if (result.status === 429) {
      var wait = parseInt(result.headers.get('Retry-After'), 10);
      return 'You have sent many ratings in a short time. Please try again' + (wait > 0 ? ' in ' + wait + ' seconds.' : ' later.');
    }
    var message = result.data && result.data.message ? result.data.message : 'the server could not record it';
    return 'Your rating was not recorded: ' + message + '. Please try again later.';
  }

  function init(widget) {
    var api = widget.getAttribute('data-api');
    var page = widget.getAttribute('data-page');
    var voter = voterId();
    var form = widget.querySelector('.rating-form');
    var buttons = Array.prototype.slice.call(widget.querySelectorAll('.rating-scale button'));
    var status = widget.querySelector('.rating-status');
    var afters = Array.prototype.slice.call(widget.querySelectorAll('.rating-after'));
    var current = 0;

    widget.classList.add('is-enhanced');
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });

    function say(text) { status.textContent = text; }

    function show(id) {
      afters.forEach(function (after) { after.classList.toggle('is-shown', after.id === id); });
    }

    function press(score) {
      current = score;
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(Number(b.value) === score)); });
    }

    function unavailable() {
      widget.classList.add('is-unavailable');
      buttons.forEach(function (b) { b.disabled = true; });
      show(null);
      say(UNAVAILABLE);
    }

    function send(body, onDone) {
      widget.setAttribute('aria-busy', 'true');
      return request('POST', api, body).then(function (result) {
        widget.removeAttribute('aria-busy');
        if (result.status === 200) { onDone(result.data); } else { say(failureMessage(result)); }
      }, function (error) {
        widget.removeAttribute('aria-busy');
        if (error.unavailable) { unavailable(); } else { say('Your rating was not recorded. Please try again later.'); }
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = event.submitter || document.activeElement;
      var score = Number(button && button.value);
      if (!(score >= 1 && score <= 5)) { return; }
      send({ page: page, score: score, voter: voter }, function () {
        press(score);
        if (score <= 2) {
          show('rated-' + score);
          say('Thank you! You rated this page ' + score + ' of 5. If you like, tell us below what was wrong.');
        } else {
          show(null);
          say('Thank you! You rated this page ' + score + ' of 5.');
        }
      });
    });

    afters.forEach(function (after) {
      var details = after.querySelector('.rating-details');
      if (!details) { return; }
      details.addEventListener('submit', function (event) {
        event.preventDefault();
        var reasons = Array.prototype.slice.call(details.querySelectorAll('input[name=reasons]:checked'))
          .map(function (box) { return box.value; });
        var comment = details.querySelector('textarea[name=comment]').value;
        send({ page: page, score: current, voter: voter, reasons: reasons, comment: comment }, function () {
          show(null);
          say('Thank you for telling us what was wrong. The authors of this page will read it.');
        });
      });
    });

    var query = api + '?page=' + encodeURIComponent(page) + '&voter=' + encodeURIComponent(voter);
    request('GET', query).then(function (result) {
      if (result.status !== 200) { unavailable(); return; }
      if (result.data.vote) {
        press(result.data.vote.score);
        say('You rated this page ' + result.data.vote.score + ' of 5. Thank you! You can change your rating at any time.');
      }
    }, function (error) {
      if (error.unavailable) { unavailable(); }
    });
  }

  function initAll() {
    Array.prototype.forEach.call(document.querySelectorAll('.rating[data-api]'), init);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
}());
