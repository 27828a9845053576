import 'mantine-datatable/styles.css';
import type { UseQueryResult } from '@tanstack/react-query';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { Page } from './oldest-first';
import { QueryState } from './QueryState';

/**
 * A server-paginated list: one page of the API's answer at a time, with the shared strings
 * (no records, "1–10 of 42", labelled page controls, an error with its retry) that every list screen
 * shows the same way.
 */
export function PagedTable<T>({
  query,
  idAccessor,
  page,
  pageSize,
  onPageChange,
  columns,
  minHeight = 200,
}: {
  query: UseQueryResult<Page<T>>;
  idAccessor: keyof T & string;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  columns: DataTableColumn<T>[];
  minHeight?: number;
}) {
  const { t } = useTranslation();
  // A refused or failed page shows as every screen shows an error, with its retry.
  if (query.isError) return <QueryState query={query}>{() => null}</QueryState>;
  return (
    <DataTable<T>
      withTableBorder
      striped
      minHeight={minHeight}
      fetching={query.isFetching}
      records={query.data?.items ?? []}
      idAccessor={idAccessor}
      totalRecords={query.data?.total ?? 0}
      recordsPerPage={pageSize}
      page={page}
      onPageChange={onPageChange}
      noRecordsText={t('common.noRecords')}
      paginationText={({ from, to, totalRecords }) => t('common.paginationText', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`common.${control === 'previous' ? 'back' : 'next'}`, { defaultValue: control }) })}
      columns={columns}
    />
  );
}
