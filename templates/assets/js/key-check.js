// The key checker (/tools/key-check/) and its widget in answers. Progressive enhancement: without this file the form
// posts to /api/key-check and the server answers with the page, its results filled in. With it, each region's row
// fills in as its answer streams in (Server-Sent Events over fetch), and the full page re-checks by itself with
// exponential backoff and jitter (the rule of dev.faqsite.propagation.Backoff), paused while the tab is hidden.
(function () {
  'use strict';

  var KEY_PATTERN = /^[A-Za-z0-9-]{1,128}$/;
  var SAMPLE_KEY = '73034021-THIS-IS-SAMPLE-KEY';
  var JITTER = 0.2;
  var VERDICT_ICONS = { propagated: '✓', partial: '◑', 'not-recognised': '◷', inconclusive: '?', checking: '…', error: '!' };

  function $(root, selector) { return root.querySelector(selector); }
  function setText(element, text) { if (element) { element.textContent = text; } }

  function duration(ms) {
    var seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60) { return seconds + ' s'; }
    var minutes = Math.floor(seconds / 60);
    return minutes + ' min' + (seconds % 60 ? ' ' + (seconds % 60) + ' s' : '');
  }

  function clockTime(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? iso : date.toLocaleTimeString();
  }

  // Splits a text/event-stream into events: {event, data} per block ended by a blank line.
  function EventParser(onEvent) {
    var buffer = '';
    this.push = function (text) {
      buffer += text.replace(/\r\n?/g, '\n');
      var end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        var block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        var event = 'message';
        var data = [];
        block.split('\n').forEach(function (line) {
          if (line.indexOf('event:') === 0) { event = line.slice(6).trim(); }
          else if (line.indexOf('data:') === 0) { data.push(line.slice(5).replace(/^ /, '')); }
        });
        if (data.length) { onEvent(event, data.join('\n')); }
      }
    };
  }

  function Checker(root) {
    this.root = root;
    this.compact = root.hasAttribute('data-compact');
    this.api = root.getAttribute('data-api') || '/api/key-check';
    this.retryFirst = 1000 * Number(root.getAttribute('data-retry-first') || 10);
    this.retryMax = 1000 * Number(root.getAttribute('data-retry-max') || 60);
    this.stopAfter = 1000 * Number(root.getAttribute('data-stop-after') || 600);
    this.form = $(root, '.kc-form');
    this.input = $(root, '.kc-key');
    this.message = $(root, '.kc-msg');
    this.submit = $(root, '.kc-submit');
    this.verdict = $(root, '.kc-verdict');
    this.progress = $(root, '.kc-progress');
    this.countdown = $(root, '.kc-countdown');
    this.elapsed = $(root, '.kc-elapsed');
    this.nowButton = $(root, '.kc-now');
    this.stopButton = $(root, '.kc-stop');
    this.advice = $(root, '.kc-advice');
    this.diagnostics = $(root, '.kc-diagnostics');
    this.summaryText = $(root, '.kc-summary');
    this.copyStatus = $(root, '.kc-copy-status');
    this.rows = {};
    var self = this;
    root.querySelectorAll('.kc-row').forEach(function (row) { self.rows[row.getAttribute('data-region')] = row; });
    this.reset();
    this.bind();
  }

  Checker.prototype.reset = function () {
    this.key = null;
    this.checks = 0;
    this.firstCheckAt = null;
    this.firstLocal = null;
    this.report = null;
    this.stopped = false;
    this.finished = false;
    this.running = false;
    this.nextAt = null;
    this.remaining = null;
    this.cancelTimers();
    clearInterval(this.elapsedTimer);
    this.elapsedTimer = null;
  };

  Checker.prototype.bind = function () {
    var self = this;
    var auto = $(this.root, '.kc-auto');
    if (auto) { auto.hidden = false; }
    var show = $(this.root, '.kc-show');
    if (show) {
      show.hidden = false;
      show.addEventListener('click', function () {
        var visible = show.getAttribute('aria-pressed') !== 'true';
        show.setAttribute('aria-pressed', String(visible));
        self.input.type = visible ? 'text' : 'password';
        show.textContent = visible ? 'Hide' : 'Show';
      });
    }
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.start();
    });
    if (this.nowButton) {
      this.nowButton.addEventListener('click', function () { self.check(); });
    }
    if (this.stopButton) {
      this.stopButton.addEventListener('click', function () { self.toggleStop(); });
    }
    var copy = $(this.root, '.kc-copy');
    if (copy) {
      copy.addEventListener('click', function () { self.copySummary(); });
    }
    document.addEventListener('visibilitychange', function () { self.visibilityChanged(); });
  };

  // The key as typed, trimmed and checked before anything is sent.
  Checker.prototype.readKey = function () {
    var raw = this.input.value;
    var key = raw.replace(/^\s+|\s+$/g, '');
    this.input.removeAttribute('aria-invalid');
    if (key !== raw) {
      this.input.value = key;
      this.say('warning', 'Removed spaces or line breaks around the key.');
    } else {
      this.say('', '');
    }
    var problem = null;
    if (!key) { problem = 'Paste your API key first.'; }
    else if (key === SAMPLE_KEY) { problem = 'That is the documentation\'s sample key. Paste your own key from the console.'; }
    else if (key.length > 128) { problem = 'That is longer than any API key (128 characters at most). Check that you copied only the key.'; }
    else if (!KEY_PATTERN.test(key)) { problem = 'A key has only letters, digits and hyphens. Check that you copied the whole key and nothing else.'; }
    if (problem) {
      this.input.setAttribute('aria-invalid', 'true');
      this.say('error', problem);
      this.input.focus();
      return null;
    }
    return key;
  };

  Checker.prototype.say = function (level, text) {
    if (!this.message) { return; }
    this.message.setAttribute('data-level', level);
    this.message.textContent = text;
  };

  Checker.prototype.start = function () {
    var key = this.readKey();
    if (!key) { return; }
    if (key !== this.key) {
      this.reset();
      this.key = key;
    }
    this.stopped = false;
    this.finished = false;
    this.updateStopButton();
    this.check();
  };

  Checker.prototype.check = function () {
    if (this.running || !this.key) { return; }
    var self = this;
    this.cancelTimers();
    this.running = true;
    this.checks += 1;
    if (!this.firstLocal) {
      this.firstLocal = Date.now();
      // the time since the first check keeps counting, whether or not another check is due
      this.elapsedTimer = setInterval(function () { self.showElapsed(); }, 1000);
    }
    this.showProgress();
    this.setBusy(true);
    var attempt = this.checks;
    Object.keys(this.rows).forEach(function (id) { self.markChecking(self.rows[id]); });
    this.setVerdict('checking', 'Checking ' + Object.keys(this.rows).length + ' regions… (check ' + attempt + ')', '');
    var body = { key: this.key, attempt: attempt };
    if (this.firstCheckAt) { body.first_check = this.firstCheckAt; }
    var gotSummary = false;
    fetch(this.api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) { return self.refused(response); }
      var parser = new EventParser(function (event, data) {
        var value = JSON.parse(data);
        if (event === 'region') { self.showRegion(value); }
        if (event === 'summary') { gotSummary = true; self.finish(value); }
        // the server is restarting: not a failure of the key or the connection; check again after its wait
        if (event === 'shutdown') { gotSummary = true; self.failed(value.message, value.retryAfterSeconds, true); }
      });
      if (!response.body || !response.body.getReader) {
        return response.text().then(function (text) { parser.push(text + '\n\n'); });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { parser.push(decoder.decode() + '\n\n'); return; }
          parser.push(decoder.decode(chunk.value, { stream: true }));
          return pump();
        });
      }
      return pump().then(function () {
        if (!gotSummary) { self.failed('The check was interrupted before every region answered.', null, true); }
      });
    }).catch(function () {
      self.failed('Could not reach the key checker on this site. Check your connection.', null, true);
    }).then(function () {
      self.running = false;
      self.setBusy(false);
    });
  };

  // An answer other than 200: say why, and whether and when to try again.
  Checker.prototype.refused = function (response) {
    var self = this;
    var wait = Number(response.headers.get('Retry-After')) || null;
    return response.text().then(function (text) {
      var error = null;
      try { error = JSON.parse(text); } catch (e) { error = null; }
      var message = error && error.message ? error.message : null;
      if (response.status === 400 && error && error.field === 'key') {
        self.input.setAttribute('aria-invalid', 'true');
        self.say('error', message);
        self.failed('The key was not checked.', null, false);
      } else if (response.status === 429 || response.status === 503) {
        self.failed(message || 'The checker is busy.', wait, true);
      } else if (!error) {
        self.failed('The key checker is not available on this copy of the site: it needs the site\'s own server (faqsite serve).', null, false);
      } else {
        self.failed(message || ('The check failed (HTTP ' + response.status + ').'), null, false);
      }
    });
  };

  Checker.prototype.failed = function (text, waitSeconds, retry) {
    var self = this;
    Object.keys(this.rows).forEach(function (id) {
      var row = self.rows[id];
      if (row.getAttribute('data-outcome') === 'checking') { self.paintRow(row, 'none', '○', 'not checked', '', '–'); }
    });
    this.setVerdict('error', text, '');
    if (retry && !this.compact) {
      this.schedule(waitSeconds ? waitSeconds * 1000 : null);
    } else {
      this.setCountdown('');
    }
  };

  Checker.prototype.markChecking = function (row) {
    row.setAttribute('data-outcome', 'checking');
    setText($(row, '.kc-icon'), '…');
    setText($(row, '.kc-words'), 'checking…');
  };

  Checker.prototype.paintRow = function (row, outcome, icon, words, note, http) {
    row.setAttribute('data-outcome', outcome);
    setText($(row, '.kc-icon'), icon);
    setText($(row, '.kc-words'), words);
    setText($(row, '.kc-note'), note);
    setText($(row, '.kc-http'), http);
  };

  Checker.prototype.showRegion = function (r) {
    var row = this.rows[r.region];
    if (!row) { return; }
    var note = (r.note || '') + (r.upstreamMessage ? ' The region said: “' + r.upstreamMessage + '”.' : '');
    var http = r.httpStatus ? String(r.httpStatus) : '–';
    this.paintRow(row, r.outcome, r.icon, r.words, this.compact ? '' : note.trim(), this.compact ? (r.httpStatus ? '(HTTP ' + r.httpStatus + ')' : '') : http);
    setText($(row, '.kc-latency'), r.probed ? r.latencyMs + ' ms' : '–');
    var time = $(row, '.kc-time');
    if (time) {
      time.textContent = '';
      var element = document.createElement('time');
      element.setAttribute('datetime', r.checkedAt);
      element.textContent = clockTime(r.checkedAt);
      time.appendChild(element);
    }
    setText($(row, '.kc-attempt'), String(r.attempt));
  };

  Checker.prototype.finish = function (summary) {
    this.report = summary;
    this.firstCheckAt = summary.firstCheckAt;
    var self = this;
    summary.regions.forEach(function (r) { self.showRegion(r); });
    this.setVerdict(summary.verdict.kind, summary.verdict.headline,
      'Key ' + summary.fingerprint + ', check ' + summary.attempt + ', ' + summary.elapsedMs + ' ms.');
    if (summary.keyTrimmed) { this.say('warning', 'Removed spaces around the key.'); }
    this.showAdvice(summary.advice);
    this.updateSummary();
    if (summary.verdict.done) {
      this.finished = true;
      this.setCountdown(this.compact ? '' : 'Every region accepts the key: no more checks needed.');
      this.updateStopButton();
    } else if (!this.compact) {
      this.schedule(summary.retryAfterSeconds ? summary.retryAfterSeconds * 1000 : null);
    }
  };

  Checker.prototype.setVerdict = function (kind, headline, meta) {
    if (!this.verdict) { return; }
    this.verdict.setAttribute('data-kind', kind);
    this.verdict.textContent = '';
    var line = document.createElement('p');
    line.className = 'kc-verdict-line';
    var icon = document.createElement('span');
    icon.className = 'kc-verdict-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = VERDICT_ICONS[kind] || '○';
    var text = document.createElement('strong');
    text.className = 'kc-verdict-text';
    text.textContent = headline;
    line.appendChild(icon);
    line.appendChild(document.createTextNode(' '));
    line.appendChild(text);
    this.verdict.appendChild(line);
    if (meta) {
      var extra = document.createElement('p');
      extra.className = 'kc-verdict-meta';
      extra.textContent = meta;
      this.verdict.appendChild(extra);
    }
  };

  Checker.prototype.showAdvice = function (advice) {
    if (!this.advice) { return; }
    this.advice.textContent = '';
    if (!advice || !advice.length) { return; }
    var title = document.createElement('h2');
    title.className = 'kc-advice-title';
    title.textContent = 'What to do';
    var list = document.createElement('ul');
    list.className = 'kc-advice-list';
    advice.forEach(function (a) {
      var item = document.createElement('li');
      item.textContent = a.text;
      if (a.href) {
        var link = document.createElement('a');
        link.href = a.href;
        link.textContent = a.linkText;
        if (/^https?:/i.test(a.href)) { link.rel = 'noopener'; }
        item.appendChild(document.createTextNode(' '));
        item.appendChild(link);
      }
      list.appendChild(item);
    });
    this.advice.appendChild(title);
    this.advice.appendChild(list);
  };

  // When to check again: first, then twice as long each time up to the cap, ±20 %, never sooner than a region's
  // Retry-After; no more once the next check would come after the stop time.
  Checker.prototype.nextDelay = function (retryAfterMs) {
    var base = Math.min(this.retryFirst * Math.pow(2, Math.max(0, this.checks - 1)), this.retryMax);
    var wait = Math.min(this.retryMax, Math.round(base * (1 - JITTER + 2 * JITTER * Math.random())));
    if (retryAfterMs && retryAfterMs > wait) { wait = retryAfterMs; }
    var since = Date.now() - this.firstLocal;
    return since + wait > this.stopAfter ? null : wait;
  };

  Checker.prototype.schedule = function (retryAfterMs) {
    this.cancelTimers();
    if (this.stopped || this.finished) { this.updateCountdown(); return; }
    var wait = this.nextDelay(retryAfterMs);
    if (wait === null) {
      this.stopped = true;
      this.updateStopButton();
      this.setCountdown('Stopped checking automatically after ' + duration(this.stopAfter) + '. Use Check now to check again.');
      return;
    }
    this.nextAt = Date.now() + wait;
    if (document.hidden) {
      this.pause();
      return;
    }
    this.startTimers();
  };

  Checker.prototype.startTimers = function () {
    var self = this;
    this.timeout = setTimeout(function () { self.check(); }, Math.max(0, this.nextAt - Date.now()));
    this.ticker = setInterval(function () { self.tick(); }, 1000);
    this.tick();
  };

  Checker.prototype.cancelTimers = function () {
    clearTimeout(this.timeout);
    clearInterval(this.ticker);
    this.timeout = null;
    this.ticker = null;
  };

  Checker.prototype.pause = function () {
    this.cancelTimers();
    this.remaining = this.nextAt ? Math.max(0, this.nextAt - Date.now()) : null;
    this.nextAt = null;
    this.setCountdown('Paused while this tab is in the background.');
  };

  Checker.prototype.visibilityChanged = function () {
    if (this.compact || this.stopped || this.finished || this.running || !this.key) { return; }
    if (document.hidden) {
      if (this.nextAt) { this.pause(); }
    } else if (this.remaining !== null) {
      this.nextAt = Date.now() + this.remaining;
      this.remaining = null;
      this.startTimers();
    }
  };

  Checker.prototype.tick = function () {
    this.showElapsed();
    this.updateCountdown();
  };

  Checker.prototype.showElapsed = function () {
    if (this.elapsed && this.firstLocal) {
      this.elapsed.textContent = duration(Date.now() - this.firstLocal) + ' ago';
    }
  };

  Checker.prototype.updateCountdown = function () {
    if (this.stopped && !this.finished) {
      this.setCountdown('Automatic checks stopped.');
    } else if (this.nextAt) {
      this.setCountdown('Next check in ' + duration(this.nextAt - Date.now()) + '.');
    }
  };

  Checker.prototype.setCountdown = function (text) { setText(this.countdown, text); };

  Checker.prototype.toggleStop = function () {
    if (this.finished) { return; }
    this.stopped = !this.stopped;
    this.updateStopButton();
    if (this.stopped) {
      this.cancelTimers();
      this.nextAt = null;
      this.remaining = null;
      this.setCountdown('Automatic checks stopped.');
    } else if (!this.running) {
      this.schedule(null);
    }
  };

  Checker.prototype.updateStopButton = function () {
    if (!this.stopButton) { return; }
    this.stopButton.hidden = this.finished;
    this.stopButton.setAttribute('aria-pressed', String(this.stopped));
    this.stopButton.textContent = this.stopped ? 'Resume automatic checks' : 'Stop';
  };

  Checker.prototype.showProgress = function () {
    if (this.progress) { this.progress.hidden = false; }
    if (this.diagnostics) { this.diagnostics.hidden = false; }
    this.showElapsed();
  };

  Checker.prototype.setBusy = function (busy) {
    if (this.submit) { this.submit.disabled = busy; }
    if (this.nowButton) { this.nowButton.disabled = busy; }
    var table = $(this.root, '.kc-table, .kc-list');
    if (table) { table.setAttribute('aria-busy', String(busy)); }
  };

  // What to send to support: regions, statuses, times and the key's fingerprint — never the key.
  Checker.prototype.summaryLines = function () {
    var r = this.report;
    if (!r) { return ''; }
    var lines = [
      'Key check: diagnostic summary',
      'Page: ' + location.origin + location.pathname,
      'Key: ' + r.fingerprint + ' (last four characters only)',
      'First check: ' + r.firstCheckAt,
      'This check: attempt ' + r.attempt + ' at ' + r.startedAt + ', ' + r.elapsedMs + ' ms',
      'Verdict: ' + r.verdict.headline
    ];
    r.regions.forEach(function (region) {
      lines.push('- ' + region.region + ' (' + region.label + '): ' + region.words
        + (region.httpStatus ? ', HTTP ' + region.httpStatus : ', no HTTP answer')
        + (region.probed ? ', ' + region.latencyMs + ' ms' : ', not asked again yet')
        + ', ' + region.checkedAt + (region.note ? ' (' + region.note + ')' : ''));
    });
    return lines.join('\n');
  };

  Checker.prototype.updateSummary = function () {
    if (this.summaryText) { this.summaryText.value = this.summaryLines(); }
  };

  Checker.prototype.copySummary = function () {
    var text = this.summaryLines();
    var self = this;
    function copied() { setText(self.copyStatus, 'Copied. Paste it into your support request.'); }
    function manual() {
      var details = $(self.root, '.kc-summary-details');
      if (details) { details.open = true; }
      if (self.summaryText) { self.summaryText.focus(); self.summaryText.select(); }
      setText(self.copyStatus, 'Select the summary below and copy it.');
    }
    if (!text) { setText(this.copyStatus, 'Check a key first.'); return; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(copied, manual);
    } else {
      manual();
    }
  };

  // Demo mode: "Create a demo key" fills the field with a key the simulated regions accept one after another.
  function initDemo(form, checkers) {
    var status = document.querySelector('.kc-demo-status');
    var button = form.querySelector('button');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      button.disabled = true;
      fetch(form.getAttribute('action'), { method: 'POST', headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          return response.json().then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (answer) {
          if (!answer.ok) { setText(status, answer.body.message || 'Could not create a demo key.'); return; }
          var checker = checkers[0];
          checker.input.value = answer.body.key;
          checker.say('info', 'Demo key created and filled in.');
          var schedule = answer.body.regions.map(function (r) { return r.label + ' after about ' + r.readyInSeconds + ' s'; }).join(', ');
          setText(status, 'Demo key created. It becomes valid in ' + schedule + '. Press “Check key”.');
          checker.submit.focus();
        })
        .catch(function () { setText(status, 'Could not reach the server to create a demo key.'); })
        .then(function () { button.disabled = false; });
    });
  }

  function init() {
    if (!window.fetch) { return; }
    var checkers = [];
    document.querySelectorAll('[data-key-check]').forEach(function (root) { checkers.push(new Checker(root)); });
    var demo = document.querySelector('.kc-demo-form');
    if (demo && checkers.length) { initDemo(demo, checkers); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
