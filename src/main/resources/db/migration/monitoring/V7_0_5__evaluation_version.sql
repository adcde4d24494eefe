-- Recorded evaluations can be corrected: a version for optimistic locking and who changed it last.
alter table evaluation add column version bigint default 0 not null;
alter table evaluation add column updated_by varchar(100);
alter table evaluation add column updated_at timestamp with time zone;
