-- Substring search (`q` on lists) uses trigram GIN indexes; pg_trgm is a trusted extension (PostgreSQL 13+)
-- and PGlite loads it in db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
