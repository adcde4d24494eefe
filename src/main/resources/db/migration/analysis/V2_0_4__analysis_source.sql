-- Where a problem, potential or initiative was raised, e.g. a Bimtek session. Neutral fields so
-- that the analysis does not need to know the module that raised it: a kind, its id, a label
-- (the session title), a date and a link to the source's page.
alter table analysis_issue add column source_kind varchar(20);
alter table analysis_issue add column source_id bigint;
alter table analysis_issue add column source_label varchar(300);
alter table analysis_issue add column source_date date;
alter table analysis_issue add column source_link varchar(300);
alter table analysis_initiative add column source_kind varchar(20);
alter table analysis_initiative add column source_id bigint;
alter table analysis_initiative add column source_label varchar(300);
alter table analysis_initiative add column source_date date;
alter table analysis_initiative add column source_link varchar(300);
create index analysis_issue_source_idx on analysis_issue (source_kind, source_id);
create index analysis_initiative_source_idx on analysis_initiative (source_kind, source_id);
