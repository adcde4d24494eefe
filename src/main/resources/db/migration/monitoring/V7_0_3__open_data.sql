-- Whether a region publishes a masterplan's indicators, targets and actual values as open data
-- (CSV and JSON without login). Not published unless the region's administrator chooses to.

create table monitoring_publication (
    masterplan_id  bigint  not null primary key references masterplan (id),
    published      boolean not null,
    updated_by     varchar(100) not null,
    updated_at     timestamp with time zone not null
);
