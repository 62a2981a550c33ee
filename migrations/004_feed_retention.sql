-- Retention of the change feed (src/changes/retention.ts): one row, holding the lease of the
-- replica that prunes and the horizon, the greatest sequence pruned so far. A cursor before the
-- horizon is refused (its changes are gone), never silently read from the oldest kept.
CREATE TABLE feed_retention (
  id             boolean     PRIMARY KEY DEFAULT true CHECK (id),
  owner          text,
  lease_until    timestamptz,
  fencing_token  bigint      NOT NULL DEFAULT 0,
  horizon        bigint      NOT NULL DEFAULT 0,
  pruned_at      timestamptz
);
INSERT INTO feed_retention (id) VALUES (true);
