// Read models as folds of events: a pure evolve per row (RowModel, foldRows) and the SQL edge (rowProjection).
export * from './columns';
export * from './row-model';
export * from './row-projection';
