-- The cohort (angkatan) of a masterplan's Bimtek: the year the region joined the national
-- programme, which is not always the year its masterplan record was created.
create table bimtek_cohort (
    masterplan_id  bigint       not null primary key references masterplan (id),
    cohort_year    integer      not null,
    updated_by     varchar(100) not null,
    updated_at     timestamp with time zone not null,
    constraint bimtek_cohort_year_ck check (cohort_year between 2017 and 2100)
);
