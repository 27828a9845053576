-- The scheduler asks "what is due and still pending" on every tick.
CREATE INDEX IF NOT EXISTS scheduled_commands_pending_due ON ${schema}.scheduled_commands (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
