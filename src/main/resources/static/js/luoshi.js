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

// The bell polls every minute. Its requests say so (X-Luoshi-Poll): the server does not count them as activity, so
// they never keep an idle session alive. Once the session is over the server answers 401 (never the login page, which
// must not be pasted into the navbar): the bell stops polling and the page offers to sign in again.
(function () {
  var expired = false;
  function isBell(el) { return el && el.getAttribute && el.getAttribute('data-testid') === 'bell'; }
  function sessionOver(xhr) {
    return xhr && (xhr.status === 401 || /\/login(\?|$)/.test(xhr.responseURL || ''));
  }
  function offerSignIn() {
    if (document.querySelector('[data-testid="session-expired"]')) { return; }
    var box = document.createElement('div');
    box.className = 'alert alert-warning d-flex flex-wrap align-items-center gap-2 mx-3';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'session-expired');
    box.appendChild(document.createTextNode('登录已过期，请重新登录。未提交的内容请先复制保存。'));
    var link = document.createElement('a');
    link.className = 'btn btn-sm btn-warning ms-auto';
    link.href = '/login?expired';
    link.textContent = '重新登录';
    box.appendChild(link);
    var nav = document.querySelector('nav.navbar');
    if (nav) { nav.insertAdjacentElement('afterend', box); } else { document.body.prepend(box); }
  }
  document.addEventListener('htmx:configRequest', function (e) {
    if (isBell(e.detail.elt)) { e.detail.headers['X-Luoshi-Poll'] = 'bell'; }
  });
  document.addEventListener('htmx:beforeRequest', function (e) {
    if (expired && isBell(e.detail.elt)) { e.preventDefault(); }
  });
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (isBell(e.detail.elt) && sessionOver(e.detail.xhr)) {
      e.detail.shouldSwap = false;
      e.detail.isError = false;
      expired = true;
      offerSignIn();
    }
  });
})();

// Declarative behaviour instead of inline handlers (the Content-Security-Policy allows no onclick=…):
// data-confirm on a form asks before it is submitted (or on a button/link before it acts), data-autosubmit submits
// its form when it changes, data-print prints the page.
document.addEventListener('submit', function (e) {
  var form = e.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) { e.preventDefault(); e.stopImmediatePropagation(); }
}, true);
document.addEventListener('click', function (e) {
  var el = e.target.closest && e.target.closest('[data-confirm]:not(form), [data-print], [data-back]');
  if (!el) { return; }
  if (el.hasAttribute('data-print')) { e.preventDefault(); window.print(); return; }
  if (el.hasAttribute('data-back')) { e.preventDefault(); history.back(); return; }
  if (!window.confirm(el.getAttribute('data-confirm'))) { e.preventDefault(); e.stopImmediatePropagation(); }
}, true);
document.addEventListener('change', function (e) {
  var el = e.target;
  if (el.hasAttribute && el.hasAttribute('data-autosubmit') && el.form) { el.form.submit(); }
});
