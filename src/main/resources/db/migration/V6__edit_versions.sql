-- Optimistic locking (#13): a save names the version it started from and is refused when the row changed since.
-- agenda_item.version counts changes of the notes; key_figure.version changes of value and note.
alter table agenda_item add column version integer not null default 0;
alter table key_figure add column version integer not null default 0;
