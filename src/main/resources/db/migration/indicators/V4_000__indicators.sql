-- Module indicators (issue 13): the district's economic indicators against the city average and its peers.
-- Values keep every vintage: a revision marks the old row superseded (current = false) and adds a new one; nothing
-- is overwritten. Periods are months (the first day of the month, cumulative 1–N月 as published); a quarterly or
-- annual indicator simply has values only in its quarter's or year's last month.

-- 亮灯规则 as data, named after their source; one of them is the default.
create table ind_light_rule (
  name                  text primary key check (length(name) between 1 and 60),
  source                text not null,
  red_below_growth      numeric(9, 2) not null default 0,
  compare_plan          boolean not null default true,
  compare_city_average  boolean not null default true,
  rank_drop_is_yellow   boolean not null default true,
  is_default            boolean not null default false
);
create unique index ind_light_rule_one_default on ind_light_rule (is_default) where is_default;

insert into ind_light_rule (name, source, red_below_growth, compare_plan, compare_city_average, rank_drop_is_yellow,
                            is_default)
values ('天津2022固定资产投资',
        '天津市2022年固定资产投资“红黄绿灯”：累计增速达到计划且不低于全市平均为绿灯；增长但低于计划或全市平均为黄灯；负增长为红灯',
        0, true, true, true, true);

-- 指标目录. unit: 亿元, 万元, %, 元…; frequency: MONTHLY (1–N月累计), QUARTERLY, ANNUAL; reported: LEVEL_AND_GROWTH
-- (本期累计 at current prices and 增速 as published) or GROWTH_ONLY (e.g. 规上工业增加值, 固定资产投资).
create table ind_indicator (
  id               bigint generated always as identity primary key,
  code             text not null unique check (code ~ '^[A-Z0-9_]{2,20}$'),
  name             text not null unique check (length(name) between 1 and 60),
  unit             text not null check (length(unit) between 1 and 10),
  frequency        text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
  reported         text not null check (reported in ('LEVEL_AND_GROWTH', 'GROWTH_ONLY')),
  higher_is_better boolean not null default true,
  owner_unit       text,                                  -- the owning unit's short name (发改, 商务, 财政, 工信…)
  owner_task_id    bigint references task (id) on delete set null,
  light_rule       text references ind_light_rule (name),  -- null: the default rule
  sort_order       int not null default 0,
  version          int not null default 0
);

insert into ind_indicator (code, name, unit, frequency, reported, owner_unit, sort_order) values
  ('GDP',   '地区生产总值',             '亿元', 'QUARTERLY', 'LEVEL_AND_GROWTH', '发改', 10),
  ('IND',   '规模以上工业增加值',        '%',    'MONTHLY',   'GROWTH_ONLY',      '工信', 20),
  ('INDOUT','规模以上工业总产值',        '亿元', 'MONTHLY',   'LEVEL_AND_GROWTH', '工信', 25),
  ('FAI',   '固定资产投资',             '%',    'MONTHLY',   'GROWTH_ONLY',      '发改', 30),
  ('RETAIL','社会消费品零售总额',        '亿元', 'MONTHLY',   'LEVEL_AND_GROWTH', '商务', 40),
  ('REV',   '一般公共预算收入',          '亿元', 'MONTHLY',   'LEVEL_AND_GROWTH', '财政', 50),
  ('TAX',   '税收收入',                 '亿元', 'MONTHLY',   'LEVEL_AND_GROWTH', '财政', 60),
  ('TRADE', '进出口总额',               '亿元', 'MONTHLY',   'LEVEL_AND_GROWTH', '商务', 70),
  ('FDI',   '实际使用外资',             '万美元', 'MONTHLY', 'LEVEL_AND_GROWTH', '商务', 80),
  ('URBINC','城镇居民人均可支配收入',     '元',   'QUARTERLY', 'LEVEL_AND_GROWTH', '统计', 90),
  ('RURINC','农村居民人均可支配收入',     '元',   'QUARTERLY', 'LEVEL_AND_GROWTH', '统计', 100);

-- 地区: NATION, PROVINCE, CITY, and the county-level DISTRICT rows — the home district (home = true) and its peers
-- (各县（市、区）), among which 位次 is computed.
create table ind_region (
  id          bigint generated always as identity primary key,
  name        text not null unique check (length(name) between 1 and 30),
  level       text not null check (level in ('NATION', 'PROVINCE', 'CITY', 'DISTRICT')),
  home        boolean not null default false,
  sort_order  int not null default 0,
  check (not home or level = 'DISTRICT')
);
create unique index ind_region_one_home on ind_region (home) where home;
create unique index ind_region_one_nation on ind_region (level) where level in ('NATION', 'PROVINCE', 'CITY');

insert into ind_region (name, level, home, sort_order) values
  ('全国', 'NATION', false, 1), ('全省', 'PROVINCE', false, 2), ('全市', 'CITY', false, 3),
  ('本区', 'DISTRICT', true, 10);

-- One import (or API submission): who, when, what it did; differences of a revision as a JSON list.
create table ind_import (
  id              bigint generated always as identity primary key,
  file_name       text not null,
  layout          text not null,
  imported_by     text not null,
  imported_at     timestamptz not null default luoshi_now(),
  source          text,
  rows_total      int not null,
  rows_new        int not null,
  rows_revised    int not null,
  rows_unchanged  int not null,
  differences     jsonb not null default '[]'
);

-- 指标值: one vintage per row; the current one has current = true. status: 初步/修订/最终.
create table ind_value (
  id            bigint generated always as identity primary key,
  indicator_id  bigint not null references ind_indicator (id) on delete cascade,
  region_id     bigint not null references ind_region (id) on delete cascade,
  period        date not null check (extract(day from period) = 1),
  vintage       int not null check (vintage >= 1),
  current       boolean not null default true,
  value         numeric(18, 4),                     -- 本期累计 (level), in the indicator's unit
  growth        numeric(9, 2),                      -- 增速 (%), as published; null = 未公布
  status        text not null check (status in ('初步', '修订', '最终')),
  source        text,                               -- bulletin name
  source_date   date,
  import_id     bigint references ind_import (id),
  recorded_at   timestamptz not null default luoshi_now(),
  check (value is not null or growth is not null),
  unique (indicator_id, region_id, period, vintage)
);
create unique index ind_value_current on ind_value (indicator_id, region_id, period) where current;
create index ind_value_period on ind_value (period) where current;

-- 年度目标 (growth %), per indicator and year.
create table ind_target (
  indicator_id  bigint not null references ind_indicator (id) on delete cascade,
  year          int not null check (year between 2000 and 2100),
  growth_target numeric(9, 2) not null,
  version       int not null default 1,
  updated_by    text not null,
  updated_at    timestamptz not null default luoshi_now(),
  primary key (indicator_id, year)
);

-- 规模以上工业 行业大类 (GB/T 4754-2017, 采矿业、制造业、电力热力燃气及水生产和供应业: 41 classes).
create table ind_industry_class (
  code  text primary key check (code ~ '^[0-9]{2}$'),
  name  text not null
);
insert into ind_industry_class (code, name) values
  ('06', '煤炭开采和洗选业'), ('07', '石油和天然气开采业'), ('08', '黑色金属矿采选业'), ('09', '有色金属矿采选业'),
  ('10', '非金属矿采选业'), ('11', '开采专业及辅助性活动'), ('12', '其他采矿业'), ('13', '农副食品加工业'),
  ('14', '食品制造业'), ('15', '酒、饮料和精制茶制造业'), ('16', '烟草制品业'), ('17', '纺织业'),
  ('18', '纺织服装、服饰业'), ('19', '皮革、毛皮、羽毛及其制品和制鞋业'), ('20', '木材加工和木、竹、藤、棕、草制品业'),
  ('21', '家具制造业'), ('22', '造纸和纸制品业'), ('23', '印刷和记录媒介复制业'),
  ('24', '文教、工美、体育和娱乐用品制造业'), ('25', '石油、煤炭及其他燃料加工业'), ('26', '化学原料和化学制品制造业'),
  ('27', '医药制造业'), ('28', '化学纤维制造业'), ('29', '橡胶和塑料制品业'), ('30', '非金属矿物制品业'),
  ('31', '黑色金属冶炼和压延加工业'), ('32', '有色金属冶炼和压延加工业'), ('33', '金属制品业'), ('34', '通用设备制造业'),
  ('35', '专用设备制造业'), ('36', '汽车制造业'), ('37', '铁路、船舶、航空航天和其他运输设备制造业'),
  ('38', '电气机械和器材制造业'), ('39', '计算机、通信和其他电子设备制造业'), ('40', '仪器仪表制造业'),
  ('41', '其他制造业'), ('42', '废弃资源综合利用业'), ('43', '金属制品、机械和设备修理业'),
  ('44', '电力、热力生产和供应业'), ('45', '燃气生产和供应业'), ('46', '水的生产和供应业');

-- 分行业: the home district's 规模以上工业 by class per month, with vintages like ind_value.
create table ind_industry_value (
  id          bigint generated always as identity primary key,
  class_code  text not null references ind_industry_class (code),
  period      date not null check (extract(day from period) = 1),
  vintage     int not null check (vintage >= 1),
  current     boolean not null default true,
  output      numeric(18, 4),                  -- 工业总产值 (亿元), 1–N月
  output_prev numeric(18, 4),                  -- 上年同期 (亿元), for 拉动 and 贡献率
  growth      numeric(9, 2),                   -- 增速 (%) as published; null = 未公布
  import_id   bigint references ind_import (id),
  recorded_at timestamptz not null default luoshi_now(),
  unique (class_code, period, vintage)
);
create unique index ind_industry_value_current on ind_industry_value (class_code, period) where current;
