// Marks each status box live with the time the reader looked at it. A file of the site, never inline: the site's
// Content-Security-Policy runs scripts from its own files only.
document.querySelectorAll('[data-api-status]').forEach(function (box) {
  var now = new Date();
  var time = box.querySelector('.api-status-time');
  time.dateTime = now.toISOString();
  time.textContent = now.toISOString().slice(11, 16) + ' UTC';
  box.querySelector('.api-status-checked').hidden = false;
  box.setAttribute('data-live', 'true');
});
