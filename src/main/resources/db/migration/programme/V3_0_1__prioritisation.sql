-- AHP prioritisation: a masterplan's criteria with their pairwise judgements, and programme scores.
create table prioritisation (
    masterplan_id     bigint         not null primary key references masterplan (id),
    criteria_json     varchar(4000)  not null,
    pairwise_json     varchar(8000)  not null,
    updated_at        timestamp with time zone not null,
    version           bigint         not null
);

create table programme_score (
    programme_id  bigint      not null references programme (id) on delete cascade,
    criterion     varchar(20) not null,
    score         integer     not null,
    primary key (programme_id, criterion),
    constraint programme_score_ck check (score between 1 and 5)
);
