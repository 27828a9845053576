/** The ranking board's place in the URL: which call and cut-off (a reload or a shared link shows the same board). */
export interface RankingSearch {
  callId?: string;
  cutOff?: number;
}

export function validateRankingSearch(search: Record<string, unknown>): RankingSearch {
  const result: RankingSearch = {};
  if (typeof search['callId'] === 'string' && /^[0-9a-f-]{36}$/i.test(search['callId'])) result.callId = search['callId'];
  const cutOff = Number(search['cutOff']);
  if (search['cutOff'] !== undefined && Number.isInteger(cutOff) && cutOff >= 0) result.cutOff = cutOff;
  return result;
}
