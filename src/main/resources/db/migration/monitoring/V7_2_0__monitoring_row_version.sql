-- Realisations and progress rows carry a version, so that two people updating the same row at the
-- same time cannot overwrite each other unseen (a stale form or request is answered with 409).
alter table monitoring_realisation add column version bigint default 1 not null;
alter table monitoring_progress add column version bigint default 1 not null;
