import { useApiQuery } from '../../api/hooks.ts';

/**
 * Empty beds in use, grouped by floor, for the bed pickers; `keep` stays selectable (the bed already chosen).
 * `fresh`: read the beds again when the picker opens, for a decision that rests on who is in a bed now.
 */
export function useFreeBedOptions(keep?: number, options: { fresh?: boolean } = {}) {
  const map = useApiQuery('beds.map', { floor: null }, options.fresh ? { refetchOnMount: 'always' } : {});
  const beds = (map.data?.beds ?? []).filter((b) => b.active && (b.occupant === null || b.bedId === keep));
  const floors = [...new Set(beds.map((b) => b.floor))];
  return {
    loading: map.isPending || (options.fresh === true && map.isFetching),
    count: beds.length,
    isFree: (bedId: number) => beds.some((b) => b.bedId === bedId && b.occupant === null),
    options: floors.map((floor) => ({
      label: `${floor} 楼`,
      options: beds.filter((b) => b.floor === floor).map((b) => ({ value: b.bedId, label: `${b.label} 床` })),
    })),
  };
}
