// Service worker of the grid form: keeps the form, its script, styles and the district map on the phone, so the
// page opens without signal; and sends the reports queued on the phone (IndexedDB) when the browser fires the
// Background Sync event the page registered on queuing them (with signal back, even if the page was closed).
importScripts('../js/requests-grid-queue.js');
var CACHE = 'luoshi-grid-v2';
var PRECACHE = ['grid', 'map.geojson', '../js/requests-grid.js', '../js/requests-grid-queue.js', '../js/echarts-5.5.0.min.js', '../js/luoshi.js',
  '../css/luoshi.css', '../webjars/bootstrap/css/bootstrap.min.css', '../webjars/bootstrap/js/bootstrap.bundle.min.js',
  '../webjars/htmx.org/dist/htmx.min.js'];
self.addEventListener('install', function (e) {
  // keep what the form needs as soon as the worker is installed (each on its own: one missing file does not block)
  e.waitUntil(caches.open(CACHE).then(function (c) {
    return Promise.all(PRECACHE.map(function (u) { return c.add(new Request(u, { credentials: 'same-origin' })).catch(function () {}); }));
  }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('luoshi-grid-') === 0 && k !== CACHE; })
      .map(function (k) { return caches['delete'](k); }));
  }).then(function () { return self.clients.claim(); }));
});

function tell(result) {
  return self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (list) {
    list.forEach(function (c) { c.postMessage({ type: 'luoshi-grid-flushed', result: result }); });
  });
}
// Background Sync: send the queue; a failure rejects, so the browser tries again later (the page re-registers on
// its next visit or 'online' event, should the browser give up).
self.addEventListener('sync', function (e) {
  if (e.tag !== self.LuoshiGridQueue.TAG) { return; }
  e.waitUntil(self.LuoshiGridQueue.flush().then(tell, function (err) {
    return (err && err.result ? tell(err.result) : Promise.resolve()).then(function () { throw err; });
  }));
});
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
