// 网格上报: the form keeps reports in a queue on the phone (IndexedDB, requests-grid-queue.js) and sends each when the
// connection is there: by the service worker's Background Sync (`sync` event, registered when a report is queued),
// or — where Background Sync is not supported — by this page (`online` event, retry every 15 s). Each report carries a
// UUID made on the phone, so a report sent twice (a lost answer, two tabs, page and worker) is stored once.
(function () {
  'use strict';
  var app = document.getElementById('gridApp');
  if (!app) { return; }
  var Q = window.LuoshiGridQueue;
  var OLD_KEY = 'luoshi.requests.gridQueue'; // the queue of earlier versions (localStorage), moved into IndexedDB
  var api = app.dataset.api;
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var form = document.getElementById('gridForm');
  var photos = [];
  var sending = false;
  var swOk = 'serviceWorker' in navigator;
  var backgroundSync = swOk && 'SyncManager' in window;

  if (swOk) {
    navigator.serviceWorker.register(app.dataset.sw, { scope: app.dataset.scope }).catch(function () {});
    navigator.serviceWorker.addEventListener('message', function (e) {
      if (e.data && e.data.type === 'luoshi-grid-flushed') { report(e.data.result, 'sync'); }
    });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16); crypto.getRandomValues(b); b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function show() {
    var net = document.getElementById('netState');
    net.textContent = navigator.onLine ? '在线' : '无信号';
    net.className = 'badge ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-secondary');
    return Q.all().then(function (q) {
      var el = document.getElementById('queueState');
      el.hidden = q.length === 0;
      el.textContent = '手机上有 ' + q.length + ' 条待发送的上报' + (navigator.onLine ? '，正在发送…' : '，来信号后自动发送');
    }, function () {});
  }
  function sent(text, ok, by) {
    var div = document.createElement('div');
    div.className = 'alert py-1 mb-1 ' + (ok ? 'alert-success' : 'alert-danger');
    div.dataset.sentBy = by;
    div.textContent = text;
    document.getElementById('sent').prepend(div);
  }
  function report(result, by) {
    (result.sent || []).forEach(function (r) { sent('已送达：工单号 ' + r.number + (r.again ? '（此前已送达）' : ''), true, by); });
    (result.refused || []).forEach(function (r) { sent('未能受理「' + (r.description || '').slice(0, 12) + '」：' + r.message, false, by); });
    show();
  }

  // The fallback where Background Sync is not supported (or its registration fails): the page sends the queue.
  function pageFlush() {
    if (sending || !navigator.onLine) { show(); return; }
    sending = true;
    Q.flush().then(function (result) { sending = false; report(result, 'page'); },
      function (err) { sending = false; if (err && err.result) { report(err.result, 'page'); } setTimeout(pageFlush, 15000); });
  }
  /** Asks for the queue to be sent: a sync registration for the service worker, else the page's own flush. */
  function schedule() {
    if (!backgroundSync) { pageFlush(); return; }
    navigator.serviceWorker.ready.then(function (reg) { return reg.sync.register(Q.TAG); })
      .then(function () { show(); }, function () { backgroundSync = false; pageFlush(); });
  }

  function resize(file) {
    return new Promise(function (resolve) {
      var reader = new FileReader();
      reader.onload = function () {
        var img = new Image();
        img.onload = function () {
          var scale = Math.min(1, 1280 / Math.max(img.width, img.height));
          var c = document.createElement('canvas');
          c.width = Math.round(img.width * scale); c.height = Math.round(img.height * scale);
          c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
          resolve({ name: file.name, data: c.toDataURL('image/jpeg', 0.72) });
        };
        img.onerror = function () { resolve({ name: file.name, data: reader.result }); };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }
  document.getElementById('photos').addEventListener('change', function (e) {
    var files = Array.prototype.slice.call(e.target.files, 0, 6);
    Promise.all(files.map(resize)).then(function (list) {
      photos = list;
      var t = document.getElementById('thumbs'); t.innerHTML = '';
      list.forEach(function (p) { var i = document.createElement('img'); i.src = p.data; i.style.height = '60px'; i.alt = p.name; t.appendChild(i); });
    });
  });

  function setPoint(lat, lon, how) {
    document.getElementById('lat').value = lat.toFixed(6);
    document.getElementById('lon').value = lon.toFixed(6);
    document.getElementById('coords').textContent = how + '：' + lat.toFixed(5) + ', ' + lon.toFixed(5);
    if (chart) { chart.setOption({ series: [{ type: 'scatter', coordinateSystem: 'geo', data: [[lon, lat]], symbolSize: 14, itemStyle: { color: '#dc3545' } }] }); }
  }
  document.getElementById('locate').addEventListener('click', function () {
    if (!navigator.geolocation) { document.getElementById('coords').textContent = '本机不支持定位，请在地图上点选'; return; }
    navigator.geolocation.getCurrentPosition(function (p) { setPoint(p.coords.latitude, p.coords.longitude, '当前位置'); },
      function () { document.getElementById('coords').textContent = '定位失败，请在地图上点选'; }, { enableHighAccuracy: true, timeout: 10000 });
  });

  var chart = null;
  fetch(app.dataset.mapUrl, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
    if (!geo || typeof echarts === 'undefined') { return; }
    // the streets only: five labels that do not overlap; a picked point still resolves to community and grid cell
    echarts.registerMap('district', { type: 'FeatureCollection',
      features: geo.features.filter(function (f) { return f.properties.kind === 'street'; }) });
    chart = echarts.init(document.getElementById('pickMap'));
    chart.setOption({ geo: { map: 'district', roam: true, label: { show: true, fontSize: 11 },
      itemStyle: { areaColor: '#eef3f8', borderColor: '#7a8ca3' }, emphasis: { itemStyle: { areaColor: '#cfe2ff' } },
      regions: [] }, series: [] });
    chart.getZr().on('click', function (e) {
      var p = chart.convertFromPixel('geo', [e.offsetX, e.offsetY]);
      if (p) { setPoint(p[1], p[0], '地图选点'); }
    });
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var err = document.getElementById('formError');
    var category = document.getElementById('category').value;
    var description = document.getElementById('description').value.trim();
    var lat = document.getElementById('lat').value, lon = document.getElementById('lon').value;
    var address = document.getElementById('address').value.trim();
    if (!category) { err.textContent = '请选择问题分类'; return; }
    if (!description) { err.textContent = '请填写问题描述'; return; }
    if (!lat && !address) { err.textContent = '请定位、在地图上点选或填写地址'; return; }
    err.textContent = '';
    var item = { clientUuid: uuid(), category: category, description: description,
      urgency: form.querySelector('input[name="urgency"]:checked').value,
      lat: lat ? Number(lat) : null, lon: lon ? Number(lon) : null, address: address || null, photos: photos };
    Q.add(item).then(function () {
      form.reset(); photos = []; document.getElementById('thumbs').innerHTML = '';
      document.getElementById('lat').value = ''; document.getElementById('lon').value = '';
      document.getElementById('coords').textContent = '未选位置';
      return show();
    }).then(schedule, function () { err.textContent = '手机存储已满，请减少照片后再试'; });
  });

  window.addEventListener('online', function () { show(); schedule(); });
  window.addEventListener('offline', show);
  // where to send (this session's CSRF header), for the service worker; then any report left from an earlier visit
  var old = [];
  try { old = JSON.parse(localStorage.getItem(OLD_KEY) || '[]'); } catch (e) { old = []; }
  Q.setTarget({ api: new URL(api, location.href).href, csrfHeader: csrfHeader ? csrfHeader.content : null,
    csrfToken: csrf ? csrf.content : null })
    .then(function () { return Promise.all(old.map(function (r) { return Q.add(r); })); })
    .then(function () { localStorage.removeItem(OLD_KEY); return Q.all(); })
    .then(function (q) { show(); if (q.length) { schedule(); } }, function () { show(); });
})();
