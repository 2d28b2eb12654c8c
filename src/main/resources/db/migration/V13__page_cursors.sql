-- The key that signs page cursors (HMAC-SHA256). It lives in the database so that every replica signs and checks
-- with the same key and a cursor stays valid across restarts; 32 random bytes from two random UUIDs' 244 bits.
create table cursor_key (
    id boolean primary key default true check (id),
    secret bytea not null check (length(secret) = 32)
);
insert into cursor_key (secret) values (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
