-- Module requests (issue 15): citizen and grid requests (接诉即办), dispatch and 吹哨报到 with working-time clocks,
-- replies, 回访 and ratings, 重办, 三率 publications and the district's grid map. Timestamps default to luoshi_now().

-- 诉求分类: a tree; a leaf may map to an Open311 service code, with its attributes (Open311 service definition).
create table request_category (
  id               bigint generated always as identity primary key,
  parent_id        bigint references request_category (id),
  code             text not null unique check (code ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  name             text not null check (length(name) between 1 and 40),
  description      text check (length(description) <= 300),
  open311_code     text unique check (open311_code ~ '^[A-Za-z0-9_.-]{1,60}$'),
  open311_group    text,
  keywords         text,
  attributes       jsonb not null default '[]',            -- Open311 attributes (code, datatype, required, values …)
  default_unit_id  bigint references unit (id),            -- 主责部门 suggested on dispatch
  sort_order       int not null default 0,
  active           boolean not null default true
);

-- 时限 per category (null = default) × urgency × stage, in working minutes; source names the rule behind it.
create table request_clock_limit (
  id           bigint generated always as identity primary key,
  category_id  bigint references request_category (id) on delete cascade,
  urgency      text not null check (urgency in ('NORMAL', 'URGENT')),
  stage        text not null check (stage in ('SIGN', 'CONTACT', 'FINISH', 'REPLY')),
  minutes      int not null check (minutes > 0),
  source       text not null,
  unique nulls not distinct (category_id, urgency, stage)
);

-- The district's map as uploaded (GeoJSON FeatureCollection) and the areas it defines: 街道 → 社区 → 网格.
create table request_map (
  id           bigint generated always as identity primary key,
  name         text not null,
  geojson      text not null,
  uploaded_by  text not null,
  uploaded_at  timestamptz not null default luoshi_now(),
  active       boolean not null default true
);

create table request_area (
  id         bigint generated always as identity primary key,
  map_id     bigint not null references request_map (id) on delete cascade,
  kind       text not null check (kind in ('STREET', 'COMMUNITY', 'GRID')),
  code       text not null,
  name       text not null,
  parent_id  bigint references request_area (id),
  unit_id    bigint references unit (id),                 -- the street's own unit (属地)
  geometry   text not null,                               -- GeoJSON geometry of this area
  min_lon    double precision not null, min_lat double precision not null,
  max_lon    double precision not null, max_lat double precision not null,
  unique (map_id, code)
);

-- 诉求 (工单). month = the month of receipt, the partition key if the table is ever partitioned by month.
create table request (
  id                  bigint generated always as identity primary key,
  number              text not null unique,                               -- 工单编号, public
  client_uuid         uuid unique,                                        -- grid form: exactly once
  hotline_no          text unique,                                        -- 12345 order number: idempotent
  channel             text not null check (channel in ('GRID', 'HOTLINE', 'OPEN311', 'WEB')),
  category_id         bigint not null references request_category (id),
  urgency             text not null default 'NORMAL' check (urgency in ('NORMAL', 'URGENT')),
  description         text not null check (length(description) between 1 and 2000),
  attributes          jsonb not null default '{}',
  lat                 double precision check (lat between -90 and 90),
  lon                 double precision check (lon between -180 and 180),
  address             text check (length(address) <= 200),
  street_area_id      bigint references request_area (id),
  community_area_id   bigint references request_area (id),
  grid_area_id        bigint references request_area (id),
  street_unit_id      bigint references unit (id),
  reporter_name       text,                                               -- sealed (PersonalData)
  reporter_phone      text,                                               -- sealed
  reporter_email      text,                                               -- sealed
  caller_index        text,                                               -- blind index of the phone
  reported_by         text,                                               -- grid worker / importer (name)
  status              text not null default 'NEW'
                      check (status in ('NEW', 'DISPATCHED', 'IN_PROGRESS', 'FINISHED', 'REPLIED', 'CLOSED', 'MERGED')),
  received_at         timestamptz not null default luoshi_now(),
  month               date not null,
  lead_unit_id        bigint references unit (id),
  units_passed        int not null default 0,
  any_accepted        boolean not null default false,
  finished_at         timestamptz,
  resolved_self       boolean,
  result_note         text,
  reply_text          text,
  replied_at          timestamptz,
  replied_by          text,
  rating              text check (rating in ('SATISFIED', 'BASIC', 'UNSATISFIED')),
  resolved_rating     boolean,
  rated_at            timestamptz,
  reopen_count        int not null default 0,
  merged_into         bigint references request (id),
  escalated_task_id   bigint references task (id),
  escalation_reason   text,
  updated_at          timestamptz not null default luoshi_now(),
  version             int not null default 0,
  constraint request_month_ck check (month = date_trunc('month', received_at at time zone 'Asia/Shanghai')::date)
);
create index request_month_category_idx on request (month, category_id);
create index request_month_street_idx on request (month, street_unit_id);
create index request_open_idx on request (status, received_at) where status not in ('CLOSED', 'MERGED');
create index request_lead_open_idx on request (lead_unit_id, received_at desc) where status not in ('CLOSED', 'MERGED');
create index request_caller_idx on request (caller_index) where caller_index is not null;
create index request_geo_idx on request (category_id, lat, lon) where status not in ('CLOSED', 'MERGED');
create index request_updated_idx on request (updated_at);

create table request_photo (
  id            bigint generated always as identity primary key,
  request_id    bigint not null references request (id) on delete cascade,
  content_type  text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes         bytea not null,
  created_at    timestamptz not null default luoshi_now()
);
create index request_photo_request_idx on request_photo (request_id);

-- 派单: one row per unit a request went to. role LEAD (主办) or ASSIST (协办); whistle_id set for 吹哨 报到.
-- Each has its own clocks (due times stored when the clock starts; pauses/extensions move them).
create table request_dispatch (
  id               bigint generated always as identity primary key,
  request_id       bigint not null references request (id) on delete cascade,
  unit_id          bigint not null references unit (id),
  role             text not null check (role in ('LEAD', 'ASSIST')),
  whistle_id       bigint,
  round            int not null default 0,                      -- 0 first handling, n = n-th 重办
  dispatched_at    timestamptz not null,
  dispatched_by    text not null,
  note             text,
  signed_at        timestamptz,                                -- 签收 / 报到
  signed_by        text,
  contacted_at     timestamptz,                                -- 首次联系
  finished_at      timestamptz,                                -- 办结
  returned_at      timestamptz,                                -- 退单
  return_reason    text,
  extension_minutes int not null default 0,
  status           text not null default 'OPEN' check (status in ('OPEN', 'SIGNED', 'FINISHED', 'RETURNED', 'CLOSED')),
  version          int not null default 0
);
create index request_dispatch_request_idx on request_dispatch (request_id);
create index request_dispatch_unit_open_idx on request_dispatch (unit_id, dispatched_at) where status in ('OPEN', 'SIGNED');

-- 吹哨: the street names the departments that must 报到 within report_minutes working minutes.
create table request_whistle (
  id              bigint generated always as identity primary key,
  request_id      bigint not null references request (id) on delete cascade,
  street_unit_id  bigint not null references unit (id),
  called_at       timestamptz not null,
  called_by       text not null,
  report_minutes  int not null check (report_minutes > 0),
  reason          text not null
);
alter table request_dispatch add constraint request_dispatch_whistle_fk foreign key (whistle_id) references request_whistle (id);

-- 挂起 / 延期: requested by the unit, approved or refused by the centre; only approved ones move a clock.
create table request_pause (
  id            bigint generated always as identity primary key,
  dispatch_id   bigint not null references request_dispatch (id) on delete cascade,
  kind          text not null check (kind in ('PAUSE', 'EXTENSION')),
  reason        text not null,
  minutes       int check (minutes > 0),                       -- extension length
  requested_at  timestamptz not null,
  requested_by  text not null,
  decided_at    timestamptz,
  decided_by    text,
  approved      boolean,
  paused_from   timestamptz,
  paused_to     timestamptz
);
create index request_pause_dispatch_idx on request_pause (dispatch_id);

-- 退单争议: the centre decides and records why.
create table request_dispute (
  id             bigint generated always as identity primary key,
  dispatch_id    bigint not null references request_dispatch (id) on delete cascade,
  raised_at      timestamptz not null,
  reason         text not null,
  decided_at     timestamptz,
  decided_by     text,
  upheld         boolean,                                       -- true: the return stands
  decision_note  text
);

-- 办理过程 (history): every step; also the Open311 servicerequestupdates feed.
create table request_event (
  id           bigint generated always as identity primary key,
  request_id   bigint not null references request (id) on delete cascade,
  at           timestamptz not null,
  actor        text not null,
  kind         text not null,
  note         text,
  public_note  text,                                            -- what the public status page may show
  status       text not null
);
create index request_event_request_idx on request_event (request_id, at);
create index request_event_at_idx on request_event (at);

-- 回访 and ratings, one per round (a 重办 starts a new round).
create table request_rating (
  id           bigint generated always as identity primary key,
  request_id   bigint not null references request (id) on delete cascade,
  round        int not null,
  rating       text not null check (rating in ('SATISFIED', 'BASIC', 'UNSATISFIED')),
  resolved     boolean not null,
  callback     boolean not null default false,                  -- recorded by 回访 (phone) rather than by the citizen
  note         text,
  rated_at     timestamptz not null,
  recorded_by  text not null,
  unique (request_id, round)
);

-- 三率 rule in force (one row) and the frozen monthly publications.
create table request_rate_rule (
  id                      int primary key check (id = 1),
  name                    text not null,
  response_weight         int not null,
  resolution_weight       int not null,
  satisfaction_weight     int not null,
  basic_satisfied_weight  numeric(3, 2) not null,
  resolved_by_self        boolean not null,
  updated_by              text not null,
  updated_at              timestamptz not null default luoshi_now()
);

create table request_rate_publication (
  month         date primary key,
  rule          jsonb not null,
  lines         jsonb not null,
  published_at  timestamptz not null default luoshi_now(),
  published_by  text not null
);

create sequence request_number_seq;
