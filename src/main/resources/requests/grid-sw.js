// Service worker of the grid form: keeps the form, its script, styles and the district map on the phone, so the
// page opens without signal; reports themselves wait in the page's queue and are sent when the signal returns.
var CACHE = 'luoshi-grid-v1';
var PRECACHE = ['grid', 'map.geojson', '../js/requests-grid.js', '../js/echarts-5.5.0.min.js', '../js/luoshi.js',
  '../css/luoshi.css', '../webjars/bootstrap/css/bootstrap.min.css', '../webjars/bootstrap/js/bootstrap.bundle.min.js',
  '../webjars/htmx.org/dist/htmx.min.js'];
self.addEventListener('install', function (e) {
  // keep what the form needs as soon as the worker is installed (each on its own: one missing file does not block)
  e.waitUntil(caches.open(CACHE).then(function (c) {
    return Promise.all(PRECACHE.map(function (u) { return c.add(new Request(u, { credentials: 'same-origin' })).catch(function () {}); }));
  }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (e) { e.waitUntil(self.clients.claim()); });
self.addEventListener('fetch', function (e) {
  var req = e.request;
  if (req.method !== 'GET') { return; }
  var url = new URL(req.url);
  var keep = url.pathname.endsWith('/requests/grid') || url.pathname.endsWith('/requests/map.geojson')
    || url.pathname.indexOf('/js/') >= 0 || url.pathname.indexOf('/css/') >= 0 || url.pathname.indexOf('/webjars/') >= 0;
  if (!keep) { return; }
  // network first (fresh CSRF token and categories), the cache when there is no signal
  e.respondWith(fetch(req).then(function (res) {
    if (res.ok && !res.redirected) {
      var copy = res.clone();
      caches.open(CACHE).then(function (c) { c.put(req, copy); });
    }
    return res;
  }).catch(function () {
    return caches.match(req).then(function (hit) { return hit || Response.error(); });
  }));
});
