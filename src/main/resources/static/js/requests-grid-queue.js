// 网格上报的离线队列: the grid form's queue of reports on the phone, in IndexedDB so that both the page and the
// service worker can read it. The service worker's `sync` event (Background Sync) and the page (where Background
// Sync is not supported) send it with the same flush(): one report after another, each carrying the UUID made on the
// phone (the server stores a report sent twice once), removed from the queue only when the server has answered.
// Loaded by the page (<script>) and by the service worker (importScripts).
(function (root) {
  'use strict';
  var DB = 'luoshi-grid', REPORTS = 'reports', META = 'meta', TAG = 'luoshi-grid-queue';

  function open() {
    return new Promise(function (resolve, reject) {
      var r = indexedDB.open(DB, 1);
      r.onupgradeneeded = function () {
        var db = r.result;
        if (!db.objectStoreNames.contains(REPORTS)) { db.createObjectStore(REPORTS, { keyPath: 'clientUuid' }); }
        if (!db.objectStoreNames.contains(META)) { db.createObjectStore(META); }
      };
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }
  function tx(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(store, mode);
        var out = work(t.objectStore(store));
        t.oncomplete = function () { db.close(); resolve(out && 'result' in out ? out.result : out); };
        t.onerror = t.onabort = function () { db.close(); reject(t.error); };
      });
    });
  }
  function all() {
    return tx(REPORTS, 'readonly', function (s) { return s.getAll(); }).then(function (list) {
      return (list || []).sort(function (a, b) { return (a.queuedAt || 0) - (b.queuedAt || 0); });
    });
  }
  function add(report) {
    report.queuedAt = report.queuedAt || Date.now();
    return tx(REPORTS, 'readwrite', function (s) { s.put(report); });
  }
  function remove(uuid) { return tx(REPORTS, 'readwrite', function (s) { s['delete'](uuid); }); }
  /** Where and how to send: the API URL and the CSRF header of the page's session, written by the page. */
  function setTarget(target) { return tx(META, 'readwrite', function (s) { s.put(target, 'target'); }); }
  function target() { return tx(META, 'readonly', function (s) { return s.get('target'); }); }

  function exclusive(work) {
    // one flush at a time across the page and the service worker (Web Locks where there are any)
    if (root.navigator && root.navigator.locks && root.navigator.locks.request) {
      return root.navigator.locks.request('luoshi-grid-flush', work);
    }
    return work();
  }

  /**
   * Sends the queued reports in order. Resolves with { sent: [{number, again, description}], refused: [{message,
   * description}], left }; rejects when the network or the server fails (the rest stays queued, the sync is retried).
   * notify(result-so-far) is called after each answer.
   */
  function flush(notify) {
    return exclusive(function () {
      var result = { sent: [], refused: [], left: 0 };
      return Promise.all([all(), target()]).then(function (v) {
        var list = v[0], t = v[1];
        if (!list.length) { return result; }
        if (!t || !t.api) { result.left = list.length; return result; }
        var step = function (i) {
          if (i >= list.length) { return result; }
          var item = list[i];
          var body = {};
          Object.keys(item).forEach(function (k) { if (k !== 'queuedAt') { body[k] = item[k]; } });
          var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
          if (t.csrfHeader && t.csrfToken) { headers[t.csrfHeader] = t.csrfToken; }
          return fetch(t.api, { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' })
            .then(function (res) {
              return res.json().catch(function () { return {}; }).then(function (b) { return { res: res, body: b }; });
            })
            .then(function (r) {
              var s = r.res.status;
              if (s === 201 || s === 200) {
                result.sent.push({ number: r.body.number, again: s === 200, description: item.description });
              } else if (s >= 400 && s < 500 && s !== 401 && s !== 403 && s !== 408 && s !== 429) {
                result.refused.push({ message: r.body.message || String(s), description: item.description });
              } else {
                result.left = list.length - i;
                var e = new Error('server ' + s); e.result = result; throw e;
              }
              return remove(item.clientUuid).then(function () {
                if (notify) { notify(result); }
                return step(i + 1);
              });
            }, function (err) {
              if (err && err.result) { throw err; }
              result.left = list.length - i;
              var e = new Error('network: ' + err); e.result = result; throw e;
            });
        };
        return step(0);
      });
    });
  }

  root.LuoshiGridQueue = { TAG: TAG, all: all, add: add, remove: remove, setTarget: setTarget, target: target, flush: flush };
})(typeof self !== 'undefined' ? self : this);
