-- Where "Reprendre" takes a learner, as data owned by progress: a lesson (and a passage in it), a
-- question of a quiz, or a quiz's results. Until V2 it was a route string in account.resume_location;
-- every form the app wrote is converted here, then the column goes. Portable SQL (H2 and PostgreSQL).

create table learner_position (
    account_id  bigint      not null primary key references account (id),
    kind        varchar(16) not null,
    lesson_id   varchar(64),
    passage_id  varchar(64),
    quiz_id     varchar(64),
    -- 0-based, in the order the attempt shows its questions.
    question    integer,
    saved_at    timestamp   not null,
    constraint learner_position_typed check (
        (kind = 'LESSON' and lesson_id is not null and quiz_id is null and question is null)
        or (kind = 'QUIZ' and quiz_id is not null and question is not null and question >= 0
            and lesson_id is null and passage_id is null)
        or (kind = 'RESULTS' and quiz_id is not null and question is null
            and lesson_id is null and passage_id is null))
);

-- "lecon/<lesson>" and "lecon/<lesson>#<passage>".
insert into learner_position (account_id, kind, lesson_id, passage_id, saved_at)
select id, 'LESSON',
       case when hash > 0 then substring(rest from 1 for hash - 1) else rest end,
       case when hash > 0 then nullif(substring(rest from hash + 1), '') end,
       saved_at
from (select id, substring(resume_location from 7) as rest, position('#' in substring(resume_location from 7)) as hash,
             coalesce(last_active_at, created_at) as saved_at
      from account where resume_location like 'lecon/_%') lessons
where hash <> 1;

-- "quiz/<quiz>/resultats".
insert into learner_position (account_id, kind, quiz_id, saved_at)
select id, 'RESULTS', substring(resume_location from 6 for char_length(resume_location) - 15),
       coalesce(last_active_at, created_at)
from account where resume_location like 'quiz/_%/resultats';

-- "quiz/<quiz>": the quiz resumed at the first question its open attempt has not had answered
-- (answers are given in order); with every attempt finished, the quiz showed its results.
insert into learner_position (account_id, kind, quiz_id, question, saved_at)
select id,
       case when open_attempt is null and finished > 0 then 'RESULTS' else 'QUIZ' end,
       quiz_id,
       case when open_attempt is null and finished > 0 then null
            when open_attempt is null then 0
            else cast(least(answered, questions - 1) as integer) end,
       saved_at
from (select c.id, q.quiz_id, coalesce(c.last_active_at, c.created_at) as saved_at,
             (select max(t.id) from attempt t
              where t.account_id = c.id and t.quiz_id = q.quiz_id and t.finished_at is null) as open_attempt,
             (select count(*) from attempt t
              where t.account_id = c.id and t.quiz_id = q.quiz_id and t.finished_at is not null) as finished,
             (select count(*) from answer a join attempt t on t.id = a.attempt_id
              where t.account_id = c.id and t.quiz_id = q.quiz_id and t.finished_at is null) as answered,
             (select max(char_length(t.question_ids) - char_length(replace(t.question_ids, ',', '')) + 1)
              from attempt t
              where t.account_id = c.id and t.quiz_id = q.quiz_id and t.finished_at is null) as questions
      from account c
      join (select id as account_id, substring(resume_location from 6) as quiz_id from account
            where resume_location like 'quiz/_%' and position('/' in substring(resume_location from 6)) = 0) q
        on q.account_id = c.id) quizzes;

alter table account drop column resume_location;
