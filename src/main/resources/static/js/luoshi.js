// Send the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// A task's 原文出处: /directives/{id}#src-{start}-{end} marks that range of the directive's text and scrolls to it.
document.addEventListener('DOMContentLoaded', function () {
  var m = /^#src-(\d+)-(\d+)$/.exec(location.hash);
  var body = document.querySelector('[data-testid="directive-body"]');
  if (!m || !body) { return; }
  var text = body.textContent, start = +m[1], end = +m[2];
  if (start >= end || end > text.length) { return; }
  var mark = document.createElement('mark');
  mark.id = 'src-' + start;
  mark.setAttribute('data-testid', 'source-mark');
  mark.textContent = text.substring(start, end);
  body.textContent = text.substring(0, start);
  body.appendChild(mark);
  body.appendChild(document.createTextNode(text.substring(end)));
  mark.scrollIntoView({block: 'center'});
});

// The bell polls every minute. It must not keep an idle session alive (the 30-minute timeout would never fire) and
// must not paste the login page into the navbar once the session has expired.
(function () {
  var lastActivity = Date.now();
  var IDLE_MS = 25 * 60 * 1000;
  ['click', 'keydown', 'scroll', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, function () { lastActivity = Date.now(); }, {passive: true, capture: true});
  });
  document.addEventListener('htmx:beforeRequest', function (e) {
    var el = e.detail.elt;
    if (el && el.getAttribute('data-testid') === 'bell' && Date.now() - lastActivity > IDLE_MS) {
      e.preventDefault();
    }
  });
  document.addEventListener('htmx:beforeSwap', function (e) {
    var el = e.detail.elt;
    var url = e.detail.xhr && e.detail.xhr.responseURL;
    if (el && el.getAttribute('data-testid') === 'bell' && url && /\/login(\?|$)/.test(url)) {
      e.detail.shouldSwap = false;
    }
  });
})();
