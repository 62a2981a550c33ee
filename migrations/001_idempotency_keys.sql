-- The idempotency ledger: one row per (API key, idempotency key), holding the state of its create
-- (see src/core/idempotency.ts for the state machine).
CREATE TABLE idempotency_keys (
  key          text PRIMARY KEY,
  mutation     text        NOT NULL,
  fingerprint  text        NOT NULL,
  state        text        NOT NULL CHECK (state IN ('claimed', 'sent', 'unknown', 'succeeded', 'failed')),
  order_id     text,
  -- The request that holds the key (a random token) and until when; another may take over after.
  owner        text,
  lease_until  timestamptz,
  -- When the last create under this key was sent: the vendor may commit it until sent_at plus the plausible commit delay.
  sent_at      timestamptz,
  -- Compare-and-set counter: every change names the version it read.
  version      integer     NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);

CREATE INDEX idempotency_keys_expires_at ON idempotency_keys (expires_at);
