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
