// 讲话转台账 review page: when the clerk picks another lead unit, 牵头区领导 and 责任人 that still hold what the review
// filled in for the old unit follow the new one (a value the clerk chose is kept) — ReviewForm.changeLead on the server.
(function () {
  'use strict';
  function init() {
    var form = document.getElementById('review-form');
    if (!form || !form.dataset.unitOwners) {
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
