-- A rate-limit window starts at a key's first request (as @fastify/rate-limit's own store does),
-- not at the clock's minute: fixed clock windows let a burst straddling the minute through twice.
-- One row per key; the counters are short-lived, so they start afresh.
DELETE FROM rate_window;
DROP INDEX rate_window_start_idx;
ALTER TABLE rate_window DROP CONSTRAINT rate_window_pkey;
ALTER TABLE rate_window ADD PRIMARY KEY (key);
CREATE INDEX rate_window_start_idx ON rate_window (window_start);
