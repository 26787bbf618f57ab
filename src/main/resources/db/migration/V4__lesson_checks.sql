-- The learner's last answer to each inline knowledge check of a lesson. Ungraded: it counts for the
-- lesson being read (progress.CourseRules.lessonRead), never for a score, so only the last answer
-- is kept. One row per learner and check: two tabs answering at once each write a whole row, and
-- the key lets exactly one insert through (the other updates it), so no answer is ever mixed.
create table lesson_check_answer (
    account_id   bigint        not null references account (id),
    check_id     varchar(64)   not null,
    lesson_id    varchar(64)   not null,
    -- The chosen choice ids, in the check's content order, separated by spaces.
    choice_ids   varchar(1000) not null,
    verdict      varchar(16)   not null,
    answered_at  timestamp     not null,
    primary key (account_id, check_id),
    constraint lesson_check_verdict_known check (verdict in ('CORRECT', 'PARTLY', 'INCORRECT'))
);

create index lesson_check_by_lesson on lesson_check_answer (account_id, lesson_id);
