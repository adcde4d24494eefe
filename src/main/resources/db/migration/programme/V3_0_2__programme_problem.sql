-- Problems belong to the analysis module; the link is kept by id without a foreign key across modules.
create table programme_problem (
    programme_id bigint not null references programme (id) on delete cascade,
    problem_id   bigint not null,
    primary key (programme_id, problem_id)
);
create index programme_problem_problem_idx on programme_problem (problem_id);
