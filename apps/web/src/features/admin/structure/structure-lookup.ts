import type { StructureResponse } from "@kring/contracts";

/** Names by id, and units grouped for choosing one in a select. */
export function structureLookup(structure: StructureResponse) {
  const organisations = new Map(structure.organisations.map((o) => [o.id, o]));
  const areas = new Map(structure.areas.map((a) => [a.id, a]));
  return {
    organisationName: (id: string) => organisations.get(id)?.name ?? "",
    areaName: (id: string | null) => (id ? (areas.get(id)?.name ?? "") : ""),
    areasOf: (organisationId: string) =>
      structure.areas.filter((a) => a.organisationId === organisationId),
    /** Units grouped under their area, or their organisation when they have no area. */
    unitGroups: () => {
      const groups = new Map<string, { value: string; label: string }[]>();
      for (const unit of structure.units) {
        const group = unit.areaId
          ? `${areas.get(unit.areaId)?.name ?? ""} (${organisations.get(unit.organisationId)?.name ?? ""})`
          : (organisations.get(unit.organisationId)?.name ?? "");
        groups.set(group, [...(groups.get(group) ?? []), { value: unit.id, label: unit.name }]);
      }
      return [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b, "sv"))
        .map(([group, items]) => ({ group, items }));
    },
  };
}
