#!/usr/bin/env node
// Converts the data of the npm package `chinese-days` (MIT) into Luoshi's
// src/main/resources/calendar/cn-workdays.json. Run it only when a new State
// Council notice is published (usually in November for the next year):
//
//   cd "$(mktemp -d)" && npm pack chinese-days && tar xzf chinese-days-*.tgz
//   node <repo>/tools/calendar/convert-chinese-days.mjs package 2024 2025 2026 \
//        > <repo>/src/main/resources/calendar/cn-workdays.json
//
// Then cross-check the new year by hand against the notice on www.gov.cn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, ...yearArgs] = process.argv.slice(2);
if (!pkgDir || yearArgs.length === 0) {
  console.error('usage: convert-chinese-days.mjs <unpacked package dir> <year>...');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const generateTs = readFileSync(join(pkgDir, 'src/holidays/generate.ts'), 'utf8');

// The package abbreviates some names; Luoshi shows the names used in the notices.
const NAMES = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
const zhName = (value) => { const n = value.split(',')[1]; return NAMES[n] ?? n; };

// Notice URL per year, taken from the comment block above each year in generate.ts.
function noticeUrl(year) {
  const m = generateTs.match(new RegExp(`\\*\\s*${year}\\s*\\n\\s*\\*\\s*(https://\\S+)`));
  return m ? m[1] : null;
}

const dayMs = 86400000;
const years = yearArgs.map(Number).map((year) => {
  const data = JSON.parse(readFileSync(join(pkgDir, 'dist/years', `${year}.json`), 'utf8'));
  // Group consecutive holiday dates into one block; a block with two festivals
  // (2025: 国庆节 with 中秋节 on 10-06) is named after both, as in the notice.
  const blocks = [];
  for (const date of Object.keys(data.holidays).sort()) {
    const name = zhName(data.holidays[date]);
    const last = blocks[blocks.length - 1];
    if (last && Date.parse(date) - Date.parse(last.dates[last.dates.length - 1]) === dayMs) {
      last.dates.push(date);
      if (!last.names.includes(name)) last.names.push(name);
    } else {
      blocks.push({ names: [name], dates: [date] });
    }
  }
  const holidays = blocks.map((b) => ({ name: b.names.join('、'), dates: b.dates }));
  const makeUpWorkdays = Object.keys(data.workdays).sort().map((date) => ({ date, for: zhName(data.workdays[date]) }));
  return { year, notice: noticeUrl(year), holidays, makeUpWorkdays };
});

const out = {
  source: `npm package chinese-days ${pkg.version} (https://github.com/vsme/chinese-days), `
    + 'which transcribes the State Council General Office notices on public holidays (国务院办公厅关于部分节假日安排的通知)',
  licence: 'chinese-days is MIT licensed, Copyright (c) 2024 Yawei sun; the notices themselves are official government documents',
  scope: 'Mainland China statutory public holidays (法定节假日) and make-up working days (调休上班). Half-day holidays for particular groups are not included.',
  years,
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
