-- The change feed (src/changes/): an append-only log of order changes, the fingerprint of every
-- order the pollers track, and one row per vendor holding its poller's lease and detector state.

-- The log. `sequence` is the only position consumers keep; it is allocated under a lock taken at
-- append time (src/changes/postgres-log.ts), so entries become visible in sequence order.
CREATE TABLE order_changes (
  sequence         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id         uuid        NOT NULL UNIQUE,
  provider         text        NOT NULL,
  order_id         text        NOT NULL,
  kind             text        NOT NULL CHECK (kind IN ('CREATED', 'STATUS_CHANGED', 'FIELDS_CHANGED', 'CANCELLED', 'DISAPPEARED')),
  previous_status  text,
  changed_fields   text[]      NOT NULL DEFAULT '{}',
  detected_at      timestamptz NOT NULL,
  -- The unified order as it is after the change (as last seen, for DISAPPEARED).
  order_json       jsonb       NOT NULL
);

CREATE INDEX order_changes_provider ON order_changes (provider, sequence);
CREATE INDEX order_changes_order ON order_changes (order_id, sequence);

-- What each tracked order looked like when its poller last saw it (src/changes/fingerprint.ts).
CREATE TABLE order_fingerprints (
  provider     text        NOT NULL,
  order_id     text        NOT NULL,
  fingerprint  jsonb       NOT NULL,
  -- The order as last seen: what a DISAPPEARED change carries.
  order_json   jsonb       NOT NULL,
  -- The detector's pass that last saw the order: one not seen by a complete pass has disappeared.
  seen_pass    bigint      NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, order_id)
);

CREATE INDEX order_fingerprints_pass ON order_fingerprints (provider, seen_pass);

-- One row per vendor: who polls it (a lease with a fencing token) and where its detector stands.
CREATE TABLE change_detectors (
  provider       text        PRIMARY KEY,
  -- The replica holding the lease (a random id per process) and until when (database clock).
  owner          text,
  lease_until    timestamptz,
  -- Grows by one on every takeover: a cycle commits only under the token it started with.
  fencing_token  bigint      NOT NULL DEFAULT 0,
  -- The detector's own state (JSON, see src/core/change-detection.ts) and its pass number.
  state          jsonb,
  pass           bigint      NOT NULL DEFAULT 1,
  -- False until the first complete pass: the orders it finds are the baseline, not changes.
  baselined      boolean     NOT NULL DEFAULT false,
  cycles         bigint      NOT NULL DEFAULT 0,
  last_cycle_at  timestamptz
);
