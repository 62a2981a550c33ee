-- Webhooks: the endpoints partners register per API key, and the delivery of the change feed to
-- them (src/changes/webhooks/). Times are the database's own clock (now()), the one clock every
-- replica shares for leases and retry schedules.

CREATE TABLE webhook_endpoints (
  id text PRIMARY KEY,
  -- The API key's id that registered it: only that key lists, changes or deletes it, and its
  -- scopes and vendors bound what is delivered.
  principal text NOT NULL,
  url text NOT NULL,
  -- The Standard Webhooks signing secret (whsec_...); shown once at registration.
  secret text NOT NULL,
  description text,
  -- The filter as registered; null parts match everything the key may see.
  providers text[],
  kinds text[],
  order_ids text[],
  enabled boolean NOT NULL DEFAULT true,
  -- The change feed's sequence up to which deliveries have been created for this endpoint.
  position bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_by_principal ON webhook_endpoints (principal, created_at);

CREATE TABLE webhook_deliveries (
  endpoint_id text NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  sequence bigint NOT NULL,
  event_id text NOT NULL,
  order_id text NOT NULL,
  event_type text NOT NULL,
  -- The body as sent, the same on every attempt.
  payload text NOT NULL,
  state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'DEAD')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- The replica sending it now, until when (a replica that dies mid-send loses it at lease_until).
  lease_owner text,
  lease_until timestamptz,
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (endpoint_id, sequence)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_deliveries_pending_by_order ON webhook_deliveries (endpoint_id, order_id, sequence) WHERE state = 'PENDING';
CREATE INDEX webhook_deliveries_by_event ON webhook_deliveries (endpoint_id, event_id);

-- The delivery log: one row per attempt.
CREATE TABLE webhook_attempts (
  id bigserial PRIMARY KEY,
  endpoint_id text NOT NULL,
  sequence bigint NOT NULL,
  attempt integer NOT NULL,
  started_at timestamptz NOT NULL,
  duration_ms double precision NOT NULL,
  status integer,
  error text,
  replica text NOT NULL,
  FOREIGN KEY (endpoint_id, sequence) REFERENCES webhook_deliveries (endpoint_id, sequence) ON DELETE CASCADE
);
CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (endpoint_id, sequence, id);
