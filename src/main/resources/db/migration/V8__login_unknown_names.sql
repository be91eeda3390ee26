-- Wrong attempts on login names that belong to nobody, counted and blocked like those on an account, so that the
-- answer to a login does not tell which names exist. The name is kept only as its SHA-256 (it may be a mistyped
-- password); a row is removed a day after its last attempt.
-- Portable SQL for H2 2.x and PostgreSQL.
create table login_unknown (
    name_hash           varchar(64) primary key,
    failed_logins       integer not null,
    login_blocked_until timestamp with time zone,
    last_attempt        timestamp with time zone not null
);
