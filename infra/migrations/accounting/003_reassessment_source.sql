-- Flagged records re-assessed by an officer are charged as a batch of their own, reported like an import.
ALTER TABLE ${schema}.usage_imports DROP CONSTRAINT IF EXISTS usage_imports_source_check;
ALTER TABLE ${schema}.usage_imports ADD CONSTRAINT usage_imports_source_check CHECK (source IN ('json', 'sacct', 'reassessment'));
