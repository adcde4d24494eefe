-- Who raised a problem, potential or initiative in a session ("Diajukan oleh"). The item itself
-- lives in the analysis, which knows nothing of the Bimtek; its author stays with the session.
create table bimtek_session_input_author (
    session_id     bigint       not null references bimtek_session (id) on delete cascade,
    masterplan_id  bigint       not null references masterplan (id),
    item_kind      varchar(20)  not null,
    item_id        bigint       not null,
    author         varchar(200) not null,
    primary key (item_kind, item_id)
);
create index bimtek_session_input_author_session_idx on bimtek_session_input_author (session_id);
