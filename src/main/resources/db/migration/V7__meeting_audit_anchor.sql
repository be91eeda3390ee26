-- The audit chain's anchor at closing (entry, hash, HMAC with the key file outside the database; see AuditAnchor).
-- Portable SQL for H2 2.x and PostgreSQL.
alter table meeting add column audit_anchor varchar(200);
