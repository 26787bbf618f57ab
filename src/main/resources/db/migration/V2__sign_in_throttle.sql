-- The sign-in throttle counts attempts per account name *and* client address, so that nobody can
-- lock another person out by guessing their password from elsewhere (issue 15). The per-account
-- counters of V1 locked the account for everyone; they go.

alter table account drop column failed_logins;
alter table account drop column locked_until;

create table sign_in_attempt (
    -- SHA-256 (hex) of the normalised name typed and of the client's address: the same for a name
    -- with or without an account, and no typed text (which is sometimes a password) is stored.
    throttle_key    varchar(64) not null primary key,
    -- Attempts since the last success, the one under way included.
    attempts        integer   not null,
    -- No attempt under this key is evaluated before this instant; null when none is held back.
    retry_at        timestamp,
    last_attempt_at timestamp not null
);

-- Rows untouched for a day are forgotten; this index finds them.
create index sign_in_attempt_last on sign_in_attempt (last_attempt_at);
