import { useApiQuery } from '../../api/hooks.ts';

/** Empty beds in use, grouped by floor, for the bed pickers; `keep` stays selectable (the bed already chosen). */
export function useFreeBedOptions(keep?: number) {
  const map = useApiQuery('beds.map', { floor: null });
  const beds = (map.data?.beds ?? []).filter((b) => b.active && (b.occupant === null || b.bedId === keep));
  const floors = [...new Set(beds.map((b) => b.floor))];
  return {
    loading: map.isPending,
    count: beds.length,
    options: floors.map((floor) => ({
      label: `${floor} 楼`,
      options: beds.filter((b) => b.floor === floor).map((b) => ({ value: b.bedId, label: `${b.label} 床` })),
    })),
  };
}
