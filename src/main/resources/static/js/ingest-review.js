// 讲话转台账 review page: when the clerk picks another lead unit, 牵头区领导 and 责任人 that still hold what the review
// filled in for the old unit follow the new one (a value the clerk chose is kept) — ReviewForm.changeLead on the server.
(function () {
  'use strict';
  // 批量修改: how many rows are ticked; tick every 任务/举措 row, or none. The server applies and checks the edit.
  function batch(form) {
    var boxes = form.querySelectorAll('input[data-batch-select]');
    var n = form.querySelector('[data-batch-n]');
    var count = function () {
      if (n) {
        n.textContent = String(Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length);
      }
    };
    boxes.forEach(function (b) { b.addEventListener('change', count); });
    var all = form.querySelector('[data-batch-all]');
    if (all) {
      all.addEventListener('click', function () {
        boxes.forEach(function (b) { b.checked = b.dataset.assignable === 'true'; });
        count();
      });
    }
    var none = form.querySelector('[data-batch-none]');
    if (none) {
      none.addEventListener('click', function () {
        boxes.forEach(function (b) { b.checked = false; });
        count();
      });
    }
    count();
  }

  // 有 N 处需要修改: each named row jumps to its field and puts the cursor there.
  function problems(form) {
    form.querySelectorAll('a[data-focus]').forEach(function (a) {
      a.addEventListener('click', function (e) {
        var field = document.getElementById(a.dataset.focus);
        if (!field) {
          return;
        }
        e.preventDefault();
        field.scrollIntoView({block: 'center'});
        field.focus({preventScroll: true});
      });
    });
    var summary = form.querySelector('[data-testid="error-summary"]');
    if (summary) {
      summary.focus();
    }
  }

  function init() {
    var form = document.getElementById('review-form');
    if (!form) {
      return;
    }
    batch(form);
    problems(form);
    if (!form.dataset.unitOwners) {
      return;
    }
    var owners = JSON.parse(form.dataset.unitOwners);
    form.querySelectorAll('select[data-lead]').forEach(function (lead) {
      lead.dataset.before = lead.value;
      lead.addEventListener('change', function () {
        var row = lead.closest('.review-row');
        var before = owners[lead.dataset.before] || {};
        var after = owners[lead.value] || {};
        var leader = row.querySelector('select[data-leader]');
        var person = row.querySelector('input[data-person]');
        var str = function (v) { return v === null || v === undefined ? '' : String(v); };
        if (leader && leader.value === str(before.leaderId)) {
          leader.value = str(after.leaderId);
        }
        if (person && person.value === str(before.person)) {
          person.value = str(after.person);
        }
        var lr = row.querySelector('[data-leader-reason]');
        if (lr) {
          lr.textContent = after.leaderReason ? '牵头区领导：' + after.leaderReason : '';
        }
        var pr = row.querySelector('[data-person-reason]');
        if (pr) {
          pr.textContent = after.personReason ? '责任人：' + after.personReason : '';
        }
        var changed = row.querySelector('[data-changed]');
        if (changed) {
          var suggested = changed.dataset.suggested || '';
          changed.classList.toggle('d-none', suggested === '' || suggested === lead.value);
        }
        lead.dataset.before = lead.value;
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
