-- Platform: audit trail, outbox, jobs, notifications; identity: jurisdictions, departments, users, sessions.
-- Forward-only. Runs unchanged on PGlite (PostgreSQL 17/18) and PostgreSQL 15+.

create table jurisdictions (
  code text primary key,
  name text not null,
  name_en text not null,
  level text not null check (level in ('city', 'district')),
  parent_code text references jurisdictions (code),
  -- the city a jurisdiction belongs to (itself for a city): data scope is a subtree of it
  root_code text not null,
  created_at timestamptz not null default now()
);
create index jurisdictions_parent on jurisdictions (parent_code);

create table departments (
  id uuid primary key,
  code text not null unique,
  name text not null,
  name_en text not null,
  kind text not null check (kind in ('health_commission', 'health_supervision', 'market_regulation',
    'medical_insurance', 'drug_administration', 'tcm', 'cdc', 'public_security', 'court', 'procuratorate')),
  jurisdiction_code text not null references jurisdictions (code),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (jurisdiction_code, name)
);
create index departments_jurisdiction on departments (jurisdiction_code);

create table users (
  id uuid primary key,
  username text not null unique,
  display_name text not null,
  email text,
  roles text[] not null,
  department_id uuid references departments (id),
  jurisdiction_code text not null references jurisdictions (code),
  institution_id uuid,
  password_hash text not null,
  must_change_password boolean not null default true,
  status text not null default 'active' check (status in ('active', 'disabled')),
  failed_logins integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index users_jurisdiction on users (jurisdiction_code);
create index users_department on users (department_id);

create table sessions (
  -- sha256 of the cookie token: a copy of this table does not let anyone sign in
  id text primary key,
  user_id uuid not null references users (id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  ip text,
  user_agent text
);
create index sessions_user on sessions (user_id);
create index sessions_expires on sessions (expires_at);

create table login_attempts (
  id bigserial primary key,
  ip text not null,
  username text not null,
  succeeded boolean not null,
  at timestamptz not null default now()
);
create index login_attempts_ip_at on login_attempts (ip, at);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  actor_id uuid,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text,
  jurisdiction_code text,
  request_id text,
  ip text,
  before jsonb,
  after jsonb,
  prev_hash text not null,
  hash text not null unique
);
create index audit_log_at on audit_log (at);
create index audit_log_entity on audit_log (entity_type, entity_id);
create index audit_log_actor on audit_log (actor_id);
create index audit_log_jurisdiction on audit_log (jurisdiction_code);

-- Append-only: the hash chain proves tampering; the trigger prevents casual edits.
create function audit_log_forbid_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = '55000';
end
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_forbid_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_forbid_change();

create table outbox_events (
  id bigserial primary key,
  topic text not null,
  payload jsonb not null,
  request_id text,
  created_at timestamptz not null default now(),
  available_at timestamptz not null default now(),
  dispatched_at timestamptz,
  attempts integer not null default 0,
  last_error text
);
create index outbox_events_pending on outbox_events (available_at) where dispatched_at is null;

create table jobs (
  id bigserial primary key,
  name text not null,
  payload jsonb not null default '{}',
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  run_at timestamptz not null default now(),
  attempts integer not null default 0,
  max_attempts integer not null default 5,
  singleton_key text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_due on jobs (run_at) where status = 'queued';
create unique index jobs_singleton on jobs (name, singleton_key)
  where singleton_key is not null and status in ('queued', 'running');

create table job_schedules (
  name text primary key,
  every_seconds integer not null check (every_seconds > 0),
  next_run_at timestamptz not null,
  payload jsonb not null default '{}'
);

create table notifications (
  id uuid primary key,
  user_id uuid not null references users (id),
  kind text not null,
  title text not null,
  title_en text not null,
  body text not null default '',
  body_en text not null default '',
  link text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  emailed_at timestamptz
);
create index notifications_user on notifications (user_id, created_at desc);
