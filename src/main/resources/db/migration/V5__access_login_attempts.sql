-- Login: wrong attempts per person and until when further attempts are refused (the growing delay).
-- Portable SQL for H2 2.x and PostgreSQL.
alter table person add column failed_logins integer not null default 0;
alter table person add column login_blocked_until timestamp with time zone;
